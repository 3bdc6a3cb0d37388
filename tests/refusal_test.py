#!/usr/bin/env python3
"""Every refused write command leaves the database unchanged in content.

For every refusal path of the `gongkai` command line: dump the whole
database (the list of tables, every row of every table ordered by all its
columns), run the refused command, dump again and compare; check the exit
code (1 = refused by the rules, 2 = usage, unreadable input or no database)
and that stderr says in Chinese what is wrong (a key phrase). Also: a missing
database is refused by every command but `db init` and no file is created;
commands that are not refusals but must not write (re-importing the same
ledger, db init/migrate/check on a current database, db check --repair on a
clean one) leave the content as it was.

Runs on SQLite, and on PostgreSQL too when tools/pg-test-server can start a
private server (--pg: required; --no-pg: skipped). Prints 'N passed, N failed'.
"""
import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile

import dbdump
from testlib import check, finish

HERE = os.path.dirname(os.path.abspath(__file__))
PG_TEST_SERVER = os.path.join(HERE, "..", "tools", "pg-test-server")
NO_DATABASE = "数据库不存在或尚未初始化，请先运行 gongkai db init"
LOCKED = "年度报告已发布，该年度的案件已锁定"
CJK = re.compile("[\u4e00-\u9fff]")

# A record named by its id that does not exist (agency, application, event
# SEQ, appeal) is refused input, like every other rule: exit 1. Exit 2 is for
# usage, unreadable input and a missing database. One constant, because the
# answer must be the same for every command.
UNKNOWN_RECORD_EXIT = 1

# The ledgers (台账) the import paths use; rows are numbered as in the
# messages (the header is row 1).
HEADER = "申请编号,申请人类型,收到申请日期,申请内容,申请方式,答复日期,答复类型\n"
LEDGERS = {
    "good.csv": HEADER
    + "TZ-1,自然人,2024-03-01,2023年部门决算,网上,2024-03-11,予以公开\n"
    + "TZ-2,商业企业,2024-12-20,政府采购合同,当面,,\n"
    + "TZ-3,法律服务机构,2025-05-06,行政处罚决定书,挂号信,2025-05-20,本机关不掌握相关政府信息\n",
    # Rows 3 to 6 are bad, each for another reason; row 2 is good.
    "bad.csv": HEADER
    + "BD-1,自然人,2024-03-01,甲,网上,2024-03-11,予以公开\n"
    + "BD-2,法人,2024-03-04,乙,当面,,\n"
    + "BD-3,自然人,2024-03-05,丙,网上,2024-03-01,予以公开\n"
    + "BD-4,自然人,2024-13-05,丁,网上,,\n"
    + "BD-5,自然人,2024-03-05,戊,飞鸽传书,,\n",
    "dup.csv": HEADER
    + "DP-1,自然人,2024-03-01,甲,网上,2024-03-11,予以公开\n"
    + "DP-2,自然人,2024-03-02,乙,网上,,\n"
    + "DP-1,自然人,2024-03-03,丙,网上,,\n",
    # TZ-1 is already imported with 答复日期 2024-03-11; the new rows around it
    # must not be written either.
    "changed.csv": HEADER
    + "NW-1,自然人,2025-06-02,新申请一,网上,,\n"
    + "TZ-1,自然人,2024-03-01,2023年部门决算,网上,2024-03-12,予以公开\n"
    + "NW-2,自然人,2025-06-03,新申请二,网上,,\n",
    "no-date-column.csv": "申请编号,申请人类型,申请内容\nND-1,自然人,甲\n",
    "empty.csv": "",
    "unknown-agency.csv": "申请编号,办理机关,申请人类型,收到申请日期,申请内容\n"
    + "UA-1,示例市财政局,自然人,2025-04-01,甲\n"
    + "UA-2,示例市不存在局,自然人,2025-04-02,乙\n",
    # Row 3 falls in the locked 2024 (checked while 2024 is locked); row 2 is 2025.
    "locked.csv": HEADER
    + "LK-1,自然人,2025-04-01,新申请,网上,,\n"
    + "LK-2,自然人,2024-06-03,补录的申请,网上,,\n",
}


class Target:
    """One database under test: how to pass it to gongkai and how to dump it."""

    def __init__(self, label, db, dump, gongkai, cwd):
        self.label, self.db, self.dump_fn, self.gongkai, self.cwd = label, db, dump, gongkai, cwd
        self.last = None  # the dump taken since the last command, if any

    def dump(self):
        """The content now. Every command run through `run` forgets the last
        dump, so a dump is only reused while nothing has run since."""
        if self.last is None:
            self.last = self.dump_fn()
        return self.last

    def run(self, *args, db=None):
        self.last = None
        env = dict(os.environ)
        env.pop("GONGKAI_DB", None)
        env["GONGKAI_ACTOR"] = "测试经办人"
        return subprocess.run([self.gongkai, *args, "--db", db or self.db], capture_output=True, text=True,
                              timeout=60, cwd=self.cwd, env=env)


