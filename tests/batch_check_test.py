#!/usr/bin/env python3
"""`gongkai report check` over folders: the batch audit for supervisors.

Builds a folder tree of sample reports (`report sample`, rendered to DOCX,
PDF, HTML, Markdown, XLSX and the interchange JSON), with one agency's 2024
and 2025 reports whose 2025 上年结转 row was edited in the JSON so that X1
fires only when the two are paired, a file that cannot be read (garbage
bytes named .pdf), files a folder must skip (hidden, ~$ lock file, .doc) and
a sub-folder visited only with --recursive. Checks the exit codes, that the
output order does not depend on --jobs, the pairing, the --summary workbook
(openpyxl) and CSV files (csv module, utf-8-sig) against the --json output,
and the progress lines on stderr (plain when stderr is not a terminal, a bar
redrawn with '\\r' on a pseudo-terminal, nothing for a single file).
Run by ctest; prints one line per check and a closing 'N passed, N failed'.
"""
import argparse
import csv
import json
import os
import pty
import re
import subprocess
import sys

from testlib import check, finish, fresh_workdir, run

AGENCY_A = "青山市人民政府"
AGENCY_B = "绿水县人民政府"
AGENCY_C = "白云区教育局"


def rows_by_id(report):
    return {row["id"]: row for row in report["table3"]["rows"]}


