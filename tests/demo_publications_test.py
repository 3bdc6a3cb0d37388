#!/usr/bin/env python3
"""`gongkai demo seed` with a small publication year, checked from outside.

Seeds 300 publications of 2025 (and the year before) with 200 applications
and 50 mailbox messages a year, then checks, reading the SQLite file and the
attachment folder directly (python3 stdlib and Debian's python3-openpyxl):

- the summary's counts per kind are those of the catalogue, and `pub list`
  agrees; every kind and every later step (废止, 失效, 撤回, 修订, 未关联解读)
  is there;
- the personal-information screen caught every planted number: an
  independent scan (GB 11643 checksum, 工信部 网号, Luhn, after NFKC) of every
  published version and its attachments finds valid IDs, mobiles or cards
  only in publications whose log has a reviewer's override, and the blocked
  submissions add up (masked + overridden); the 18-digit numbers with a bad
  check character were published without an override;
- Table 2 of `report build --agency <root> --year 2025 --children` is a count
  of the public 规章/规范性文件 (制发 by 成文日期, 废止 in the year, 现行有效
  on 31 December) and of the entered figures, and `report check --previous`
  with the 2024 report finds no X1/X2 (nor any error);
- `search` finds a 2-character word of the seeded titles;
- the same seed gives the same catalogue.

Prints 'N passed, N failed'.
"""
import argparse
import datetime
import io
import json
import os
import re
import sqlite3
import sys
import unicodedata

import openpyxl

from testlib import check, finish, fresh_workdir, run

YEAR = 2025
COUNT = 300
KINDS = ["information", "regulation", "normative", "interpretation", "meeting"]
PUBLIC = "published_version IS NOT NULL AND state <> 'withdrawn'"

# ---- an independent personal-data scan (portal-and-catalogue.md §6) --------
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
PROVINCES = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
             50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82}
# The screen's default masks: 439901********123X, 138****5678, ************1234.
MASKED = re.compile(r"\d{6}\*{8}[\dX]{4}|1\d{2}\*{4}\d{4}|\*{12,15}\d{4}")
MOBILE = re.compile(r"1(3\d|4[5-9]|5[0-35-9]|6[2567]|7[0-8]|8\d|9[0-35-9])\d{8}")


def id_shaped(s):
    """Address (province) and birth date of an 18-character ID, checksum aside."""
    if not re.fullmatch(r"\d{17}[\dXx]", s) or int(s[:2]) not in PROVINCES:
        return False
    try:
        born = datetime.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return 1900 <= born.year <= 2099


def id_checksum_ok(s):
    return s[17].upper() == "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], ID_WEIGHTS)) % 11]


def luhn(d):
    total = 0
    for i, c in enumerate(reversed(d)):
        v = int(c)
        if i % 2:
            v = v * 2 - 9 if v > 4 else v * 2
        total += v
    return total % 10 == 0


def personal_data(text):
    """The valid IDs, mobiles and cards in `text` (full-width folded)."""
    t = unicodedata.normalize("NFKC", text)
    hits = []
    for m in re.finditer(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])", t):
        if id_shaped(m.group()) and id_checksum_ok(m.group()):
            hits.append(("id", m.group()))
    for m in re.finditer(r"(?<!\d)\d{16,19}(?!\d)", t):
        d = m.group()
        if luhn(d) and not (len(d) == 18 and id_shaped(d) and id_checksum_ok(d)):
            hits.append(("card", d))
    for m in re.finditer(r"(?<!\d)\d{11}(?!\d)", t):
        if MOBILE.fullmatch(m.group()):
            hits.append(("mobile", m.group()))
    return hits


def bad_checksum_ids(text):
    t = unicodedata.normalize("NFKC", text)
    return [m.group() for m in re.finditer(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])", t)
            if id_shaped(m.group()) and not id_checksum_ok(m.group())]


def attachment_text(files_dir, file_id, kind):
    path = os.path.join(files_dir, file_id[:2], file_id[2:])
    if kind == "xlsx":
        with open(path, "rb") as f:  # stored by id, without an extension
            wb = openpyxl.load_workbook(io.BytesIO(f.read()), read_only=True)
        cells = []
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                cells.extend(str(v) for v in row if v is not None)
        return "\n".join(cells)
    with open(path, "rb") as f:
        return f.read().decode("utf-8")


