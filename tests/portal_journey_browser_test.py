#!/usr/bin/env python3
"""A visitor's whole journey through the portal in headless Chromium with
JavaScript off (issue 9), on the demo city, while the office works the
application from the CLI:

  1. 首页 → the header's 站内检索 box → the results with the words marked →
     the first result's item page → its 附件, downloaded (by requests, with
     the browser's URL: a browser without JavaScript just saves it).
  2. 依申请公开 → 在线提交申请 → the form sent with a wrong 身份证 check
     character, no subject and no proof: each problem next to its field,
     the other values kept, nothing written → corrected, a PNG proof chosen
     in the file field → the receipt with its 查询码.
  3. The office confirms receipt (`gongkai case event … receipt_confirmed`).
  4. 查询办理进度 by code and phone: the 答复期限 (20 working days of the
     calendar in the data directory, worked out here independently) and
     its explanation.
  5. The office asks for a 补正: the progress page shows it; the 补正 comes
     back and the office replies (予以公开): the page shows the reply.
  6. `gongkai report build` for the department and for the city: 表三 R01
     (本年新收) and R03 (予以公开) one more than before the application.
  7. 领导信箱 → 我要写信 → a letter → its 查询码 → 留言查询 shows its state.
  8. 首页 → 全部年度报告 → the city's report: its three tables, 表三 R01
     as `report build` counts it.

Every page: lang="zh-CN", a <title>, a label for every form field, alt text
on every image, and a full-page screenshot (journey-NN-….png in --shots,
out/screenshots/ of the source tree by default); the application form also
at a phone's width (390 px), where nothing may be wider than the screen.

Usage: portal_journey_browser_test.py --gongkai BIN --work DIR [--shots DIR]
"""

import argparse
import base64
import datetime
import io
import json
import os
import re
import shutil
import sqlite3
import struct
import sys
import time
import traceback
import urllib.parse
import zlib

from testlib import start_chromium, check, finish, fresh_workdir, run, start_server, stop_server, write_data_dir

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MIN_FILL = 1  # settings.json forms.min_fill_seconds for this test
CITY = 1      # demo seed: 青山市人民政府
DEPT_NAME = "青山市财政局"
PHONE = "13800138000"
GOOD_ID = "11010519491231002X"
BAD_ID = "110105194912310021"   # the same number with a wrong check character
SUBJECT = "青山市财政局2026年部门预算中“三公”经费预算表"
PURPOSE = "了解本市财政预算安排"
WAIT = 15     # seconds a page may take to load


def tiny_png():
    """A valid 2×2 PNG (signature, IHDR, IDAT, IEND with their CRCs)."""
    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    raw = b"".join(b"\x00" + b"\xff\x00\x00" * 2 for _ in range(2))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def workdays_after(calendar_file, day, n):
    """The n-th 工作日 after `day` by the calendar's own semantics: a date
    listed in workdays, or Monday to Friday and not listed in holidays."""
    with open(calendar_file, encoding="utf-8") as f:
        years = json.load(f)["years"]
    holidays = {d for y in years.values() for d in y.get("holidays", [])}
    workdays = {d for y in years.values() for d in y.get("workdays", [])}
    d = datetime.date.fromisoformat(day)
    while n:
        d += datetime.timedelta(days=1)
        s = d.isoformat()
        if s in workdays or (d.weekday() < 5 and s not in holidays):
            n -= 1
    return d.isoformat()