def says(r, phrases):
    """Whether stderr holds every phrase and Chinese text, and stdout reports nothing done."""
    if isinstance(phrases, str):
        phrases = [phrases]
    return all(p in r.stderr for p in phrases) and CJK.search(r.stderr) is not None and not r.stdout.strip()


def refused(t, name, args, code, phrases):
    """The refusal path `args`: exit `code`, a Chinese message with `phrases`, content unchanged."""
    before = t.dump()
    r = t.run(*args)
    after = t.dump()
    shown = f"exit {r.returncode}; stdout: {r.stdout.strip()[:300]!r}; stderr: {r.stderr.strip()[:500]!r}"
    check(f"[{t.label}] {name}: exit {code}", r.returncode == code, shown)
    check(f"[{t.label}] {name}: message says {phrases!r}", says(r, phrases), shown)
    check(f"[{t.label}] {name}: database unchanged", before == after, dbdump.describe_difference(before, after))
    return r


def accepted_unchanged(t, name, args, phrase):
    """Not a refusal (exit 0, `phrase` on stdout), yet nothing to write: content unchanged."""
    before = t.dump()
    r = t.run(*args)
    after = t.dump()
    check(f"[{t.label}] {name}: exit 0, says {phrase!r}", r.returncode == 0 and phrase in r.stdout,
          f"exit {r.returncode}; {r.stdout.strip()[:300]!r} {r.stderr.strip()[:300]!r}")
    check(f"[{t.label}] {name}: database unchanged", before == after, dbdump.describe_difference(before, after))
    return r


def done(t, name, *args, phrase=""):
    """A setup step that must succeed; returns its stdout."""
    r = t.run(*args)
    check(f"[{t.label}] setup: {name}", r.returncode == 0 and phrase in r.stdout,
          f"exit {r.returncode}; {r.stdout.strip()[:300]!r} {r.stderr.strip()[:300]!r}")
    return r.stdout


def new_case(t, name, *args):
    out = done(t, name, "case", "new", *args, phrase="申请编号：")
    m = re.search(r"申请编号：(\d+)", out)
    return m.group(1) if m else "0"


