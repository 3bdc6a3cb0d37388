#!/usr/bin/env python3
"""End-to-end test of case handling through the `gongkai` command line:
agencies, registering and handling an application (the spec's worked
example 1: online, a make-up Sunday, 国庆, an extension), deadline lists,
ledger import (all or nothing), the annual report built from the records,
and the reporting-period lock. Prints 'N passed, N failed'.
"""
import argparse
import os
import shutil
import subprocess
import sys

from testlib import check, finish


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gongkai", required=True)
    ap.add_argument("--work", required=True)
    a = ap.parse_args()
    shutil.rmtree(a.work, ignore_errors=True)
    os.makedirs(a.work)
    db = "sqlite:" + os.path.join(a.work, "cases.db")

    def gk(*args):
        return subprocess.run([a.gongkai, *args, "--db", db], capture_output=True, text=True, timeout=120)

    r = subprocess.run([a.gongkai, "db", "init", "--db", db], capture_output=True, text=True)
    check("db init", r.returncode == 0, r.stderr)
    r = gk("agency", "add", "示例市人民政府", "--kind", "government", "--code", "city")
    check("agency add city", r.returncode == 0, r.stderr)
    city = r.stdout.strip()
    r = gk("agency", "add", "示例市财政局", "--parent", city, "--code", "cz")
    dept = r.stdout.strip()
    check("agency add department", r.returncode == 0 and dept.isdigit(), r.stderr)

    # Worked example 1 (application-workflow.md §8.1).
    r = gk("case", "new", "--agency", dept, "--kind", "自然人", "--name", "张三", "--channel", "online",
           "--subject", "2024年部门预算", "--submitted", "2024-09-27", "--received", "2024-09-29")
    check("case new", r.returncode == 0, r.stderr)
    case_id = next((l.split("：")[1] for l in r.stdout.splitlines() if l.startswith("申请编号")), "")
    check("due date of example 1 is 2024-10-31", "答复期限：2024-10-31" in r.stdout, r.stdout)
    r = gk("case", "event", case_id, "extension_approved", "--on", "2024-10-20", "--days", "20",
           "--approver", "李主任")
    check("extension moves the due date to 2024-11-28", r.returncode == 0 and "答复期限：2024-11-28" in r.stdout,
          r.stdout + r.stderr)
    r = gk("case", "event", case_id, "correction_received", "--on", "2024-10-21")
    check("a correction never requested is refused (exit 1)", r.returncode == 1 and "补正" in r.stderr, r.stderr)
    r = gk("case", "list", "--agency", city, "--children", "--due-within", "10", "--as-of", "2024-11-20")
    check("due-within lists the case", case_id in r.stdout.split() or r.stdout.startswith(case_id), r.stdout)
    r = gk("case", "list", "--agency", city, "--children", "--overdue", "--as-of", "2024-12-02")
    check("overdue lists the case after its due date", r.stdout.startswith(case_id + "\t"), r.stdout)
    r = gk("case", "event", case_id, "replied", "--on", "2024-11-25", "--reply", "partly_disclosed")
    check("reply closes the case",
          r.returncode == 0 and "状态：已答复" in r.stdout and "办理结果：部分公开" in r.stdout, r.stdout + r.stderr)
    r = gk("case", "show", case_id)
    listed = [l for l in r.stdout.splitlines() if l.startswith("  ") and ". " in l]
    check("show lists the four events in order",
          [l.split(".")[0].strip() for l in listed] == ["1", "2", "3", "4"]
          and "提交申请" in listed[0] and "作出答复" in listed[3], r.stdout)
    check("show hides the personal data", "张三" not in r.stdout, r.stdout)
    r = gk("case", "show", case_id, "--contact")
    check("show --contact shows the personal data", "张三" in r.stdout, r.stdout)

    # Ledger import: a bad file imports nothing and names every bad row.
    bad = os.path.join(a.work, "bad.csv")
    with open(bad, "w", encoding="utf-8") as f:
        f.write("申请人类型,收到申请日期,申请内容,答复日期,答复类型\n")
        f.write("自然人,2024-03-01,a,2024-03-10,予以公开\n")
        f.write("法人,2024-13-01,b,,\n")
        f.write("自然人,2024-03-05,c,2024-03-01,予以公开\n")
    r = gk("case", "import", bad, "--agency", dept)
    check("bad ledger exits 1", r.returncode == 1, r.stdout + r.stderr)
    check("bad ledger names rows 3 and 4", "第3行" in r.stderr and "第4行" in r.stderr, r.stderr)
    r = gk("case", "list", "--agency", dept)
    check("nothing was imported", "共1件" in r.stdout, r.stdout)
    good = os.path.join(a.work, "good.csv")
    with open(good, "w", encoding="gb18030") as f:  # Excel on Chinese Windows saves GBK
        f.write("申请人类型,收到申请日期,申请内容,申请方式,答复日期,答复类型\n")
        f.write("自然人,2024-03-01,a,网上,2024-03-10,予以公开\n")
        f.write("商业企业,2024-12-20,b,当面,,\n")
        f.write("法律服务机构,2024-05-06,c,挂号信,2024-05-20,本机关不掌握相关政府信息\n")
    r = gk("case", "import", good, "--agency", dept)
    check("good GBK ledger imports 3", r.returncode == 0 and "已导入3件" in r.stdout, r.stdout + r.stderr)

    # Appeals (Table 4): one corrected in 2024, one still pending at 31 Dec.
    r = gk("appeal", "add", "--agency", dept, "--kind", "review", "--filed", "2024-04-01",
           "--application", case_id, "--case-number", "示复〔2024〕3号")
    appeal = r.stdout.strip()
    check("appeal add", r.returncode == 0 and appeal.isdigit(), r.stderr)
    r = gk("appeal", "decide", appeal, "--on", "2024-06-01", "--outcome", "corrected")
    check("appeal decide", r.returncode == 0, r.stderr)
    r = gk("appeal", "add", "--agency", dept, "--kind", "review", "--filed", "2024-11-01")
    check("second appeal", r.returncode == 0, r.stderr)
    r = gk("appeal", "decide", appeal, "--on", "2024-06-01", "--outcome", "sideways")
    check("an unknown outcome is refused with the choices", r.returncode == 2 and "upheld" in r.stderr, r.stderr)

    # The annual report from the records, checked by the checker.
    out = os.path.join(a.work, "report-2024.json")
    r = gk("report", "build", "--agency", city, "--year", "2024", "--children", "--sample-text", "-o", out)
    check("report build", r.returncode == 0, r.stderr)
    r = subprocess.run([a.gongkai, "report", "check", out], capture_output=True, text=True)
    check("the built report has no findings", r.returncode == 0 and "未发现问题" in r.stdout, r.stdout)
    import json
    with open(out, encoding="utf-8") as f:
        built = json.load(f)
    review = built["table4"]["行政复议"]
    check("Table 4 counts the appeals", review["结果纠正"] == 1 and review["尚未审结"] == 1 and review["总计"] == 2,
          str(review))
    rows = {row["id"]: row["values"] for row in built["table3"]["rows"]}
    check("Table 3 counts the cases of 2024", rows["R01"][6] == 4 and rows["R25"][6] == 1, str(rows["R01"]))
    r = gk("report", "trace", "--agency", city, "--year", "2024", "--children", "--row", "R25")
    check("trace R25 lists the open December case", "共1件" in r.stdout, r.stdout)
    r = gk("report", "trace", "--agency", city, "--year", "2024", "--children", "--row", "行政复议",
           "--column", "尚未审结")
    check("trace Table 4 lists the pending review", "共1件" in r.stdout and "尚未审结" in r.stdout, r.stdout)

    # Reporting-period lock.
    r = gk("report", "publish", "--agency", city, "--year", "2024", "--children", "--actor", "王科长")
    check("publish locks 2024", r.returncode == 0, r.stderr)
    r = gk("case", "new", "--agency", dept, "--subject", "x", "--submitted", "2024-06-03", "--received", "2024-06-03",
           "--channel", "in_person")
    check("a 2024 case is refused once 2024 is locked", r.returncode != 0, r.stdout + r.stderr)
    r = gk("report", "unlock", "--agency", city, "--year", "2024", "--children", "--actor", "王科长",
           "--reason", "补录漏登记的申请")
    check("unlock with a reason", r.returncode == 0, r.stderr)
    r = gk("case", "new", "--agency", dept, "--subject", "x", "--submitted", "2024-06-03", "--received", "2024-06-03",
           "--channel", "in_person")
    check("after the logged unlock the case is accepted", r.returncode == 0, r.stderr)

    # A generated year (gongkai demo seed) built into a report has no findings
    # in any output format.
    demo = "sqlite:" + os.path.join(a.work, "demo.db")
    r = subprocess.run([a.gongkai, "demo", "seed", "--db", demo, "--applications", "800"],
                       capture_output=True, text=True)
    check("demo seed refuses a database that was never initialised",
          r.returncode == 2 and "数据库不存在或尚未初始化，请先运行 gongkai db init" in r.stderr, r.stderr)
    check("… and creates no file", not os.path.exists(os.path.join(a.work, "demo.db")))
    subprocess.run([a.gongkai, "db", "init", "--db", demo], capture_output=True, check=True)
    r = subprocess.run([a.gongkai, "demo", "seed", "--db", demo, "--applications", "800"],
                       capture_output=True, text=True)
    check("demo seed", r.returncode == 0 and "市政府机关编号：1" in r.stdout, r.stdout + r.stderr)
    city = os.path.join(a.work, "city-2025.json")
    r = subprocess.run([a.gongkai, "report", "build", "--db", demo, "--agency", "1", "--year", "2025",
                        "--children", "--sample-text", "-o", city], capture_output=True, text=True)
    check("report build from the demo year", r.returncode == 0, r.stderr)
    for fmt in ["json", "md", "html", "docx", "xlsx", "pdf"]:
        out = os.path.join(a.work, "city-2025-out." + fmt)
        r = subprocess.run([a.gongkai, "report", "render", city, "--format", fmt, "-o", out],
                           capture_output=True, text=True)
        r = subprocess.run([a.gongkai, "report", "check", out], capture_output=True, text=True)
        check(f"the demo year's report as {fmt} has no findings",
              r.returncode == 0 and "未发现问题" in r.stdout, r.stdout)
    return finish()


if __name__ == "__main__":
    sys.exit(main())