class Browser:
    """The driver and the helpers every step uses: waiting for a page,
    the a11y checks and the numbered full-page screenshots."""

    def __init__(self, driver, shots):
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support import expected_conditions as EC
        from selenium.webdriver.support.ui import WebDriverWait
        self.d, self.shots, self.n, self.saved = driver, shots, 0, []
        self.By, self.EC, self.Wait = By, EC, WebDriverWait

    def css(self, sel):
        return self.d.find_elements(self.By.CSS_SELECTOR, sel)

    def one(self, sel):
        found = self.css(sel)
        return found[0] if found else None

    def text(self, sel):
        e = self.one(sel)
        return e.text if e else ""

    def value(self, sel):
        e = self.one(sel)
        return e.get_attribute("value") if e else None

    def wait_for(self, sel):
        """Waits for an element of the next page; None after a failed wait
        (the caller's check reports it)."""
        from selenium.common.exceptions import TimeoutException
        try:
            return self.Wait(self.d, WAIT).until(
                self.EC.presence_of_element_located((self.By.CSS_SELECTOR, sel)))
        except TimeoutException:
            return None

    def follow(self, element, sel):
        """Clicks a link or a submit button and waits for the new page and
        its element `sel`."""
        from selenium.common.exceptions import TimeoutException, WebDriverException
        old = self.d.find_element(self.By.TAG_NAME, "html")
        element.click()

        def left(_):
            try:
                old.is_enabled()
                return False
            except WebDriverException:  # stale, or "does not belong to the document"
                return True
        try:
            self.Wait(self.d, WAIT).until(left)
        except TimeoutException:
            return None
        return self.wait_for(sel)

    def page(self, name):
        """The a11y basics of the page in the window and its screenshot."""
        By = self.By
        lang = self.d.find_element(By.TAG_NAME, "html").get_attribute("lang")
        fields = self.css("input:not([type=hidden]), select, textarea")
        unlabelled = [f.get_attribute("name") for f in fields
                      if not f.get_attribute("id")
                      or not self.css(f'label[for="{f.get_attribute("id")}"]')]
        no_alt = [i.get_attribute("src") for i in self.d.find_elements(By.TAG_NAME, "img")
                  if i.get_attribute("alt") is None]
        check(f"{name}: zh-CN, a title, labels, alt text", lang == "zh-CN" and self.d.title
              and not unlabelled and not no_alt, f"{lang} {self.d.title!r} {unlabelled} {no_alt}")
        self.shot(name)

    def shot(self, name, full=True):
        """The whole page, not only the window (DevTools, so no page
        script); with full=False the window only."""
        self.n += 1
        file = os.path.join(self.shots, "journey-%02d-%s.png" % (self.n, name))
        if not full:
            self.d.save_screenshot(file)
            self.saved.append(file)
            return
        try:
            m = self.d.execute_cdp_cmd("Page.getLayoutMetrics", {})
            size = m.get("cssContentSize") or m["contentSize"]
            width = max(size["width"], m["cssLayoutViewport"]["clientWidth"])
            height = min(size["height"], 8000)
            png = self.d.execute_cdp_cmd("Page.captureScreenshot", {
                "format": "png", "captureBeyondViewport": True,
                "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}})
            with open(file, "wb") as f:
                f.write(base64.b64decode(png["data"]))
        except Exception:  # an older driver: the window only
            self.d.save_screenshot(file)
        self.saved.append(file)

    def overflow(self):
        """(content width, viewport width) of the page in the window."""
        m = self.d.execute_cdp_cmd("Page.getLayoutMetrics", {})
        size = m.get("cssContentSize") or m["contentSize"]
        return size["width"], m["cssLayoutViewport"]["clientWidth"]


def beijing_today():
    """The portal's today: the date in Beijing."""
    return datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=8))).date()


def fill(field, text):
    field.clear()
    if text:
        field.send_keys(text)


