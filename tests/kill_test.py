#!/usr/bin/env python3
"""SIGKILL during a stream of `gongkai case event` writes loses no
acknowledged event (the SQLite file is written with synchronous=FULL, and an
event counts as acknowledged only when the command said so). Repeats the
kill at random moments, then checks every acknowledged event is in the log
and the database passes SQLite's integrity check.
"""
import argparse
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

from testlib import check, finish


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gongkai", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--rounds", type=int, default=200)
    a = ap.parse_args()
    shutil.rmtree(a.work, ignore_errors=True)
    os.makedirs(a.work)
    path = os.path.join(a.work, "kill.db")
    db = "sqlite:" + path
    run = lambda *args: subprocess.run([a.gongkai, *args, "--db", db], capture_output=True, text=True)
    assert run("db", "init").returncode == 0
    agency = run("agency", "add", "示例市人民政府", "--kind", "government").stdout.strip()
    r = run("case", "new", "--agency", agency, "--subject", "s", "--submitted", "2025-03-03",
            "--received", "2025-03-03", "--channel", "in_person")
    case_id = next(l.split("：")[1] for l in r.stdout.splitlines() if l.startswith("申请编号"))

    rng = random.Random(20251127)
    acknowledged = []
    killed = 0
    for i in range(a.rounds):
        party = f"第三方{i}"
        p = subprocess.Popen([a.gongkai, "case", "event", case_id, "consultation_sent", "--on", "2025-03-04",
                              "--party", party, "--db", db], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             errors="replace")  # a killed writer may stop mid-character
        if rng.random() < 0.5:
            time.sleep(rng.uniform(0, 0.03))
            if p.poll() is None:
                p.send_signal(signal.SIGKILL)
                killed += 1
        out, err = p.communicate()
        if p.returncode == 0 and "已记录第" in out:
            acknowledged.append(party)
    r = run("case", "show", case_id)
    check("case show works after the kills", r.returncode == 0, r.stderr)
    with sqlite3.connect(path) as con:
        integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
        stored = [row[0] for row in con.execute("SELECT data FROM application_events")]
    missing = [p for p in acknowledged if not any(f'"{p}"' in d for d in stored)]
    ok_integrity = integrity == "ok"
    print(f"rounds {a.rounds}, killed {killed}, acknowledged {len(acknowledged)}, missing {len(missing)}")
    check("integrity_check is ok", ok_integrity, integrity)
    check("no acknowledged event lost", not missing, str(missing))
    check("some writes were killed", killed > 0)
    check("some writes were acknowledged", len(acknowledged) > 0)
    return finish()


if __name__ == "__main__":
    sys.exit(main())