def json_lines(stdout):
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--gongkai", required=True)
    p.add_argument("--work", required=True)
    a = p.parse_args()
    gk = a.gongkai
    w = fresh_workdir(a.work)

    def sample(name, seed, year, agency):
        r = run([gk, "report", "sample", "--seed", str(seed), "--year", str(year),
                 "--agency", agency, "-o", w(name)])
        assert r.returncode == 0, r.stderr
        return w(name)

    def render(src, fmt, out):
        r = run([gk, "report", "render", src, "--format", fmt, "-o", out])
        assert r.returncode == 0, (fmt, r.stderr)
        return out

    root = w("reports")
    os.makedirs(os.path.join(root, "sub"))
    os.makedirs(os.path.join(root, ".cache"))
    a2024 = sample("a2024.json", 1, 2024, AGENCY_A)
    a2025 = sample("a2025.json", 2, 2025, AGENCY_A)
    # The 2025 上年结转 (R02) equals the 2024 结转下年度 (R25) except in
    # 自然人 and 总计, which are 3 higher; R25 of 2025 moves with R02 so that
    # the year's own sums (H2, H4) still hold. X1 then fires on exactly two
    # cells, and only when the 2024 report is the year before.
    with open(a2024, encoding="utf-8") as f:
        before = json.load(f)
    with open(a2025, encoding="utf-8") as f:
        after = json.load(f)
    r25_before = rows_by_id(before)["R25"]["values"]
    rows = rows_by_id(after)
    for c in range(7):
        delta = r25_before[c] - rows["R02"]["values"][c] + (3 if c in (0, 6) else 0)
        rows["R02"]["values"][c] += delta
        rows["R25"]["values"][c] += delta
    edited = os.path.join(root, "a-2025.json")
    with open(edited, "w", encoding="utf-8") as f:
        json.dump(after, f, ensure_ascii=False, indent=1)
    render(a2024, "docx", os.path.join(root, "a-2024.docx"))
    render(sample("b2025.json", 3, 2025, AGENCY_B), "pdf", os.path.join(root, "b-2025.pdf"))
    render(sample("c2024.json", 4, 2024, AGENCY_C), "html", os.path.join(root, "c-2024.html"))
    render(sample("d2023.json", 5, 2023, AGENCY_B), "md", os.path.join(root, "D-2023.MD"))
    render(sample("e2025.json", 6, 2025, AGENCY_C), "xlsx", os.path.join(root, "sub", "e-2025.xlsx"))
    broken = os.path.join(root, "broken.pdf")
    with open(broken, "wb") as f:
        f.write(bytes(range(256)) * 8)
    for skipped in [".hidden.md", "~$a-2024.docx", "notes.doc"]:
        with open(os.path.join(root, skipped), "w", encoding="utf-8") as f:
            f.write("不是报告\n")
    render(a2024, "md", os.path.join(root, ".cache", "a-2024.md"))
    flat_files = sorted(os.path.join(root, n) for n in
                        ["a-2024.docx", "a-2025.json", "b-2025.pdf", "c-2024.html", "D-2023.MD", "broken.pdf"])
    deep_files = sorted(flat_files + [os.path.join(root, "sub", "e-2025.xlsx")])

    # A folder: its report files in sorted order, the same whatever --jobs.
    r1 = run([gk, "report", "check", "--json", "--jobs", "1", root])
    r2 = run([gk, "report", "check", "--json", "--jobs", "2", root])
    objs = json_lines(r1.stdout)
    check("a folder with an unreadable file exits 2", r1.returncode == 2, str(r1.returncode))
    check("the folder's report files, sorted, hidden/lock/.doc skipped",
          [o["file"] for o in objs] == flat_files, str([o["file"] for o in objs]))
    check("--jobs 1 and --jobs 2 print the same JSON in the same order", r1.stdout == r2.stdout)
    t1 = run([gk, "report", "check", "--jobs", "1", root])
    t2 = run([gk, "report", "check", "-j", "2", root])
    check("--jobs 1 and --jobs 2 print the same text", t1.stdout == t2.stdout and t1.stdout != "")
    check("text blocks in sorted order",
          re.findall(r"^== (.*) ==$", t1.stdout, re.M) == flat_files,
          str(re.findall(r"^== (.*) ==$", t1.stdout, re.M)))
    by_file = {o["file"]: o for o in objs}
    bad = by_file[broken]
    check("the garbage PDF is that file's error only", "error" in bad and "findings" not in bad, str(bad))
    check("the other files are checked", all("findings" in o for f, o in by_file.items() if f != broken))

    # Pairing: X1 on 自然人 and 总计 of the 2025 report, only with the 2024 one.
    x1 = [f for f in by_file[edited]["findings"] if f["rule"] == "X1"]
    check("X1 fires through pairing on exactly the edited cells",
          sorted(f["where"]["column"] for f in x1) == ["总计", "自然人"], json.dumps(x1, ensure_ascii=False))
    notes = [n["message"] for n in by_file[edited]["notes"]]
    a2024_docx = os.path.join(root, "a-2024.docx")
    check("the pairing is noted",
          any(f"已与上一年度报告“{a2024_docx}”配对核对（X1、X2、S7、S8）" in n for n in notes), str(notes))
    check("the 2024 report itself is not paired",
          not any("配对" in n["message"] for n in by_file[a2024_docx]["notes"]))
    check("no pairing across agencies (B 2025 / C 2024 / B 2023)",
          all(not any(f["rule"] == "X1" for f in by_file[os.path.join(root, n)]["findings"])
              for n in ["b-2025.pdf", "c-2024.html", "D-2023.MD"]))
    alone = run([gk, "report", "check", "--json", edited])
    alone_obj = json.loads(alone.stdout)
    check("checked alone, the 2025 report has no X1 and no errors",
          alone.returncode == 0 and not any(f["rule"] == "X1" for f in alone_obj["findings"]),
          alone.stdout[:300])
    check("a single file prints no progress", alone.stderr == "", alone.stderr)
    pair = run([gk, "report", "check", a2024_docx, edited])
    check("two files given as files are paired too", pair.returncode == 1 and " X1 " in pair.stdout)
    explicit = run([gk, "report", "check", "--json", "--previous", edited, a2024_docx, edited])
    eo = json_lines(explicit.stdout)
    check("--previous wins over pairing",
          not any(f["rule"] == "X1" for f in eo[1]["findings"])
          and not any("配对" in n["message"] for n in eo[1]["notes"]), explicit.stdout[-400:])
    dup = run([gk, "report", "check", "--json", root, os.path.join(root, ".cache", "a-2024.md")])
    do = {}
    for o in json_lines(dup.stdout):
        do.setdefault(o["file"], o)
    dup_notes = [n["message"] for n in do[a2024_docx]["notes"]]
    check("the same agency and year twice: a note, and no pairing",
          any("同一机关同一年度有多份报告" in n and "未自动配对上一年度报告" in n for n in dup_notes)
          and not any(f["rule"] == "X1" for f in do[edited]["findings"]), str(dup_notes))

    # --recursive adds the sub-folder (and never enters hidden folders).
    rr = run([gk, "report", "check", "--json", "--recursive", root])
    deep = json_lines(rr.stdout)
    check("--recursive visits the sub-folder, not hidden ones",
          [o["file"] for o in deep] == deep_files, str([o["file"] for o in deep]))

    # Progress on stderr: one plain line per file when stderr is not a terminal.
    lines = rr.stderr.splitlines()
    check("one progress line per file", len(lines) == len(deep_files), rr.stderr)
    pat = re.compile(r"^\[(\d+)/(\d+)\] (.*)：(错误(\d+)项，警告(\d+)项|无法读取)$")
    parsed = [pat.match(line) for line in lines]
    check("progress lines read [k/N] path：错误N项，警告M项", all(parsed), rr.stderr)
    if all(parsed):
        check("progress counts 1..N", sorted(int(m.group(1)) for m in parsed) == list(range(1, len(deep_files) + 1)))
        deep_by_file = {o["file"]: o for o in deep}
        ok = True
        for m in parsed:
            o = deep_by_file[m.group(3)]
            if m.group(4) == "无法读取":
                ok = ok and "error" in o
            else:
                ok = ok and int(m.group(5)) == sum(f["severity"] == "error" for f in o["findings"]) \
                    and int(m.group(6)) == sum(f["severity"] == "warning" for f in o["findings"])
        check("progress counts equal the findings", ok, rr.stderr)

    # A bar redrawn with '\r' on a terminal, cleared at the end.
    master, slave = pty.openpty()
    proc = subprocess.Popen([gk, "report", "check", "--jobs", "2", root],
                            stdout=subprocess.PIPE, stderr=slave)
    os.close(slave)
    tty_out = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        tty_out += chunk
    proc.stdout.read()
    proc.wait()
    os.close(master)
    tty_text = tty_out.decode("utf-8", "replace")
    check("a terminal gets a bar redrawn with \\r",
          "\r" in tty_text and "核对中 [" in tty_text and f"/{len(flat_files)}" in tty_text
          and "\n" not in tty_text.replace("\r\n", "\n").split("核对中")[0], repr(tty_text[:300]))
    check("the bar is cleared at the end", tty_text.endswith("\r\x1b[K"), repr(tty_text[-40:]))

    # --summary OUT.xlsx: one row per file and per finding, as in --json.
    import openpyxl  # Debian python3-openpyxl

    xlsx = w("汇总.xlsx")
    rs = run([gk, "report", "check", "--recursive", "--summary", xlsx, root])
    check("--summary keeps the exit code", rs.returncode == 2, str(rs.returncode))
    check("--summary says where it wrote", xlsx in rs.stderr, rs.stderr[-300:])
    wb = openpyxl.load_workbook(xlsx)
    check("sheets 报告汇总 and 全部问题", wb.sheetnames == ["报告汇总", "全部问题"], str(wb.sheetnames))
    ws = wb["报告汇总"]
    header = [c.value for c in ws[1]]
    check("报告汇总 header", header == ["文件", "机关", "年度", "格式", "错误数", "警告数", "规则", "上一年度报告", "状态"],
          str(header))
    check("header bold, frozen, filtered",
          all(c.font.bold for c in ws[1]) and ws.freeze_panes == "A2" and bool(ws.auto_filter.ref),
          f"{ws.freeze_panes} {ws.auto_filter.ref}")
    data = [dict(zip(header, [c.value for c in row])) for row in ws.iter_rows(min_row=2)]
    check("one summary row per file", [d["文件"] for d in data] == deep_files, str([d["文件"] for d in data]))
    ok = True
    total_findings = 0
    for d in data:
        o = deep_by_file[d["文件"]] if all(parsed) else {o["file"]: o for o in deep}[d["文件"]]
        if "error" in o:
            ok = ok and d["状态"].startswith("无法读取：") and d["错误数"] is None
            continue
        e = sum(f["severity"] == "error" for f in o["findings"])
        wn = sum(f["severity"] == "warning" for f in o["findings"])
        total_findings += len(o["findings"])
        rules = []
        for f in o["findings"]:
            if f["rule"] not in rules:
                rules.append(f["rule"])
        ok = ok and d["错误数"] == e and d["警告数"] == wn and isinstance(d["错误数"], int) \
            and d["年度"] == o["year"] and d["机关"] == o["agency"] and d["状态"] == "已核对" \
            and (d["规则"] or "") == "、".join(rules)
    check("counts, rules, year and agency equal the --json output", ok)
    check("the paired file is named", next(d for d in data if d["文件"] == edited)["上一年度报告"] == a2024_docx)
    wf = wb["全部问题"]
    fheader = [c.value for c in wf[1]]
    check("全部问题 header", fheader == ["文件", "机关", "年度", "规则", "级别", "位置", "行/页", "说明"], str(fheader))
    frows = [dict(zip(fheader, [c.value for c in row])) for row in wf.iter_rows(min_row=2)]
    check("one row per finding", len(frows) == total_findings, f"{len(frows)} != {total_findings}")
    check("X1 rows of the paired report",
          sum(1 for r in frows if r["文件"] == edited and r["规则"] == "X1" and r["级别"] == "错误") == 2)
    check("levels are 错误/警告", {r["级别"] for r in frows} <= {"错误", "警告"})

    # --summary OUT.csv: the same two tables in two CSV files.
    out_csv = w("汇总.csv")
    rc = run([gk, "report", "check", "--recursive", "--summary", out_csv, root])
    check("--summary CSV keeps the exit code", rc.returncode == 2)
    with open(out_csv, encoding="utf-8-sig", newline="") as f:
        crow = list(csv.reader(f))
    with open(out_csv, "rb") as f:
        check("the CSV starts with a BOM", f.read(3) == b"\xef\xbb\xbf")
    check("CSV header and one row per file", crow[0] == header and [r[0] for r in crow[1:]] == deep_files,
          str(crow[:2]))
    csv_counts = {r[0]: (r[4], r[5]) for r in crow[1:]}
    xlsx_counts = {d["文件"]: ("" if d["错误数"] is None else str(d["错误数"]),
                              "" if d["警告数"] is None else str(d["警告数"])) for d in data}
    check("CSV counts equal the workbook's", csv_counts == xlsx_counts, str(csv_counts))
    findings_csv = w("汇总.findings.csv")
    with open(findings_csv, encoding="utf-8-sig", newline="") as f:
        frow = list(csv.reader(f))
    check("OUT.findings.csv: one row per finding", frow[0] == fheader and len(frow) - 1 == total_findings,
          f"{len(frow) - 1} != {total_findings}")
    check("the help text names OUT.findings.csv",
          "OUT.findings.csv" in run([gk, "report", "check", "--help"]).stdout)

    # Refusals, before any checking.
    rb = run([gk, "report", "check", "--summary", w("out.txt"), root])
    check("--summary with another extension exits 2 before checking",
          rb.returncode == 2 and rb.stdout == "" and ".xlsx" in rb.stderr, rb.stderr)
    rb = run([gk, "report", "check", "--summary", w("no/such/dir/out.xlsx"), root])
    check("--summary into a missing folder exits 2", rb.returncode == 2 and "不存在" in rb.stderr, rb.stderr)
    rb = run([gk, "report", "check", "--jobs", "0", root])
    check("--jobs 0 is refused", rb.returncode == 2 and rb.stdout == "", rb.stderr)
    os.makedirs(w("empty/inner"))
    rb = run([gk, "report", "check", w("empty")])
    check("a folder without reports exits 2 with a Chinese message",
          rb.returncode == 2 and "中没有可核对的年度报告文件" in rb.stdout, rb.stdout)
    rb = run([gk, "report", "check", w("empty"), edited])
    check("an empty folder beside a good file still exits 2", rb.returncode == 2, str(rb.returncode))
    # A directory symlink loop does not hang the walk.
    os.symlink(root, os.path.join(root, "sub", "loop"))
    rl = run([gk, "report", "check", "--json", "--recursive", root], timeout=120)
    check("a symlink loop is not followed", [o["file"] for o in json_lines(rl.stdout)] == deep_files)
    # Exit codes over the batch: 0 when no file has errors, 1 when one has.
    clean = [os.path.join(root, n) for n in ["c-2024.html", "D-2023.MD", "b-2025.pdf", "a-2024.docx"]]
    rb = run([gk, "report", "check"] + clean)
    check("a clean batch exits 0", rb.returncode == 0, rb.stdout[-300:])
    rb = run([gk, "report", "check"] + clean + [edited])
    check("a batch with errors (X1) exits 1", rb.returncode == 1, rb.stdout[-300:])

    return finish()


if __name__ == "__main__":
    sys.exit(main())