def summary_numbers(out):
    patterns = {
        "kinds": r"主动公开：2025年发布(\d+)条（一般信息(\d+)条、规章(\d+)件、行政规范性文件(\d+)件、政策解读(\d+)篇、"
                 r"会议(\d+)条），2024年发布(\d+)条；附件(\d+)个",
        "policies": r"废止(\d+)件（其中被新文件替代(\d+)件）、失效(\d+)件；未关联政策解读(\d+)件，发布后补充关联解读(\d+)件",
        "review": r"撤回(\d+)条，修订后重新发布(\d+)条，退回修改(\d+)条，年底仍为草稿或待审核(\d+)条",
        "screen": r"拦截(\d+)条（经办人遮盖后重新提交(\d+)条，审核人说明理由后保留(\d+)条）；校验位不符的18位数字(\d+)处未拦截",
        "root": r"市政府机关编号：(\d+)",
        "mail": r"领导信箱：留言(\d+)条",
    }
    got = {}
    for key, p in patterns.items():
        m = re.search(p, out)
        check(f"summary has its {key} line", m is not None, out)
        got[key] = [int(g) for g in m.groups()] if m else None
    return got


def seed(gk, w, name, env):
    db = w(name)
    r = run([gk, "db", "init", "--db", db], env=env)
    check(f"db init {name}", r.returncode == 0, r.stderr)
    r = run([gk, "demo", "seed", "--db", db, "--year", str(YEAR), "--seed", "7", "--applications", "200",
             "--publications", str(COUNT), "--messages", "50"], env=env, timeout=300)
    check(f"demo seed {name} exits 0", r.returncode == 0, r.stderr)
    return db, r.stdout