def scenario(t, work):
    """Every refusal path against one database, which `t.db` names and `db init` has not yet created."""
    L = lambda name: os.path.join(work, name)
    done(t, "db init", "db", "init", phrase="数据库已就绪")
    city = done(t, "city", "agency", "add", "示例市人民政府", "--kind", "government", "--code", "city").strip()
    cz = done(t, "department 财政局", "agency", "add", "示例市财政局", "--parent", city, "--code", "cz").strip()
    jy = done(t, "department 教育局", "agency", "add", "示例市教育局", "--parent", city, "--code", "jy").strip()
    # 2024: one answered (worked example 1), one open at the year end.
    a = new_case(t, "2024 online case", "--agency", cz, "--name", "张三", "--channel", "online", "--subject",
                 "2024年部门预算", "--submitted", "2024-09-27", "--received", "2024-09-29", "--external-id", "CZ-001")
    done(t, "2024 reply", "case", "event", a, "replied", "--on", "2024-10-21", "--reply", "disclosed")
    b = new_case(t, "2024 case open at the year end", "--agency", cz, "--channel", "in_person", "--subject",
                 "公车购置", "--submitted", "2024-12-20", "--external-id", "CZ-002")
    # 2025, 教育局: cases to refuse events on.
    c = new_case(t, "2025 case (first of 李四 in March)", "--agency", jy, "--name", "李四", "--id-document",
                 "110101199003070011", "--channel", "in_person", "--subject", "学区划分", "--submitted", "2025-03-03")
    d = new_case(t, "2025 case to extend", "--agency", jy, "--channel", "in_person", "--subject", "招生计划",
                 "--submitted", "2025-03-03")
    done(t, "extension", "case", "event", d, "extension_approved", "--on", "2025-03-10", "--days", "20",
         "--approver", "教育局办公室主任")
    e = new_case(t, "2025 case with a third party", "--agency", jy, "--channel", "in_person", "--subject",
                 "校车合同", "--submitted", "2025-03-03")
    # Letter received 2025-03-10: the 15 working days end on 2025-03-31.
    done(t, "consultation", "case", "event", e, "consultation_sent", "--on", "2025-03-10", "--letter-received",
         "2025-03-10", "--party", "某校车公司", "--consultee", "third_party")
    f = new_case(t, "2025 online case", "--agency", jy, "--channel", "online", "--subject", "食堂检查",
                 "--submitted", "2025-03-03", "--received", "2025-03-04")
    done(t, "2025 reply", "case", "event", f, "replied", "--on", "2025-03-10", "--reply", "partly_disclosed")
    g = new_case(t, "2025 case with 补正", "--agency", jy, "--channel", "in_person", "--subject", "某文件",
                 "--submitted", "2025-03-03")
    done(t, "correction requested", "case", "event", g, "correction_requested", "--on", "2025-03-05",
         "--days", "10")
    done(t, "correction received", "case", "event", g, "correction_received", "--on", "2025-03-07")
    h = new_case(t, "2025 case answered in person", "--agency", jy, "--channel", "in_person", "--subject",
                 "体育场馆开放", "--submitted", "2025-03-03")
    done(t, "2025 reply in person", "case", "event", h, "replied", "--on", "2025-03-05", "--reply", "disclosed")
    k = new_case(t, "2025 case with a fee", "--agency", jy, "--channel", "in_person", "--subject", "历年招生档案",
                 "--submitted", "2025-03-03")
    done(t, "fee notice (40 pages, 100 元)", "case", "event", k, "fee_notice", "--on", "2025-03-06", "--sent",
         "2025-03-05", "--pages", "40", phrase="100元")
    m = new_case(t, "2025 case asked for reasons", "--agency", jy, "--channel", "in_person", "--subject",
                 "全部会议纪要", "--submitted", "2025-03-03")
    done(t, "reasons requested", "case", "event", m, "reasons_requested", "--on", "2025-03-05")
    done(t, "ledger import", "case", "import", L("good.csv"), "--agency", cz, phrase="已导入3件")
    decided = done(t, "appeal (decided)", "appeal", "add", "--agency", cz, "--kind", "review", "--application", a,
                   "--filed", "2024-11-01", "--case-number", "示复〔2024〕1号").strip()
    done(t, "appeal decided", "appeal", "decide", decided, "--on", "2024-12-10", "--outcome", "upheld")
    pending24 = done(t, "appeal pending at the end of 2024", "appeal", "add", "--agency", cz, "--kind",
                     "direct_litigation", "--filed", "2024-11-15", "--case-number", "（2024）示行初5号").strip()
    pending25 = done(t, "appeal of 2025", "appeal", "add", "--agency", jy, "--kind", "review", "--filed",
                     "2025-04-01", "--application", f).strip()

    # case new
    base = ["case", "new", "--agency", cz, "--subject", "某信息"]
    refused(t, "case new: received before submitted", base + ["--channel", "online", "--submitted", "2025-05-12",
            "--received", "2025-05-09"], 1, "日期早于前一事件的日期")
    refused(t, "case new: in person, received ≠ submitted", base + ["--channel", "in_person", "--submitted",
            "2025-05-12", "--received", "2025-05-13"], 1, "条例第三十一条第一项")
    refused(t, "case new: unknown agency", ["case", "new", "--agency", "99", "--subject", "某信息", "--channel",
            "in_person", "--submitted", "2025-05-12"], UNKNOWN_RECORD_EXIT, "99 不存在")
    refused(t, "case new: duplicate --external-id in the agency", base + ["--channel", "in_person", "--submitted",
            "2025-05-12", "--external-id", "CZ-001"], 1, "申请编号“CZ-001”已在本机关登记")
    refused(t, "case new: --external-id of an imported case", base + ["--channel", "in_person", "--submitted",
            "2025-05-12", "--external-id", "TZ-3"], 1, "申请编号“TZ-3”已在本机关登记")
    refused(t, "case new: empty subject", ["case", "new", "--agency", cz, "--subject", "", "--channel",
            "in_person", "--submitted", "2025-05-12"], 1, "申请内容为空")
    refused(t, "case new: unknown channel", base + ["--channel", "pigeon", "--submitted", "2025-05-12"], 2,
            "--channel “pigeon”无效")
    refused(t, "case new: unknown applicant kind", base + ["--kind", "外星人", "--submitted", "2025-05-12"], 2,
            "--kind “外星人”无效")
    refused(t, "case new: impossible date", base + ["--submitted", "2025-02-30"], 2, "YYYY-MM-DD")
    refused(t, "case new: a year without a calendar", base + ["--channel", "in_person", "--submitted",
            "2099-03-03"], 2, "工作日历缺少2099年的数据")

    # case event
    ev = lambda *args: ["case", "event", *args]
    refused(t, "case event: date before the previous event", ev(c, "replied", "--on", "2025-03-01", "--reply",
            "disclosed"), 1, "日期早于前一事件的日期")
    refused(t, "case event: correction_received without a request", ev(c, "correction_received", "--on",
            "2025-03-05"), 1, "没有待补正的通知")
    refused(t, "case event: replied without --reply", ev(c, "replied", "--on", "2025-03-05"), 1,
            "答复须注明答复类型")
    refused(t, "case event: event after the case closed", ev(f, "extension_approved", "--on", "2025-03-12",
            "--days", "10", "--approver", "主任"), 1, "不能再记录事件")
    refused(t, "case event: reply after the case closed", ev(f, "replied", "--on", "2025-03-12", "--reply",
            "disclosed"), 1, "不能再记录事件")
    refused(t, "case event: second extension", ev(d, "extension_approved", "--on", "2025-03-12", "--days", "5",
            "--approver", "主任"), 1, "每件申请最多延长1次")
    refused(t, "case event: consultation_lapsed on the 15th working day", ev(e, "consultation_lapsed", "--on",
            "2025-03-31", "--party", "某校车公司"), 1, ["第15个工作日", "2025-03-31之后才能记录"])
    # Allowed the day after; and the dump does see a write (the comparisons are not vacuous).
    before = t.dump()
    done(t, "consultation_lapsed the day after the 15th working day", "case", "event", e, "consultation_lapsed",
         "--on", "2025-04-01", "--party", "某校车公司")
    after = t.dump()
    check(f"[{t.label}] the dump sees an accepted write", before != after and
          len(after["application_events"]) == len(before["application_events"]) + 1)
    refused(t, "case event: consultation_answered without a consultation", ev(c, "consultation_answered",
            "--on", "2025-03-05", "--party", "某公司"), 1, "没有向“某公司”征求意见的记录")
    refused(t, "case event: correction_lapsed without a request", ev(c, "correction_lapsed", "--on",
            "2025-03-05"), 1, "没有待补正的通知")
    refused(t, "case event: fee_paid without a fee notice", ev(c, "fee_paid", "--on", "2025-03-05"), 1,
            "没有待缴费的收费通知")
    refused(t, "case event: reasons_accepted without a request", ev(c, "reasons_accepted", "--on",
            "2025-03-05"), 1, "没有要求说明理由的记录")
    refused(t, "case event: second reasons request", ev(m, "reasons_requested", "--on", "2025-03-06"), 1,
            "已要求说明理由")
    refused(t, "case event: receipt recorded twice", ev(c, "handed_in", "--on", "2025-03-05"), 1,
            "不能重复记录")
    refused(t, "case event: answered on the spot another day", ev(c, "answered_on_spot", "--on", "2025-03-05",
            "--reply", "disclosed"), 1, "当场答复的日期应为收到申请之日")
    refused(t, "case event: extension of more than 20 working days", ev(c, "extension_approved", "--on",
            "2025-03-05", "--days", "21", "--approver", "主任"), 1, "最长不得超过20个工作日")
    refused(t, "case event: extension after the due date", ev(c, "extension_approved", "--on", "2025-04-01",
            "--days", "10", "--approver", "主任"), 1, "应在答复期限届满（2025-03-31）前批准")
    refused(t, "case event: extension without an approver", ev(c, "extension_approved", "--on", "2025-03-05",
            "--days", "10"), 1, "请填写批准人")
    refused(t, "case event: letter received before it was sent", ev(c, "consultation_sent", "--on",
            "2025-03-10", "--letter-received", "2025-03-09", "--party", "某公司"), 1, "不能早于发出日期")
    refused(t, "case event: second fee notice while one is unpaid", ev(k, "fee_notice", "--on", "2025-03-07",
            "--sent", "2025-03-06", "--pages", "50"), 1, "信息处理费尚未缴纳")
    refused(t, "case event: fee_lapsed before the payment period ends", ev(k, "fee_lapsed", "--on",
            "2025-03-10"), 1, "尚未届满")
    refused(t, "case event: fee_notice without --method/--pages/--pieces", ev(c, "fee_notice", "--on",
            "2025-03-06", "--sent", "2025-03-05"), 1, "收费通知须注明计收方式")
    refused(t, "case event: a fee of 0 元 (first piece of the month)", ev(c, "fee_notice", "--on", "2025-03-06",
            "--sent", "2025-03-05", "--method", "per_piece", "--pieces", "1"), 1, ["应收0元", "第1件"])
    refused(t, "case event: a fee of 0 元 (30 pages)", ev(c, "fee_notice", "--on", "2025-03-06", "--sent",
            "2025-03-05", "--pages", "30"), 1, "应收0元")
    refused(t, "case event: --pieces and --pages together", ev(c, "fee_notice", "--on", "2025-03-06",
            "--pieces", "12", "--pages", "40"), 2, "不能同时给出 --pieces 和 --pages")
    refused(t, "case event: second correction request", ev(g, "correction_requested", "--on", "2025-03-10",
            "--days", "10"), 1, "一次性告知")
    refused(t, "case event: unknown application id", ev("99", "replied", "--on", "2025-03-06", "--reply",
            "disclosed"), UNKNOWN_RECORD_EXIT, "申请 99 不存在")
    refused(t, "case event: unknown event kind", ev(c, "teleported", "--on", "2025-03-06"), 2,
            "未知的办理事项“teleported”")
    refused(t, "case event: unknown reply type", ev(c, "replied", "--on", "2025-03-06", "--reply", "maybe"), 2,
            "--reply “maybe”无效")
    refused(t, "case event: a flag the kind does not use", ev(c, "withdrawn", "--on", "2025-03-06", "--reply",
            "disclosed"), 2, "只适用于")
    refused(t, "case event: impossible date", ev(c, "withdrawn", "--on", "2025-13-01"), 2, "YYYY-MM-DD")

    # case correct
    co = lambda *args: ["case", "correct", *args]
    refused(t, "case correct: no --reason", co(f, "3", "replied", "--on", "2025-03-11", "--reply",
            "partly_disclosed"), 2, ["缺少必需的参数", "--reason"])
    refused(t, "case correct: empty --reason", co(f, "3", "replied", "--on", "2025-03-11", "--reply",
            "partly_disclosed", "--reason", ""), 1, "须写明原因")
    refused(t, "case correct: SEQ that does not exist", co(f, "9", "void", "--reason", "误记"),
            UNKNOWN_RECORD_EXIT, "没有第9条办理记录")
    refused(t, "case correct: unknown application id", co("99", "2", "void", "--reason", "误记"),
            UNKNOWN_RECORD_EXIT, "申请 99 不存在")
    refused(t, "case correct: voiding the submitted event", co(f, "1", "void", "--reason", "误记"), 1,
            "“提交申请”记录不能作废")
    refused(t, "case correct: receipt moved after the reply", co(f, "2", "receipt_confirmed", "--on",
            "2025-03-12", "--reason", "日期记错"), 1, ["不能衔接", "日期早于前一事件的日期"])
    refused(t, "case correct: voiding the hand-in of a replied case", co(h, "2", "void", "--reason", "误记"), 1,
            ["不能衔接", "尚未记录收到申请"])
    refused(t, "case correct: identical to the record", co(f, "3", "replied", "--on", "2025-03-10", "--reply",
            "partly_disclosed", "--reason", "核对"), 1, "无需更正")
    refused(t, "case correct: replacement without --on", co(f, "3", "replied", "--reply", "disclosed",
            "--reason", "核对"), 2, "需要给出 --on")
    refused(t, "case correct: void with --on", co(f, "3", "void", "--on", "2025-03-10", "--reason", "核对"), 2,
            "不需要 --on")

    # case import
    im = lambda name, agency=cz: ["case", "import", L(name), "--agency", agency]
    refused(t, "case import: bad rows, every one named", im("bad.csv"), 1,
            ["未导入任何记录", "第3行", "第4行", "第5行", "第6行"])
    r = refused(t, "case import: duplicate 申请编号 in one file", im("dup.csv"), 1,
                ["未导入任何记录", "第4行", "与第2行重复"])
    check(f"[{t.label}] case import: the good row 2 of the duplicate file is not blamed", "第2行：" not in r.stderr,
          r.stderr)
    accepted_unchanged(t, "case import: the same ledger again", im("good.csv"), "已存在3件，跳过")
    r = refused(t, "case import: existing 申请编号 with other content", im("changed.csv"), 1,
                ["未导入任何记录", "第3行", "TZ-1", "内容不同"])
    check(f"[{t.label}] case import: only the changed row is named", "第2行" not in r.stderr and
          "第4行" not in r.stderr, r.stderr)
    refused(t, "case import: no 收到申请日期 column", im("no-date-column.csv"), 1, "缺少“收到申请日期”列")
    refused(t, "case import: empty file", im("empty.csv"), 2, "文件是空的")
    refused(t, "case import: file that does not exist", im("no-such-ledger.csv"), 2, "找不到文件")
    refused(t, "case import: unknown --agency", im("good.csv", "99"), 1, "找不到编号为99的机关")
    refused(t, "case import: 办理机关 that does not exist", im("unknown-agency.csv"), 1,
            ["第3行", "找不到办理机关“示例市不存在局”"])

    # appeal add / decide
    refused(t, "appeal add: unknown agency", ["appeal", "add", "--agency", "99", "--kind", "review", "--filed",
            "2025-04-01"], UNKNOWN_RECORD_EXIT, "99 不存在")
    refused(t, "appeal add: application of another agency", ["appeal", "add", "--agency", cz, "--kind", "review",
            "--filed", "2025-04-01", "--application", c], 1, "不是本复议诉讼的被申请（被告）机关")
    refused(t, "appeal add: unknown application", ["appeal", "add", "--agency", cz, "--kind", "review",
            "--filed", "2025-04-01", "--application", "99"], UNKNOWN_RECORD_EXIT, "申请 99 不存在")
    refused(t, "appeal add: unknown kind", ["appeal", "add", "--agency", cz, "--kind", "appeal", "--filed",
            "2025-04-01"], 2, "--kind 应为")
    refused(t, "appeal decide: already decided", ["appeal", "decide", decided, "--on", "2024-12-20", "--outcome",
            "corrected"], 1, "不能再次审结")
    refused(t, "appeal decide: before filing", ["appeal", "decide", pending25, "--on", "2025-03-31", "--outcome",
            "upheld"], 1, "早于立案日期")
    refused(t, "appeal decide: unknown appeal", ["appeal", "decide", "99", "--on", "2025-05-01", "--outcome",
            "upheld"], UNKNOWN_RECORD_EXIT, "99 不存在")
    refused(t, "appeal decide: unknown outcome", ["appeal", "decide", pending25, "--on", "2025-05-01",
            "--outcome", "sideways"], 2, "upheld")

    # agency add
    refused(t, "agency add: duplicate --code", ["agency", "add", "示例市财政局（重复）", "--parent", city,
            "--code", "cz"], 1, "代码必须唯一")
    refused(t, "agency add: parent that does not exist", ["agency", "add", "示例县人民政府", "--kind",
            "government", "--parent", "99", "--code", "xian"], UNKNOWN_RECORD_EXIT, "99 不存在")
    refused(t, "agency add: empty name", ["agency", "add", "", "--parent", city, "--code", "empty"], 1,
            "名称不能为空")
    refused(t, "agency add: unknown kind", ["agency", "add", "示例市某委", "--kind", "committee", "--code",
            "wei"], 2, "--kind 应为")

    # The database commands on a current, clean database.
    accepted_unchanged(t, "db init on an existing database", ["db", "init"], "数据库已就绪")
    accepted_unchanged(t, "db migrate on a current database", ["db", "migrate"], "数据库已就绪")
    accepted_unchanged(t, "db check", ["db", "check"], "未发现问题")
    accepted_unchanged(t, "db check --repair on a clean database", ["db", "check", "--repair"], "未发现问题")
    refused(t, "demo seed: database not empty", ["demo", "seed", "--applications", "5"], 2, "已有机关数据")

    # The reporting-period lock: 2024 published for the whole city.
    done(t, "publish 2024 for the city", "report", "publish", "--agency", city, "--year", "2024", "--children",
         "--actor", "王科长", phrase="已锁定 3 个机关")
    refused(t, "case new: department, locked year", base + ["--channel", "in_person", "--submitted",
            "2024-06-03"], 1, [LOCKED, "2024-06-03"])
    refused(t, "case new: city, locked year", ["case", "new", "--agency", city, "--subject", "某信息", "--channel",
            "in_person", "--submitted", "2024-06-03"], 1, LOCKED)
    refused(t, "case new: submitted in the locked year, received after it", base + ["--channel", "online",
            "--submitted", "2024-12-31", "--received", "2025-01-02"], 1, LOCKED)
    refused(t, "case event: dated in a locked year", ev(b, "replied", "--on", "2024-12-27", "--reply",
            "disclosed"), 1, [LOCKED, "2024-12-27"])
    refused(t, "case correct: an event of a locked year", co(a, "3", "replied", "--on", "2024-10-22", "--reply",
            "disclosed", "--reason", "日期记错"), 1, LOCKED)
    refused(t, "case correct: moving a locked year's reply out of it", co(a, "3", "replied", "--on",
            "2025-01-06", "--reply", "disclosed", "--reason", "日期记错"), 1, LOCKED)
    refused(t, "case correct: voiding an event of a locked year", co(a, "3", "void", "--reason", "误记"), 1,
            LOCKED)
    refused(t, "case import: a row in a locked year", im("locked.csv"), 1, ["未导入任何记录", "第3行", LOCKED])
    refused(t, "appeal add: filed in a locked year", ["appeal", "add", "--agency", cz, "--kind", "review",
            "--filed", "2024-06-01"], 1, [LOCKED, "立案日期 2024-06-01"])
    refused(t, "appeal decide: decided in a locked year", ["appeal", "decide", pending24, "--on", "2024-12-20",
            "--outcome", "upheld"], 1, [LOCKED, "审结日期 2024-12-20"])
    refused(t, "report publish: every agency of the scope locked", ["report", "publish", "--agency", city,
            "--year", "2024", "--children", "--actor", "王科长"], 1, "均已锁定")
    refused(t, "report publish: the department, already locked", ["report", "publish", "--agency", cz, "--year",
            "2024", "--actor", "王科长"], 1, "均已锁定")
    refused(t, "report publish: unknown agency", ["report", "publish", "--agency", "99", "--year", "2024",
            "--actor", "王科长"], UNKNOWN_RECORD_EXIT, "99 不存在")
    refused(t, "report unlock: none locked", ["report", "unlock", "--agency", city, "--year", "2025",
            "--children", "--actor", "王科长", "--reason", "补录"], 1, "均未锁定")
    refused(t, "report unlock: empty reason", ["report", "unlock", "--agency", city, "--year", "2024",
            "--children", "--actor", "王科长", "--reason", ""], 1, "解锁须写明原因")
    refused(t, "report unlock: unknown agency", ["report", "unlock", "--agency", "99", "--year", "2024",
            "--actor", "王科长", "--reason", "补录"], UNKNOWN_RECORD_EXIT, "99 不存在")
    # The lock is not wider than the year: a 2025 reply to a case carried over
    # from 2024 leaves 2024's tables as they are.
    done(t, "2025 reply to a case carried over from the locked 2024", "case", "event", b, "replied", "--on",
         "2025-01-06", "--reply", "disclosed")
    done(t, "unlock 2024", "report", "unlock", "--agency", city, "--year", "2024", "--children", "--actor",
         "王科长", "--reason", "补录漏登记的申请", phrase="已解锁 3 个机关")
    refused(t, "report unlock: again", ["report", "unlock", "--agency", city, "--year", "2024", "--children",
            "--actor", "王科长", "--reason", "补录"], 1, "均未锁定")

    # A department publishes its own 2025 report first; the city's later
    # --children publish locks the rest and leaves the department as it was.
    done(t, "the department publishes its 2025 report", "report", "publish", "--agency", cz, "--year", "2025",
         "--actor", "财政局", phrase="已锁定 1 个机关")
    before = t.dump()
    r = t.run("report", "publish", "--agency", city, "--year", "2025", "--children", "--actor", "王科长")
    after = t.dump()
    check(f"[{t.label}] report publish --children after a department's own: succeeds",
          r.returncode == 0 and "已锁定 2 个机关" in r.stdout and "示例市财政局" in r.stdout,
          f"exit {r.returncode}; {r.stdout!r} {r.stderr!r}")
    dept_rows = lambda dump, table, col: [row for row in (dump or {}).get(table, [])
                                          if _cell(row, col) == cz]
    check(f"[{t.label}] report publish --children: the department's lock and log as they were",
          dept_rows(before, "report_locks", 0) == dept_rows(after, "report_locks", 0)
          and dept_rows(before, "report_lock_log", 1) == dept_rows(after, "report_lock_log", 1),
          dbdump.describe_difference(before, after))
    for agency, who in [(cz, "the department"), (jy, "the other department"), (city, "the city")]:
        refused(t, f"case new: {who}, 2025 locked after the city's publish", ["case", "new", "--agency", agency,
                "--subject", "某信息", "--channel", "in_person", "--submitted", "2025-06-03"], 1, [LOCKED, "2025"])


