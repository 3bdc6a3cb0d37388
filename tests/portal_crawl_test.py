#!/usr/bin/env python3
"""Every public page of the demo city, crawled as a visitor would (issue 9,
deliver 5): from the home page, every link on this site is followed (pages,
catalogue facets, items, attachments, the mailbox, the annual reports), and

  - each answers 200 (a 301 is followed to a 200): no 错链 or 死链;
  - the publication screen (`gongkai screen`, the one the review uses) run
    over every page and attachment finds no resident ID, mobile number or
    bank card: the demo's planted personal data was masked before anything
    was published, and nothing of an applicant or writer leaks onto a page.
    The one kind of hit allowed is what a reviewer let through with a
    recorded reason (the publication log's "override": e.g. a unit's
    非税收入汇缴结算户 account, which is not personal data), and only on the
    pages of that publication;
  - no page carries an applicant's query code or phone number taken from
    the database.

Usage: portal_crawl_test.py --gongkai BIN --work DIR
"""

import argparse
import collections
import os
import re
import sqlite3
import subprocess
import urllib.parse

import requests

from testlib import check, finish, fresh_workdir, run, start_server, stop_server

LINK = re.compile(r'\b(?:href|src)="([^"]+)"')
MAX_URLS = 3000


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gongkai", required=True)
    ap.add_argument("--work", required=True)
    a = ap.parse_args()
    path = fresh_workdir(a.work)
    db_file = path("demo.db")
    db = "sqlite:" + db_file
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    env = dict(os.environ, GONGKAI_DATA_DIR=os.path.join(root, "data"),
               GONGKAI_FILES=path("files"))
    env.pop("GONGKAI_DB", None)
    r = run([a.gongkai, "db", "init", "--db", db], env=env)
    check("db init", r.returncode == 0, r.stderr)
    r = run([a.gongkai, "demo", "seed", "--db", db, "--applications", "60", "--publications", "150",
             "--messages", "60", "--reports"], env=env, timeout=600)
    check("demo seeded", r.returncode == 0, r.stderr[-2000:])

    proc, base = start_server(a.gongkai, ["--db", db, "--files", path("files")], env=env)
    if not base:
        return finish()
    saved = path("pages")
    os.makedirs(saved)
    try:
        pages = crawl(base, saved)
    finally:
        check("server stops cleanly", stop_server(proc) == 0)

    kinds = collections.Counter(p.split("/")[1] if p.count("/") > 1 else p for p in pages.values())
    check("the crawl reached the catalogue, items, mailbox and search",
          kinds["xxgk"] > 20 and kinds["hdjl"] > 1 and "/ysqgk/" in pages.values(), dict(kinds))
    files = sorted(os.path.join(saved, f) for f in os.listdir(saved))
    with sqlite3.connect(db_file) as c:
        overridden = {row[0] for row in c.execute(
            "SELECT DISTINCT publication_id FROM publication_log WHERE action = 'override'")}
    hits, reviewed, format_labels = [], [], []
    built = run([a.gongkai, "report", "build", "--db", db, "--agency", "1", "--year", "2025", "--children",
                 "--sample-text"], env=env)
    check("report build for the format's labels", built.returncode == 0, built.stderr[-500:])
    # The words of the tables' official labels: the table lines of the
    # report rendered as Markdown (labels and figures only).
    with open(path("city.json"), "w", encoding="utf-8") as f:
        f.write(built.stdout)
    run([a.gongkai, "report", "render", path("city.json"), "--format", "md", "-o", path("city.md")], env=env)
    with open(path("city.md"), encoding="utf-8") as f:
        labels = "".join(line for line in f if line.startswith("|"))
    check("the tables' labels were read", "属于国家秘密" in labels)
    for i in range(0, len(files), 200):
        r = run([a.gongkai, "screen", *files[i:i + 200]], env=env, timeout=600)
        check("screen ran", r.returncode in (0, 1), r.stderr[-1000:])
        for line in r.stdout.splitlines():
            if not line.startswith(saved):
                continue
            url = pages[os.path.basename(line.split("\t", 1)[0])]
            m = re.match(r"/xxgk/\d{6}/(\d+)(?:\.html|/)", url)
            fields = line.split("\t")
            if (url.startswith("/xxgk/ndbg/") and len(fields) > 3 and fields[2] == "敏感词"
                    and fields[3] in labels):
                # 国家秘密, 不予公开…: the official row labels of Table 3, which
                # every annual report prints; not information to hold back.
                format_labels.append((url, line))
                continue
            (reviewed if m and int(m.group(1)) in overridden else hits).append((url, line))
    check("the screen finds no personal data on %d public pages and files" % len(files),
          not hits, hits[:10])
    print("     (%d hits a reviewer let through with a recorded reason, on %d publications;"
          " %d words of Table 3's official labels on the annual reports)"
          % (len(reviewed), len({u for u, _ in reviewed}), len(format_labels)))

    with sqlite3.connect(db_file) as c:
        secrets = [row[0] for row in c.execute("SELECT query_code FROM applications")]
        secrets += [row[0] for row in c.execute("SELECT query_code FROM messages")]
        secrets += [row[0] for row in c.execute("SELECT phone FROM applicant_contacts WHERE phone <> ''")]
        secrets += [row[0] for row in c.execute("SELECT phone FROM message_contacts")]
    leaked = []
    for f in files:
        with open(f, "rb") as fh:
            text = fh.read().decode("utf-8", "replace")
        leaked += [(os.path.basename(f), s) for s in secrets if s and s in text]
    check("no query code or phone of an applicant or writer on any page", not leaked, leaked[:5])
    return finish()


def crawl(base, saved):
    """Breadth-first over this site's links; returns {saved file name: path}."""
    s = requests.Session()
    seen = {"/"}
    queue = collections.deque(["/"])
    visited = []
    names = {}
    broken = []
    while queue and len(visited) < MAX_URLS:
        url = queue.popleft()
        r = s.get(base + url, allow_redirects=True, timeout=30)
        visited.append(url)
        if r.status_code != 200:
            broken.append((url, r.status_code))
            continue
        name = "%05d%s" % (len(visited), suffix(r.headers.get("content-type", "")))
        with open(os.path.join(saved, name), "wb") as f:
            f.write(r.content)
        names[name] = url
        if not r.headers.get("content-type", "").startswith("text/html"):
            continue
        for link in LINK.findall(r.text):
            link = link.replace("&amp;", "&")
            target = urllib.parse.urljoin(url, link)
            parts = urllib.parse.urlsplit(target)
            if parts.scheme or parts.netloc or not parts.path.startswith("/"):
                continue  # outside links are the link checker's business (issue 11)
            target = parts.path + ("?" + parts.query if parts.query else "")
            if target not in seen:
                seen.add(target)
                queue.append(target)
    check("every link on the site answers 200 (%d followed)" % len(visited), not broken, broken[:10])
    check("the crawl finished within %d URLs" % MAX_URLS, not queue, len(queue))
    return names


def suffix(content_type):
    for kind, ext in (("text/html", ".html"), ("application/pdf", ".pdf"), ("text/css", ".txt"),
                      ("wordprocessingml", ".docx"), ("spreadsheetml", ".xlsx"), ("text/plain", ".txt")):
        if kind in content_type:
            return ext
    return ".bin"


if __name__ == "__main__":
    raise SystemExit(main())
