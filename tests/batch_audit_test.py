#!/usr/bin/env python3
"""Acceptance test of the batch audit: `gongkai report check ROOT --recursive
--jobs 2 --json --summary OUT.xlsx` on 200 reports in a folder tree.

The reports come from `report sample` (different seeds, agencies, years),
rendered to txt, md, html, docx, pdf (gongkai's own PDF writer), xlsx and
json. About half are clean; each of the others has one planted defect, and
together they cover every rule (H1–H8, X1, X2, S1–S10). The manifest
(ROOT/manifest.json) names, per file, the planted rule, the rules the defect
may bring with it (`implies`) and, for the cross-year rules, the previous
year's file of the same agency (the batch pairs them by itself).

Asserts: each planted rule is found in its file; a clean file has no error,
and all clean files have the same set of warnings (printed); a planted file
has no error of a rule other than its own and those it implies; the summary
XLSX has 200 rows in 报告汇总, with error/warning counts and rule lists equal
to the --json output, and 全部问题 has one row per finding; the batch's
findings equal those of checking each file alone (with --previous).

--per-file checks each file with `report check --json FILE [--previous P]`
instead of the batch mode (validates the manifest without the batch mode).
"""
import argparse
import json
import os
import random
import re
import sys

sys.dont_write_bytecode = True  # keep tests/corpus free of __pycache__
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "corpus"))
sys.path.insert(0, HERE)

import reports as R  # noqa: E402
from transforms import Replace, md_to_text  # noqa: E402
from testlib import check, finish, fresh_workdir, run  # noqa: E402

FORMATS = ["txt", "md", "html", "docx", "pdf", "xlsx", "json"]
PLACES = ["青石", "白河", "东林", "南岭", "西塘", "北坪", "云溪", "松原", "桃源", "柳河", "石门", "枫桥",
          "清江", "明湖", "长乐", "永安", "平山", "金沙", "玉泉", "龙潭", "凤鸣", "临川", "安远", "广德",
          "宁海", "兴隆", "太和", "丰泽", "鹤山", "梅江"]
KINDS = ["县人民政府", "市财政局", "区教育局", "县自然资源局", "市生态环境局", "县卫生健康委员会",
         "镇人民政府", "市交通运输局", "区人民政府", "县市场监督管理局"]

# Rules each planted defect may bring with it (errors allowed besides the
# planted one), and why.
IMPLIES = {
    "H1": ["H2", "H3", "H4"],  # a blank cell is not 0: the row total and column sums it is part of fail too
    "H2": ["H3"],              # R05 总计 one too high: （七）总计 no longer equals the sum in that column
    "H8": ["H1"],              # the 2019 row's 采购总金额 "12.5" (万元) is reported as not a count (H1)
}


class Batch:
    def __init__(self, gk, root):
        self.gk = gk
        self.root = root
        self.entries = []
        self.names = iter(f"{p}{k}" for p in PLACES for k in KINDS)
        self.seed = 500
        os.makedirs(os.path.join(root, "_json"), exist_ok=True)

    def agency(self):
        return next(self.names)

    def sample(self, year, agency=None):
        self.seed += 1
        return self.gk.sample(self.seed, year, agency or self.agency())

    def write(self, data, fmt, rule=None, previous=None, transform=None, note=""):
        """Renders `data` in `fmt` under ROOT/<year>/<fmt>/; returns the entry."""
        folder = os.path.join(self.root, str(data.get("year") or "unknown"), fmt)
        os.makedirs(folder, exist_ok=True)
        base = f"{len(self.entries):03d}-{data['agency']}-{data.get('year')}"
        src = R.write_json(data, os.path.join(self.root, "_json", base + ".json"))
        out = os.path.join(folder, f"{base}.{fmt}")
        if fmt == "json":
            with open(src, encoding="utf-8") as f, open(out, "w", encoding="utf-8") as g:
                g.write(f.read())
        elif fmt in ("txt", "md"):
            md = self.gk.render(src, "md", out + ".tmp")
            with open(md, encoding="utf-8") as f:
                text = f.read()
            os.remove(md)
            if transform:
                text = transform("md", text)
            with open(out, "w", encoding="utf-8") as f:
                f.write(md_to_text(text) if fmt == "txt" else text)
        else:
            self.gk.render(src, fmt, out)
            if transform:
                with open(out, encoding="utf-8") as f:
                    text = transform(fmt, f.read())
                with open(out, "w", encoding="utf-8") as f:
                    f.write(text)
        e = {"file": out, "format": fmt, "agency": data["agency"], "year": data.get("year"),
             "rule": rule, "implies": IMPLIES.get(rule, []), "previous": previous, "note": note}
        self.entries.append(e)
        return e