def command_name(args):
    """`db check --repair` for ["db", "check", "--repair"]: the subcommand and its switches."""
    return " ".join(args[:2] + [x for x in args[2:] if x == "--repair"])


def _cell(row, i):
    """Column i of a dumped row as text (SQLite rows are tuples, PostgreSQL rows COPY lines)."""
    if isinstance(row, str):
        return row.split("\t")[i]
    return str(row[i])


def missing_sqlite(gongkai, work):
    """A --db path that does not exist: refused by every command but db init, and no file is created."""
    t = Target("sqlite", "sqlite:typo.db", lambda: dbdump.sqlite_dump(os.path.join(work, "typo.db")), gongkai,
               work)
    files = lambda: sorted(n for n in os.listdir(work) if n.startswith("typo.db"))
    commands = [
        ["case", "list"],
        ["case", "new", "--agency", "1", "--subject", "某信息", "--submitted", "2025-03-03"],
        ["case", "event", "1", "replied", "--on", "2025-03-10", "--reply", "disclosed"],
        ["case", "correct", "1", "2", "void", "--reason", "误记"],
        ["case", "import", os.path.join(work, "good.csv"), "--agency", "1"],
        ["agency", "add", "示例市人民政府", "--kind", "government"],
        ["appeal", "add", "--agency", "1", "--filed", "2025-04-01"],
        ["appeal", "decide", "1", "--on", "2025-05-01", "--outcome", "upheld"],
        ["report", "build", "--agency", "1", "--year", "2025"],
        ["report", "publish", "--agency", "1", "--year", "2025", "--actor", "王科长"],
        ["report", "unlock", "--agency", "1", "--year", "2025", "--actor", "王科长", "--reason", "补录"],
        ["db", "check"],
        ["db", "check", "--repair"],
        ["db", "migrate"],
        ["demo", "seed", "--applications", "5"],
    ]
    for args in commands:
        r = t.run(*args)
        name = f"missing database: {command_name(args)}"
        check(f"[sqlite] {name}: exit 2 and says {NO_DATABASE}", r.returncode == 2 and says(r, NO_DATABASE),
              f"exit {r.returncode}; {r.stdout!r} {r.stderr!r}")
        check(f"[sqlite] {name}: no file created", files() == [], str(files()))
    r = t.run("case", "list", db="sqlite:" + os.path.join(work, "no-such-dir", "x.db"))
    check("[sqlite] missing directory: exit 2 and the message", r.returncode == 2 and says(r, NO_DATABASE),
          f"exit {r.returncode}; {r.stderr!r}")
    check("[sqlite] missing directory: not created", not os.path.exists(os.path.join(work, "no-such-dir")))

    # An empty file is no database either; a file that is not SQLite is
    # unreadable, and stays as it was.
    empty = os.path.join(work, "empty.db")
    open(empty, "wb").close()
    te = Target("sqlite", "sqlite:" + empty, lambda: dbdump.sqlite_dump(empty), gongkai, work)
    refused(te, "empty file as database: agency add", ["agency", "add", "示例市人民政府", "--kind", "government"],
            2, NO_DATABASE)
    if os.path.getsize(empty) != 0:  # content (no table) unchanged; say what happened to the bytes
        print(f"note: the refused command turned the empty file into a {os.path.getsize(empty)}-byte SQLite file")
    junk = os.path.join(work, "junk.db")
    with open(junk, "wb") as fh:
        fh.write(b"not a database\n" * 8)
    for args in (["case", "list"], ["agency", "add", "示例市人民政府", "--kind", "government"], ["db", "init"]):
        r = t.run(*args, db="sqlite:" + junk)
        with open(junk, "rb") as fh:
            same = fh.read() == b"not a database\n" * 8
        check(f"[sqlite] file that is not a database: {' '.join(args[:2])} exits 2 with a Chinese message",
              r.returncode == 2 and says(r, "数据库"), f"exit {r.returncode}; {r.stderr!r}")
        check(f"[sqlite] file that is not a database: {' '.join(args[:2])} leaves it byte for byte", same)

    r = t.run("db", "init")
    check("[sqlite] db init on the missing path creates it", r.returncode == 0 and "数据库已就绪" in r.stdout
          and os.path.exists(os.path.join(work, "typo.db")), f"{r.stdout!r} {r.stderr!r}")
    r = t.run("case", "list")
    check("[sqlite] … and then commands work on it", r.returncode == 0, r.stderr)


