#!/usr/bin/env python3
"""The annual reports on the portal (issue 9, deliver 4), against a real
server on loopback:

  - `demo seed --reports` publishes every agency's report and the city's;
    /xxgk/ndbg/ lists them by year, the home page links the newest;
  - a report's page is the HTML rendering inside the portal (47号 meta,
    strict headers, lang), its Table 3 figures those the records give;
  - the DOCX, PDF and XLSX downloads open in python-docx, pdftotext and
    openpyxl, with the report's Chinese title as the file name;
  - the portal serves the report as published: a case added after an
    unlock does not change it until the report is published again, and
    then the page says it was corrected;
  - unknown agencies, years and formats answer the site's 404.

Usage: portal_reports_test.py --gongkai BIN --work DIR
"""

import argparse
import io
import json
import os
import re
import subprocess
import urllib.parse

import requests

from testlib import check, finish, fresh_workdir, run, start_server, stop_server

TITLE = "青山市人民政府2025年政府信息公开工作年度报告"


def page_cache(a, db, env, gk, path):
    """With the page cache on: a public page is rendered once per period
    (a change shows only after it), the security headers and 304s still
    answer each request, and a form is never kept (a new token each time)."""
    proc, base = start_server(a.gongkai, ["--db", db, "--files", path("files"), "--page-cache-seconds", "60"],
                              env=env)
    if not base:
        return
    try:
        s = requests.Session()
        first = s.get(base + "/xxgk/ndbg/1/2025.html")
        gk("report", "unlock", "--db", db, "--agency", "1", "--year", "2025", "--children",
           "--actor", "公开办测试", "--reason", "再次更正")
        r = gk("report", "publish", "--db", db, "--agency", "1", "--year", "2025", "--children",
               "--sample-text", "--actor", "公开办测试")
        check("published a third time", r.returncode == 0 and "第3次发布" in r.stdout, r.stdout + r.stderr)
        again = s.get(base + "/xxgk/ndbg/1/2025.html")
        check("cached: the page is the one rendered before, within its period",
              again.text == first.text and "第2次发布" in again.text)
        check("a cached page still gets the security headers",
              "frame-ancestors" in again.headers.get("Content-Security-Policy", "")
              and again.headers.get("X-Content-Type-Options") == "nosniff")
        gz = s.get(base + "/xxgk/ndbg/1/2025.html", headers={"Accept-Encoding": "gzip"})
        check("and gzip for a client that takes it", gz.headers.get("Content-Encoding") == "gzip")
        d = s.get(base + "/xxgk/ndbg/1/2025.docx")
        d2 = s.get(base + "/xxgk/ndbg/1/2025.docx", headers={"If-None-Match": d.headers.get("ETag", "")})
        check("a cached download answers its ETag with 304", d2.status_code == 304 and not d2.content,
              d2.status_code)
        tokens = [re.search(r'name="token" value="([^"]+)"', s.get(base + "/ysqgk/apply").text) for _ in range(2)]
        check("a form is never cached: a new token each time",
              all(tokens) and tokens[0].group(1) != tokens[1].group(1))
    finally:
        check("the caching server stops cleanly", stop_server(proc) == 0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gongkai", required=True)
    ap.add_argument("--work", required=True)
    a = ap.parse_args()
    path = fresh_workdir(a.work)
    db = "sqlite:" + path("demo.db")
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    env = dict(os.environ, GONGKAI_DATA_DIR=os.path.join(root, "data"), GONGKAI_FILES=path("files"),
               GONGKAI_ACTOR="公开办测试")
    env.pop("GONGKAI_DB", None)

    def gk(*args, **kw):
        return run([a.gongkai, *args], env=env, **kw)

    check("db init", gk("db", "init", "--db", db).returncode == 0)
    r = gk("demo", "seed", "--db", db, "--applications", "80", "--publications", "30", "--messages", "20",
           "--reports", timeout=600)
    check("demo seed --reports", r.returncode == 0 and "已发布2025年度报告" in r.stdout, r.stdout + r.stderr)
    r = gk("report", "publish", "--db", db, "--agency", "1", "--year", "2025", "--children", "--sample-text",
           "--actor", "公开办测试")
    check("publishing a locked year again is refused", r.returncode == 1 and "无需重复发布" in r.stderr,
          r.stdout + r.stderr)
    built = gk("report", "build", "--db", db, "--agency", "1", "--year", "2025", "--children", "--sample-text")
    counts = json.loads(built.stdout)["table3"] if built.returncode == 0 else {}
    check("report build for comparison", built.returncode == 0, built.stderr[-500:])

    proc, base = start_server(a.gongkai, ["--db", db, "--files", path("files")], env=env)
    if not base:
        return finish()
    try:
        s = requests.Session()
        home = s.get(base + "/")
        check("home links the city's report", 'href="/xxgk/ndbg/1/2025.html"' in home.text and TITLE in home.text)
        check("home has the mailbox block", "领导信箱" in home.text and "/hdjl/write" in home.text)
        listing = s.get(base + "/xxgk/ndbg/")
        check("the list answers", listing.status_code == 200, listing.status_code)
        check("the list is by year", "2025年度" in listing.text and TITLE in listing.text)
        agencies = set(re.findall(r'href="/xxgk/ndbg/(\d+)/2025\.html"', listing.text))
        check("every agency's report is listed", len(agencies) >= 5, agencies)
        check("the list offers the three downloads", all(
            f'/xxgk/ndbg/1/2025.{ext}' in listing.text for ext in ("docx", "pdf", "xlsx")))
        check("/xxgk/ndbg answers 301 to the folder",
              s.get(base + "/xxgk/ndbg", allow_redirects=False).headers.get("Location", "").endswith("/xxgk/ndbg/"))

        page = s.get(base + "/xxgk/ndbg/1/2025.html")
        check("the report page answers", page.status_code == 200, page.status_code)
        html = page.text
        check("the page is zh-CN with its 47号 ArticleTitle",
              '<html lang="zh-CN">' in html and f'<meta name="ArticleTitle" content="{TITLE}">' in html)
        check("the page has strict headers", "unsafe-inline" not in page.headers.get("Content-Security-Policy", "x")
              and page.headers.get("X-Content-Type-Options") == "nosniff")
        check("one h1, the report's title", html.count("<h1") == 1 and f"<h1>{TITLE}</h1>" in html)
        check("the six sections are there", all(h in html for h in ("一、总体情况", "三、收到和处理政府信息公开申请情况")))
        check("Table 3 is drawn with row headers", '<th scope="row"' in html and 'class="num"' in html)
        received = counts["rows"][0]["values"][-1] if counts else None
        m = re.search(r"本年新收政府信息公开申请数量.*?</tr>", html, re.S)
        figures = re.findall(r'<td class="num">(\d*)</td>', m.group(0)) if m else []
        check("Table 3 R01 总计 is what the records give",
              figures and received is not None and figures[-1] == str(received), (figures, received))

        for ext, mime in (("docx", "wordprocessingml"), ("pdf", "application/pdf"), ("xlsx", "spreadsheetml")):
            d = s.get(base + f"/xxgk/ndbg/1/2025.{ext}")
            disp = d.headers.get("Content-Disposition", "")
            check(f"{ext}: 200 with its type", d.status_code == 200 and mime in d.headers.get("Content-Type", ""),
                  (d.status_code, d.headers.get("Content-Type")))
            check(f"{ext}: the Chinese title is the file name",
                  urllib.parse.quote(TITLE + "." + ext) in disp and disp.startswith("attachment"), disp)
            etag = d.headers.get("ETag")
            again = s.get(base + f"/xxgk/ndbg/1/2025.{ext}", headers={"If-None-Match": etag or ""})
            check(f"{ext}: a second fetch with its ETag is 304", etag and again.status_code == 304, again.status_code)
            saved = path(f"report.{ext}")
            with open(saved, "wb") as f:
                f.write(d.content)
            if ext == "docx":
                import docx
                text = "\n".join(p.text for p in docx.Document(saved).paragraphs)
                check("docx opens in python-docx with the title", TITLE in text)
            elif ext == "pdf":
                out = subprocess.run(["pdftotext", "-layout", saved, "-"], capture_output=True, text=True)
                check("pdf reads back in pdftotext with the title",
                      out.returncode == 0 and "青山市人民政府" in out.stdout and "年度报告" in out.stdout)
            else:
                import openpyxl
                book = openpyxl.load_workbook(saved)
                check("xlsx opens in openpyxl", len(book.sheetnames) >= 1, book.sheetnames)

        for bad in ("/xxgk/ndbg/1/2024.html", "/xxgk/ndbg/999/2025.html", "/xxgk/ndbg/1/2025.txt",
                    "/xxgk/ndbg/01/2025.html", "/xxgk/ndbg/1/2025", "/xxgk/ndbg/x/y.html"):
            r = s.get(base + bad)
            check(f"{bad} is the site's 404", r.status_code == 404 and "/search" in r.text, r.status_code)

        # As published: records changed after an unlock do not show until
        # the report is published again.
        before = page.text
        r = gk("report", "unlock", "--db", db, "--agency", "1", "--year", "2025", "--children",
               "--actor", "公开办测试", "--reason", "补登一件漏登的申请")
        check("unlock", r.returncode == 0, r.stderr)
        r = gk("case", "new", "--db", db, "--agency", "1", "--kind", "自然人", "--name", "测试申请人",
               "--channel", "in_person", "--subject", "补登的申请", "--submitted", "2025-11-03")
        check("a case added to 2025", r.returncode == 0, r.stderr)
        check("the portal still shows the published copy",
              s.get(base + "/xxgk/ndbg/1/2025.html").text == before)
        r = gk("report", "publish", "--db", db, "--agency", "1", "--year", "2025", "--children",
               "--sample-text", "--actor", "公开办测试")
        check("published again", r.returncode == 0 and "第2次发布" in r.stdout, r.stdout + r.stderr)
        after = s.get(base + "/xxgk/ndbg/1/2025.html").text
        m = re.search(r"本年新收政府信息公开申请数量.*?</tr>", after, re.S)
        new_figures = re.findall(r'<td class="num">(\d*)</td>', m.group(0)) if m else []
        check("the new version counts the added case",
              new_figures and figures and int(new_figures[-1]) == int(figures[-1]) + 1, (figures, new_figures))
        check("and says it was corrected", "已更正" in after and "已更正" in s.get(base + "/xxgk/ndbg/").text)
        r = gk("report", "publish", "--db", db, "--agency", "1", "--year", "2024", "--actor", "公开办测试")
        check("publish without a draft only locks, and says the portal will not show it",
              r.returncode == 0 and "门户网站不显示" in r.stdout, r.stdout + r.stderr)
        check("so 2024 is not on the portal", s.get(base + "/xxgk/ndbg/1/2024.html").status_code == 404)
        page_cache(a, db, env, gk, path)
    finally:
        check("server stops cleanly", stop_server(proc) == 0)
    return finish()


if __name__ == "__main__":
    raise SystemExit(main())
