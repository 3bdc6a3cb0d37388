#!/usr/bin/env python3
"""The 政府信息公开 column's catalogue facets, 指南 and 制度 (issue 9, deliver
2), against a real server on loopback, checked against the database:

  - /xxgk/ lists every agency, first-level 主题分类 and 第二十条 item with
    the number of public items under it (drafts and withdrawn ones never
    counted); each facet is counted under the other selections;
  - ?agency=, ?topic=, ?item= select exactly the items the database holds
    for them, combine, and paging keeps them; a value the catalogue does
    not have is the site's 404, never a silently different list;
  - /xxgk/zn/ is the 指南 with the office of settings "guide", /xxgk/zd/
    the documents of the 制度 column's 主题分类; both folders answer 301
    without their '/'.

Usage: portal_catalogue_test.py --gongkai BIN --work DIR
"""

import argparse
import html
import os
import re
import sqlite3
import urllib.parse

import requests

from testlib import check, finish, fresh_workdir, run, start_server, stop_server, write_data_dir

PUBLIC = "published_version IS NOT NULL AND state <> 'withdrawn'"
GUIDE = {"office": "青山市人民政府办公室（政务公开科）", "address": "青山市人民路1号",
         "office_hours": "工作日9:00—17:00", "phone": "0000-1234567", "updated_on": "2025-02-01"}


def facet(page, heading_id):
    """{label: (count, url, selected)} of one facet block."""
    block = page.split(f'id="{heading_id}"', 1)[1].split("</section>", 1)[0]
    out = {}
    for url, current, label, count in re.findall(
            r'<a href="([^"]+)"( aria-current="true")?>([^<]+)</a> <span class="count">（(\d+)）</span>', block):
        out[html.unescape(label)] = (int(count), html.unescape(url), bool(current))
    return out


