#!/usr/bin/env python3
"""End-to-end test of `gongkai calendar …` (add-workdays, is-workday, import,
--overlay) against a scratch data directory (GONGKAI_DATA_DIR) seeded with
the shipped data/cn-workdays.json. Python standard library only; prints one
line per check and a closing 'N passed, N failed'.
"""
import argparse
import datetime
import json
import os
import shutil
import subprocess
import sys

from testlib import check, finish


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gongkai", required=True)
    ap.add_argument("--source", required=True, help="the source tree (for data/cn-workdays.json)")
    ap.add_argument("--work", required=True)
    a = ap.parse_args()
    shutil.rmtree(a.work, ignore_errors=True)
    data = os.path.join(a.work, "data")
    os.makedirs(os.path.join(data, "calendar-overlays"))
    shutil.copy(os.path.join(a.source, "data", "cn-workdays.json"), data)
    env = dict(os.environ, GONGKAI_DATA_DIR=data)

    def run(*args):
        return subprocess.run([a.gongkai, "calendar", *args], capture_output=True, text=True,
                              timeout=60, env=env)

    def write(name, obj):
        path = os.path.join(a.work, name)
        with open(path, "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False)
        return path

    # application-workflow.md §8.1: 20 工作日 from a 调休 Sunday over 国庆.
    r = run("add-workdays", "2024-09-29", "20")
    check("add-workdays prints the due date", r.returncode == 0 and r.stdout == "2024-10-31\n",
          repr(r.stdout) + r.stderr)
    r = run("add-workdays", "2024-09-29", "20", "--start-day-counts")
    check("--start-day-counts counts the start day", r.stdout == "2024-10-30\n", repr(r.stdout))
    r = run("add-workdays", "2024-10-31", "20")
    check("extension of §8.1", r.stdout == "2024-11-28\n", repr(r.stdout))
    r = run("add-workdays", "2024-09-29", "20", "--explain")
    check("--explain names skipped holidays and counted 调休 days",
          r.stdout.splitlines()[0] == "2024-10-31" and "跳过节假日2024-10-01至2024-10-07" in r.stdout
          and "计入调休上班日2024-10-12（星期六）" in r.stdout, r.stdout)
    r = run("add-workdays", "2025-09-26", "20")
    check("fee payment deadline of §8.6", r.stdout == "2025-10-30\n", repr(r.stdout))

    r = run("is-workday", "2024-10-12")
    check("a 调休 Saturday is a workday", r.returncode == 0 and r.stdout == "yes\n", repr(r.stdout))
    r = run("is-workday", "2024-10-01")
    check("国庆 is not", r.returncode == 0 and r.stdout == "no\n", repr(r.stdout))
    r = run("is-workday", "2024-10-19")
    check("an ordinary Saturday is not", r.stdout == "no\n", repr(r.stdout))

    r = run("is-workday", "2024-13-01")
    check("bad date exits 2", r.returncode == 2, str(r.returncode))
    check("bad date message", "请使用YYYY-MM-DD格式" in r.stderr, r.stderr)
    r = run("add-workdays", "2024-09-29", "-1")
    check("negative count exits 2", r.returncode == 2 and "非负整数" in r.stderr, r.stderr)
    # A year past the shipped data: counted provisionally (the default of
    # settings "calendar"), flagged; further on, or with "refuse", an error.
    with open(os.path.join(data, "cn-workdays.json"), encoding="utf-8") as f:
        last = max(int(y) for y in json.load(f)["years"])
    nxt, far = last + 1, last + 3
    r = run("is-workday", f"{nxt}-01-01", "--explain")
    check("the year after the shipped data: 元旦 is off, provisionally",
          r.returncode == 0 and r.stdout.startswith("no\n") and f"{nxt}年的节假日安排尚未导入" in r.stdout,
          r.stdout + r.stderr)
    r = run("add-workdays", f"{last}-12-20", "20", "--explain")
    check("a count running into it says so",
          r.returncode == 0 and f"{nxt}年的节假日安排尚未导入" in r.stdout
          and f"{nxt}年部分节假日安排的通知" in r.stdout, r.stdout + r.stderr)
    r = run("is-workday", f"{far}-03-01")
    check("further on, an unknown year exits 2 naming the year",
          r.returncode == 2 and f"工作日历缺少{far}年的数据" in r.stderr, r.stderr)
    settings = os.path.join(data, "settings.json")
    with open(settings, "w", encoding="utf-8") as f:
        json.dump({"calendar": {"unknown_years": "refuse"}}, f)
    r = run("is-workday", f"{nxt}-01-04")
    check("with unknown_years refuse the next year is an error too",
          r.returncode == 2 and f"工作日历缺少{nxt}年的数据" in r.stderr, r.stderr)
    with open(settings, "w", encoding="utf-8") as f:
        json.dump({"calendar": {"unknown_years": "guess"}}, f)
    r = run("is-workday", "2024-10-12")
    check("a bad calendar setting is refused, naming it",
          r.returncode == 2 and "calendar.unknown_years" in r.stderr, r.stderr)
    os.remove(settings)

    # A case whose reply period runs into the provisional year: its due date
    # says so; importing the notice with --db rewrites the stored due date.
    db = "sqlite:" + os.path.join(a.work, "cases.db")

    def gk(*args):
        return subprocess.run([a.gongkai, *args], capture_output=True, text=True, timeout=60,
                              env=dict(env, GONGKAI_ACTOR="经办人"))
    check("db init", gk("db", "init", "--db", db).returncode == 0)
    agency = gk("agency", "add", "--db", db, "示例市人民政府", "--kind", "government").stdout.strip()
    case = gk("case", "new", "--db", db, "--agency", agency, "--channel", "in_person", "--subject", "年末的申请",
              "--submitted", f"{last}-12-28").stdout
    case = case.split("申请编号：", 1)[1].split()[0] if "申请编号：" in case else "0"
    shown = gk("case", "show", "--db", db, case).stdout
    check("the due date of a case into the provisional year says so",
          f"{nxt}年的节假日安排尚未导入" in shown, shown)
    first_weekdays = [d for d in (datetime.date(nxt, 1, day) for day in range(2, 10)) if d.weekday() < 5][:2]
    notice = write(f"y{nxt}.json", {"years": {str(nxt): {
        "notice": "test", "holidays": [f"{nxt}-01-01"] + [d.isoformat() for d in first_weekdays],
        "workdays": []}}})
    r = run("import", notice, "--db", db)
    check("import --db rewrites the stored due dates",
          r.returncode == 0 and "已按新日历重新计算：1件申请" in r.stdout, r.stdout + r.stderr)
    shown = gk("case", "show", "--db", db, case).stdout
    check("the case now counts on the notice", "尚未导入" not in shown and "跳过节假日" in shown, shown)
    r = gk("db", "check", "--db", db)
    check("the stored summary agrees with the log", r.returncode == 0, r.stdout + r.stderr)
    os.remove(os.path.join(data, "calendar.d", f"{nxt}.json"))

    # Import: a bad notice is refused with the entry named, and nothing is stored.
    bad = write("bad.json", {"years": {"2027": {"holidays": ["2027-01-01"],
                                                 "workdays": ["2027-01-04"]}}})
    r = run("import", bad)
    check("import refuses a make-up workday on a Monday",
          r.returncode == 2 and "2027-01-04是星期一" in r.stderr, r.stderr)
    check("nothing stored after a refused import",
          not os.path.exists(os.path.join(data, "calendar.d", "2027.json")))
    bad = write("bad2.json", {"years": {"2027": {"holidays": ["2026-12-31"], "workdays": []}}})
    r = run("import", bad)
    check("import refuses a holiday outside its year",
          r.returncode == 2 and "2026-12-31不在2027年内" in r.stderr, r.stderr)
    r = run("import", os.path.join(a.work, "missing.json"))
    check("import of a missing file exits 2", r.returncode == 2 and "missing.json" in r.stderr,
          r.stderr)

    # A test year (not a real notice): 2027-01-01 off, Sat 2027-01-09 worked.
    good = write("y2027.json", {"years": {"2027": {"notice": "test",
                                                    "holidays": ["2027-01-01"],
                                                    "workdays": ["2027-01-09"]}}})
    r = run("import", good)
    check("import stores the year", r.returncode == 0 and
          os.path.exists(os.path.join(data, "calendar.d", "2027.json")), r.stdout + r.stderr)
    check("import reports the year", "已导入2027年工作日历" in r.stdout, r.stdout)
    r = run("is-workday", "2027-01-01")
    check("imported holiday is used", r.returncode == 0 and r.stdout == "no\n", repr(r.stdout) + r.stderr)
    r = run("is-workday", "2027-01-09")
    check("imported make-up day is used", r.stdout == "yes\n", repr(r.stdout))
    r = run("add-workdays", "2026-12-31", "2")
    check("counting across the imported year boundary", r.stdout == "2027-01-05\n", repr(r.stdout))

    # A later import overrides the shipped year.
    override = write("y2026.json", {"years": {"2026": {"holidays": [], "workdays": []}}})
    r = run("import", override)
    r = run("is-workday", "2026-01-01")
    check("imported year overrides the shipped one", r.stdout == "yes\n", repr(r.stdout))
    os.remove(os.path.join(data, "calendar.d", "2026.json"))
    r = run("is-workday", "2026-01-01")
    check("shipped year is back without the import", r.stdout == "no\n", repr(r.stdout))

    # A regional overlay (test data, not a real notice).
    with open(os.path.join(data, "calendar-overlays", "test.json"), "w", encoding="utf-8") as f:
        json.dump({"name": "test", "source": "test data",
                   "holidays": [{"date": "2025-03-31", "name": "肉孜节"}]}, f, ensure_ascii=False)
    r = run("is-workday", "2025-03-31")
    check("without the overlay the day is worked", r.stdout == "yes\n", repr(r.stdout))
    r = run("is-workday", "2025-03-31", "--overlay", "test", "--explain")
    check("the overlay adds the regional holiday",
          r.returncode == 0 and r.stdout.splitlines()[0] == "no" and "肉孜节" in r.stdout,
          r.stdout + r.stderr)
    r = run("add-workdays", "2025-03-28", "1", "--overlay", "test")
    check("add-workdays skips the regional holiday", r.stdout == "2025-04-01\n", repr(r.stdout))
    with open(os.path.join(data, "calendar-overlays", "nosource.json"), "w", encoding="utf-8") as f:
        json.dump({"holidays": []}, f)
    r = run("is-workday", "2025-03-31", "--overlay", "nosource")
    check("an overlay without source is refused", r.returncode == 2 and "source" in r.stderr, r.stderr)
    r = run("is-workday", "2025-03-31", "--overlay", "../x")
    check("an overlay name cannot leave the folder", r.returncode == 2, r.stderr)

    return finish()


if __name__ == "__main__":
    sys.exit(main())
