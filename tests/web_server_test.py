#!/usr/bin/env python3
"""gongkai serve over real HTTP on loopback (issue 9, deliver 1):

  /healthz checks the database; every response carries the security
  headers; the 404 page is Chinese and links to search; static files have
  an ETag (If-None-Match answers 304) and refuse path tricks; text is
  gzipped for clients that accept it; a wrong method gets 405;
  200 idle and 20 slow-loris connections do not delay a normal request;
  a slow client is cut off after --read-timeout; oversized header fields
  and bodies are refused without harming the server; the access log is one
  JSON object a line and never holds the query string; on SIGTERM a
  response in flight is finished before the process exits.

Usage: web_server_test.py --gongkai BIN --work DIR
"""

import argparse
import gzip
import json
import os
import shutil
import signal
import socket
import statistics
import sys
import threading
import time

from testlib import check, finish, fresh_workdir, http_get as get, run, start_server, stop_server

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def host_port(base):
    host, port = base.split("//", 1)[1].split(":")
    return host, int(port)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gongkai", required=True)
    ap.add_argument("--work", required=True)
    a = ap.parse_args()
    path = fresh_workdir(a.work)
    db = "sqlite:" + path("site.db")

    # A site directory of our own: the project's templates and static files
    # plus one large file for the shutdown test.
    site = path("site")
    shutil.copytree(os.path.join(ROOT, "templates"), os.path.join(site, "templates"))
    shutil.copytree(os.path.join(ROOT, "static"), os.path.join(site, "static"))
    with open(os.path.join(site, "static", "big.txt"), "w") as f:
        f.write("x" * (12 << 20))  # under the 16 MiB limit of static files
    env = dict(os.environ, GONGKAI_SITE_DIR=site)

    r = run([a.gongkai, "serve", "--db", db, "--listen", "127.0.0.1:0"], timeout=30, env=env)
    check("serve refuses a database that does not exist", r.returncode != 0
          and "数据库不存在或尚未初始化" in r.stderr, r.stderr)
    r = run([a.gongkai, "db", "init", "--db", db])
    check("db init", r.returncode == 0, r.stderr)
    r = run([a.gongkai, "serve", "--db", db, "--listen", "localhost:http"], timeout=30, env=env)
    check("a bad --listen is refused in Chinese", r.returncode == 2 and "--listen" in r.stderr, r.stderr)

    log_path = path("access.log")
    proc, base = start_server(a.gongkai, ["--db", db, "--access-log", log_path, "--read-timeout", "2"],
                              env=env)
    if not base:
        return finish()
    try:
        status, h, body = get(base, "/healthz")
        check("/healthz answers ok with the schema", status == 200
              and json.loads(body)["status"] == "ok" and h.get("cache-control") == "no-store", body)
        for name, want in [("content-security-policy", "default-src 'self'"),
                           ("x-frame-options", "DENY"), ("x-content-type-options", "nosniff"),
                           ("referrer-policy", "same-origin")]:
            check(f"security header {name}", want in h.get(name, ""), str(h))
        check("CSP has no unsafe-inline", "unsafe-inline" not in h["content-security-policy"])
        check("no HSTS over plain HTTP", "strict-transport-security" not in h)
        _, h, _ = get(base, "/healthz", {"X-Forwarded-Proto": "https"})
        check("HSTS behind a TLS proxy", "max-age=" in h.get("strict-transport-security", ""), str(h))

        status, h, body = get(base, "/no/such/page?q=1")
        page = body.decode("utf-8")
        check("404 page", status == 404 and 'lang="zh-CN"' in page and "页面不存在" in page
              and 'href="/search"' in page, page[:300])
        check("404 page has the security headers", "frame-ancestors 'none'" in h.get(
            "content-security-policy", ""))
        status, _, body = get(base, "/no/<script>alert(1)</script>")
        check("the path is escaped on the 404 page", status == 404 and b"<script>alert" not in body
              and b"&lt;script&gt;" in body, body[:400])

        status, h, css = get(base, "/static/css/portal.css")
        etag = h.get("etag", "")
        check("static file with type, ETag and cache header", status == 200
              and h.get("content-type", "").startswith("text/css") and etag.startswith('"')
              and "max-age" in h.get("cache-control", ""), str(h))
        status, h, body = get(base, "/static/css/portal.css", {"If-None-Match": etag})
        check("If-None-Match answers 304 without a body", status == 304 and body == b"", str(status))
        for trick in ["/static/../CMakeLists.txt", "/static/%2e%2e/CMakeLists.txt",
                      "/static/css/../../CMakeLists.txt", "/static/.hidden", "/static/css",
                      "/static/", "/static/%00", "/static//etc/passwd"]:
            status, _, body = get(base, trick)
            check(f"static refuses {trick}", status == 404 and b"cmake_minimum_required" not in body,
                  str(status))

        status, h, packed = get(base, "/static/css/portal.css", {"Accept-Encoding": "gzip"})
        check("text is gzipped when accepted", h.get("content-encoding") == "gzip"
              and gzip.decompress(packed) == css and "Accept-Encoding" in h.get("vary", ""), str(h))
        _, h, _ = get(base, "/static/css/portal.css", {"Accept-Encoding": "gzip;q=0"})
        check("gzip;q=0 is respected", "content-encoding" not in h, str(h))

        status, h, _ = get(base, "/healthz", method="POST", body="x")
        check("a wrong method gets 405 with Allow", status == 405 and "GET" in h.get("allow", ""),
              str(status))
        status, head, body = get(base, "/healthz", method="HEAD")
        check("HEAD answers without a body", status == 200 and body == b"")
        _, _, full = get(base, "/healthz")
        check("HEAD gives the GET's Content-Length", head.get("content-length") == str(len(full)),
              (head.get("content-length"), len(full)))

        # 200 idle connections and 20 slow-loris clients must not delay a
        # normal request (asynchronous connections: none of them holds a thread).
        host, port = host_port(base)
        idle = []
        for _ in range(200):
            s = socket.create_connection((host, port), timeout=5)
            idle.append(s)
        stop_loris = threading.Event()
        loris = []
        for _ in range(20):
            s = socket.create_connection((host, port), timeout=5)
            s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
            loris.append(s)

        def drip():
            while not stop_loris.is_set():
                for s in loris:
                    try:
                        s.sendall(b"X-a: b\r\n")
                    except OSError:
                        pass
                time.sleep(0.3)

        dripper = threading.Thread(target=drip, daemon=True)
        dripper.start()
        times = []
        for _ in range(9):
            t = time.perf_counter()
            status, _, _ = get(base, "/healthz")
            times.append((time.perf_counter() - t) * 1000)
            check("a normal request answers beside idle and slow clients", status == 200)
        median = statistics.median(times)
        check("…and in under 100 ms (median of 9)", median < 100, f"{median:.1f} ms {times}")

        # A slow client is cut off after --read-timeout (2 s here).
        time.sleep(2.6)
        stop_loris.set()
        dripper.join()
        closed = 0
        for s in loris:
            try:
                s.settimeout(2)
                s.sendall(b"X-b: c\r\n")
                data = s.recv(4096)
                closed += 1 if data == b"" or b"408" in data or b"HTTP/1.1" in data else 0
            except OSError:
                closed += 1
        check("slow-loris connections are closed after the read timeout", closed == 20, str(closed))
        for s in idle + loris:
            s.close()

        # Oversized header fields and bodies: refused, the server stays up.
        s = socket.create_connection((host, port), timeout=5)
        s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * (64 * 1024) + b"\r\n\r\n")
        try:
            data = s.recv(4096)
        except OSError:
            data = b""
        s.close()
        check("an oversized header field is refused", b"200 OK" not in data, data[:100])
        s = socket.create_connection((host, port), timeout=5)
        s.sendall(b"POST /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 50000000\r\n\r\n" +
                  b"a" * 65536)
        try:
            data = s.recv(4096)
        except OSError:
            data = b""
        s.close()
        check("an oversized body is refused", b"200 OK" not in data and b"405" not in data,
              data[:100])
        status, _, _ = get(base, "/healthz")
        check("the server still answers after them", status == 200)

        get(base, "/healthz?code=ABCD1234&phone=13800138000")
        with open(log_path, encoding="utf-8") as f:
            lines = f.read().splitlines()
        parsed = [json.loads(l) for l in lines]
        check("the access log is one JSON object a line", len(parsed) >= 10 and all(
            {"t", "ip", "method", "path", "status", "bytes", "ms"} <= set(p) for p in parsed),
              lines[:2])
        check("the access log never holds the query string",
              not any("13800138000" in l or "ABCD1234" in l for l in lines))

        # SIGTERM while a large response is being read slowly: it is finished.
        s = socket.create_connection((host, port), timeout=10)
        s.sendall(b"GET /static/big.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        received = len(s.recv(65536))
        proc.send_signal(signal.SIGTERM)
        still_running = None
        started = time.time()
        while True:
            chunk = s.recv(256 * 1024)
            if not chunk:
                break
            received += len(chunk)
            time.sleep(0.05)  # about 5 MB/s: the server is still writing long after the signal
            if still_running is None and time.time() - started > 0.5:
                still_running = proc.poll() is None
        s.close()
        check("on SIGTERM the response in flight is finished", still_running
              and received > 12 << 20, f"{received} bytes, running after 0.5 s: {still_running}")
        code = stop_server(proc)
        check("and then the server exits 0", code == 0, str(code))
        try:
            get(base, "/healthz")
            refused = False
        except OSError:
            refused = True
        check("a stopped server accepts nothing", refused)
    finally:
        if proc.poll() is None:
            stop_server(proc)
    return finish()


if __name__ == "__main__":
    sys.exit(main())
