#!/usr/bin/env python3
"""The portal under load (issue 9, deliver 7): `gongkai serve` beside nginx
serving a saved static copy of the same pages, both started here on
loopback ports, measured with wrk in bounded runs.

  1. A demo city with N publications (default 100,000) is seeded once into
     WORK/portal.db (kept between runs; --fresh seeds again).
  2. gongkai serve starts; the item page, a catalogue page, a search
     results page and /healthz are fetched and saved under WORK/www, and
     nginx serves that copy.
  3. wrk runs each URL against gongkai as deployed (the page cache at its
     default 5 s), against a second gongkai with --page-cache-seconds 0
     (every request rendered: the cost of a cache miss) and against nginx,
     for --duration seconds each: the item page
     at 256 connections, the catalogue at 256, search at 64, /healthz at
     256. The ratio gongkai/nginx of requests per second and the p99
     latency of each are printed as a Markdown table (and JSON with --json).
  4. Memory: wrk keeps the item page and search under load for
     --rss-minutes while gongkai's RSS is sampled every 10 s.

Usage: bench/portal_wrk.py --gongkai build/src/app/gongkai --work out/bench-portal
         [--publications 100000] [--duration 10] [--rss-minutes 10] [--threads 4]
"""

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def sh(args, **kw):
    return subprocess.run(args, check=True, capture_output=True, text=True, **kw)


def free_port():
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url):
    with urllib.request.urlopen(url, timeout=30) as r:
        return r.read()


def seed(gongkai, work, n, fresh):
    db = os.path.join(work, "portal.db")
    marker = db + ".seeded-%d" % n
    if os.path.exists(marker) and not fresh:
        return db
    for p in (db, db + "-wal", db + "-shm"):
        if os.path.exists(p):
            os.remove(p)
    shutil.rmtree(db + "-files", ignore_errors=True)
    sh([gongkai, "db", "init", "--db", "sqlite:" + db])
    t = time.time()
    sh([gongkai, "demo", "seed", "--db", "sqlite:" + db, "--publications", str(n),
        "--applications", "3000", "--messages", "400"], timeout=6 * 3600)
    print("seeded %d publications in %.0f s" % (n, time.time() - t), file=sys.stderr)
    open(marker, "w").close()
    return db