def after_min_fill(shown_at):
    """The guard refuses a form sent sooner than forms.min_fill_seconds
    after it was shown; a person is slower than selenium."""
    left = shown_at + MIN_FILL + 0.3 - time.time()
    if left > 0:
        time.sleep(left)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gongkai", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--shots", default=os.path.join(ROOT, "out", "screenshots"))
    a = ap.parse_args()
    path = fresh_workdir(a.work)
    os.makedirs(a.shots, exist_ok=True)
    for old in os.listdir(a.shots):
        if old.startswith("journey-") and old.endswith(".png"):
            os.remove(os.path.join(a.shots, old))
    try:
        import requests
        from selenium import webdriver
        from selenium.webdriver.chrome.options import Options
        from selenium.webdriver.chrome.service import Service
    except ImportError as e:
        check("python3-selenium and python3-requests are installed", False, str(e))
        return finish()
    if not shutil.which("chromedriver") or not os.path.exists("/usr/bin/chromium"):
        check("chromium and chromium-driver are installed", False,
              "(apt-get install chromium chromium-driver)")
        return finish()

    db_file = path("journey.db")
    db = "sqlite:" + db_file
    files_dir = path("files")
    data_dir = path("data")
    write_data_dir(data_dir, {"forms": {"min_fill_seconds": MIN_FILL}})
    env = dict(os.environ, GONGKAI_DATA_DIR=data_dir, GONGKAI_FILES=files_dir,
               GONGKAI_ACTOR="经办人李四")
    env.pop("GONGKAI_DB", None)

    def gk(*args, timeout=120):
        return run([a.gongkai, *args, "--db", db], timeout=timeout, env=env)

    r = gk("db", "init")
    check("db init", r.returncode == 0, r.stderr)
    r = gk("demo", "seed", "--files", files_dir, "--applications", "50", "--publications", "60",
           "--messages", "20", "--reports", timeout=300)
    check("demo seed", r.returncode == 0, r.stderr)
    if r.returncode != 0:
        return finish()
    with sqlite3.connect(db_file) as c:
        row = c.execute("SELECT id FROM agencies WHERE name = ?", (DEPT_NAME,)).fetchone()
    check("the demo city has " + DEPT_NAME, row is not None)
    dept = row[0] if row else 2

    proc, base = start_server(a.gongkai, ["--db", db, "--files", files_dir,
                                          "--access-log", path("access.log")], env=env)
    if not base:
        return finish()
    driver = None
    try:
        driver = start_chromium(1280, 1600)
        b = Browser(driver, a.shots)
        for step in (lambda: search_and_download(b, base, requests),
                     lambda: apply_and_follow(b, gk, base, db_file, dept, path, data_dir),
                     lambda: write_letter(b, base, data_dir),
                     lambda: read_report(b, gk, base)):
            try:
                step()
            except Exception:  # a missing element or a browser error: a failure, then go on
                check("the step ran to its end", False, traceback.format_exc(limit=3))
        check("screenshots saved", b.saved and all(os.path.getsize(f) > 5000 for f in b.saved),
              str([(os.path.basename(f), os.path.getsize(f)) for f in b.saved]))
    finally:
        if driver:
            driver.quit()
        code = stop_server(proc)
        check("server stopped cleanly", code == 0, str(code))
    return finish()


def apply_and_follow(b, gk, base, db_file, dept, path, data_dir):
    code, app_id, day = apply_online(b, gk, base, db_file, dept, path)
    if code:
        follow_application(b, gk, base, app_id, code, day, data_dir)


def find_item_with_attachment(base, requests):
    """The catalogue's first item with 附件 whose title, searched, comes
    first: (url, title). The visitor will type that title."""
    for page in range(1, 6):
        html = requests.get(base + "/xxgk/", params={"page": page}, timeout=10).text
        items = re.findall(r'href="(/xxgk/\d{6}/\d+\.html)"', html)
        for url in dict.fromkeys(items):
            item = requests.get(base + url, timeout=10).text
            if 'id="files"' not in item:
                continue
            m = re.search(r"<h1>([^<]+)</h1>", item)
            if not m:
                continue
            title = m.group(1).replace("&quot;", '"').replace("&amp;", "&")
            hits = re.findall(r'<h2><a href="([^"]+)"',
                              requests.get(base + "/search", params={"q": title}, timeout=10).text)
            if hits and hits[0] == url:
                return url, title
        if "下一页" not in html:
            break
    return None, None


