#!/usr/bin/env python3
"""SIGKILL during a stream of `gongkai case event` writes loses no
acknowledged event (the SQLite file is written with synchronous=FULL, and an
event counts as acknowledged only when the command said so). Repeats the
kill at random moments, first for one writer at a time, then for several
writers appending to the same cases at once (each waiting for the others'
write lock, killed while it waits, writes or commits). Then checks every
acknowledged event is in the log under the seq it was acknowledged with, the
log has no gaps, the database passes SQLite's integrity check, `case show`
works and `db check` finds nothing.
"""
import argparse
import json
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

from testlib import check, finish


def writer(a, db, case_id, party):
    # consultation_sent with a party of its own is valid whenever the case is
    # open, in any order: several parties may be consulted at once.
    return subprocess.Popen([a.gongkai, "case", "event", case_id, "consultation_sent", "--on", "2025-03-04",
                             "--party", party, "--db", db], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, errors="replace")  # a killed writer may stop mid-character


def acknowledged_seq(out):
    """The seq a writer acknowledged, or None. A writer killed after it
    printed the acknowledgment counts too: the user saw it."""
    m = re.search(r"已记录第(\d+)条办理记录", out)
    return int(m.group(1)) if m else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gongkai", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--rounds", type=int, default=200, help="single-writer rounds")
    ap.add_argument("--concurrent-rounds", type=int, default=120, help="rounds of several writers at once")
    ap.add_argument("--writers", type=int, default=4, help="writers at once in a concurrent round")
    a = ap.parse_args()
    shutil.rmtree(a.work, ignore_errors=True)
    os.makedirs(a.work)
    path = os.path.join(a.work, "kill.db")
    db = "sqlite:" + path
    run = lambda *args: subprocess.run([a.gongkai, *args, "--db", db], capture_output=True, text=True)
    assert run("db", "init").returncode == 0
    agency = run("agency", "add", "示例市人民政府", "--kind", "government").stdout.strip()

    def new_case():
        r = run("case", "new", "--agency", agency, "--subject", "s", "--submitted", "2025-03-03",
                "--received", "2025-03-03", "--channel", "in_person")
        return next(l.split("：")[1] for l in r.stdout.splitlines() if l.startswith("申请编号"))

    case_id = new_case()
    rng = random.Random(20251127)
    acknowledged = []  # (case, seq, party)
    failures = []      # a writer that was not killed and neither recorded nor refused the event

    def collect(p, case, party):
        """Waits for writer `p`: acknowledged, killed, or a failure."""
        out, err = p.communicate()
        seq = acknowledged_seq(out)
        if seq is not None:
            acknowledged.append((case, seq, party))
        elif p.returncode != -signal.SIGKILL:
            failures.append(f"{party}: exit {p.returncode}: {err.strip()}")
    killed = 0
    t_single = time.time()
    for i in range(a.rounds):
        party = f"第三方{i}"
        p = writer(a, db, case_id, party)
        if rng.random() < 0.5:
            time.sleep(rng.uniform(0, 0.03))
            if p.poll() is None:
                p.send_signal(signal.SIGKILL)
                killed += 1
        collect(p, case_id, party)
    t_single = time.time() - t_single
    single_acks = len(acknowledged)
    print(f"single writer: rounds {a.rounds}, killed {killed}, acknowledged {single_acks}, {t_single:.1f} s")

    # Several writers at once on two other cases; random ones are killed at
    # random moments while the others go on.
    cases = [new_case(), new_case()]
    killed_concurrent = 0
    t_concurrent = time.time()
    for i in range(a.concurrent_rounds):
        procs = []
        for w in range(a.writers):
            party = f"并发第三方{i}-{w}"
            c = rng.choice(cases)
            procs.append((writer(a, db, c, party), c, party))
        # Each victim at its own moment: starting, waiting for the write
        # lock, writing, committing, or already done.
        start = time.time()
        victims = sorted((start + rng.uniform(0, 0.06), j) for j in range(len(procs)) if rng.random() < 0.5)
        for at, j in victims:
            time.sleep(max(0.0, at - time.time()))
            p = procs[j][0]
            if p.poll() is None:
                p.send_signal(signal.SIGKILL)
                killed_concurrent += 1
        for p, c, party in procs:
            # Not killed, the concurrent writers must all get their event in
            # too (the later ones wait for the write lock, then append).
            collect(p, c, party)
    t_concurrent = time.time() - t_concurrent
    print(f"concurrent writers: rounds {a.concurrent_rounds} × {a.writers} writers, killed {killed_concurrent}, "
          f"acknowledged {len(acknowledged) - single_acks}, {t_concurrent:.1f} s")

    shows = {}
    for c in [case_id] + cases:
        r = run("case", "show", c, "--json")
        check(f"case show {c} works after the kills", r.returncode == 0, r.stderr)
        if r.returncode == 0:
            shows[c] = json.loads(r.stdout)
    with sqlite3.connect(path) as con:
        integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
        stored = [row[0] for row in con.execute("SELECT data FROM application_events")]
    missing = [p for _, _, p in acknowledged if not any(f'"{p}"' in d for d in stored)]
    wrong_seq = []
    for c, seq, party in acknowledged:
        events = {e["seq"]: e for e in shows.get(c, {}).get("events", [])}
        if c in shows and events.get(seq, {}).get("data", {}).get("party") != party:
            wrong_seq.append(f"{c}#{seq} {party}: log has {events.get(seq)}")
    gaps = [c for c, v in shows.items()
            if [e["seq"] for e in v["events"]] != list(range(1, len(v["events"]) + 1))]
    parties = [e["data"].get("party") for v in shows.values() for e in v["events"] if e["data"].get("party")]
    duplicated = sorted({p for p in parties if parties.count(p) > 1})
    ok_integrity = integrity == "ok"
    print(f"killed {killed + killed_concurrent}, acknowledged {len(acknowledged)}, missing {len(missing)}")
    check("integrity_check is ok", ok_integrity, integrity)
    check("no acknowledged event lost", not missing, str(missing))
    check("every acknowledged event is in the log under the seq it was acknowledged with", not wrong_seq,
          "; ".join(wrong_seq[:5]))
    check("seq is 1..n without gaps on every case", not gaps, str(gaps))
    check("no event recorded twice", not duplicated, str(duplicated[:10]))
    check("a writer not killed recorded its event", not failures, "; ".join(failures[:5]))
    r = run("db", "check")
    check("db check finds nothing", r.returncode == 0 and "未发现问题" in r.stdout, r.stdout + r.stderr)
    check("some writes were killed", killed > 0)
    check("some writes were acknowledged", single_acks > 0)
    check("some concurrent writes were killed", killed_concurrent > 0)
    check("some concurrent writes were acknowledged", len(acknowledged) > single_acks)
    return finish()


if __name__ == "__main__":
    sys.exit(main())
