#!/usr/bin/env python3
"""The portal in headless Chromium with JavaScript off, as a visitor uses it
(issue 9, deliver 6; the catalogue part of the journey so far):

  the home page → the first of 最新信息 → its item page with the 目录 table
  → a search from the header box → the first result → the 政府信息公开 menu → the catalogue → 下一页 → a mistyped URL → the 404
  page → its link back home. Every page: lang="zh-CN", a <title>, a label
  for every form field, alt text on every image. Screenshots of each page
  go to --shots (out/screenshots/ of the source tree by default).

Usage: portal_browser_test.py --gongkai BIN --work DIR [--shots DIR]
"""

import argparse
import os
import shutil
import sys

from testlib import start_chromium, check, finish, fresh_workdir, run, start_server, stop_server

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def a11y(driver, name):
    from selenium.webdriver.common.by import By
    lang = driver.find_element(By.TAG_NAME, "html").get_attribute("lang")
    fields = driver.find_elements(By.CSS_SELECTOR, "input:not([type=hidden]), select, textarea")
    unlabelled = [f.get_attribute("name") for f in fields
                  if not f.get_attribute("id")
                  or not driver.find_elements(By.CSS_SELECTOR, f'label[for="{f.get_attribute("id")}"]')]
    no_alt = [i.get_attribute("src") for i in driver.find_elements(By.TAG_NAME, "img")
              if i.get_attribute("alt") is None]
    check(f"{name}: zh-CN, a title, labels, alt text", lang == "zh-CN" and driver.title
          and not unlabelled and not no_alt, f"{lang} {driver.title} {unlabelled} {no_alt}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gongkai", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--shots", default=os.path.join(ROOT, "out", "screenshots"))
    a = ap.parse_args()
    path = fresh_workdir(a.work)
    os.makedirs(a.shots, exist_ok=True)
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.options import Options
        from selenium.webdriver.chrome.service import Service
        from selenium.webdriver.common.by import By
    except ImportError as e:
        check("python3-selenium is installed", False, str(e))
        return finish()
    if not shutil.which("chromedriver") or not os.path.exists("/usr/bin/chromium"):
        check("chromium and chromium-driver are installed", False)
        return finish()

    db = "sqlite:" + path("demo.db")
    check("db init", run([a.gongkai, "db", "init", "--db", db]).returncode == 0)
    r = run([a.gongkai, "demo", "seed", "--db", db, "--applications", "50", "--publications", "60",
             "--messages", "20"], timeout=300)
    check("demo seed", r.returncode == 0, r.stderr)
    proc, base = start_server(a.gongkai, ["--db", db, "--access-log", path("access.log")])
    if not base:
        return finish()
    driver = start_chromium(1280, 1000)
    try:
        driver.get(base + "/")
        driver.save_screenshot(os.path.join(a.shots, "portal-home.png"))
        a11y(driver, "home")
        first = driver.find_element(By.CSS_SELECTOR, "#col-latest ~ ul a")
        title = first.text
        first.click()
        driver.save_screenshot(os.path.join(a.shots, "portal-item.png"))
        a11y(driver, "item")
        headers = [th.text for th in driver.find_elements(By.CSS_SELECTOR, "table.meta th")]
        check("the item page shows its 目录 table", "索引号" in headers and "发布机构" in headers
              and "成文日期" in headers, str(headers))
        check("…and its title", driver.find_element(By.TAG_NAME, "h1").text == title, title)
        check("…at a stable URL", "/xxgk/" in driver.current_url and driver.current_url.endswith(".html"))

        # The visitor searches from the header box and opens the first result.
        box = driver.find_element(By.ID, "site-search-q")
        box.send_keys("公开")
        box.submit()
        driver.save_screenshot(os.path.join(a.shots, "portal-search.png"))
        a11y(driver, "search")
        marked = driver.find_elements(By.CSS_SELECTOR, ".search-results em")
        check("search results with the word marked", marked and marked[0].text == "公开",
              driver.page_source[:500])
        results = driver.find_elements(By.CSS_SELECTOR, ".search-results h2 a")
        if results:
            results[0].click()
            check("a result opens its item page", driver.find_elements(By.CSS_SELECTOR, "table.meta"))

        driver.find_element(By.LINK_TEXT, "政府信息公开").click()
        driver.save_screenshot(os.path.join(a.shots, "portal-catalogue.png"))
        a11y(driver, "catalogue")
        check("the catalogue", "政府信息公开目录" in driver.find_element(By.TAG_NAME, "h1").text)
        first_page = [e.text for e in driver.find_elements(By.CSS_SELECTOR, "ul.item-list a")]
        driver.find_element(By.LINK_TEXT, "下一页").click()
        second_page = [e.text for e in driver.find_elements(By.CSS_SELECTOR, "ul.item-list a")]
        check("下一页 shows other items", len(first_page) == 20 and second_page
              and not set(first_page) & set(second_page), f"{len(first_page)} {len(second_page)}")

        driver.get(base + "/xxgk/000000/99999999.html")
        driver.save_screenshot(os.path.join(a.shots, "portal-404.png"))
        a11y(driver, "404")
        check("a mistyped URL gets the 404 page with a search link",
              "页面不存在" in driver.page_source and driver.find_elements(By.LINK_TEXT, "站内检索"))
        driver.find_element(By.LINK_TEXT, "首页").click()
        check("…and its link back home", driver.current_url.rstrip("/") == base)

        driver.set_window_size(400, 900)
        driver.get(base + "/")
        driver.save_screenshot(os.path.join(a.shots, "portal-home-mobile.png"))
        check("screenshots saved", all(os.path.getsize(os.path.join(a.shots, f)) > 1000 for f in
                                       ["portal-home.png", "portal-item.png", "portal-search.png",
                                        "portal-catalogue.png",
                                        "portal-404.png", "portal-home-mobile.png"]))
    finally:
        driver.quit()
        code = stop_server(proc)
        check("server stopped cleanly", code == 0, str(code))
    return finish()


if __name__ == "__main__":
    sys.exit(main())
