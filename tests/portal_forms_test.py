#!/usr/bin/env python3
"""The portal's public forms over HTTP (issue 9, delivers 3 and 4), against a
real `gongkai serve` on a database written through the CLI:

  依申请公开: the form's token and cookie (CSRF), every field's problem next
  to it with the values kept, an upload judged by its content, nothing
  written for a refused form, a token good once, a form sent too fast or
  from another browser refused, the per-client rate limit; the receipt with
  its 查询码; the progress page by code and phone — the same answer for a
  wrong code and a wrong phone — as the office confirms receipt, asks for a
  补正, gets it and replies from the CLI; the proof stored outside the web
  path under a random name.

  领导信箱: a letter written on the portal, its code, following it, the
  office assigning, replying and publishing it from the CLI, and the public
  list and page showing only the masked exchange.

Usage: portal_forms_test.py --gongkai BIN --work DIR
"""

import argparse
import os
import re
import sqlite3
import time

import requests

from testlib import check, finish, fresh_workdir, run, start_server, stop_server, write_data_dir

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
MIN_FILL = 1  # settings.json forms.min_fill_seconds for this test


def token_of(html):
    m = re.search(r'name="token" value="([0-9A-Z]+)"', html)
    return m.group(1) if m else ""


def field_error(html, field):
    m = re.search(r'<span class="field-error" id="e-%s">([^<]*)</span>' % re.escape(field), html)
    return m.group(1) if m else None


def person(agency, **over):
    form = {"agency": str(agency), "applicant_type": "person", "person_name": "张三",
            "id_type": "resident_id", "id_number": "11010519491231002X", "phone": "13800138000",
            "email": "", "address": "", "postal_code": "",
            "subject": "2025年本局部门预算及“三公”经费预算表", "purpose": "",
            "delivery_method": "online", "delivery_form": "electronic", "pledge": "1"}
    form.update(over)
    return form


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gongkai", required=True)
    ap.add_argument("--work", required=True)
    a = ap.parse_args()
    path = fresh_workdir(a.work)
    db_file = path("forms.db")
    db = "sqlite:" + db_file
    data_dir = path("data")
    write_data_dir(data_dir, {"forms": {"min_fill_seconds": MIN_FILL,
                                        "apply_limit": {"count": 3, "seconds": 3600},
                                        "track_limit": {"count": 12, "seconds": 600}}})
    files_dir = path("files")
    env = dict(os.environ, GONGKAI_DATA_DIR=data_dir, GONGKAI_FILES=files_dir)
    env.pop("GONGKAI_DB", None)

    def gk(*args, actor="经办人李四"):
        return run([a.gongkai, *args, "--db", db], timeout=120, env=dict(env, GONGKAI_ACTOR=actor))

    check("db init", gk("db", "init").returncode == 0)
    r = gk("agency", "add", "示例市人民政府", "--kind", "government", "--code", "city")
    check("city added", r.returncode == 0, r.stderr)
    r = gk("agency", "add", "示例市财政局", "--parent", r.stdout.strip(), "--code", "cz")
    check("department added", r.returncode == 0 and r.stdout.strip().isdigit(), r.stderr)
    dept = int(r.stdout.strip() or 2)

    proc, base = start_server(a.gongkai, ["--db", db, "--files", files_dir], env=env)
    if not base:
        return finish()
    try:
        apply_journey(gk, base, dept, db_file, files_dir)
        mailbox_journey(gk, base)
        guessing(base)
    finally:
        check("server stops cleanly", stop_server(proc) == 0)
    return finish()


def fetch_form(s, base, url):
    r = s.get(base + url)
    return r, token_of(r.text)


def submit(s, base, form, token, proof=("身份证.png", PNG, "image/png"), wait=True):
    if wait:
        time.sleep(MIN_FILL + 0.2)
    files = {"proof": proof} if proof else {"proof": ("", b"", "application/octet-stream")}
    return s.post(base + "/ysqgk/apply", data=dict(form, token=token), files=files)


def case_count(db_file):
    with sqlite3.connect(db_file) as c:
        return c.execute("SELECT COUNT(*) FROM applications").fetchone()[0]


