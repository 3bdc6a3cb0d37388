"""Shared by the end-to-end test scripts: one line per check, and the closing
'N passed, N failed' line that CI reads."""

import os
import shutil
import subprocess
import tempfile

passed = 0
failed = 0


def check(name, condition, detail=""):
    global passed, failed
    if condition:
        passed += 1
        print(f"ok   {name}")
    else:
        failed += 1
        print(f"FAIL {name} {detail}")


def finish():
    """Prints the summary; returns the process exit code."""
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


def run(args, timeout=300, **kw):
    """Runs a command, capturing its output as text."""
    return subprocess.run(args, capture_output=True, text=True, timeout=timeout, **kw)


def fresh_workdir(path):
    """Empties (or creates) the test's work directory; returns a function
    that names a file in it."""
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)
    return lambda name: os.path.join(path, name)


def start_pg_server(server, prefix):
    """Starts a private PostgreSQL server with tools/pg-test-server in a new
    short /tmp directory (unix socket path limit); returns (dir, url), or
    None after a failed check."""
    d = tempfile.mkdtemp(prefix=prefix, dir="/tmp")
    r = subprocess.run([server, "start", d], capture_output=True, text=True, timeout=120)
    check("postgres: private server started", r.returncode == 0, r.stderr)
    if r.returncode != 0:
        subprocess.run([server, "stop", d], capture_output=True, timeout=120)
        shutil.rmtree(d, ignore_errors=True)
        return None
    return d, r.stdout.strip().splitlines()[-1]


def start_server(binary, args, env=None, timeout=30):
    """Starts `gongkai serve ARGS --listen 127.0.0.1:0` and waits for its
    "已启动" line; returns (process, base URL) or (process, None) after a
    failed check. The caller stops it with stop_server."""
    import select
    import time
    # Tests change the data under a running server and read it back at
    # once: no page cache unless the test asks for one.
    if "--page-cache-seconds" not in args:
        args = [*args, "--page-cache-seconds", "0"]
    proc = subprocess.Popen([binary, "serve", *args, "--listen", "127.0.0.1:0"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    deadline = time.time() + timeout
    seen = ""
    while time.time() < deadline:
        ready, _, _ = select.select([proc.stderr], [], [], 0.2)
        if ready:
            line = proc.stderr.readline()
            seen += line
            if "已启动：http://" in line:
                url = line.split("已启动：", 1)[1].split("/（", 1)[0]
                return proc, url
            if line == "":
                break
        if proc.poll() is not None:
            break
    check("server started", False, seen)
    return proc, None


def stop_server(proc, timeout=30):
    """SIGTERM, then the exit code (None when it had to be killed)."""
    import signal
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
    try:
        return proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        return None


def http_get(base, path, headers=None, method="GET", body=None, timeout=10):
    """One request on a fresh connection: (status, headers with lower-case
    names, body bytes)."""
    import http.client
    host, port = base.split("//", 1)[1].split(":")
    c = http.client.HTTPConnection(host, int(port), timeout=timeout)
    c.request(method, path, body=body, headers=headers or {})
    r = c.getresponse()
    data = r.read()
    c.close()
    return r.status, {k.lower(): v for k, v in r.getheaders()}, data


def write_data_dir(data_dir, settings=None):
    """A data directory for a portal test: the shipped sensitive-word list,
    the shipped calendar plus this year and the next when it lacks them,
    and settings.json. The portal works on today's date, and a deadline
    counted from December runs into a year whose official schedule may not
    be shipped yet; those added years are a test fixture (weekends and
    1 January only), not a schedule."""
    import json
    import time
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    os.makedirs(data_dir, exist_ok=True)
    with open(os.path.join(root, "data", "sensitive-words.txt"), "rb") as src, \
            open(os.path.join(data_dir, "sensitive-words.txt"), "wb") as dst:
        dst.write(src.read())
    with open(os.path.join(root, "data", "cn-workdays.json"), encoding="utf-8") as f:
        cal = json.load(f)
    this_year = time.gmtime().tm_year
    for year in (this_year, this_year + 1):
        cal["years"].setdefault(str(year), {
            "notice": "test fixture: weekends and 1 January only",
            "holidays": ["%d-01-01" % year], "workdays": []})
    with open(os.path.join(data_dir, "cn-workdays.json"), "w", encoding="utf-8") as f:
        json.dump(cal, f, ensure_ascii=False)
    with open(os.path.join(data_dir, "settings.json"), "w", encoding="utf-8") as f:
        json.dump(settings or {}, f, ensure_ascii=False)


def start_chromium(width=1280, height=1000):
    """Headless Chromium through chromedriver, zh-CN, with JavaScript OFF
    (every page must work without it); the caller quits it."""
    import shutil
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service
    options = Options()
    for arg in ["--headless=new", "--no-sandbox", "--disable-gpu", f"--window-size={width},{height}",
                "--lang=zh-CN"]:
        options.add_argument(arg)
    options.binary_location = "/usr/bin/chromium"
    options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    return webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
