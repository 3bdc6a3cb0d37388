#!/usr/bin/env python3
"""End-to-end test of proactive disclosure (主动公开) through the `gongkai`
command line, as a disclosure office uses it, on SQLite and on a private
PostgreSQL server:

- a notice with a valid resident ID number (in ASCII digits, in full-width
  digits, or only inside a DOCX or PDF attachment) cannot be submitted or
  published without an override reason, which is logged; an 18-digit number
  with a bad checksum is not flagged; a body with <script> is stored without it;
- `search 公开` finds a document whose body says 政府信息公开, `search 資訊`
  finds 资讯; filters, paging;
- a withdrawn or an abolished document is never listed or searched as 有效;
  `pub list --missing-interpretation` lists 规范性文件 without a 政策解读;
- `pub import DIR` imports all rows or none, every bad row listed;
- `gongkai screen FILE…` reads txt/html/docx/xlsx/pdf and exits 1 on a hit;
- Table 2 of `report build` comes from the publications and `stats set`,
  and X2 holds against the year before.

Documents are written with python3-docx and python3-openpyxl; the PDF with
LibreOffice (skipped, and said so, when soffice is absent). Prints
'N passed, N failed'.
"""
import argparse
from datetime import date
import json
import os
import re
import shutil
import signal
import subprocess
import sys

import dbdump
from testlib import check, finish, run, start_pg_server

VALID_ID = "11010519491231002X"        # GB 11643 checksum verified
FULLWIDTH_ID = "１１０１０５１９４９１２３１００２Ｘ"
BAD_ID = "110105194912310021"          # same digits, wrong check character


class Gongkai:
    def __init__(self, binary, db, label, work):
        self.binary, self.db, self.label, self.work = binary, db, label, work

    def __call__(self, *args, actor="经办人李四"):
        env = dict(os.environ)
        env.pop("GONGKAI_DB", None)
        env["GONGKAI_ACTOR"] = actor
        env["GONGKAI_FILES"] = os.path.join(self.work, "files-" + self.label)
        return run([self.binary, *args, "--db", self.db], timeout=180, env=env)

    def plain(self, *args):
        """A command without --db (gongkai screen)."""
        return run([self.binary, *args], timeout=180)


def make_docx(path, paragraphs):
    import docx
    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    d.save(path)


def make_xlsx(path, rows):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "名单"
    for r in rows:
        ws.append(r)
    wb.save(path)


def make_pdf(docx_path, out_dir):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        return None
    r = subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", out_dir, docx_path],
                       capture_output=True, text=True, timeout=180,
                       env=dict(os.environ, HOME=out_dir))
    pdf = os.path.splitext(docx_path)[0] + ".pdf"
    return pdf if r.returncode == 0 and os.path.exists(pdf) else None


def new_pub(gk, agency, title, body, *extra):
    r = gk("pub", "new", "--agency", agency, "--title", title, "--formed-on", "2025-03-01",
           "--topic", "综合政务\\政务公开", "--item", "1", "--body", body, *extra)
    return r.stdout.strip() if r.returncode == 0 else ("ERR " + r.stderr)


def publish(gk, pid, override=None):
    """Submit, approve (another person), publish; the last result."""
    extra = ["--override", override] if override else []
    r = gk("pub", "submit", pid, *extra)
    if r.returncode != 0:
        return r
    r = gk("pub", "approve", pid, actor="审核人王五")
    if r.returncode != 0:
        return r
    return gk("pub", "publish", pid, *extra, actor="审核人王五")


def ids_of(search_out):
    return re.findall(r"（编号 (\d+)）", search_out)