def apply_journey(gk, base, dept, db_file, files_dir):
    s = requests.Session()
    r, token = fetch_form(s, base, "/ysqgk/apply")
    check("apply form 200", r.status_code == 200, r.status_code)
    check("apply form has a token", len(token) == 32, r.text[:200])
    cookie = r.headers.get("set-cookie", "")
    check("visitor cookie is HttpOnly, SameSite=Strict",
          "gk_v=" in cookie and "HttpOnly" in cookie and "SameSite=Strict" in cookie, cookie)
    check("form page is not cached", r.headers.get("cache-control") == "no-store")
    for name in ("agency", "person_name", "id_number", "phone", "subject", "proof", "pledge"):
        check("label for " + name, re.search(r'<label for="f-%s"' % name, r.text) is not None)
    check("agency choices", "示例市财政局" in r.text)

    before = case_count(db_file)
    # Every problem at once, each next to its field; the values stay.
    bad = person(dept, id_number="110105194912310021", phone="12345", subject="")
    r = submit(s, base, bad, token, proof=("scan.pdf", b"MZ\x90\x00this is not a pdf", "application/pdf"))
    check("bad form answered 422", r.status_code == 422, r.status_code)
    check("ID checksum message at the field", "校验位" in (field_error(r.text, "id_number") or ""))
    check("phone message at the field", field_error(r.text, "phone") is not None)
    check("subject message at the field", field_error(r.text, "subject") is not None)
    check("proof judged by content", "按文件内容判断" in (field_error(r.text, "proof") or ""))
    check("summary links the field", 'href="#f-id_number"' in r.text)
    check("typed values kept", 'value="110105194912310021"' in r.text and 'value="12345"' in r.text)
    check("refused form wrote nothing", case_count(db_file) == before)
    token = token_of(r.text)

    # Another browser (no cookie): refused as a cross-site post.
    other = requests.Session()
    r = submit(other, base, person(dept), token)
    check("token from another browser refused", r.status_code == 422 and "表单校验未通过" in r.text,
          r.status_code)
    # Too fast: refused, the token stays good for the real submission.
    page, token = fetch_form(s, base, "/ysqgk/apply")
    r = submit(s, base, person(dept), token, wait=False)
    check("too fast refused", "提交过快" in r.text, r.status_code)
    check("nothing written for refused posts", case_count(db_file) == before)

    r = submit(s, base, person(dept, phone="138-0013-8000"), token)
    check("application accepted", r.status_code == 200 and "申请已提交" in r.text, r.status_code)
    m = re.search(r"查询码：<strong>([0-9A-Z]+)</strong>", r.text)
    check("receipt shows the query code", m is not None)
    code = m.group(1) if m else ""
    check("receipt not cached", r.headers.get("cache-control") == "no-store")
    check("receipt says what happens next", "第三十一条第三项" in r.text)
    submitted = re.search(r"已于 (\d{4}-\d{2}-\d{2}) 提交", r.text)
    check("receipt shows the date", submitted is not None)
    day = submitted.group(1) if submitted else "2026-01-05"
    check("one application written", case_count(db_file) == before + 1)
    # The same form again: the token was used.
    r = submit(s, base, person(dept), token)
    check("a token is good once", "已经提交过" in r.text, r.status_code)

    with sqlite3.connect(db_file) as c:
        app_id, channel, state = c.execute(
            "SELECT id, channel, state FROM applications WHERE query_code = ?", (code,)).fetchone()
        proof = c.execute("SELECT proof_file_id, proof_type, proof_size, delivery_method "
                          "FROM application_requests WHERE application_id = ?", (app_id,)).fetchone()
    check("online channel, awaiting receipt", channel == "online" and state == "submitted",
          (channel, state))
    check("proof stored with its type", proof is not None and proof[1] == "png" and proof[2] == len(PNG),
          proof)
    stored = [os.path.join(d, f) for d, _, fs in os.walk(files_dir) for f in fs]
    check("proof stored under a random name outside the web path",
          any(proof and proof[0] in p.replace(os.sep, "") for p in stored)
          and not any("身份证" in p for p in stored), stored)

    # Progress: a wrong phone and a wrong code give the same answer.
    def track(code_, phone, session=s):
        page, tok = fetch_form(session, base, "/ysqgk/query")
        return session.post(base + "/ysqgk/query", data={"token": tok, "code": code_, "phone": phone})

    wrong_phone = track(code, "13900139000")
    wrong_code = track("NOSUCHCODE0000000", "13800138000")
    check("wrong phone: 404", wrong_phone.status_code == 404, wrong_phone.status_code)
    check("wrong code: 404", wrong_code.status_code == 404)
    strip = lambda html: re.sub(r'value="[^"]*"', "", html)
    check("same answer for a wrong phone and a wrong code",
          strip(wrong_phone.text) == strip(wrong_code.text))
    r = track(code, "+86 138 0013 8000")
    check("progress found", r.status_code == 200 and "待受理机关确认" in r.text, r.status_code)
    check("nothing of the applicant on the progress page",
          "11010519491231002X" not in r.text and "张三" not in r.text)

    r = gk("case", "event", str(app_id), "receipt_confirmed", "--on", day)
    check("office confirms receipt (CLI)", r.returncode == 0, r.stderr)
    r = track(code, "13800138000")
    due = re.search(r"答复期限</th><td><strong>(\d{4}-\d{2}-\d{2})</strong>", r.text)
    check("progress shows the due date", due is not None, r.text[-3000:])
    check("progress explains the due date", "20个工作日" in r.text and day in r.text)
    r = gk("case", "event", str(app_id), "correction_requested", "--on", day, "--days", "10")
    check("office asks for a correction (CLI)", r.returncode == 0, r.stderr)
    r = track(code, "13800138000")
    check("progress shows 待补正", "待补正" in r.text and "一次性告知" in r.text)
    check("no clerk's name on the progress page", "经办人李四" not in r.text)
    r = gk("case", "event", str(app_id), "correction_received", "--on", day)
    check("correction received (CLI)", r.returncode == 0, r.stderr)
    r = gk("case", "event", str(app_id), "replied", "--on", day, "--reply", "disclosed")
    check("reply recorded (CLI)", r.returncode == 0, r.stderr)
    r = track(code, "13800138000")
    check("progress shows the reply", "已答复" in r.text and "办结日期" in r.text and "行政复议" in r.text)

    # The rate limit: 3 accepted per client and hour (this test's setting);
    # the one above was the first.
    for i in range(2):
        page, tok = fetch_form(s, base, "/ysqgk/apply")
        r = submit(s, base, person(dept, subject="第%d件：2024年决算公开表" % (i + 2)), tok)
        check("application %d accepted" % (i + 2), "申请已提交" in r.text, r.status_code)
    count = case_count(db_file)
    page, tok = fetch_form(s, base, "/ysqgk/apply")
    r = submit(s, base, person(dept, subject="第4件：超过频率限制"), tok)
    check("over the rate limit: 429", r.status_code == 429 and "过于频繁" in r.text, r.status_code)
    check("nothing written over the limit", case_count(db_file) == count)


    # A POST that is not a form at all.
    r = s.post(base + "/ysqgk/apply", data=b"\x00\x01", headers={"Content-Type": "text/plain"})
    check("unreadable post: 400 in Chinese", r.status_code == 400 and "表单" in r.text, r.status_code)