def search_and_download(b, base, requests):
    url, word = find_item_with_attachment(base, requests)
    check("the demo catalogue has an item with 附件 that its title finds", url is not None)
    if not url:
        return
    b.d.get(base + "/")
    b.wait_for("#site-search-q")
    b.page("home")
    check("home: 最新信息", b.css("#col-latest ~ ul.item-list a"))

    box = b.one("#site-search-q")
    check("the header's search box is labelled 站内检索",
          box is not None and b.one('label[for="site-search-q"]').get_attribute("textContent") == "站内检索"
          and box.get_attribute("name") == "q")
    if not box:
        return
    box.send_keys(word)
    b.follow(b.one("form.site-search button[type=submit]"), "main h1")
    b.page("search")
    check("search: the results page", "/search?" in b.d.current_url
          and b.text("main h1") == "站内检索", b.d.current_url)
    check("…keeps the words in its own box", b.value("#search-q") == word)
    marked = [e.text for e in b.css(".search-results em")]
    check("…with the hits marked, each a part of the words",
          marked and all(m and m in word for m in marked), str(marked))
    check("…and counted", re.match(r"共找到 \d+ 条", b.text(".search-count")) is not None,
          b.text(".search-count"))
    results = b.css(".search-results h2 a")
    check("…the item first", results and results[0].get_attribute("href") == base + url,
          str([r.get_attribute("href") for r in results[:3]]))
    if not results:
        return
    b.follow(results[0], "table.meta")
    b.page("item")
    check("item: its 目录 table and title", b.css("table.meta") and b.text("article h1") == word,
          b.text("article h1"))
    links = b.css('section[aria-labelledby="files"] ol a')
    check("item: 附件 listed", links and b.text("#files") == "附件")
    if not links:
        return
    link = links[0]
    href, name = link.get_attribute("href"), link.text
    check("…a link on this site that says it is a download",
          href.startswith(base + url[:-len(".html")] + "/files/")
          and link.get_attribute("download") is not None, href)
    shown_kb = re.search(r"（(\d+) KB）", link.find_element(b.By.XPATH, "..").text)
    r = requests.get(href, timeout=10)
    disposition = r.headers.get("Content-Disposition", "")
    check("附件: 200", r.status_code == 200, r.status_code)
    m = re.search(r"filename\*=UTF-8''([^;\s]+)", disposition)
    check("附件: Content-Disposition attachment; filename*=UTF-8'' with the name shown",
          disposition.startswith("attachment") and m
          and urllib.parse.unquote(m.group(1)) == name, f"{disposition!r} {name!r}")
    check("附件: the bytes, as big as the page says",
          r.content and shown_kb and abs(len(r.content) / 1024 - int(shown_kb.group(1))) < 1,
          f"{len(r.content)} bytes, {shown_kb and shown_kb.group(0)}")
    if name.endswith(".xlsx"):
        try:
            import openpyxl
            wb = openpyxl.load_workbook(io.BytesIO(r.content), read_only=True)
            check("附件: a workbook that opens", len(wb.sheetnames) >= 1)
        except ImportError:
            pass
        except Exception as e:  # a broken file is a failure, not a skip
            check("附件: a workbook that opens", False, repr(e))


def case_count(db_file):
    with sqlite3.connect(db_file) as c:
        return c.execute("SELECT COUNT(*) FROM applications").fetchone()[0]


def report_rows(gk, agency, year, children=False):
    """表三 of `report build` as {row id: values}; {} after a failed check."""
    args = ["report", "build", "--agency", str(agency), "--year", str(year)]
    if children:
        args.append("--children")
    r = gk(*args)
    check(f"report build --agency {agency}{' --children' if children else ''} --year {year}",
          r.returncode == 0, r.stderr[-500:])
    try:
        return {row["id"]: row["values"] for row in json.loads(r.stdout)["table3"]["rows"]}
    except (ValueError, KeyError) as e:
        check("report build: JSON with table3", False, repr(e))
        return {}


