#!/usr/bin/env python3
"""End-to-end test of the leader's mailbox (领导信箱) through the `gongkai`
command line: a message submitted, assigned, answered and published with the
writer's ID number, mobile number and name masked (the real screen of
search/pii_screen); the writer tracking it by query code and phone (a wrong
phone shows nothing); deadline lists and reminders as of --on dates; the
year's figures with the sentence for the annual report; refused commands
that leave the database as it was.

Runs on SQLite (--backend sqlite) or on a private PostgreSQL server started
with tools/pg-test-server (--backend postgres), or both (default). Prints
'N passed, N failed'.
"""
import argparse
import os
import re
import shutil
import signal
import subprocess
import sys


import dbdump
from testlib import check, finish, run, start_pg_server

HERE = os.path.dirname(os.path.abspath(__file__))
BODY = "我叫王小明，身份证号11010519491231002X，手机13912345678。\n请问今年小学学区如何划分？"
REPLY = "王小明您好：今年的学区划分方案已于9月20日公布，请登录市教育局网站查询。"


class Gongkai:
    def __init__(self, binary, db, label):
        self.binary, self.db, self.label = binary, db, label

    def __call__(self, *args):
        env = dict(os.environ)
        env.pop("GONGKAI_DB", None)
        env["GONGKAI_ACTOR"] = "信箱管理员"
        return run([self.binary, *args, "--db", self.db], timeout=120, env=env)


def field(out, name):
    m = re.search(name + r"：(\S+)", out)
    return m.group(1) if m else ""


