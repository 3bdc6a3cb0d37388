#!/usr/bin/env python3
"""The public portal's catalogue pages over HTTP (issue 9, deliver 2), on a
database written through the CLI:

  the home page lists what is public and nothing else; the item page shows
  the 目录 table (索引号 …), the sanitised body, the 47号 <meta> tags and the
  footer from settings.json "portal"; its attachment downloads with its
  bytes, type and Chinese file name; an abolished document says so at the
  top and links the one that replaced it; a wrong month in the URL answers
  301 to the item's one URL; drafts and withdrawn items are 404; the
  catalogue pages; every page is zh-CN with a label on every form field.

Usage: portal_pages_test.py --gongkai BIN --work DIR
"""

import argparse
import json
import os
import re
import sys
import urllib.parse

from testlib import check, finish, fresh_workdir, http_get as get, run, start_server, stop_server

REVIEWER = "审核人王五"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gongkai", required=True)
    ap.add_argument("--work", required=True)
    a = ap.parse_args()
    path = fresh_workdir(a.work)
    db = "sqlite:" + path("portal.db")
    data_dir = path("data")
    os.makedirs(data_dir)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for name in ("cn-workdays.json", "sensitive-words.txt"):
        with open(os.path.join(root, "data", name), "rb") as src, \
                open(os.path.join(data_dir, name), "wb") as dst:
            dst.write(src.read())
    with open(os.path.join(data_dir, "settings.json"), "w", encoding="utf-8") as f:
        json.dump({"portal": {"site_name": "示例市人民政府", "site_domain": "www.example.gov.cn",
                              "site_id_code": "1234000001", "icp": "示ICP备12345678号",
                              "police_record": "示公网安备 12345678901234号",
                              "sponsor": "示例市人民政府办公室", "contact": "0000-12345678",
                              "error_report_url": "https://example.invalid/zhaocuo"}},
                  f, ensure_ascii=False)
    env = dict(os.environ, GONGKAI_DATA_DIR=data_dir, GONGKAI_FILES=path("files"))
    env.pop("GONGKAI_DB", None)

    def gk(*args, actor="经办人李四"):
        return run([a.gongkai, *args, "--db", db], timeout=120,
                   env=dict(env, GONGKAI_ACTOR=actor))

    def publish(pid):
        for step, actor in (("submit", "经办人李四"), ("approve", REVIEWER), ("publish", REVIEWER)):
            r = gk("pub", step, pid, actor=actor)
            if r.returncode != 0:
                return r
        return r

    check("db init", gk("db", "init").returncode == 0)
    city = gk("agency", "add", "示例市人民政府", "--kind", "government", "--code", "city",
              "--org-code", "12345678X").stdout.strip()
    attachment = path("名单说明.txt")
    with open(attachment, "w", encoding="utf-8") as f:
        f.write("附件正文：政府信息公开工作安排。\n")

    def new(title, body, *extra):
        r = gk("pub", "new", "--agency", city, "--title", title, "--formed-on", "2025-03-01",
               "--topic", "综合政务\\政务公开", "--item", "1", "--body", body, *extra)
        return r.stdout.strip()

    notice = new("关于做好政府信息公开工作的通知", "<p>各单位：请做好公开工作。</p><script>alert(1)</script>",
                 "--attach", attachment, "--keywords", "政务公开")
    old = new("示例市政府信息公开规定", "第一条 规范公开。", "--kind", "行政规范性文件",
              "--doc-no", "示政规〔2025〕1号")
    new_rule = new("示例市政府信息公开规定（修订）", "第一条 规范公开工作。", "--kind", "行政规范性文件",
                   "--doc-no", "示政规〔2025〕2号")
    withdrawn = new("误发的通知", "误发。")
    draft = new("尚未公开的草稿", "草稿。")
    for pid in (notice, old, new_rule, withdrawn):
        r = publish(pid)
        check(f"published {pid}", r.returncode == 0, r.stderr)
    r = gk("pub", "abolish", old, "--on", "2025-06-30", "--replaced-by", new_rule, "--reason",
           "被修订版替代", actor=REVIEWER)
    check("abolished", r.returncode == 0, r.stderr)
    r = gk("pub", "withdraw", withdrawn, "--reason", "误发", actor=REVIEWER)
    check("withdrawn", r.returncode == 0, r.stderr)

    proc, base = start_server(a.gongkai, ["--db", db, "--access-log", path("access.log")], env=env)
    if not base:
        return finish()
    try:
        status, _, body = get(base, "/")
        home = body.decode("utf-8")
        links = dict((t, u) for u, t in re.findall(r'<a href="(/xxgk/\d{6}/\d+\.html)">([^<]+)</a>', home))
        check("home lists the public items", status == 200 and "关于做好政府信息公开工作的通知" in links
              and "示例市政府信息公开规定（修订）" in links, home[:2000])
        check("home lists no draft and no withdrawn item", "尚未公开的草稿" not in home
              and "误发的通知" not in home)
        check("an abolished one is marked in lists",
              re.search(r"示例市政府信息公开规定</a><span class=\"badge\">（已废止）</span>", home), home)

        url = links.get("关于做好政府信息公开工作的通知", "/none")
        status, h, body = get(base, url)
        page = body.decode("utf-8")
        check("item page", status == 200 and "<th scope=\"row\">索引号</th><td>12345678X/" in page
              and "各单位：请做好公开工作。" in page, page[:500])
        check("the body's script never reaches the page", "<script>" not in page and "alert(1)" not in page)
        for tag, value in [("SiteName", "示例市人民政府"), ("SiteIDCode", "1234000001"),
                           ("SiteDomain", "www.example.gov.cn"),
                           ("ArticleTitle", "关于做好政府信息公开工作的通知"), ("Keywords", "政务公开"),
                           ("ContentSource", "示例市人民政府")]:
            check(f"meta {tag}", f'<meta name="{tag}" content="{value}">' in page)
        check("meta PubDate", re.search(r'<meta name="PubDate" content="\d{4}-\d\d-\d\d">', page))
        for text in ["主办单位：示例市人民政府办公室", "联系方式：0000-12345678", "网站标识码：1234000001",
                     "示ICP备12345678号", "示公网安备 12345678901234号", "我为政府网站找错"]:
            check(f"footer: {text}", text in page)

        files = re.findall(r'<a href="(/xxgk/\d{6}/\d+/files/\d+)" download>([^<]+)</a>', page)
        check("the attachment is listed with its name", len(files) == 1 and files[0][1] == "名单说明.txt",
              str(files))
        if files:
            status, h, data = get(base, files[0][0])
            disposition = h.get("content-disposition", "")
            check("the attachment downloads with its bytes", status == 200
                  and data == open(attachment, "rb").read(), str(status))
            check("…its type and its Chinese file name", h.get("content-type", "").startswith("text/plain")
                  and urllib.parse.quote("名单说明.txt") in disposition and "attachment" in disposition,
                  str(h))
            status, _, _ = get(base, files[0][0][:-1] + "9")
            check("a file number it does not have is 404", status == 404)

        month, pid = re.match(r"/xxgk/(\d{6})/(\d+)\.html", url).groups()
        wrong = "200001" if month != "200001" else "200002"
        status, h, _ = get(base, f"/xxgk/{wrong}/{pid}.html")
        check("a wrong month answers 301 to the one URL", status == 301
              and h.get("location", "").endswith(url), str(h))

        old_url = links.get("示例市政府信息公开规定", "/none")
        status, _, body = get(base, old_url)
        page = body.decode("utf-8")
        check("an abolished document says so at the top, with its replacement",
              status == 200 and "此文件已废止（2025-06-30）" in page
              and "示例市政府信息公开规定（修订）" in page.split("<table", 1)[0], page[:1500])

        for pid_hidden, label in ((draft, "draft"), (withdrawn, "withdrawn")):
            status, _, body = get(base, f"/xxgk/{month}/{pid_hidden}.html")
            check(f"a {label} item is 404", status == 404 and "页面不存在" in body.decode("utf-8"))
        for bad in ["/xxgk/2025/1.html", "/xxgk/202501/01.html", "/xxgk/202501/x.html",
                    "/xxgk/202501/99999999.html", "/xxgk/202501/1.htm"]:
            status, _, _ = get(base, bad)
            check(f"{bad} is 404", status == 404, str(status))

        status, _, body = get(base, "/xxgk/")
        page = body.decode("utf-8")
        check("the catalogue lists the public items", status == 200 and "共 3 条" in page
              and "尚未公开的草稿" not in page, page[:1500])
        status, h, _ = get(base, "/xxgk")
        check("/xxgk answers 301 to /xxgk/", status == 301 and h.get("location") == "/xxgk/", str(h))
        status, _, _ = get(base, "/xxgk/?page=2")
        check("a page past the end is 404", status == 404)
        status, _, _ = get(base, "/xxgk/?page=abc")
        check("a bad page number shows the first page", status == 200)

        # Search: highlighted, public only, 有效 filter, traditional characters, escaping.
        q = urllib.parse.quote
        status, _, body = get(base, "/search?q=" + q("公开"))
        page = body.decode("utf-8")
        check("search finds public items with the hit marked", status == 200
              and "<em>公开</em>" in page and "关于做好政府信息<em>公开</em>工作的通知" in page, page[:3000])
        check("search finds no draft and no withdrawn item", "尚未公开的草稿" not in page
              and "误发的通知" not in page)
        _, _, body = get(base, "/search?q=" + q("信息公开规定") + "&valid=1")
        page = body.decode("utf-8")
        check("只看有效 leaves out the abolished document",
              "<em>信息公开规定</em>（修订）" in page and "<em>信息公开规定</em></a>" not in page, page[:3000])
        _, _, body = get(base, "/search?q=" + q("信息公開規定"))
        check("traditional characters find simplified text", "<em>" in body.decode("utf-8"))
        status, _, body = get(base, "/search?q=" + q("<script>alert(1)</script>"))
        page = body.decode("utf-8")
        check("the words are escaped on the page", status == 200 and "<script>alert" not in page
              and "&lt;script&gt;" in page)
        status, _, body = get(base, "/search")
        check("/search without words shows the form", status == 200 and 'id="search-q"' in body.decode())
        status, _, _ = get(base, "/search?q=" + q("公开") + "&page=50")
        check("a search page past the end is 404", status == 404)
        status, _, body = get(base, "/search?q=" + q("鲸鲨"))
        check("no results: a message, not an error", status == 200
              and "未找到与“鲸鲨”相关的信息" in body.decode("utf-8"))

        for p in ["/", url, old_url, "/xxgk/", "/nope", "/search?q=" + q("公开")]:
            _, _, body = get(base, p)
            html = body.decode("utf-8")
            ids = re.findall(r'<input[^>]*id="([^"]+)"', html)
            labelled = all(f'<label for="{i}"' in html for i in ids)
            check(f"{p}: zh-CN, a title, every field labelled", 'lang="zh-CN"' in html
                  and re.search(r"<title>[^<]+</title>", html) and labelled and ids, str(ids))
    finally:
        code = stop_server(proc)
        check("server stopped cleanly", code == 0, str(code))
    return finish()


if __name__ == "__main__":
    sys.exit(main())