def apply_online(b, gk, base, db_file, dept, path):
    """Steps 2 and 3 (the form, the receipt); returns (code, id, day)."""
    from selenium.webdriver.support.ui import Select
    this_year = beijing_today().year
    baseline = {"dept": report_rows(gk, dept, this_year),
                "city": report_rows(gk, CITY, this_year, children=True)}

    nav = b.one('header nav a[href="/ysqgk/"]')
    check("header: 依申请公开", nav is not None and nav.text == "依申请公开")
    if not nav:
        return None, None, None
    b.follow(nav, "main h1")
    b.page("ysqgk")
    check("依申请公开: the guide in the words of 条例", b.text("main h1") == "依申请公开"
          and "第二十九条" in b.text("main") and "第三十三条" in b.text("main"))
    entry = [e for e in b.css("a.entry") if e.text == "在线提交申请"]
    check("…links to the online form", entry)
    if not entry:
        return None, None, None
    b.follow(entry[0], "form.apply-form")
    shown_at = time.time()
    b.page("apply")
    check("apply: the form", b.text("main h1") == "政府信息公开申请"
          and b.one("#f-proof") is not None
          and b.one("form.apply-form").get_attribute("enctype") == "multipart/form-data")

    b.d.set_window_size(390, 844)
    b.wait_for("form.apply-form")
    content_w, view_w = b.overflow()
    b.shot("apply-phone", full=False)
    check("apply at a phone's width: nothing wider than the screen",
          view_w <= 400 and content_w <= view_w, f"content {content_w}px, viewport {view_w}px")
    b.d.set_window_size(1280, 1600)

    agencies = Select(b.one("#f-agency"))
    check("apply: 受理机关 lists " + DEPT_NAME, DEPT_NAME in [o.text for o in agencies.options])
    agencies.select_by_visible_text(DEPT_NAME)
    b.one("#f-applicant_type-person").click()
    fill(b.one("#f-person_name"), "张三")
    Select(b.one("#f-id_type")).select_by_value("resident_id")
    fill(b.one("#f-id_number"), BAD_ID)
    fill(b.one("#f-phone"), PHONE)
    fill(b.one("#f-subject"), "")
    fill(b.one("#f-purpose"), PURPOSE)
    b.one("#f-delivery_method-online").click()
    b.one("#f-delivery_form-electronic").click()
    b.one("#f-pledge").click()
    before = case_count(db_file)
    after_min_fill(shown_at)
    b.follow(b.one("form.apply-form button[type=submit]"), "main h1")
    shown_at = time.time()
    b.page("apply-errors")

    def error_at(field):
        """The message of the field's error, when it is inside the field's
        own block; None otherwise."""
        e = b.one("#e-" + field)
        if not e:
            return None
        block = e.find_element(b.By.XPATH, "..")
        inside = block.find_elements(b.By.CSS_SELECTOR, "#f-" + field)
        return e.text if inside and "has-error" in block.get_attribute("class") else None

    check("refused: the form again with the summary", b.text("main h1") == "政府信息公开申请"
          and b.one(".error-summary") is not None, b.text("main h1"))
    check("…the check character's problem next to 证件号码", "校验位" in (error_at("id_number") or ""),
          b.text("#e-id_number"))
    check("…the missing subject's next to its box", bool(error_at("subject")), b.text("#e-subject"))
    check("…the missing proof's next to the file field", bool(error_at("proof")), b.text("#e-proof"))
    check("…no problem where there is none",
          not b.css("#e-person_name, #e-phone, #e-agency, #e-pledge, #e-applicant_type"),
          str([e.get_attribute("id") for e in b.css(".field-error")]))
    check("…the summary links each field",
          b.one('.error-summary a[href="#f-id_number"]') and b.one('.error-summary a[href="#f-subject"]'))
    check("…fields marked aria-invalid",
          b.one("#f-id_number").get_attribute("aria-invalid") == "true"
          and b.one("#f-subject").get_attribute("aria-invalid") == "true")
    check("…the values typed kept",
          Select(b.one("#f-agency")).first_selected_option.text == DEPT_NAME
          and b.one("#f-applicant_type-person").is_selected()
          and b.value("#f-person_name") == "张三"
          and Select(b.one("#f-id_type")).first_selected_option.get_attribute("value") == "resident_id"
          and b.value("#f-id_number") == BAD_ID and b.value("#f-phone") == PHONE
          and b.value("#f-purpose") == PURPOSE
          and b.one("#f-delivery_method-online").is_selected()
          and b.one("#f-delivery_form-electronic").is_selected()
          and b.one("#f-pledge").is_selected())
    check("…the file to be chosen again, as the hint says", "请重新选择文件" in b.text("#h-proof"))
    check("…nothing written", case_count(db_file) == before)

    png = path("身份证.png")
    with open(png, "wb") as f:
        f.write(tiny_png())
    fill(b.one("#f-id_number"), GOOD_ID)
    fill(b.one("#f-subject"), SUBJECT)
    b.one("#f-proof").send_keys(png)
    after_min_fill(shown_at)
    b.follow(b.one("form.apply-form button[type=submit]"), "main h1")
    b.page("apply-receipt")
    check("accepted: 申请已提交", b.text("main h1") == "申请已提交", b.text("main"))
    code = b.text(".query-code strong")
    check("…the receipt shows a 查询码", re.fullmatch(r"[0-9A-Z]{8,}", code) is not None, repr(code))
    m = re.search(r"已于 (\d{4}-\d{2}-\d{2}) 提交", b.text(".receipt"))
    check("…to whom and on which day", m is not None and DEPT_NAME in b.text(".receipt"),
          b.text(".receipt"))
    day = m.group(1) if m else beijing_today().isoformat()
    check("…one application written", case_count(db_file) == before + 1)
    if not code:
        return None, None, None

    # Step 3: the office finds it and confirms receipt.
    with sqlite3.connect(db_file) as c:
        row = c.execute("SELECT id, agency_id, channel, state, received_on FROM applications "
                        "WHERE query_code = ?", (code,)).fetchone()
        req = row and c.execute("SELECT proof_type FROM application_requests "
                                "WHERE application_id = ?", (row[0],)).fetchone()
    check("stored: online, to the department, awaiting receipt",
          row is not None and row[1:] == (dept, "online", "submitted", None), str(row))
    check("stored: the proof chosen in the browser, a PNG", req is not None and req[0] == "png", str(req))
    if not row:
        return None, None, None
    app_id = row[0]
    r = gk("case", "list", "--agency", str(dept), "--json")
    try:
        listed = {c["id"]: c for c in json.loads(r.stdout)["applications"]}
    except (ValueError, KeyError, TypeError):
        listed = {}
    check("case list --json lists it, 待确认收到, online",
          app_id in listed and listed[app_id]["state"] == "submitted"
          and listed[app_id]["channel"] == "online", r.stdout[:300] + r.stderr)
    r = gk("case", "event", str(app_id), "receipt_confirmed", "--on", day)
    check("office confirms receipt (CLI)", r.returncode == 0, r.stderr)
    b.baseline = baseline
    b.dept, b.year = dept, int(day[:4])
    return code, app_id, day