def start_gongkai(gongkai, db, threads, cache_seconds):
    port = free_port()
    env = dict(os.environ, GONGKAI_DATA_DIR=os.path.join(ROOT, "data"))
    proc = subprocess.Popen([gongkai, "serve", "--db", "sqlite:" + db, "--listen",
                             "127.0.0.1:%d" % port, "--threads", str(threads),
                             "--page-cache-seconds", str(cache_seconds),
                             "--access-log", os.devnull],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    while True:
        line = proc.stderr.readline()
        if "已启动" in line:
            return proc, "http://127.0.0.1:%d" % port
        if not line:
            raise SystemExit("gongkai serve did not start")


def start_nginx(work, www, workers):
    port = free_port()
    conf = os.path.join(work, "nginx.conf")
    with open(conf, "w") as f:
        f.write("""worker_processes %d;
pid %s/nginx.pid;
error_log %s/nginx-error.log;
daemon off;
events { worker_connections 4096; }
http {
  access_log off;
  default_type text/html;
  types { text/html html; application/json json; }
  client_body_temp_path %s/tmp; proxy_temp_path %s/tmp; fastcgi_temp_path %s/tmp;
  uwsgi_temp_path %s/tmp; scgi_temp_path %s/tmp;
  server { listen 127.0.0.1:%d; root %s; }
}
""" % (workers, work, work, work, work, work, work, work, port, www))
    os.makedirs(os.path.join(work, "tmp"), exist_ok=True)
    proc = subprocess.Popen(["nginx", "-c", conf, "-p", work], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    for _ in range(100):
        try:
            fetch("http://127.0.0.1:%d/healthz.json" % port)
            return proc, "http://127.0.0.1:%d" % port
        except OSError:
            time.sleep(0.05)
    raise SystemExit("nginx did not start: " + proc.stderr.read().decode())


UNITS = {"us": 1e-3, "ms": 1.0, "s": 1000.0}


def wrk(url, connections, seconds, threads=2):
    out = sh(["wrk", "-t%d" % threads, "-c%d" % connections, "-d%ds" % seconds, "--latency",
              "--timeout", "10s", url], timeout=seconds + 60).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    lat = {}
    for q, v, unit in re.findall(r"^\s+(50|75|90|99)%\s+([\d.]+)(us|ms|s)\s*$", out, re.M):
        lat[q] = float(v) * UNITS[unit]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    sock = re.search(r"Socket errors: (.*)", out)
    return {"rps": rps, "p50_ms": lat.get("50"), "p99_ms": lat.get("99"),
            "non2xx": int(errors.group(1)) if errors else 0,
            "socket_errors": sock.group(1) if sock else ""}


def rss_kib(pid):
    with open("/proc/%d/status" % pid) as f:
        return int(re.search(r"VmRSS:\s+(\d+)", f.read()).group(1))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gongkai", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--publications", type=int, default=100000)
    ap.add_argument("--duration", type=int, default=10)
    ap.add_argument("--rss-minutes", type=float, default=10)
    ap.add_argument("--threads", type=int, default=4)
    ap.add_argument("--fresh", action="store_true")
    ap.add_argument("--json")
    a = ap.parse_args()
    gongkai = os.path.abspath(a.gongkai)
    work = os.path.abspath(a.work)
    os.makedirs(work, exist_ok=True)
    db = seed(gongkai, work, a.publications, a.fresh)

    gk, gk_base = start_gongkai(gongkai, db, a.threads, 5)
    raw, raw_base = start_gongkai(gongkai, db, a.threads, 0)
    nginx = None
    try:
        catalogue = fetch(gk_base + "/xxgk/").decode()
        item = re.search(r'href="(/xxgk/\d{6}/\d+\.html)"', catalogue).group(1)
        pager = re.search(r'href="(/xxgk/[^"]*\?page=2)"', catalogue)
        listing = pager.group(1).replace("&amp;", "&") if pager else "/xxgk/"
        urls = {  # name: (gongkai path, saved file, connections)
            "item": (item, "item.html", 256),
            "catalogue": (listing, "catalogue.html", 256),
            "search": ("/search?q=%E8%A1%A5%E5%8A%A9%E8%B5%84%E9%87%91", "search.html", 64),  # 补助资金
            "healthz": ("/healthz", "healthz.json", 256),
        }
        www = os.path.join(work, "www")
        os.makedirs(www, exist_ok=True)
        for path, name, _ in urls.values():
            with open(os.path.join(www, name), "wb") as f:
                f.write(fetch(gk_base + path))
        nginx, ng_base = start_nginx(work, www, workers=2)
        rows = {}
        for key, (path, name, conns) in urls.items():
            ours = wrk(gk_base + path, conns, a.duration)
            rendered = wrk(raw_base + path, conns, a.duration)
            theirs = wrk(ng_base + "/" + name, conns, a.duration)
            rows[key] = {"path": path, "connections": conns, "gongkai": ours, "uncached": rendered,
                         "nginx": theirs, "ratio": ours["rps"] / theirs["rps"] if theirs["rps"] else None}
            print("%-10s gongkai %8.0f rps p99 %7.1f ms | no cache %7.0f rps p99 %7.1f ms | "
                  "nginx %8.0f rps p99 %6.1f ms | %.0f%%"
                  % (key, ours["rps"], ours["p99_ms"] or -1, rendered["rps"], rendered["p99_ms"] or -1,
                     theirs["rps"], theirs["p99_ms"] or -1, 100 * rows[key]["ratio"]), file=sys.stderr)
        raw.send_signal(signal.SIGTERM)
        raw.wait(timeout=60)

        # Memory over a long run: item page and search together.
        samples = []
        seconds = int(a.rss_minutes * 60)
        load = [threading.Thread(target=wrk, args=(gk_base + urls["item"][0], 32, seconds, 1)),
                threading.Thread(target=wrk, args=(gk_base + urls["search"][0], 16, seconds, 1))]
        for t in load:
            t.start()
        start = time.time()
        while time.time() - start < seconds:
            samples.append((round(time.time() - start), rss_kib(gk.pid)))
            time.sleep(10)
        for t in load:
            t.join()
        samples.append((round(time.time() - start), rss_kib(gk.pid)))
        rss = {"samples_kib": samples, "first_kib": samples[0][1], "last_kib": samples[-1][1],
               "max_kib": max(s for _, s in samples)}
        print("RSS over %d s: first %d KiB, last %d KiB, max %d KiB (%d samples)"
              % (seconds, rss["first_kib"], rss["last_kib"], rss["max_kib"], len(samples)),
              file=sys.stderr)
    finally:
        for p in (gk, raw):
            if p.poll() is None:
                p.send_signal(signal.SIGTERM)
                p.wait(timeout=60)
        if nginx:
            nginx.send_signal(signal.SIGQUIT)
            nginx.wait(timeout=60)

    print("| page | connections | gongkai req/s | p50 | p99 | no cache req/s | no cache p99 "
          "| nginx req/s | nginx p99 | gongkai/nginx |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for key, r in rows.items():
        g, u, n = r["gongkai"], r["uncached"], r["nginx"]
        print("| %s `%s` | %d | %.0f | %.1f ms | %.1f ms | %.0f | %.1f ms | %.0f | %.1f ms | %.0f %% |"
              % (key, r["path"], r["connections"], g["rps"], g["p50_ms"], g["p99_ms"], u["rps"], u["p99_ms"],
                 n["rps"], n["p99_ms"], 100 * r["ratio"]))
    if a.json:
        with open(a.json, "w") as f:
            json.dump({"publications": a.publications, "rows": rows, "rss": rss}, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
