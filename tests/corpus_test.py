#!/usr/bin/env python3
"""`report check` on the corpus of real-world report variants (tests/corpus).

Builds every fixture once in the work folder (tests/corpus/build.py: sample
reports rendered by gongkai, then changed the way published copies differ;
PDFs converted by LibreOffice in one call), checks them all with one
`gongkai report check --json` call, and verifies each pattern's expectation
in every format listed for it. One line per (pattern, format, expectation),
then a table of patterns by format and the closing 'N passed, N failed'.

LibreOffice-made PDFs are skipped (and said so) only when soffice is absent.
"""
import argparse
import json
import os
import sys
import time

sys.dont_write_bytecode = True  # keep tests/corpus free of __pycache__
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "corpus"))
sys.path.insert(0, HERE)

import build as corpus  # noqa: E402
import expect as E  # noqa: E402
from testlib import check, finish, fresh_workdir, run  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gongkai", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--only", help="comma-separated pattern ids")
    ap.add_argument("--formats", help="comma-separated formats (default: all)")
    ap.add_argument("--verbose", action="store_true", help="print passing checks too")
    a = ap.parse_args()
    fresh_workdir(a.work)
    t0 = time.time()
    only = set(a.only.split(",")) if a.only else None
    formats = set(a.formats.split(",")) if a.formats else None
    manifest = corpus.build(a.gongkai, a.work, only, formats)
    print(f"built {len(manifest)} fixtures in {time.time() - t0:.0f} s")

    todo = [m for m in manifest if not m.get("skipped") and not m.get("failed")]
    for m in manifest:
        if m.get("skipped"):
            print(f"skip {m['pattern']} {m['format']}: {m['skipped']}")
        if m.get("failed"):
            check(f"{m['pattern']} {m['format']}: fixture built", False, m["failed"])
    results = {}
    chunk = 40
    for i in range(0, len(todo), chunk):
        files = [m["file"] for m in todo[i:i + chunk]]
        r = run([a.gongkai, "report", "check", "--json", *files], timeout=600)
        for line in r.stdout.splitlines():
            if line.startswith("{"):
                obj = json.loads(line)
                results[obj["file"]] = obj
    print(f"checked in {time.time() - t0:.0f} s")

    table = {}
    for m in todo:
        p = corpus.pattern_by_id(m["pattern"])
        with open(m["expected"], encoding="utf-8") as f:
            expected = json.load(f)
        result = results.get(m["file"], {"error": "no output from report check"})
        ok_all = True
        for desc, failures in E.check_all(p.expect, result, expected):
            ok = not failures
            ok_all &= ok
            if ok and not a.verbose:
                check(f"{p.id} {m['format']}: {desc}", True)
            else:
                check(f"{p.id} {m['format']}: {desc}", ok, " | ".join(failures) + f"  [{m['file']}]")
        table.setdefault(p.id, {})[m["format"]] = "ok" if ok_all else "FAIL"

    fmts = ["md", "text", "html", "docx", "pdf", "xlsx", "json"]
    print("\npattern " + " ".join(f"{f:5}" for f in fmts))
    for pid, row in table.items():
        print(f"{pid:7} " + " ".join(f"{row.get(f, '-'):5}" for f in fmts))
    return finish()


if __name__ == "__main__":
    sys.exit(main())