def guessing(base):
    """The look-up limit (track_limit: 12 in 10 minutes for this client)
    stops guessing codes; the pages above used some of it."""
    s = requests.Session()
    statuses = []
    for i in range(14):
        page, tok = fetch_form(s, base, "/ysqgk/query")
        statuses.append(s.post(base + "/ysqgk/query", data={
            "token": tok, "code": "GUESS%011d" % i, "phone": "13800138000"}).status_code)
    check("look-ups are rate-limited", statuses[-1] == 429 and 404 in statuses, statuses)


def mailbox_journey(gk, base):
    s = requests.Session()
    r, token = fetch_form(s, base, "/hdjl/write")
    check("letter form 200", r.status_code == 200 and len(token) == 32, r.status_code)
    for name in ("agency", "category", "title", "body", "name", "phone", "email", "consent"):
        check("letter label for " + name, re.search(r'<label for="f-%s"' % name, r.text) is not None)
    time.sleep(MIN_FILL + 0.2)
    r = s.post(base + "/hdjl/write", data={"token": token, "agency": "1", "category": "consultation",
                                           "title": "", "body": "短", "name": "", "phone": "1"})
    check("bad letter: 422", r.status_code == 422, r.status_code)
    for f in ("title", "body", "name", "phone"):
        check("letter error at " + f, field_error(r.text, f) is not None)
    token = token_of(r.text)
    time.sleep(MIN_FILL + 0.2)
    body = "我叫王小明，电话13912345678，想咨询本市2025年义务教育入学登记的时间和所需材料。"
    r = s.post(base + "/hdjl/write", data={"token": token, "agency": "1", "category": "consultation",
                                           "title": "义务教育入学登记咨询", "body": body,
                                           "name": "王小明", "phone": "13912345678", "consent": "1"})
    check("letter accepted", r.status_code == 200 and "留言已提交" in r.text, r.status_code)
    m = re.search(r"查询码：<strong>([0-9A-Z]+)</strong>", r.text)
    check("letter receipt shows the code", m is not None)
    code = m.group(1) if m else ""

    page, tok = fetch_form(s, base, "/hdjl/query")
    r = s.post(base + "/hdjl/query", data={"token": tok, "code": code, "phone": "139 1234 5678"})
    check("letter found by code and phone", r.status_code == 200 and "已收到，待分办" in r.text, r.status_code)

    r = gk("mail", "list")
    mid = re.search(r"^(\d+)\s", r.stdout, re.M)
    check("letter listed in the CLI", mid is not None, r.stdout)
    mid = mid.group(1) if mid else "1"
    for args in (("assign", mid, "--to", "2"),
                 ("reply", mid, "--text", "入学登记时间为每年5月，请携带户口簿和房产证明。"),
                 ("publish", mid)):
        r = gk("mail", *args)
        check("mail " + args[0] + " (CLI)", r.returncode == 0, r.stderr)
    r = s.get(base + "/hdjl/")
    check("published letter listed", "义务教育入学登记咨询" in r.text)
    r = s.get(base + "/hdjl/%s.html" % mid)
    check("published letter page", r.status_code == 200 and "每年5月" in r.text, r.status_code)
    check("writer's phone and name masked", "13912345678" not in r.text and "王小明" not in r.text,
          r.text[-2000:])
    check("unknown letter 404", s.get(base + "/hdjl/999.html").status_code == 404)
    check("POST to a GET page: 405", s.post(base + "/hdjl/1.html", data={}).status_code == 405)


if __name__ == "__main__":
    raise SystemExit(main())