def fmt_cycle(allowed):
    i = 0
    while True:
        yield allowed[i % len(allowed)]
        i += 1


# ---- defects, each a change of one sample report

def first_col(rows, rid, minimum=1):
    for c in range(6):
        if rows[rid][c] >= minimum:
            return c
    return None


def plant(kind, d):
    """Plants defect `kind` in report data d (in place); returns a note."""
    rows = R.t3(d)
    row = {r["id"]: r for r in d["table3"]["rows"]}
    if kind == "H1":
        row["R05"]["values"][0] = None
        return "表三 R05 自然人 blank"
    if kind == "H2":
        row["R05"]["values"][6] += 1
        return "表三 R05 总计 +1"
    if kind == "H3":
        c = first_col(rows, "R25")
        if c is None:
            row["R25"]["values"][0] += 1
            row["R01"]["values"][0] += 1
            row["R25"]["values"][6] += 1
            row["R01"]["values"][6] += 1
            c = 0
        for rid, delta in (("R24", 1), ("R25", -1)):
            row[rid]["values"][c] += delta
            row[rid]["values"][6] += delta
        R.refresh_narrative(d)
        return f"表三 （七）总计 column {c} +1, R25 -1 (一+二=三+四 still holds)"
    if kind == "H4":
        row["R01"]["values"][0] += 1
        row["R01"]["values"][6] += 1
        R.refresh_narrative(d)
        return "表三 R01 自然人 +1 and its 总计"
    if kind == "H5":
        d["table4"]["行政复议"]["总计"] += 1
        R.refresh_narrative(d)
        return "表四 行政复议 总计 +1"
    if kind == "H6":
        vals = [sum(rows[f"R{i:02d}"][c] for i in range(5, 13)) for c in range(7)]
        vals[0] += 1
        vals[6] += 1
        d["table3"]["subtotals"] = [{"group": "（三）不予公开", "values": vals}]
        return "小计 （三）不予公开 one too high"
    if kind == "H7":
        d["sections"] = [s for s in d["sections"] if s["number"] != 5]
        return "section 五 removed"
    if kind == "H8":
        d["format"] = "2019"  # the JSON names its template; the extra row is what a 2019 table adds
        d["table2_extra_rows"] = [{"block": "第二十条第（九）项", "label": "政府集中采购",
                                   "columns": ["采购项目数量", "采购总金额"], "cells": [5, "12.5"]}]
        return "2019 row 政府集中采购 in a 2021+ report"
    if kind == "S1":
        d["table2"]["行政规范性文件"] = {"本年制发件数": 10, "本年废止件数": 1, "现行有效件数": 5}
        for s in d["sections"]:
            s["paragraphs"] = [re.sub(r"行政规范性文件\d+件", "行政规范性文件10件", p) for p in s["paragraphs"]]
        return "行政规范性文件 10/1/5"
    if kind == "S2":
        R.replace_paragraph(d, 1, "（二）依申请公开情况。",
                            f"（二）依申请公开情况。全年共收到政府信息公开申请{rows['R01'][6] + 7}件，"
                            "均按规定答复。")
        return "narrative 收到申请 total +7"
    if kind == "S3":
        src = next(rid for rid in ("R23", "R13", "R03", "R04") if first_col(rows, rid) is not None)
        c = first_col(rows, src)
        for rid, delta in ((src, -1), ("R22", 1)):
            row[rid]["values"][c] += delta
            row[rid]["values"][6] += delta
        R.section(d, 6)["paragraphs"] = ["本年度未收取信息处理费。"]
        return f"R22 = {row['R22']['values'][6]} but 六 says no fees"
    if kind == "S4":
        R.set_period(d, "")
        d.pop("period", None)
        return "period sentence removed"
    if kind == "S5":
        s1 = R.section(d, 1)
        s1["paragraphs"] = [p for p in s1["paragraphs"] if not p.startswith("（五）监督保障情况")]
        return "government report without 考核/评议/责任追究"
    if kind == "S8":
        d["table4"]["行政复议"] = {"结果维持": 0, "结果纠正": 0, "其他结果": 0, "尚未审结": 0, "总计": 0}
        d["table4"]["复议后起诉"] = {"结果维持": 1, "结果纠正": 1, "其他结果": 0, "尚未审结": 0, "总计": 2}
        R.refresh_narrative(d)
        return "复议后起诉 2, 行政复议 0"
    if kind == "S10":
        if rows["R25"][6] == 0:
            row["R01"]["values"][0] += 1
            row["R25"]["values"][0] += 1
            row["R01"]["values"][6] += 1
            row["R25"]["values"][6] += 1
            R.refresh_narrative(d)
        R.add_paragraph(d, 3, "截至12月31日，所有申请均已办理完毕。")
        return "所有申请均已办理完毕 while R25 > 0"
    raise KeyError(kind)