def track(b, code, name):
    """The progress page from the receipt's or the page's own link, the code
    and the phone typed in; True when the result is shown."""
    link = [e for e in b.css("main a") if e.get_attribute("href") and
            e.get_attribute("href").endswith("/ysqgk/query")]
    if link:
        b.follow(link[0], "form.track-form")
    else:
        b.d.get(b.d.current_url.split("/ysqgk/")[0] + "/ysqgk/query")
        b.wait_for("form.track-form")
    fill(b.one("#f-code"), code)
    fill(b.one("#f-phone"), "138 0013 8000")
    b.follow(b.one("form.track-form button[type=submit]"), "main h1")
    found = b.wait_for(".track-result") is not None
    b.page(name)
    return found


def row_of(b, header):
    for tr in b.css(".track-result table.meta-table tr"):
        th = tr.find_elements(b.By.TAG_NAME, "th")
        if th and th[0].text == header:
            return tr.find_element(b.By.TAG_NAME, "td").text
    return None


def follow_application(b, gk, base, app_id, code, day, data_dir):
    """Steps 4 to 6."""
    found = track(b, code, "track-received")
    check("progress: found by code and phone", found, b.text("main")[:300])
    due = workdays_after(os.path.join(data_dir, "cn-workdays.json"), day, 20)
    check("progress: 收到申请之日 is the day the office confirmed", row_of(b, "收到申请之日") == day,
          str(row_of(b, "收到申请之日")))
    check("progress: 办理中", row_of(b, "当前状态") == "办理中", str(row_of(b, "当前状态")))
    check(f"progress: 答复期限 {due} (20 working days after {day})",
          (row_of(b, "答复期限") or "").startswith(due), str(row_of(b, "答复期限")))
    explanation = b.text(".track-result .explanation")
    check("progress: how the 答复期限 was worked out", "20个工作日" in explanation
          and day in explanation and due in explanation, explanation)
    check("progress: the receipt step in words", any(day in s.text for s in b.css(".timeline li")),
          str([s.text for s in b.css(".timeline li")]))
    check("progress: nothing of the applicant, no clerk",
          not any(s in b.text("main") for s in ("张三", GOOD_ID, "经办人李四")))

    r = gk("case", "event", str(app_id), "correction_requested", "--on", day, "--days", "10")
    check("office asks for a 补正 (CLI)", r.returncode == 0, r.stderr)
    found = track(b, code, "track-correction")
    check("progress: 待补正", found and row_of(b, "当前状态") == "待补正", str(row_of(b, "当前状态")))
    steps = [s.text for s in b.css(".timeline li")]
    check("progress: the 补正 step", any("补正" in s for s in steps), str(steps))
    check("progress: the 补正期限", bool(row_of(b, "补正期限")), str(row_of(b, "补正期限")))

    r = gk("case", "event", str(app_id), "correction_received", "--on", day)
    check("the 补正 received (CLI)", r.returncode == 0, r.stderr)
    r = gk("case", "event", str(app_id), "replied", "--on", day, "--reply", "disclosed")
    check("office replies 予以公开 (CLI)", r.returncode == 0, r.stderr)
    found = track(b, code, "track-replied")
    check("progress: 已答复 with the day it closed and the reply",
          found and row_of(b, "当前状态") == "已答复" and row_of(b, "办结日期") == day
          and "公开" in (row_of(b, "答复结果") or ""),
          f"{row_of(b, '当前状态')} {row_of(b, '办结日期')} {row_of(b, '答复结果')}")
    check("progress: the remedy once closed", "行政复议" in b.text(".track-result .remedy"))
    check("progress: no 答复期限 once closed", row_of(b, "答复期限") is None)
    check("progress: no 补正期限 once the 补正 is over", row_of(b, "补正期限") is None)

    # Step 6: the annual report of this year counts it.
    after = {"dept": report_rows(gk, b.dept, b.year),
             "city": report_rows(gk, CITY, b.year, children=True)}
    for who in ("dept", "city"):
        old, new = b.baseline[who], after[who]
        if not old or not new:
            continue
        check(f"表三 R01 总计 ({who}): one more, {old['R01'][-1]} → {new['R01'][-1]}",
              new["R01"][-1] >= 1 and new["R01"][-1] == old["R01"][-1] + 1)
        check(f"表三 R01 自然人 ({who}): one more", new["R01"][0] == old["R01"][0] + 1,
              f"{old['R01']} → {new['R01']}")
        check(f"表三 R03 予以公开 ({who}): one more", new["R03"][-1] == old["R03"][-1] + 1,
              f"{old['R03']} → {new['R03']}")