def total(page):
    m = re.search(r"共 (\d+) 条，第 (\d+)/(\d+) 页", page)
    return int(m.group(1)) if m else -1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gongkai", required=True)
    ap.add_argument("--work", required=True)
    a = ap.parse_args()
    path = fresh_workdir(a.work)
    data = path("data")
    write_data_dir(data, {"guide": GUIDE})
    db_file = path("demo.db")
    db = "sqlite:" + db_file
    env = dict(os.environ, GONGKAI_DATA_DIR=data, GONGKAI_FILES=path("files"))
    env.pop("GONGKAI_DB", None)
    check("db init", run([a.gongkai, "db", "init", "--db", db], env=env).returncode == 0)
    r = run([a.gongkai, "demo", "seed", "--db", db, "--applications", "30", "--publications", "400",
             "--messages", "10"], env=env, timeout=600)
    check("demo seed", r.returncode == 0, r.stderr[-1000:])
    c = sqlite3.connect(db_file)
    names = dict(c.execute("SELECT id, name FROM agencies"))
    by_agency = dict(c.execute(f"SELECT agency_id, COUNT(*) FROM publications WHERE {PUBLIC} GROUP BY agency_id"))
    by_item = dict(c.execute(f"SELECT article20_item, COUNT(*) FROM publications WHERE {PUBLIC} "
                             "AND article20_item > 0 GROUP BY article20_item"))
    topics = {}
    for topic, n in c.execute(f"SELECT topic, COUNT(*) FROM publications WHERE {PUBLIC} GROUP BY topic"):
        first = topic.split("\\", 1)[0]
        topics[first] = topics.get(first, 0) + n
    hidden = c.execute(f"SELECT COUNT(*) FROM publications WHERE NOT ({PUBLIC})").fetchone()[0]
    check("the demo has drafts or withdrawn items to leave out", hidden > 0, hidden)
    all_public = sum(by_agency.values())

    proc, base = start_server(a.gongkai, ["--db", db, "--files", path("files")], env=env)
    if not base:
        return finish()
    try:
        s = requests.Session()
        get = lambda url: s.get(base + url)
        front = get("/xxgk/").text
        check("the whole catalogue's total is the public items", total(front) == all_public,
              (total(front), all_public))
        agencies = facet(front, "facet-agency")
        check("every agency with items is a facet with its count",
              {label: n for label, (n, _, _) in agencies.items()} == {names[i]: n for i, n in by_agency.items()},
              agencies)
        t = facet(front, "facet-topic")
        check("every first-level 主题分类 with its count",
              {label: n for label, (n, _, _) in t.items()} == topics, (t, topics))
        items = facet(front, "facet-item")
        check("all fifteen 第二十条 items are listed, empty ones with 0", len(items) == 15
              and all(n == by_item.get(i + 1, 0) for i, (n, _, _) in enumerate(items.values())), items)

        # One agency: the list is exactly its public items.
        agency_id, count = max(by_agency.items(), key=lambda kv: kv[1])
        page = get(f"/xxgk/?agency={agency_id}").text
        listed = {int(i) for i in re.findall(r'href="/xxgk/\d{6}/(\d+)\.html"', page.split('class="catalogue-list"')[1])}
        owners = {row[0] for row in c.execute(
            "SELECT DISTINCT agency_id FROM publications WHERE id IN (%s)" % ",".join(map(str, listed or {0})))}
        check("?agency= lists its items only", total(page) == count and listed and owners == {agency_id},
              (total(page), count, owners))
        chosen = facet(page, "facet-agency")
        check("the chosen agency is marked", chosen[names[agency_id]][2])
        within = facet(page, "facet-topic")
        check("topic counts are counted within the agency and add up to it",
              sum(n for n, _, _ in within.values()) == count, within)
        # Agency and topic together.
        topic, (n_topic, url, _) = max(within.items(), key=lambda kv: kv[1][0])
        both = get(url).text
        want = c.execute(f"SELECT COUNT(*) FROM publications WHERE {PUBLIC} AND agency_id = ? AND "
                         "(topic = ? OR topic LIKE ?)", (agency_id, topic, topic + "\\%")).fetchone()[0]
        check("agency and topic combine", total(both) == want == n_topic, (total(both), want, n_topic))
        check("the selection is named with a way to clear each part",
              both.count('class="chosen"') == 2 and f'href="/xxgk/?agency={agency_id}"' in both)
        # One 第二十条 item, paged.
        item, n_item = max(by_item.items(), key=lambda kv: kv[1])
        page = get(f"/xxgk/?item={item}").text
        check("?item= lists that item's publications", total(page) == n_item, (total(page), n_item))
        big = get(f"/xxgk/?agency={agency_id}").text
        nxt = re.search(r'<a href="([^"]+)" rel="next">', big)
        check("paging keeps the selection", count <= 20 or (nxt and f"agency={agency_id}" in html.unescape(nxt.group(1))
                                                                 and "page=2" in nxt.group(1)))
        quoted = urllib.parse.quote(topic)
        check("the topic travels percent-encoded", get(f"/xxgk/?topic={quoted}").status_code == 200)
        for bad in ("?topic=%E6%9D%82%E9%A1%B9", "?agency=abc", "?agency=01", "?item=16", "?item=%E4%B8%83",
                    "?page=9999"):
            r = get("/xxgk/" + bad)
            check(f"/xxgk/{bad} is the site's 404", r.status_code == 404 and "/search" in r.text, r.status_code)

        guide = get("/xxgk/zn/")
        check("the 指南 answers with the office and its contacts", guide.status_code == 200
              and GUIDE["office"] in guide.text and GUIDE["phone"] in guide.text and "第三十三条" in guide.text
              and "本指南更新于2025-02-01" in guide.text, guide.status_code)
        check("the 指南 carries its ColumnName", '<meta name="ColumnName" content="政府信息公开指南">' in guide.text)
        rules = get("/xxgk/zd/").text
        want = c.execute(f"SELECT COUNT(*) FROM publications WHERE {PUBLIC} AND "
                         "(topic = '综合政务\\政务公开' OR topic LIKE '综合政务\\政务公开\\%')").fetchone()[0]
        check("the 制度 column lists the 综合政务\\政务公开 documents", total(rules) == want, (total(rules), want))
        for folder in ("/xxgk/zn", "/xxgk/zd"):
            r = s.get(base + folder, allow_redirects=False)
            check(f"{folder} answers 301", r.status_code == 301 and r.headers["Location"].endswith(folder + "/"))
        check("the catalogue links the 指南 and 制度", 'href="/xxgk/zn/"' in front and 'href="/xxgk/zd/"' in front)
    finally:
        check("server stops cleanly", stop_server(proc) == 0)
    return finish()


if __name__ == "__main__":
    raise SystemExit(main())
