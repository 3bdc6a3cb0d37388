#!/usr/bin/env python3
"""Two `gongkai serve` instances on one PostgreSQL database (issue 9,
acceptance): the instances keep nothing another one needs, so

  - a form shown by instance A is accepted by instance B (its token is in
    the database, and bound to the browser's cookie, not to a process);
  - an application submitted through A is found by its query code through
    B, and what the office records from the CLI shows on both;
  - a token used on A is refused on B (one use, decided by the database);
  - the per-client rate limit counts the submissions to both instances;
  - a letter to the mailbox written through B is followed through A.

Usage: portal_instances_test.py --gongkai BIN --work DIR [--pg-server TOOL]
"""

import argparse
import os
import re
import signal
import subprocess
import sys
import time

import requests

from testlib import (check, finish, fresh_workdir, run, start_pg_server, start_server, stop_server,
                     write_data_dir)

HERE = os.path.dirname(os.path.abspath(__file__))
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def token_of(html):
    m = re.search(r'name="token" value="([0-9A-Z]+)"', html)
    return m.group(1) if m else ""


def code_of(html):
    m = re.search(r"查询码：<strong>([0-9A-Z]+)</strong>", html)
    return m.group(1) if m else ""


def application(agency, subject):
    return {"agency": str(agency), "applicant_type": "organization", "org_name": "示例律师事务所",
            "org_kind": "legal_service", "credit_code": "91350100M000100Y43", "legal_rep": "李四",
            "contact_person": "王五", "phone": "010-12345678", "subject": subject,
            "delivery_method": "post", "address": "示例市人民路1号", "postal_code": "100000",
            "delivery_form": "paper", "pledge": "1"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gongkai", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--pg-server", default=os.path.join(HERE, "..", "tools", "pg-test-server"))
    a = ap.parse_args()
    path = fresh_workdir(a.work)
    data_dir = path("data")
    write_data_dir(data_dir, {"forms": {"min_fill_seconds": 0,
                                        "apply_limit": {"count": 3, "seconds": 3600}}})
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # ctest timeout: still stop the server
    server = start_pg_server(a.pg_server, "gk-portal-")
    if not server:
        return finish()
    pg_dir, url = server
    env = dict(os.environ, GONGKAI_DATA_DIR=data_dir, GONGKAI_FILES=path("files"))
    env.pop("GONGKAI_DB", None)
    procs = []
    try:
        def gk(*args):
            return run([a.gongkai, *args, "--db", url], timeout=120,
                       env=dict(env, GONGKAI_ACTOR="经办人李四"))

        check("db init", gk("db", "init").returncode == 0)
        r = gk("agency", "add", "示例市人民政府", "--kind", "government", "--code", "city")
        r = gk("agency", "add", "示例市司法局", "--parent", r.stdout.strip(), "--code", "sf")
        check("agencies added", r.returncode == 0 and r.stdout.strip().isdigit(), r.stderr)
        dept = r.stdout.strip()
        for _ in range(2):
            proc, base = start_server(a.gongkai, ["--db", url, "--threads", "2"], env=env)
            procs.append((proc, base))
        if not all(base for _, base in procs):
            return finish()
        scenario(gk, procs[0][1], procs[1][1], dept)
    finally:
        for proc, _ in procs:
            check("instance stops cleanly", stop_server(proc) == 0)
        r = subprocess.run([a.pg_server, "stop", pg_dir], capture_output=True, text=True, timeout=120)
        check("postgres: private server stopped", r.returncode == 0, r.stderr)
    return finish()


def scenario(gk, a, b, dept):
    s = requests.Session()  # cookies are per host, not per port: one browser, two instances
    form = s.get(a + "/ysqgk/apply")
    token = token_of(form.text)
    check("instance A shows the form", form.status_code == 200 and token)
    r = s.post(b + "/ysqgk/apply", data=dict(application(dept, "2025年行政复议案件统计表"), token=token),
               files={"proof": ("营业执照.png", PNG, "image/png")})
    check("instance B accepts A's form", r.status_code == 200 and "申请已提交" in r.text, r.status_code)
    code = code_of(r.text)
    r = s.post(a + "/ysqgk/apply", data=dict(application(dept, "重复提交"), token=token),
               files={"proof": ("营业执照.png", PNG, "image/png")})
    check("the used token is refused on A", "已经提交过" in r.text, r.status_code)

    def track(base, code_, phone="01012345678"):
        t = token_of(s.get(base + "/ysqgk/query").text)
        return s.post(base + "/ysqgk/query", data={"token": t, "code": code_, "phone": phone})

    r = track(a, code)
    check("A finds B's application by its code", r.status_code == 200 and "示例市司法局" in r.text,
          r.status_code)
    r = gk("case", "list")
    m = re.search(r"^(\d+)\s", r.stdout, re.M)
    day = time.strftime("%Y-%m-%d", time.gmtime(time.time() + 8 * 3600))
    r = gk("case", "event", m.group(1) if m else "1", "receipt_confirmed", "--on", day)
    check("office confirms receipt (CLI)", r.returncode == 0, r.stderr)
    for name, base in (("A", a), ("B", b)):
        r = track(base, code)
        check(name + " shows the due date", re.search(r"答复期限</th><td><strong>\d{4}-", r.text) is not None)

    # The rate limit (3 an hour for this client) counts both instances.
    for i, base in enumerate((a, b)):
        t = token_of(s.get(base + "/ysqgk/apply").text)
        r = s.post(base + "/ysqgk/apply", data=dict(application(dept, "第%d件申请" % (i + 2)), token=t),
                   files={"proof": ("营业执照.png", PNG, "image/png")})
        check("application %d accepted" % (i + 2), "申请已提交" in r.text, r.status_code)
    t = token_of(s.get(a + "/ysqgk/apply").text)
    r = s.post(a + "/ysqgk/apply", data=dict(application(dept, "第4件申请"), token=t),
               files={"proof": ("营业执照.png", PNG, "image/png")})
    check("the limit holds across instances", r.status_code == 429, r.status_code)

    t = token_of(s.get(b + "/hdjl/write").text)
    r = s.post(b + "/hdjl/write", data={"token": t, "agency": dept, "category": "suggestion",
                                        "title": "关于延长法律援助窗口时间的建议",
                                        "body": "建议周六上午开放法律援助窗口。", "name": "赵六",
                                        "phone": "13700137000"})
    check("letter written through B", "留言已提交" in r.text, r.status_code)
    letter = code_of(r.text)
    t = token_of(s.get(a + "/hdjl/query").text)
    r = s.post(a + "/hdjl/query", data={"token": t, "code": letter, "phone": "13700137000"})
    check("A follows the letter written through B", r.status_code == 200 and "延长法律援助" in r.text,
          r.status_code)


if __name__ == "__main__":
    sys.exit(main())