def table2_recount(c, year):
    out = {}
    end = f"{year}-12-31"
    for kind, label in (("regulation", "规章"), ("normative", "行政规范性文件")):
        rows = c.execute(f"SELECT formed_on, validity_changed_on FROM publications WHERE kind = ? AND {PUBLIC}",
                         (kind,)).fetchall()
        issued = sum(1 for f, _ in rows if f.startswith(str(year)))
        abolished = sum(1 for _, v in rows if v and v.startswith(str(year)))
        in_force = sum(1 for f, v in rows if f <= end and (v is None or v > end))
        out[label] = {"本年制发件数": issued, "本年废止件数": abolished, "现行有效件数": in_force}
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gongkai", required=True)
    ap.add_argument("--work", required=True)
    a = ap.parse_args()
    gk = a.gongkai
    w = fresh_workdir(a.work)
    env = {k: v for k, v in os.environ.items() if k not in ("GONGKAI_DB", "GONGKAI_FILES")}

    db, out = seed(gk, w, "demo.db", env)
    s = summary_numbers(out)
    if None in s.values():
        return finish()
    c = sqlite3.connect(db)

    # ---- counts per kind -----------------------------------------------------
    by_kind = dict(c.execute(f"SELECT kind, COUNT(*) FROM publications WHERE {PUBLIC} AND published_on LIKE '{YEAR}-%' "
                             "GROUP BY kind").fetchall())
    counted = [by_kind.get(k, 0) for k in KINDS]
    check("summary counts per kind = the catalogue's", s["kinds"][1:6] == counted, f"{s['kinds']} vs {counted}")
    check("summary total = their sum", s["kinds"][0] == sum(counted))
    withdrawn, revised, returned, pending = s["review"]
    check("about the asked number published in the year", s["kinds"][0] + withdrawn == COUNT, str(s["kinds"]))
    check("every kind is there", all(n > 0 for n in counted), str(counted))
    prev = c.execute(f"SELECT COUNT(*) FROM publications WHERE {PUBLIC} AND published_on LIKE '{YEAR - 1}-%'").fetchone()[0]
    check("the year before has publications", prev == s["kinds"][6] and prev > 0, f"{prev}")
    for kind, label in (("normative", "规范性文件"), ("meeting", "会议")):
        r = run([gk, "pub", "list", "--db", db, "--kind", label, "--year", str(YEAR), "--public"], env=env)
        lines = [l for l in r.stdout.splitlines() if re.match(r"^\d+\t", l)]
        check(f"pub list --kind {label} agrees", r.returncode == 0 and len(lines) == by_kind.get(kind, 0),
              f"{len(lines)} vs {by_kind.get(kind)} {r.stderr}")
    abolished, replaced, expired, missing, linked = s["policies"]
    states = dict(c.execute("SELECT validity, COUNT(*) FROM publications GROUP BY validity").fetchall())
    check("废止 and 失效 as the summary says", states.get("abolished", 0) == abolished >= 1 and
          states.get("expired", 0) == expired >= 1, f"{states} {s['policies']}")
    check("a replaced document names its replacement",
          c.execute("SELECT COUNT(*) FROM publications WHERE replaced_by IS NOT NULL").fetchone()[0] == replaced >= 1)
    check("withdrawn ones stay, with a reason", withdrawn >= 2 and c.execute(
        "SELECT COUNT(*) FROM publications p JOIN publication_log l ON l.publication_id = p.id "
        "WHERE p.state = 'withdrawn' AND l.action = 'withdraw' AND l.reason <> ''").fetchone()[0] == withdrawn)
    check("revised ones have a second published version", revised >= 3 and c.execute(
        "SELECT COUNT(DISTINCT publication_id) FROM publication_versions WHERE version > 1 AND published_at IS NOT NULL"
    ).fetchone()[0] == revised)
    check("review by another person: no approval by the submitter", c.execute(
        "SELECT COUNT(*) FROM publication_log a WHERE a.action = 'approve' AND a.actor = (SELECT s.actor FROM "
        "publication_log s WHERE s.publication_id = a.publication_id AND s.action = 'submit' AND s.seq < a.seq "
        "ORDER BY s.seq DESC LIMIT 1)").fetchone()[0] == 0)
    r = run([gk, "pub", "list", "--db", db, "--missing-interpretation"], env=env)
    lines = [l for l in r.stdout.splitlines() if re.match(r"^\d+\t", l)]
    # In force and without an interpretation: as many as the summary says (a
    # small seed may have none left once abolitions are counted out).
    check("policies without interpretation listed as the summary says (the dashboard flag)",
          len(lines) == missing, r.stdout[-300:])
    interpreted = c.execute("SELECT COUNT(DISTINCT to_id) FROM publication_links WHERE kind = 'interprets'").fetchone()[0]
    policies = c.execute(f"SELECT COUNT(*) FROM publications WHERE kind IN ('regulation', 'normative') AND {PUBLIC}").fetchone()[0]
    check("most policies are interpreted", interpreted >= 0.7 * policies, f"{interpreted}/{policies}")
    check("every 规范性文件 and 规章 has a 文号", c.execute(
        "SELECT COUNT(*) FROM publication_versions v JOIN publications p ON p.id = v.publication_id "
        "WHERE p.kind IN ('regulation', 'normative') AND v.doc_no = ''").fetchone()[0] == 0)
    check("titles are unique enough", c.execute("SELECT COUNT(DISTINCT title) FROM publications").fetchone()[0] >=
          0.98 * c.execute("SELECT COUNT(*) FROM publications").fetchone()[0])
    lengths = [n for (n,) in c.execute("SELECT LENGTH(body_text) FROM publication_versions")]
    check("bodies are 200 to 5000 characters", min(lengths) >= 200 and max(lengths) <= 5000, f"{min(lengths)}–{max(lengths)}")
    check("索引号 follow the national scheme", all(re.fullmatch(r"[0-9A-Z]{8}[0-9X]/\d{4}-\d{5}", i) for (i,) in c.execute(
        "SELECT index_no FROM publications WHERE index_no IS NOT NULL")))

    # ---- the screen ------------------------------------------------------------
    blocked, masked, overridden, bad_passed = s["screen"]
    check("about 1% planted, all blocked, each masked or overridden",
          blocked >= COUNT // 100 and blocked == masked + overridden and masked >= 1 and overridden >= 1, str(s["screen"]))
    files = db + "-files"
    overrides = {p for (p,) in c.execute("SELECT DISTINCT publication_id FROM publication_log WHERE action = 'override'")}
    with_hits, masked_bodies, bad_ids, bad_in_overridden = set(), set(), 0, 0
    for pid, version, title, summary, body in c.execute(
            "SELECT publication_id, version, title, summary, body_text FROM publication_versions WHERE published_at IS NOT NULL"):
        texts = [title, summary, body]
        for file_id, kind in c.execute("SELECT file_id, type FROM publication_attachments WHERE publication_id = ? AND version = ?",
                                       (pid, version)):
            texts.append(attachment_text(files, file_id, kind))
        found = [h for t in texts for h in personal_data(t)]
        if MASKED.search(unicodedata.normalize("NFKC", body)):
            masked_bodies.add(pid)
        if found:
            with_hits.add(pid)
        bad = sum(len(bad_checksum_ids(t)) for t in texts)
        bad_ids += bad if version == 1 else 0
        bad_in_overridden += bad if pid in overrides else 0
    check("no published version has an unmasked ID, mobile or card unless a reviewer overrode it",
          with_hits <= overrides, f"not overridden: {sorted(with_hits - overrides)}")
    check("every override kept its number (the statutory cases)", with_hits == overrides and len(overrides) == overridden,
          f"{sorted(with_hits)} vs {sorted(overrides)}")
    check("the bad-checksum numbers were published without an override",
          bad_ids == bad_passed >= 2 and bad_in_overridden == 0, f"{bad_ids} vs {bad_passed}")
    check("masked numbers stand in the bodies of some", 1 <= len(masked_bodies) <= masked, f"{len(masked_bodies)} vs {masked}")

    # ---- Table 2 of the city report -----------------------------------------------
    root = s["root"][0]
    for year, name in ((YEAR, "r.json"), (YEAR - 1, "p.json")):
        r = run([gk, "report", "build", "--db", db, "--agency", str(root), "--year", str(year), "--children",
                 "--output", w(name)], env=env)
        check(f"report build {year} exits 0", r.returncode == 0, r.stderr)
    r = run([gk, "report", "check", "--json", w("r.json"), "--previous", w("p.json")], env=env)
    check("report check --previous exits 0 (no error)", r.returncode == 0, r.stdout[-500:])
    report = json.loads(r.stdout.splitlines()[0])
    rules = sorted({f["rule"] for f in report["findings"]})
    check("no X1 or X2 finding", "X1" not in rules and "X2" not in rules, str(rules))
    t2 = report["report"]["table2"]
    recount = table2_recount(c, YEAR)
    for label in ("规章", "行政规范性文件"):
        check(f"Table 2 {label} = the catalogue recounted", t2[label] == recount[label], f"{t2[label]} vs {recount[label]}")
        before = table2_recount(c, YEAR - 1)[label]["现行有效件数"]
        row = recount[label]
        check(f"Table 2 {label}: stock carries over", before + row["本年制发件数"] - row["本年废止件数"] == row["现行有效件数"])
    check("Table 2 has 制发, 废止 and 现行有效 of 规范性文件",
          all(recount["行政规范性文件"][k] > 0 for k in recount["行政规范性文件"]), str(recount))
    stats = dict(c.execute("SELECT item, SUM(CAST(value AS REAL)) FROM agency_stats WHERE year = ? GROUP BY item",
                           (YEAR,)).fetchall())
    check("Table 2 许可/处罚/强制 = the entered figures",
          [t2["行政许可"], t2["行政处罚"], t2["行政强制"]] == [int(stats["licensing"]), int(stats["punishment"]),
                                                       int(stats["enforcement"])], f"{t2} {stats}")
    check("Table 2 收费 = the entered figures (万元)", abs(float(t2["行政事业性收费"]) - stats["fees"]) < 0.005)
    sources = [v for (v,) in c.execute("SELECT DISTINCT source FROM agency_stats WHERE item = 'punishment' AND year = ?", (YEAR,))]
    check("figures carry their ledger", "青山市市场监督管理局2025年行政处罚案件统计台账" in sources, str(sources[:3]))

    # ---- search ------------------------------------------------------------------
    for word in ("招聘", "解读", "公示"):
        titles = c.execute(f"SELECT COUNT(*) FROM publications WHERE {PUBLIC} AND title LIKE ?", (f"%{word}%",)).fetchone()[0]
        r = run([gk, "search", word, "--db", db], env=env)
        m = re.search(r"共找到 (\d+) 条信息", r.stdout + r.stderr)
        total = int(m.group(1)) if m else -1
        check(f"search {word} finds the seeded titles", titles > 0 and total >= titles, f"{total} vs {titles} {r.stderr}")

    # ---- the same seed, the same catalogue -----------------------------------------
    again, out2 = seed(gk, w, "again.db", env)
    c2 = sqlite3.connect(again)
    q = ("SELECT p.kind, p.index_no, p.state, p.validity, p.published_on, v.title, v.doc_no, v.formed_on, v.body_text "
         "FROM publications p JOIN publication_versions v ON v.publication_id = p.id ORDER BY p.id, v.version")
    check("same seed, same publications", c.execute(q).fetchall() == c2.execute(q).fetchall())
    check("same seed, same summary", out == out2)
    return finish()


if __name__ == "__main__":
    sys.exit(main())