def successor(prev, data, stock_consistent=True):
    """Makes `data` (year N+1, same agency) follow `prev`: R02 = prev R25 per
    column (X1), and with stock_consistent the Table 2 stock follows (X2)."""
    p25 = R.t3(prev)["R25"]
    row = {r["id"]: r for r in data["table3"]["rows"]}
    for c in range(6):
        row["R02"]["values"][c] = p25[c]
        rest = row["R01"]["values"][c] + p25[c] - row["R24"]["values"][c]
        if rest < 0:
            row["R01"]["values"][c] -= rest
            rest = 0
        row["R25"]["values"][c] = rest
    for rid in ("R01", "R02", "R25"):
        row[rid]["values"][6] = sum(row[rid]["values"][:6])
    if stock_consistent:
        for key in ("规章", "行政规范性文件"):
            a, b = prev["table2"][key], data["table2"][key]
            b["现行有效件数"] = a["现行有效件数"] + b["本年制发件数"] - b["本年废止件数"]
    R.refresh_narrative(data)


def make_batch(gk, root, total=200):
    b = Batch(gk, root)
    rng = random.Random(20240131)
    years = [2022, 2023, 2024, 2025]
    # (rule, formats it can be planted in, how many files)
    json_rules = [("H1", FORMATS, 5), ("H2", FORMATS, 5), ("H3", FORMATS, 5), ("H4", FORMATS, 5),
                  ("H5", FORMATS, 5), ("H6", ["json"], 3), ("H7", FORMATS, 5), ("H8", ["json"], 3),
                  ("S1", FORMATS, 5), ("S2", FORMATS, 5), ("S3", FORMATS, 5), ("S4", FORMATS, 5),
                  ("S5", FORMATS, 5), ("S8", FORMATS, 5), ("S10", FORMATS, 5)]
    for rule, allowed, n in json_rules:
        cyc = fmt_cycle(allowed)
        for _ in range(n):
            year = rng.choice(years)
            agency = b.agency()
            if rule == "S5":
                while not agency.endswith("人民政府"):
                    agency = b.agency()
            d = b.sample(year, agency)
            note = plant(rule, d)
            b.write(d, next(cyc), rule, note=note)
    # H8 also in a rendered report: a 2019 row added to the Markdown/HTML table.
    from transforms import AddRowAfter
    for fmt in ("md", "html"):
        d = b.sample(2024)
        b.write(d, fmt, "H8", note="2019 row 其他对外管理服务事项 added to Table 2",
                transform=lambda f, t: getattr(AddRowAfter("行政许可", "其他对外管理服务事项", [12]), f)(t))
    # H6 also in a rendered report: a （三）不予公开 subtotal row, one too high.
    for fmt in ("md", "html"):
        d = b.sample(2024)
        rows = R.t3(d)
        vals = [sum(rows[f"R{i:02d}"][c] for i in range(5, 13)) for c in range(7)]
        vals[0] += 1
        vals[6] += 1
        op = AddRowAfter("8.属于行政查询事项", "（三）不予公开", vals)
        b.write(d, fmt, "H6", note="subtotal row （三）不予公开 one too high",
                transform=lambda f, t, op=op: getattr(op, f)(t))
    # S6: published too late (JSON published_on; an HTML <meta name="PubDate">).
    for fmt in ("json", "json", "html", "html"):
        d = b.sample(rng.choice(years))
        late = f"{d['year'] + 1}-05-20"
        if fmt == "json":
            d["published_on"] = late
            b.write(d, fmt, "S6", note=f"published_on {late}")
        else:
            b.write(d, fmt, "S6", note=f"<meta name=PubDate content={late}>",
                    transform=lambda f, t, late=late: t.replace(
                        "<title>", f'<meta name="PubDate" content="{late} 09:30:00">\n<title>', 1))
    # S9: headings numbered 1、 (a change of the rendered text).
    for fmt in ("md", "txt", "html", "md", "html"):
        d = b.sample(rng.choice(years))
        op = Replace("一、总体情况", "1、总体情况", heading=True)
        b.write(d, fmt, "S9", note="1、总体情况", transform=lambda f, t, op=op: getattr(op, "html" if f == "html" else "md")(t))
    # Cross-year: two consecutive years of one agency; the later file has the defect.
    pair_formats = fmt_cycle(FORMATS)
    for rule, n in (("X1", 5), ("X2", 5), ("S7", 4)):
        for _ in range(n):
            year = rng.choice(years[:-1])
            agency = b.agency()
            prev = b.sample(year, agency)
            cur = b.sample(year + 1, agency)
            if rule == "X1":
                successor(prev, cur)
                row = {r["id"]: r for r in cur["table3"]["rows"]}
                row["R02"]["values"][0] += 1
                row["R02"]["values"][6] += 1
                row["R25"]["values"][0] += 1
                row["R25"]["values"][6] += 1
                R.refresh_narrative(cur)
                note = "R02 自然人 = previous R25 + 1"
            elif rule == "X2":
                successor(prev, cur, stock_consistent=False)
                t = cur["table2"]["行政规范性文件"]
                t["现行有效件数"] = prev["table2"]["行政规范性文件"]["现行有效件数"] + t["本年制发件数"] - t["本年废止件数"] + 3
                note = "行政规范性文件 现行有效 3 more than previous + issued − repealed"
            else:
                successor(prev, cur)
                cur["preamble"] = list(prev["preamble"])
                for s in cur["sections"]:
                    s["paragraphs"] = list(R.section(prev, s["number"])["paragraphs"])
                note = "narrative copied from the previous year"
            pe = b.write(prev, next(pair_formats), None, note=f"previous year of a {rule} file")
            b.write(cur, next(pair_formats), rule, previous=pe["file"], note=note)
    # The rest: clean reports, each of its own agency (nothing to pair with).
    cyc = fmt_cycle(FORMATS)
    while len(b.entries) < total:
        d = b.sample(rng.choice(years))
        b.write(d, next(cyc), None)
    with open(os.path.join(root, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(b.entries, f, ensure_ascii=False, indent=1)
    return b.entries


def rules_of(result, severity=None):
    return {f["rule"] for f in result.get("findings", []) if severity is None or f["severity"] == severity}


def verify(entries, results):
    clean_warnings = {}
    for e in entries:
        name = os.path.basename(e["file"])
        r = results.get(os.path.realpath(e["file"]))
        if r is None or "error" in r:
            check(f"{name} read", False, str(r and r.get("error")))
            continue
        errors = rules_of(r, "error")
        if e["rule"] is None:
            check(f"{name} (clean {e['format']}) has no error", not errors, str(sorted(errors)))
            clean_warnings[name] = tuple(sorted(rules_of(r, "warning")))
        else:
            check(f"{name} ({e['format']}) finds planted {e['rule']}", e["rule"] in rules_of(r),
                  f"{e['note']}; found {sorted(rules_of(r))}")
            other = errors - {e["rule"]} - set(e["implies"])
            check(f"{name} ({e['format']}) has no other error than {e['rule']}", not other,
                  f"{sorted(other)}: " + "; ".join(f["message"][:100] for f in r["findings"] if f["rule"] in other))
    sets = {}
    for name, ws in clean_warnings.items():
        sets.setdefault(ws, []).append(name)
    print("warnings of clean files: " + "; ".join(f"{list(ws) or 'none'} in {len(names)} files"
                                                  for ws, names in sets.items()))
    check("every clean file has the same warnings", len(sets) <= 1,
          " | ".join(f"{list(ws)}: {names[:4]}" for ws, names in sets.items()))
    covered = {e["rule"] for e in entries if e["rule"]}
    every = {f"H{i}" for i in range(1, 9)} | {"X1", "X2"} | {f"S{i}" for i in range(1, 11)}
    check("the batch plants every rule", covered == every, str(sorted(every - covered)))


def per_file(gk, entries):
    results = {}
    for e in entries:
        args = [gk, "report", "check", "--json", e["file"]]
        if e["previous"]:
            args += ["--previous", e["previous"]]
        r = run(args)
        for line in r.stdout.splitlines():
            if line.startswith("{"):
                results[os.path.realpath(e["file"])] = json.loads(line)
    return results


def findings_key(result):
    return sorted((f["rule"], f["severity"], f["message"]) for f in result.get("findings", []))


def split_rules(text):
    return {x for x in re.split(r"[\s,，、;；/]+", str(text or "")) if x}


def batch(gk, root, entries, summary):
    r = run([gk, "report", "check", root, "--recursive", "--jobs", "2", "--json", "--summary", summary],
            timeout=900)
    results = {}
    for line in r.stdout.splitlines():
        if line.startswith("{"):
            obj = json.loads(line)
            if "file" in obj:
                path = obj["file"] if os.path.isabs(obj["file"]) else os.path.join(os.getcwd(), obj["file"])
                results[os.path.realpath(path)] = obj
    check("batch mode runs (exit 0 or 1)", r.returncode in (0, 1), f"exit {r.returncode}: {r.stderr[:300]}")
    wanted = {os.path.realpath(e["file"]) for e in entries}
    check("batch checks exactly the 200 reports", set(results) == wanted,
          f"{len(results)} results; missing {len(wanted - set(results))}, extra {sorted(set(results) - wanted)[:3]}")
    # The pairing: each cross-year file is checked against its previous year.
    for e in entries:
        if e["previous"]:
            res = results.get(os.path.realpath(e["file"]), {})
            check(f"{os.path.basename(e['file'])} paired with its previous year", e["rule"] in rules_of(res),
                  str(sorted(rules_of(res))))
    verify_summary(summary, entries, results)
    return results


def verify_summary(path, entries, results):
    if not os.path.exists(path):
        check("summary XLSX written", False, path)
        return
    import openpyxl
    wb = openpyxl.load_workbook(path, read_only=True)
    check("summary has sheets 报告汇总 and 全部问题", {"报告汇总", "全部问题"} <= set(wb.sheetnames), str(wb.sheetnames))
    if not {"报告汇总", "全部问题"} <= set(wb.sheetnames):
        return
    rows = list(wb["报告汇总"].iter_rows(values_only=True))
    head = [str(c) for c in rows[0]]
    cols = ["文件", "机关", "年度", "格式", "错误数", "警告数", "规则", "上一年度报告", "状态"]
    check("报告汇总 has the documented columns", all(c in head for c in cols), str(head))
    body = [r for r in rows[1:] if any(c is not None for c in r)]
    check("报告汇总 has 200 rows", len(body) == len(entries), str(len(body)))
    by_name = {os.path.basename(p): res for p, res in results.items()}
    if all(c in head for c in cols):
        ix = {c: head.index(c) for c in cols}
        bad = []
        for r in body:
            res = by_name.get(os.path.basename(str(r[ix["文件"]])))
            if res is None:
                bad.append(f"{r[ix['文件']]}: not in --json output")
                continue
            fs = res.get("findings", [])
            ne = sum(1 for f in fs if f["severity"] == "error")
            nw = sum(1 for f in fs if f["severity"] == "warning")
            if (r[ix["错误数"]], r[ix["警告数"]]) != (ne, nw):
                bad.append(f"{r[ix['文件']]}: counts {r[ix['错误数']]}/{r[ix['警告数']]} != {ne}/{nw}")
            if split_rules(r[ix["规则"]]) != {f["rule"] for f in fs}:
                bad.append(f"{r[ix['文件']]}: rules {r[ix['规则']]!r} != {sorted({f['rule'] for f in fs})}")
        check("报告汇总 counts and rules equal the --json output", not bad, "; ".join(bad[:5]))
        paired = [e for e in entries if e["previous"]]
        names = {os.path.basename(str(r[ix["文件"]])): r for r in body}
        missing = [os.path.basename(e["file"]) for e in paired
                   if os.path.basename(e["previous"]) not in str((names.get(os.path.basename(e["file"])) or [None] * 9)[ix["上一年度报告"]])]
        check("报告汇总 names the previous year's report of paired files", not missing, str(missing[:5]))
    issues = [r for r in list(wb["全部问题"].iter_rows(values_only=True))[1:] if any(c is not None for c in r)]
    total = sum(len(res.get("findings", [])) for res in results.values())
    check("全部问题 has one row per finding", len(issues) == total, f"{len(issues)} rows, {total} findings")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gongkai", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--per-file", action="store_true", help="check file by file (no batch mode needed)")
    a = ap.parse_args()
    w = fresh_workdir(a.work)
    gk = R.Gongkai(a.gongkai, w("_samples"))
    root = w("reports")
    entries = make_batch(gk, root)
    planted = [e for e in entries if e["rule"]]
    print(f"{len(entries)} reports, {len(planted)} with a planted defect, "
          f"formats {sorted({e['format'] for e in entries})}; manifest {os.path.join(root, 'manifest.json')}")
    check("200 reports", len(entries) == 200, str(len(entries)))
    check("about half are clean", 80 <= len(entries) - len(planted) <= 120, str(len(entries) - len(planted)))
    # The manifest and the _json sources sit beside the reports: move them out
    # of the tree the batch reads.
    os.rename(os.path.join(root, "_json"), w("_json"))
    os.rename(os.path.join(root, "manifest.json"), w("manifest.json"))
    if a.per_file:
        results = per_file(a.gongkai, entries)
    else:
        results = batch(a.gongkai, root, entries, w("summary.xlsx"))
        # The batch (threads, automatic pairing) finds what checking each file
        # alone finds, given its previous year's report.
        alone = per_file(a.gongkai, entries)
        differ = [os.path.basename(p) for p, res in alone.items()
                  if findings_key(res) != findings_key(results.get(p, {}))]
        check("batch findings equal those of checking each file alone", not differ, str(differ[:5]))
    verify(entries, results)
    return finish()


if __name__ == "__main__":
    sys.exit(main())