def write_letter(b, base, data_dir):
    """Step 7."""
    from selenium.webdriver.support.ui import Select
    b.d.get(base + "/")
    b.wait_for("header nav")
    nav = b.one('header nav a[href="/hdjl/"]')
    check("header: 互动交流", nav is not None and nav.text == "互动交流")
    if not nav:
        return
    b.follow(nav, "main h1")
    b.page("mailbox")
    check("领导信箱: the published letters", b.text("main h1") == "领导信箱"
          and b.css("table.letters tbody tr"))
    entry = [e for e in b.css("a.entry") if e.text == "我要写信"]
    check("…links to 我要写信", entry)
    if not entry:
        return
    b.follow(entry[0], "form.letter-form")
    shown_at = time.time()
    b.page("letter-form")
    days = re.search(r"一般在(\d+)个工作日内答复", b.text("main .lead"))
    check("letter form: says when it is answered", days is not None, b.text("main .lead"))
    Select(b.one("#f-agency")).select_by_value(str(CITY))
    Select(b.one("#f-category")).select_by_value("consultation")
    fill(b.one("#f-title"), "义务教育入学登记咨询")
    fill(b.one("#f-body"), "想咨询本市2026年义务教育入学登记的时间和所需材料。")
    fill(b.one("#f-name"), "王小明")
    fill(b.one("#f-phone"), "13912345678")
    b.one("#f-consent").click()
    after_min_fill(shown_at)
    b.follow(b.one("form.letter-form button[type=submit]"), "main h1")
    b.page("letter-receipt")
    check("letter: 留言已提交", b.text("main h1") == "留言已提交", b.text("main")[:300])
    code = b.text(".query-code strong")
    check("letter: a 查询码", re.fullmatch(r"[0-9A-Z]{8,}", code) is not None, repr(code))
    due = re.search(r"答复期限为 (\d{4}-\d{2}-\d{2})", b.text(".receipt"))
    check("letter: the day it will be answered by", due is not None, b.text(".receipt"))
    link = [e for e in b.css(".receipt a") if e.get_attribute("href").endswith("/hdjl/query")]
    check("letter: the receipt links 留言查询", link)
    if not code or not link:
        return
    b.follow(link[0], "form.track-form")
    fill(b.one("#f-code"), code)
    fill(b.one("#f-phone"), "139 1234 5678")
    b.follow(b.one("form.track-form button[type=submit]"), "main h1")
    b.wait_for(".track-result")
    b.page("letter-track")
    rows = {tr.find_element(b.By.TAG_NAME, "th").text: tr.find_element(b.By.TAG_NAME, "td").text
            for tr in b.css(".track-result tr")}
    check("letter found: its title and state",
          rows.get("标题") == "义务教育入学登记咨询" and rows.get("当前状态") == "已收到，待分办", str(rows))
    check("letter: the 答复期限 of the receipt", due is not None and rows.get("答复期限") == due.group(1),
          str(rows))
    if days and rows.get("收到日期"):
        expected = workdays_after(os.path.join(data_dir, "cn-workdays.json"), rows["收到日期"],
                                  int(days.group(1)))
        check(f"letter: 答复期限 {days.group(1)} working days after it was received",
              rows.get("答复期限") == expected, f"{rows.get('答复期限')} != {expected}")
    check("letter: not the writer's name or phone", "王小明" not in b.text("main")
          and "13912345678" not in b.text("main"))