def missing_pg(gongkai, work, server_url, make_url):
    """PostgreSQL: a database name that does not exist (cannot connect: exit 2,
    and no database appears), and an existing empty database (not initialised:
    exit 2 with the db init message, and no table appears)."""
    typo = make_url("gk_typo")
    t = Target("pg", typo, lambda: dbdump.pg_dump(typo), gongkai, work)
    for args in (["case", "list"], ["case", "new", "--agency", "1", "--subject", "某信息", "--submitted",
                 "2025-03-03"], ["report", "build", "--agency", "1", "--year", "2025"], ["db", "check"],
                 ["db", "migrate"], ["db", "init"]):
        r = t.run(*args)
        name = f"missing database: {command_name(args)}"
        check(f"[pg] {name}: exit 2 and a Chinese message", r.returncode == 2 and says(r, "无法连接 PostgreSQL"),
              f"exit {r.returncode}; {r.stdout!r} {r.stderr!r}")
        check(f"[pg] {name}: no database created", not dbdump.pg_exists(server_url, "gk_typo"))

    subprocess.run(["psql", "-X", "-q", "-d", server_url, "-c", "CREATE DATABASE gk_empty"], check=True,
                   capture_output=True)
    empty = make_url("gk_empty")
    te = Target("pg", empty, lambda: dbdump.pg_dump(empty), gongkai, work)
    for args in (["case", "list"], ["case", "new", "--agency", "1", "--subject", "某信息", "--submitted",
                 "2025-03-03"], ["agency", "add", "示例市人民政府", "--kind", "government"],
                 ["report", "build", "--agency", "1", "--year", "2025"], ["db", "check"], ["db", "check", "--repair"],
                 ["db", "migrate"], ["demo", "seed", "--applications", "5"]):
        refused(te, f"uninitialised database: {command_name(args)}", args, 2, NO_DATABASE)
    check("[pg] uninitialised database: still no table", te.dump() == {}, str(te.dump()))
    r = te.run("db", "init")
    check("[pg] db init on the empty database", r.returncode == 0 and "数据库已就绪" in r.stdout, r.stderr)