def scenario(gk, dump, files):
    L = gk.label
    r = gk("db", "init")
    check(f"[{L}] db init", r.returncode == 0, r.stderr)
    city = gk("agency", "add", "示例市人民政府", "--kind", "government", "--code", "city",
              "--org-code", "12345678X").stdout.strip()
    dept = gk("agency", "add", "示例市财政局", "--parent", city, "--code", "cz",
              "--org-code", "87654321X").stdout.strip()
    check(f"[{L}] agencies", city.isdigit() and dept.isdigit(), city + " " + dept)

    # --- The screen gate -------------------------------------------------
    a = new_pub(gk, city, "关于低保对象公示的通知", f"公示对象：张三，身份证号{VALID_ID}。<script>alert(1)</script>")
    check(f"[{L}] draft created", a.isdigit(), a)
    shown = gk("pub", "show", a).stdout
    check(f"[{L}] <script> not stored", "script" not in shown and "alert" not in shown, shown)
    before = dump()
    r = gk("pub", "submit", a)
    check(f"[{L}] a valid ID refuses submit", r.returncode == 1 and "110105********002X" in r.stderr
          and "正文第1行" in r.stderr, r.stderr)
    check(f"[{L}] the refusal changed nothing", dump() == before)
    r = publish(gk, a, override="低保公示依法须公开姓名，身份证号已核对")
    check(f"[{L}] published with a logged override", r.returncode == 0 and "12345678X/" in r.stdout,
          r.stdout + r.stderr)
    log = gk("pub", "show", a).stdout
    check(f"[{L}] the override is in the log with its reason",
          log.count("确认筛查提示") == 2 and "身份证号已核对" in log, log)

    b = new_pub(gk, city, "关于领取补贴的通知", f"联系人身份证号{FULLWIDTH_ID}。")
    r = gk("pub", "submit", b)
    check(f"[{L}] a full-width ID refuses submit", r.returncode == 1 and "１１０１０５********００２Ｘ" in r.stderr,
          r.stderr)

    c = new_pub(gk, city, "关于公布抽查结果的通知", f"编号{BAD_ID}的记录已核销。")
    r = publish(gk, c)
    check(f"[{L}] a bad checksum is not flagged", r.returncode == 0, r.stderr)

    docx_path = files("名单.docx")
    make_docx(docx_path, ["补贴发放名单", f"李四 {FULLWIDTH_ID} 500元"])
    d = new_pub(gk, city, "关于补贴发放的公告", "名单见附件。", "--attach", docx_path)
    r = gk("pub", "submit", d)
    check(f"[{L}] an ID only inside a DOCX attachment refuses submit",
          r.returncode == 1 and "附件《名单.docx》" in r.stderr, r.stderr)
    r = gk("pub", "screen", d)
    check(f"[{L}] pub screen lists the attachment hit", r.returncode == 1 and "名单.docx" in r.stdout, r.stdout)

    pdf = make_pdf(docx_path, os.path.dirname(docx_path))
    if pdf:
        e = new_pub(gk, city, "关于救助对象的公告", "名单见附件。", "--attach", pdf)
        r = gk("pub", "submit", e)
        check(f"[{L}] an ID only inside a PDF attachment refuses submit",
              r.returncode == 1 and "附件《名单.pdf》第1页" in r.stderr, r.stderr)
    else:
        print(f"skip [{L}] PDF attachment: LibreOffice (soffice) not installed")

    # --- Search ------------------------------------------------------------
    f = new_pub(gk, city, "二〇二五年工作要点", "全面推进政府信息公开标准化规范化。")
    g = new_pub(gk, dept, "财政资讯发布", "本局发布预算资讯。")
    for pid in (f, g):
        r = publish(gk, pid)
        check(f"[{L}] published {pid}", r.returncode == 0, r.stderr)
    r = gk("search", "公开")
    check(f"[{L}] search 公开 finds 政府信息公开", f in ids_of(r.stdout), r.stdout)
    check(f"[{L}] hits are highlighted", "【公开】" in r.stdout, r.stdout)
    r = gk("search", "資訊")
    check(f"[{L}] search 資訊 finds 资讯", ids_of(r.stdout) == [g], r.stdout)
    r = gk("search", "公开", "--agency", dept)
    check(f"[{L}] search filtered by agency", f not in ids_of(r.stdout), r.stdout)
    r = gk("search", "信息公开 标准化")
    check(f"[{L}] two words", ids_of(r.stdout) == [f], r.stdout)
    r = gk("search", "通知", "--per-page", "1", "--page", "2")
    check(f"[{L}] paging", len(ids_of(r.stdout)) == 1 and "第 2/" in r.stderr, r.stdout + r.stderr)
    r = gk("search", "，。")
    check(f"[{L}] an empty query is refused", r.returncode == 1 and "检索词为空" in r.stderr, r.stderr)
    r = gk("pub", "list", "--public")
    check(f"[{L}] drafts are not public", b not in [l.split("\t")[0] for l in r.stdout.splitlines()], r.stdout)

    # --- Validity and withdrawal -------------------------------------------
    n1 = new_pub(gk, city, "示例市政府信息公开规定", "第一条 为了规范政府信息公开工作……",
                 "--kind", "行政规范性文件", "--doc-no", "示政规〔2025〕1号")
    n2 = new_pub(gk, city, "示例市政府信息公开实施办法", "第一条 为了实施政府信息公开规定……",
                 "--kind", "行政规范性文件", "--doc-no", "示政规〔2025〕2号")
    for pid in (n1, n2):
        publish(gk, pid)
    r = gk("pub", "list", "--missing-interpretation")
    check(f"[{L}] normative documents without interpretation are listed",
          {n1, n2} <= {l.split("\t")[0] for l in r.stdout.splitlines()}, r.stdout)
    i1 = new_pub(gk, city, "《示例市政府信息公开实施办法》政策解读", "一、起草背景……",
                 "--kind", "政策解读", "--interprets", n2)
    publish(gk, i1)
    r = gk("pub", "list", "--missing-interpretation")
    listed = {l.split("\t")[0] for l in r.stdout.splitlines()}
    check(f"[{L}] an interpretation clears the flag", n1 in listed and n2 not in listed, r.stdout)
    # 第二十六条: formed 2025-03-01 (a Saturday), due the 20th 工作日 after.
    fresh = gk("pub", "new", "--agency", city, "--title", "刚形成的通知", "--formed-on",
               date.today().isoformat(), "--topic", "综合政务", "--item", "1", "--body", "正文。").stdout.strip()
    r = gk("pub", "list", "--late")
    late = {l.split("\t")[0] for l in r.stdout.splitlines() if "\t" in l}
    check(f"[{L}] pub list --late: past 20 工作日 after the 成文日期",
          r.returncode == 0 and n2 in late and fresh not in late
          and "应于 2025-03-28 前公开" in r.stdout and "条例第二十六条" in r.stderr, r.stdout + r.stderr)
    pending = new_pub(gk, city, "待审的通知", "正文。")  # formed 2025-03-01, due 2025-03-28
    def late_on(day):
        r = gk("pub", "list", "--late", "--on", day, "--state", "草稿")
        return {l.split("\t")[0] for l in r.stdout.splitlines() if "\t" in l}
    check(f"[{L}] a draft is not late on its due day, and is the next working day",
          pending not in late_on("2025-03-28") and pending in late_on("2025-03-31"))
    r = gk("pub", "abolish", n1, "--on", "2025-06-30", "--replaced-by", n2, "--reason", "被示政规〔2025〕2号替代",
           actor="审核人王五")
    check(f"[{L}] abolished", r.returncode == 0, r.stderr)
    r = gk("pub", "withdraw", f, "--reason", "内容有误，重新发布", actor="审核人王五")
    check(f"[{L}] withdrawn", r.returncode == 0, r.stderr)
    valid = {l.split("\t")[0] for l in gk("pub", "list", "--valid").stdout.splitlines()}
    check(f"[{L}] neither abolished nor withdrawn is listed as 有效", n1 not in valid and f not in valid
          and n2 in valid, str(valid))
    r = gk("search", "政府信息公开", "--valid")
    check(f"[{L}] neither is searched as 有效", n1 not in ids_of(r.stdout) and f not in ids_of(r.stdout)
          and n2 in ids_of(r.stdout), r.stdout)
    r = gk("search", "政府信息公开")
    check(f"[{L}] the abolished one is still found (marked), the withdrawn one is not",
          n1 in ids_of(r.stdout) and f not in ids_of(r.stdout) and "废止" in r.stdout, r.stdout)
    shown = gk("pub", "show", n1).stdout
    check(f"[{L}] pub show marks it 已废止", shown.startswith("【此文件已废止】"), shown[:80])
    before = dump()
    r = gk("pub", "edit", f, "--title", "改")
    check(f"[{L}] a withdrawn publication is final", r.returncode == 1 and dump() == before, r.stderr)

    # --- Import --------------------------------------------------------------
    imp = files(f"import-{L}")
    os.makedirs(imp, exist_ok=True)
    make_docx(os.path.join(imp, "通知.docx"), ["关于开展安全生产检查的通知", "各单位：请开展检查。"])
    meta = [["文件", "信息名称", "成文日期", "发布日期", "主题分类", "索引号", "类别"],
            ["通知.docx", "关于开展安全生产检查的通知", "2024-05-06", "2024-05-08", "市场监管、安全生产监管",
             "12345678X/2024-00077", "一般信息"],
            ["缺失.docx", "不存在的文件", "2024-05-06", "2024-05-08", "综合政务", "", ""],
            ["", "日期错误", "2024-13-06", "2024-05-08", "综合政务", "", ""]]
    make_xlsx(os.path.join(imp, "目录.xlsx"), meta)
    before = dump()
    r = gk("pub", "import", imp, "--agency", city)
    check(f"[{L}] a bad import is refused, every bad row listed",
          r.returncode == 1 and "第3行" in r.stderr and "第4行" in r.stderr and "第2行" not in r.stderr,
          r.stderr)
    check(f"[{L}] and nothing was imported", dump() == before)
    make_xlsx(os.path.join(imp, "目录.xlsx"), meta[:2])
    r = gk("pub", "import", imp, "--agency", city)
    check(f"[{L}] a good import", r.returncode == 0 and "已导入 1 条" in r.stdout, r.stdout + r.stderr)
    r = gk("search", "安全生产")
    check(f"[{L}] the imported document is searchable with its 索引号",
          "12345678X/2024-00077" in r.stdout, r.stdout)

    # --- Table 2 ---------------------------------------------------------------
    r = gk("stats", "set", "--agency", dept, "--year", "2025", "--item", "行政许可", "--value", "120",
           "--source", "示例市财政局2025年审批台账")
    check(f"[{L}] stats set", r.returncode == 0, r.stderr)
    r = gk("stats", "set", "--agency", dept, "--year", "2025", "--item", "行政许可", "--value", "1.5",
           "--source", "x")
    check(f"[{L}] a count must be whole", r.returncode == 1 and "整数" in r.stderr, r.stderr)
    built = {}
    for year in (2024, 2025):
        path = files(f"report-{L}-{year}.json")
        r = gk("report", "build", "--agency", city, "--year", str(year), "--children", "--output", path)
        check(f"[{L}] report build {year}", r.returncode == 0, r.stderr)
        built[year] = (path, r.stderr)
    rep = json.load(open(built[2025][0], encoding="utf-8"))
    t2 = rep["table2"]
    check(f"[{L}] Table 2 sources are said", "行政规范性文件：按信息公开目录" in built[2025][1]
          and "示例市财政局2025年审批台账" in built[2025][1], built[2025][1])
    check(f"[{L}] Table 2 normative row from the publications (制发2, 废止1, 现行有效1)",
          t2["行政规范性文件"] == {"本年制发件数": 2, "本年废止件数": 1, "现行有效件数": 1}, str(t2))
    check(f"[{L}] Table 2 行政许可 from stats, unentered figures blank",
          t2["行政许可"] == 120 and t2["行政处罚"] is None, str(t2))
    prev = json.load(open(built[2024][0], encoding="utf-8"))["table2"]
    check(f"[{L}] 2024 has nothing yet", prev["行政规范性文件"]["现行有效件数"] == 0, str(prev))
    section2 = next(s for s in rep["sections"] if s.get("number") == 2)
    check(f"[{L}] section 二 offers the year's publication counts",
          "主动公开政府信息" in json.dumps(section2, ensure_ascii=False), str(section2)[:300])
    r = gk("report", "check", built[2025][0], "--previous", built[2024][0], "--json")
    findings = r.stdout
    check(f"[{L}] report check --previous: no X2", '"X2"' not in findings, findings[:1500])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gongkai", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--backend", choices=["sqlite", "postgres", "both"], default="both")
    ap.add_argument("--pg-server", default=os.path.join(os.path.dirname(__file__), "..", "tools",
                                                        "pg-test-server"))
    a = ap.parse_args()
    binary = os.path.abspath(a.gongkai)
    shutil.rmtree(a.work, ignore_errors=True)
    os.makedirs(a.work)
    files = lambda name: os.path.join(a.work, name)

    # gongkai screen over files of every format it reads.
    txt = files("s.txt")
    open(txt, "w", encoding="utf-8").write(f"联系电话13800138000\n编号{BAD_ID}\n")
    clean = files("clean.html")
    open(clean, "w", encoding="utf-8").write("<p>政府信息公开工作年度报告</p>")
    xlsx = files("s.xlsx")
    make_xlsx(xlsx, [["姓名", "身份证号"], ["王五", VALID_ID]])
    gk0 = Gongkai(binary, "", "screen", a.work)
    r = gk0.plain("screen", txt, xlsx)
    check("screen: txt and xlsx hits, exit 1", r.returncode == 1 and "138****8000" in r.stdout
          and "工作表“名单”B2" in r.stdout and BAD_ID not in r.stdout, r.stdout + r.stderr)
    r = gk0.plain("screen", clean)
    check("screen: a clean file exits 0", r.returncode == 0, r.stdout + r.stderr)

    if a.backend in ("sqlite", "both"):
        path = os.path.join(a.work, "pub.db")
        scenario(Gongkai(binary, "sqlite:" + path, "sqlite", a.work), lambda: dbdump.sqlite_dump(path), files)
    if a.backend in ("postgres", "both"):
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
        server = start_pg_server(a.pg_server, "gk-pub-")
        if server:
            d, url = server
            try:
                scenario(Gongkai(binary, url, "pg", a.work), lambda: dbdump.pg_dump(url), files)
            finally:
                r = subprocess.run([a.pg_server, "stop", d], capture_output=True, text=True, timeout=120)
                check("postgres: private server stopped", r.returncode == 0, r.stderr)
                shutil.rmtree(d, ignore_errors=True)
    return finish()


if __name__ == "__main__":
    sys.exit(main())