def scenario(gk, dump):
    L = gk.label
    r = gk("db", "init")
    check(f"[{L}] db init", r.returncode == 0, r.stderr)
    city = gk("agency", "add", "示例市人民政府", "--kind", "government", "--code", "city").stdout.strip()
    dept = gk("agency", "add", "示例市教育局", "--parent", city, "--code", "jy").stdout.strip()
    outside = gk("agency", "add", "另一市人民政府", "--kind", "government", "--code", "other").stdout.strip()
    check(f"[{L}] agencies", city.isdigit() and dept.isdigit() and outside.isdigit(), f"{city} {dept} {outside}")

    # Friday before 国庆 2024: the make-up Sunday counts, 10-01…07 do not.
    r = gk("mail", "new", "--agency", city, "--title", "小学学区划分咨询", "--body", BODY, "--category", "咨询",
           "--name", "王小明", "--phone", "13912345678", "--email", "wxm@example.cn", "--consent",
           "--on", "2024-09-27")
    check(f"[{L}] mail new", r.returncode == 0, r.stderr)
    mid, code = field(r.stdout, "留言编号"), field(r.stdout, "查询码").split("（")[0]
    check(f"[{L}] deadlines on the official calendar",
          "受理期限：2024-09-30" in r.stdout and "答复期限：2024-10-16" in r.stdout, r.stdout)
    check(f"[{L}] a query code is given", len(code) >= 10, r.stdout)

    r = gk("mail", "assign", mid, "--to", outside, "--on", "2024-09-29")
    check(f"[{L}] assigning outside the mailbox's agencies is refused (exit 1)",
          r.returncode == 1 and "不是“示例市人民政府”或其下级机关" in r.stderr and not r.stdout, r.stderr)
    r = gk("mail", "reply", mid, "--text", REPLY, "--on", "2024-09-30")
    check(f"[{L}] a reply before the assignment is refused", r.returncode == 1 and "请先交办" in r.stderr, r.stderr)
    r = gk("mail", "assign", mid, "--to", dept, "--on", "2024-09-29")
    check(f"[{L}] mail assign", r.returncode == 0 and "状态：办理中" in r.stdout, r.stdout + r.stderr)
    r = gk("mail", "reply", mid, "--text", REPLY, "--on", "2024-10-10", "--actor", "教育局经办人")
    check(f"[{L}] mail reply", r.returncode == 0 and "状态：已答复" in r.stdout, r.stdout + r.stderr)

    r = gk("mail", "publish", mid, "--on", "2024-10-11")
    out = r.stdout
    check(f"[{L}] mail publish", r.returncode == 0 and "已公开" in out, out + r.stderr)
    check(f"[{L}] published body: ID number masked", "110105********002X" in out and "11010519491231002X" not in out,
          out)
    check(f"[{L}] published body: mobile masked", "139****5678" in out and "13912345678" not in out, out)
    check(f"[{L}] published texts: the writer's name masked", "王**" in out and "王小明" not in out, out)

    r = gk("mail", "show", mid)
    check(f"[{L}] show: the log in order",
          [l.split(".")[0].strip() for l in r.stdout.splitlines() if re.match(r"  \d+\. ", l)] == ["1", "2", "3", "4"]
          and "交办（信箱管理员" in r.stdout and "答复（教育局经办人" in r.stdout, r.stdout)
    check(f"[{L}] show without --contact has no contact", "wxm@example.cn" not in r.stdout, r.stdout)
    r = gk("mail", "show", mid, "--contact")
    check(f"[{L}] show --contact", "写信人：王小明" in r.stdout and "wxm@example.cn" in r.stdout, r.stdout)

    r = gk("mail", "track", "--code", code, "--phone", "139-1234-5678")
    check(f"[{L}] track by code and phone", r.returncode == 0 and "办理状态：已公开" in r.stdout
          and "受理单位：示例市教育局" in r.stdout and "王小明您好" in r.stdout, r.stdout + r.stderr)
    check(f"[{L}] track shows no clerk names", "教育局经办人" not in r.stdout and "信箱管理员" not in r.stdout, r.stdout)
    r = gk("mail", "track", "--code", code, "--phone", "13800138000")
    check(f"[{L}] a wrong phone shows nothing (exit 1)",
          r.returncode == 1 and not r.stdout and "未找到" in r.stderr, r.stdout + r.stderr)
    r2 = gk("mail", "track", "--code", "NOSUCHCODE", "--phone", "13912345678")
    check(f"[{L}] a wrong code gets the same answer", r2.returncode == 1 and r2.stderr == r.stderr, r2.stderr)

    # A second message, never assigned: the deadline lists as of --on dates.
    r = gk("mail", "new", "--agency", city, "--title", "公交线路建议", "--body", "建议增开3路公交夜班车。",
           "--category", "建议", "--name", "李四", "--phone", "010-12345678", "--on", "2024-09-27")
    late = field(r.stdout, "留言编号")
    check(f"[{L}] second message", r.returncode == 0 and late.isdigit(), r.stderr)
    r = gk("mail", "list", "--agency", city, "--overdue", "--on", "2024-10-16")
    check(f"[{L}] not overdue on its due date", "共0件" in r.stdout, r.stdout + r.stderr)
    r = gk("mail", "list", "--agency", city, "--overdue", "--on", "2024-10-17")
    check(f"[{L}] overdue the day after", r.stdout.startswith(late + "\t") and "共1件" in r.stdout, r.stdout)
    r = gk("mail", "list", "--agency", city, "--due-soon", "--on", "2024-10-14")
    check(f"[{L}] due soon at 80% of the limit", r.stdout.startswith(late + "\t"), r.stdout)
    r = gk("mail", "list", "--agency", dept)
    check(f"[{L}] the department lists what it was assigned", r.stdout.startswith(mid + "\t") and "共1件" in r.stdout,
          r.stdout)
    r = gk("mail", "remind", "--agency", city, "--on", "2024-11-27")
    check(f"[{L}] remind: day 61 is a 3-month veto risk",
          "否决风险" in r.stdout and "（第61天）" in r.stdout and "示例市人民政府" in r.stdout, r.stdout + r.stderr)

    # Refused commands change nothing.
    before = dump()
    for name, args, phrase in [
        ("publish without a reply", ["mail", "publish", late, "--on", "2024-10-18"], "尚未答复"),
        ("extend after the reply period", ["mail", "extend", late, "--reason", "需调研", "--on", "2024-10-17"], "届满"),
        ("close without a reason", ["mail", "close", late, "--reason", " ", "--on", "2024-10-18"], "办结理由"),
        ("new with a bad phone", ["mail", "new", "--agency", city, "--title", "t", "--body", "b", "--name", "张三",
                                  "--phone", "电话", "--on", "2024-10-18"], "联系电话"),
        ("reply to a published message", ["mail", "reply", mid, "--text", "再答", "--on", "2024-10-18"], "已公开"),
    ]:
        r = gk(*args)
        check(f"[{L}] refused: {name} (exit 1, {phrase})", r.returncode == 1 and phrase in r.stderr and not r.stdout,
              f"exit {r.returncode} {r.stdout!r} {r.stderr!r}")
    check(f"[{L}] refused commands changed nothing", dump() == before, "database changed")
    r = gk("mail", "new", "--agency", city, "--title", "t", "--body", "b", "--name", "张三", "--phone", "13800138000",
           "--category", "表扬")
    check(f"[{L}] an unknown category is a usage error (exit 2)", r.returncode == 2 and "--category" in r.stderr,
          r.stderr)

    r = gk("mail", "transfer", late, "--reason", "反映拆迁补偿问题，属信访事项，已转市信访局", "--on", "2024-10-18")
    check(f"[{L}] transfer to the 信访 channel", r.returncode == 0 and "已转信访" in r.stdout, r.stdout + r.stderr)
    r = gk("mail", "stats", "--agency", city, "--year", "2024")
    check(f"[{L}] stats counts the year", r.returncode == 0 and "收到留言：2件" in r.stdout and "已公开：1件" in r.stdout
          and "转信访渠道：1件" in r.stdout, r.stdout + r.stderr)
    check(f"[{L}] stats suggests the report sentence",
          "建议表述：全年共收到领导信箱留言2件，均已办结，按期办结率50%。" in r.stdout, r.stdout)
    r = gk("mail", "stats", "--agency", city, "--year", "2025")
    check(f"[{L}] stats of an empty year", "全年未收到领导信箱留言。" in r.stdout, r.stdout)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gongkai", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--backend", choices=["sqlite", "postgres", "both"], default="both")
    ap.add_argument("--pg-server", default=os.path.join(HERE, "..", "tools", "pg-test-server"))
    a = ap.parse_args()
    binary = os.path.abspath(a.gongkai)
    shutil.rmtree(a.work, ignore_errors=True)
    os.makedirs(a.work)
    if a.backend in ("sqlite", "both"):
        path = os.path.join(a.work, "mail.db")
        scenario(Gongkai(binary, "sqlite:" + path, "sqlite"), lambda: dbdump.sqlite_dump(path))
    if a.backend in ("postgres", "both"):
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # ctest timeout: still stop the server
        server = start_pg_server(a.pg_server, "gk-mail-")
        if server:
            d, url = server
            try:
                scenario(Gongkai(binary, url, "pg"), lambda: dbdump.pg_dump(url))
            finally:
                r = subprocess.run([a.pg_server, "stop", d], capture_output=True, text=True, timeout=120)
                check("postgres: private server stopped", r.returncode == 0, r.stderr)
                shutil.rmtree(d, ignore_errors=True)
    return finish()


if __name__ == "__main__":
    sys.exit(main())