def start_pg(required):
    """(dir, url) of a private PostgreSQL server, or None when it cannot start (a failure if required)."""
    if not os.path.exists(PG_TEST_SERVER) or shutil.which("psql") is None:
        if required:
            check("PostgreSQL: tools/pg-test-server and psql available", False)
        print("skip PostgreSQL: tools/pg-test-server or psql missing")
        return None
    d = tempfile.mkdtemp(prefix="gk-rf-", dir="/tmp")
    r = subprocess.run([PG_TEST_SERVER, "start", d], capture_output=True, text=True, timeout=120)
    if r.returncode != 0:
        subprocess.run([PG_TEST_SERVER, "stop", d], capture_output=True, timeout=120)
        shutil.rmtree(d, ignore_errors=True)
        if required:
            check("PostgreSQL: pg-test-server start", False, r.stderr)
        print("skip PostgreSQL: pg-test-server did not start: " + r.stderr.strip())
        return None
    return d, r.stdout.strip().splitlines()[-1]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gongkai", required=True)
    ap.add_argument("--work", required=True)
    pg = ap.add_mutually_exclusive_group()
    pg.add_argument("--pg", action="store_true", help="run on PostgreSQL too; fail if no server can start")
    pg.add_argument("--no-pg", action="store_true", help="SQLite only")
    a = ap.parse_args()
    gongkai = os.path.abspath(a.gongkai)
    work = os.path.abspath(a.work)
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    for name, text in LEDGERS.items():
        with open(os.path.join(work, name), "w", encoding="utf-8") as fh:
            fh.write(text)

    path = os.path.join(work, "refusal.db")
    scenario(Target("sqlite", "sqlite:" + path, lambda: dbdump.sqlite_dump(path), gongkai, work), work)
    missing_sqlite(gongkai, work)

    if not a.no_pg:
        # A ctest timeout sends SIGTERM: stop the server on the way out.
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
        server = start_pg(a.pg)
        if server:
            d, url = server
            try:
                make_url = lambda name: url.replace("postgresql://postgres@/postgres?",
                                                    f"postgresql://postgres@/{name}?")
                subprocess.run(["psql", "-X", "-q", "-d", url, "-c", "CREATE DATABASE gk_refusal"], check=True,
                               capture_output=True)
                db = make_url("gk_refusal")
                session = dbdump.PgSession(db)
                try:
                    scenario(Target("pg", db, session.dump, gongkai, work), work)
                finally:
                    session.close()
                missing_pg(gongkai, work, url, make_url)
            finally:
                subprocess.run([PG_TEST_SERVER, "stop", d], capture_output=True, timeout=120)
    return finish()


if __name__ == "__main__":
    sys.exit(main())