def read_report(b, gk, base):
    """Step 8."""
    b.d.get(base + "/")
    b.wait_for("#col-reports")
    more = [e for e in b.css("main a") if e.text == "全部年度报告"]
    check("home: 全部年度报告", more)
    if not more:
        return
    b.follow(more[0], "main h1")
    b.page("reports")
    check("年度报告: the column", b.text("main h1") == "政府信息公开工作年度报告")
    city = [e for e in b.css(".report-list a")
            if re.search(r"/xxgk/ndbg/%d/\d{4}\.html$" % CITY, e.get_attribute("href"))]
    check("…the city's report listed, with its downloads", city and "青山市人民政府" in city[0].text
          and b.css('.report-list a[href$="/%d/%s.pdf"]' % (CITY, city[0].get_attribute("href")[-9:-5])))
    if not city:
        return
    title = city[0].text
    year = int(re.search(r"/(\d{4})\.html$", city[0].get_attribute("href")).group(1))
    b.follow(city[0], ".annual-report")
    b.page("report")
    check("report: its title", b.text("main h1") == title, b.text("main h1"))
    captions = [c.get_attribute("textContent") for c in b.css(".annual-report table caption")]
    check("report: 表二, 表三, 表四", len(captions) == 3
          and [c[:2] for c in captions] == ["二、", "三、", "四、"], str(captions))
    check("report: tables with header cells", all(
        t.find_elements(b.By.CSS_SELECTOR, "th[scope]") for t in b.css(".annual-report table")))
    total = None
    for tr in b.css(".annual-report table tr"):
        th = tr.find_elements(b.By.TAG_NAME, "th")
        if th and th[0].text == "一、本年新收政府信息公开申请数量":
            total = tr.find_elements(b.By.TAG_NAME, "td")[-1].text
    rows = report_rows(gk, CITY, year, children=True)
    check("report: 表三 本年新收 总计 as report build counts it",
          rows and total == str(rows["R01"][-1]), f"page {total}, build {rows.get('R01')}")


if __name__ == "__main__":
    sys.exit(main())
