#!/usr/bin/env python3
"""End-to-end test of the `gongkai` command line, as a user runs it.

Renders a report to every format and reads each file back with tools that
are not gongkai's: python3-docx, python3-openpyxl, pdftotext and LibreOffice
(headless). Checks the exit codes and the --json output of `report check`.
Run by ctest; prints one line per check and a closing 'N passed, N failed'.
"""
import argparse
import json
import os
import shutil
import sys
import tempfile

from testlib import check, finish, fresh_workdir, run


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gongkai", required=True)
    ap.add_argument("--shared", required=True)
    ap.add_argument("--work", required=True)
    a = ap.parse_args()
    gk = a.gongkai
    w = fresh_workdir(a.work)

    # A consistent report, rendered to every format.
    r = run([gk, "report", "sample", "--seed", "7", "-o", w("report.json")])
    check("sample writes the interchange JSON", r.returncode == 0, r.stderr)
    with open(w("report.json"), encoding="utf-8") as f:
        data = json.load(f)
    rows = {row["id"]: row["values"] for row in data["table3"]["rows"]}
    received = rows["R01"][6]
    answered = rows["R24"][6]
    for fmt in ["docx", "pdf", "html", "xlsx", "md", "json"]:
        out = w("out." + fmt)
        r = run([gk, "report", "render", w("report.json"), "--format", fmt, "-o", out])
        check(f"render {fmt}", r.returncode == 0 and os.path.getsize(out) > 0, r.stderr)
        r = run([gk, "report", "check", out])
        check(f"check of rendered {fmt} exits 0", r.returncode == 0, r.stdout + r.stderr)
        check(f"check of rendered {fmt} finds nothing", "未发现问题" in r.stdout, r.stdout)

    # python3-docx reads the DOCX tables: Table 3's 一 row has the figures.
    import docx  # Debian python3-docx
    d = docx.Document(w("out.docx"))
    texts = [p.text for p in d.paragraphs]
    check("docx has the six headings",
          all(h in texts for h in ["一、总体情况", "三、收到和处理政府信息公开申请情况", "六、其他需要报告的事项"]),
          str(texts[:12]))
    check("docx has three tables", len(d.tables) == 3, str(len(d.tables)))
    t3 = d.tables[1]
    found = None
    for row in t3.rows:
        cells = [c.text for c in row.cells]
        if cells and cells[0] == "一、本年新收政府信息公开申请数量":
            found = cells
    check("docx Table 3 row 一 holds the numbers",
          found is not None and found[-7:] == [str(v) for v in rows["R01"]], str(found))

    # python3-openpyxl reads the XLSX: numbers are numbers.
    import openpyxl  # Debian python3-openpyxl
    wb = openpyxl.load_workbook(w("out.xlsx"))
    check("xlsx has a sheet per table plus the text", len(wb.sheetnames) == 4, str(wb.sheetnames))
    numbers = []
    label_row = None
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            if row and "一、本年新收政府信息公开申请数量" in [c for c in row if isinstance(c, str)]:
                label_row = row
    if label_row:
        numbers = [c for c in label_row if isinstance(c, (int, float))]
    check("xlsx Table 3 row 一 holds numeric cells",
          [int(n) for n in numbers] == rows["R01"], str(label_row))

    # pdftotext shows the Chinese labels and numbers.
    r = run(["pdftotext", "-layout", w("out.pdf"), "-"])
    check("pdftotext reads the PDF", r.returncode == 0, r.stderr)
    for needle in ["政府信息公开工作年度报告", "本年新收政府信息公开申请数量", "结转下年度继续办理",
                   "行政复议", str(received), str(answered)]:
        check(f"pdf text contains {needle}", needle in r.stdout)
    r = run(["pdffonts", w("out.pdf")])
    check("pdf embeds its CJK font", "CJK" in r.stdout and " yes " in r.stdout, r.stdout)

    # LibreOffice opens the DOCX (converting it to PDF proves it parsed).
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice:
        profile = tempfile.mkdtemp(prefix="lo-profile-")
        r = run([soffice, "-env:UserInstallation=file://" + profile, "--headless",
                 "--convert-to", "pdf", "--outdir", w("lo"), w("out.docx")])
        lo_pdf = w("lo/out.pdf")
        ok = r.returncode == 0 and os.path.exists(lo_pdf)
        check("LibreOffice converts the DOCX", ok, r.stdout + r.stderr)
        if ok:
            t = run(["pdftotext", "-layout", lo_pdf, "-"]).stdout
            check("LibreOffice's PDF shows Table 3 labels and numbers",
                  "本年新收政府信息公开申请数量" in t and str(received) in t)
        shutil.rmtree(profile, ignore_errors=True)
    else:
        print("skip LibreOffice checks: soffice not installed")

    # Exit codes and messages of `report check`.
    kashgar = os.path.join(a.shared, "examples", "kashgar-2023.txt")
    huaian = os.path.join(a.shared, "examples", "huaian-2024.pdf")
    if os.path.exists(kashgar):
        r = run([gk, "report", "check", kashgar])
        check("kashgar exits 1", r.returncode == 1, str(r.returncode))
        for rule in ["H1", "H2", "H3", "H4", "S1", "S2", "S9"]:
            check(f"kashgar reports {rule}", f" {rule} " in r.stdout)
        r = run([gk, "report", "check", "--json", kashgar])
        obj = json.loads(r.stdout.splitlines()[0])
        check("--json has the documented keys",
              all(k in obj for k in ["file", "format", "year", "agency", "report", "findings"]), str(obj.keys()))
        f0 = obj["findings"][0]
        check("--json findings have rule/severity/where/message/values",
              all(k in f0 for k in ["rule", "severity", "where", "message", "values"]), str(f0))
        errors = sorted({f["rule"] for f in obj["findings"] if f["severity"] == "error"})
        check("kashgar errors are exactly H1-H4", errors == ["H1", "H2", "H3", "H4"], str(errors))
    else:
        print("skip kashgar checks: ../shared/examples absent")
    if os.path.exists(huaian):
        r = run([gk, "report", "check", huaian])
        check("huaian exits 0", r.returncode == 0, r.stdout)
        r = run([gk, "report", "check", "--json", huaian])
        obj = json.loads(r.stdout)
        t3 = {row["id"]: row["values"] for row in obj["report"]["table3"]["rows"]}
        check("huaian R01 as published", t3["R01"] == [3001, 53, 0, 0, 61, 4, 3119], str(t3["R01"]))
    r = run([gk, "report", "check", w("missing.pdf")])
    check("missing file exits 2", r.returncode == 2 and "找不到文件" in r.stdout, r.stdout)
    with open(w("out.docx"), "rb") as f:
        head = f.read(3000)
    with open(w("damaged.docx"), "wb") as f:
        f.write(head)
    r = run([gk, "report", "check", w("damaged.docx")])
    check("damaged DOCX exits 2 with a reason", r.returncode == 2 and "损坏" in r.stdout, r.stdout)
    with open(w("notes.txt"), "w", encoding="utf-8") as f:
        f.write("会议纪要\n今天讨论了三件事。\n")
    r = run([gk, "report", "check", w("notes.txt")])
    check("a text that is not a report exits 2", r.returncode == 2 and "不是政府信息公开工作年度报告" in r.stdout, r.stdout)
    r = run([gk, "report", "check", w("report.json"), w("missing.pdf")])
    check("any unreadable input makes the exit code 2", r.returncode == 2, str(r.returncode))
    r = run([gk, "report", "render", w("report.json"), "--format", "odt", "-o", w("x.odt")])
    check("unknown render format exits 2 with the choices", r.returncode == 2 and "docx" in r.stderr, r.stderr)

    return finish()


if __name__ == "__main__":
    sys.exit(main())
