#!/usr/bin/env python3
"""`gongkai report check --json` on Table 3 cells that hold text.

Renders examples/demo-report.json to Markdown, DOCX, XLSX, HTML and the
interchange JSON, writes each of "--", "—", "/", "2-8" and "１２" into the 商业企业
cell of row 一、本年新收政府信息公开申请数量 (146 in the demo), with python-docx and
openpyxl for the Office files, and checks the edited file together with the
untouched one. Whatever a cell holds, the check must end with 0 or 1 (never 2,
never an abort), print one JSON line per file, and turn the text into a
finding: H1 quoting it for the non-numbers; for "１２", which reads 12, no H1
but the sums that no longer hold (H2, H4).
Run by ctest; prints one line per check and a closing 'N passed, N failed'.
"""
import argparse
import json
import os
import sys

from testlib import check, finish, fresh_workdir, run

ROW = "一、本年新收政府信息公开申请数量"
DEMO_VALUE = 146  # the 商业企业 cell of ROW in examples/demo-report.json
TEXTS = ["--", "—", "/", "2-8", "１２"]
NUMBERS = {"１２": 12}  # texts that are counts
FORMATS = ["md", "docx", "xlsx", "html", "json"]


def edit_md(src, dst, text):
    with open(src, encoding="utf-8") as f:
        lines = f.read().split("\n")
    done = False
    for i, line in enumerate(lines):
        if line.startswith("| " + ROW + " |"):
            cells = line.split("|")
            # "| label |  |  | 841 | 146 | …": 商业企业 is the 5th field.
            assert cells[5].strip() == str(DEMO_VALUE), cells
            cells[5] = " " + text + " "
            lines[i] = "|".join(cells)
            done = True
    assert done, "row not found in the Markdown"
    with open(dst, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def edit_docx(src, dst, text):
    import docx  # Debian python3-docx

    d = docx.Document(src)
    for table in d.tables:
        for row in table.rows:
            cells = row.cells
            if cells[0].text == ROW:
                numbers = [c for c in cells if c.text.strip().isdigit()]
                assert numbers[1].text == str(DEMO_VALUE), [c.text for c in cells]
                numbers[1].text = text
                d.save(dst)
                return
    raise AssertionError("row not found in the DOCX")


def edit_xlsx(src, dst, text):
    import openpyxl  # Debian python3-openpyxl

    wb = openpyxl.load_workbook(src)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            if row[0].value == ROW:
                numbers = [c for c in row if isinstance(c.value, int)]
                assert numbers[1].value == DEMO_VALUE, [c.value for c in row]
                numbers[1].value = text  # a text cell, as a clerk would type it
                wb.save(dst)
                return
    raise AssertionError("row not found in the XLSX")


def edit_html(src, dst, text):
    with open(src, encoding="utf-8") as f:
        html = f.read()
    start = html.index(ROW)
    end = html.index("</tr>", start)
    row = html[start:end]
    old = '<td class="num">%d</td>' % DEMO_VALUE
    assert old in row, row
    row = row.replace(old, '<td class="num">%s</td>' % text, 1)
    with open(dst, "w", encoding="utf-8") as f:
        f.write(html[:start] + row + html[end:])


def edit_json(src, dst, text):
    with open(src, encoding="utf-8") as f:
        data = json.load(f)
    for row in data["table3"]["rows"]:
        if row["id"] == "R01":
            assert row["values"][1] == DEMO_VALUE, row
            row["values"][1] = text
    with open(dst, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)


EDIT = {"md": edit_md, "docx": edit_docx, "xlsx": edit_xlsx, "html": edit_html, "json": edit_json}


def parse_lines(stdout):
    out = []
    for line in stdout.splitlines():
        try:
            out.append(json.loads(line))
        except ValueError:
            out.append(None)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gongkai", required=True)
    ap.add_argument("--source", required=True)
    ap.add_argument("--work", required=True)
    a = ap.parse_args()
    gk = a.gongkai
    w = fresh_workdir(a.work)
    demo = os.path.join(a.source, "examples", "demo-report.json")

    for fmt in FORMATS:
        clean = w("demo." + fmt)
        r = run([gk, "report", "render", demo, "--format", fmt, "-o", clean])
        check(f"render {fmt}", r.returncode == 0 and os.path.exists(clean), r.stderr)
        if r.returncode != 0:
            continue
        alone = run([gk, "report", "check", "--json", clean])
        check(f"untouched {fmt} checks clean", alone.returncode == 0, alone.stdout + alone.stderr)
        clean_line = alone.stdout.strip()

        for i, text in enumerate(TEXTS):
            name = f"{fmt} cell {text!r}"
            edited = w(f"edited-{i}.{fmt}")
            try:
                EDIT[fmt](clean, edited, text)
            except Exception as e:  # the rendered layout changed: say so
                check(f"{name}: edit the cell", False, repr(e))
                continue
            r = run([gk, "report", "check", "--json", edited, clean])
            check(f"{name}: exit 0 or 1", r.returncode in (0, 1),
                  f"exit {r.returncode}: {r.stderr[-500:]}")
            lines = parse_lines(r.stdout)
            check(f"{name}: one JSON line per file", len(lines) == 2, r.stdout[-500:])
            check(f"{name}: every line parses", len(lines) == 2 and None not in lines,
                  r.stdout[-500:])
            if len(lines) != 2 or None in lines:
                continue
            got, untouched = lines
            check(f"{name}: lines name their files",
                  got.get("file") == edited and untouched.get("file") == clean,
                  str((got.get("file"), untouched.get("file"))))
            check(f"{name}: the edited file was read", "error" not in got, str(got.get("error")))
            check(f"{name}: the untouched file's line is intact",
                  json.dumps(untouched, ensure_ascii=False, separators=(",", ":")) ==
                  json.dumps(json.loads(clean_line), ensure_ascii=False, separators=(",", ":")),
                  r.stdout[-300:])
            findings = got.get("findings", [])
            h1 = [f for f in findings if f["rule"] == "H1"]
            rules = {f["rule"] for f in findings}
            if text in NUMBERS:
                check(f"{name}: read as {NUMBERS[text]}, no H1", not h1, str(h1))
                check(f"{name}: H2 and H4 follow from {NUMBERS[text]} ≠ {DEMO_VALUE}",
                      {"H2", "H4"} <= rules, str(sorted(rules)))
                h4 = [f for f in findings if f["rule"] == "H4"]
                check(f"{name}: H4 shows {NUMBERS[text]}",
                      any(NUMBERS[text] in f["values"].values() for f in h4), str(h4))
            else:
                quoting = [f for f in h1 if f["values"].get("内容") == text and
                           f"“{text}”" in f["message"]]
                check(f"{name}: an H1 finding quotes the text", len(quoting) == 1, str(h1))
                check(f"{name}: exit 1 (an error)", r.returncode == 1, str(r.returncode))
                for f in quoting:
                    check(f"{name}: H1 names the row and column",
                          f["where"]["row"] == ROW and f["where"]["column"] == "商业企业",
                          str(f["where"]))
            if text == "2-8":
                values = [v for f in h1 for v in f["values"].values()]
                check(f"{name}: H1 values keep the string \"2-8\" (not the number 2)",
                      "2-8" in values and 2 not in values, str(values))
            # The text output of the same run must not abort either.
            t = run([gk, "report", "check", edited, clean])
            check(f"{name}: text output exits 0 or 1", t.returncode in (0, 1),
                  f"exit {t.returncode}: {t.stderr[-300:]}")
            check(f"{name}: text output covers both files",
                  t.stdout.count("== ") == 2 and t.stdout.count("结论：") == 2, t.stdout[-300:])

    # The interchange JSON stays strict for render: "--" is refused with the
    # path of the cell (exit 2, no abort).
    edit_json(w("demo.json"), w("strict.json"), "--")
    r = run([gk, "report", "render", w("strict.json"), "--format", "md", "-o", w("strict.md")])
    check("render refuses a count cell holding text", r.returncode == 2 and
          "table3.rows.R01[1]" in r.stderr, f"exit {r.returncode}: {r.stderr}")
    return finish()


if __name__ == "__main__":
    sys.exit(main())
