"""Base reports for the fixtures: `gongkai report sample`, then figures and
narrative set in the interchange JSON (docs/report-json.md).

The narrative sentences added here are written for this corpus; the labels,
headings and legal references are the official ones of the format."""
import copy
import json
import os
import subprocess

ROWS = [f"R{i:02d}" for i in range(1, 26)]
T4_BLOCKS = ["行政复议", "未经复议直接起诉", "复议后起诉"]
T4_COLUMNS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
HEADINGS = {
    1: "一、总体情况",
    2: "二、主动公开政府信息情况",
    3: "三、收到和处理政府信息公开申请情况",
    4: "四、政府信息公开行政复议、行政诉讼情况",
    5: "五、存在的主要问题及改进情况",
    6: "六、其他需要报告的事项",
}


def run(args, **kw):
    return subprocess.run(args, capture_output=True, text=True, timeout=300, **kw)


class Gongkai:
    """The gongkai binary, with a cache of sample reports."""

    def __init__(self, path, work):
        self.path = path
        self.work = work
        self._samples = {}
        os.makedirs(work, exist_ok=True)

    def sample(self, seed, year, agency):
        key = (seed, year, agency)
        if key not in self._samples:
            out = os.path.join(self.work, f"sample-{seed}-{year}-{len(self._samples)}.json")
            r = run([self.path, "report", "sample", "--seed", str(seed), "--year", str(year),
                     "--agency", agency, "-o", out])
            if r.returncode != 0:
                raise RuntimeError(f"report sample failed: {r.stderr}")
            with open(out, encoding="utf-8") as f:
                self._samples[key] = json.load(f)
        return copy.deepcopy(self._samples[key])

    def render(self, report_json, fmt, out):
        r = run([self.path, "report", "render", report_json, "--format", fmt, "-o", out])
        if r.returncode != 0:
            raise RuntimeError(f"report render {fmt} failed: {r.stderr}")
        return out

    def check(self, *args):
        """The parsed --json lines of `report check --json ARGS…`."""
        r = run([self.path, "report", "check", "--json", *args])
        lines = [l for l in r.stdout.splitlines() if l.startswith("{")]
        return r.returncode, [json.loads(l) for l in lines], r


def write_json(data, path):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
    return path


# ---- access to the interchange JSON

def t3(data):
    return {row["id"]: row["values"] for row in data["table3"]["rows"]}


def t3_total(data, rid):
    return t3(data)[rid][6]


def section(data, number):
    for s in data["sections"]:
        if s["number"] == number:
            return s
    raise KeyError(number)


def set_t3(data, columns):
    """Sets Table 3 from per-column figures: columns = {col: {row: n}} for
    col 0–5 (自然人 … 其他); R24 is the sum of R03–R23 and R25 the rest, so
    every identity holds. Rows not given are 0."""
    rows = {rid: [0] * 7 for rid in ROWS}
    for c, figs in columns.items():
        for rid, n in figs.items():
            rows[rid][c] = n
        rows["R24"][c] = sum(rows[f"R{i:02d}"][c] for i in range(3, 24))
        rows["R25"][c] = rows["R01"][c] + rows["R02"][c] - rows["R24"][c]
        assert rows["R25"][c] >= 0, f"column {c}: more answered than received"
    for rid in ROWS:
        rows[rid][6] = sum(rows[rid][:6])
    for row in data["table3"]["rows"]:
        row["values"] = rows[row["id"]]
    refresh_narrative(data)


def set_t4(data, block, cells):
    """cells: 4 figures (维持, 纠正, 其他, 尚未审结); 总计 is their sum."""
    b = data["table4"][block]
    for col, n in zip(T4_COLUMNS[:4], cells):
        b[col] = n
    b["总计"] = sum(cells)
    refresh_narrative(data)


def refresh_narrative(data):
    """Rewrites the sample's sentences that quote Table 3/4 figures, so that a
    fixture whose figures were changed stays consistent (rule S2)."""
    rows = t3(data)
    t4 = data["table4"]
    for s in data["sections"]:
        for i, p in enumerate(s["paragraphs"]):
            if p.startswith("（二）依申请公开情况。"):
                s["paragraphs"][i] = (
                    f"（二）依申请公开情况。全年共收到政府信息公开申请{rows['R01'][6]}件，上年结转"
                    f"{rows['R02'][6]}件，办结{rows['R24'][6]}件，结转下年度继续办理{rows['R25'][6]}件，"
                    "均在法定期限内答复。")
            elif p.startswith("本年度发生政府信息公开行政复议"):
                s["paragraphs"][i] = (
                    f"本年度发生政府信息公开行政复议{t4['行政复议']['总计']}件，行政诉讼"
                    f"{t4['未经复议直接起诉']['总计'] + t4['复议后起诉']['总计']}件，具体情况见下表。")


def period_sentence(data):
    y = data["year"]
    return f"报告中所列数据的统计期限为{y}年1月1日至{y}年12月31日。"


def set_period(data, sentence):
    """Replaces the preamble's period sentence (sentence "" removes it)."""
    old = period_sentence(data)
    assert old in data["preamble"][0], data["preamble"][0]
    data["preamble"][0] = data["preamble"][0].replace(old, sentence)


def replace_paragraph(data, number, startswith, text):
    s = section(data, number)
    for i, p in enumerate(s["paragraphs"]):
        if p.startswith(startswith):
            s["paragraphs"][i] = text
            return
    raise KeyError(startswith)


def add_paragraph(data, number, text):
    section(data, number)["paragraphs"].append(text)


def remove_year(data):
    """No year anywhere: the title and every paragraph without it."""
    y = str(data["year"])
    set_period(data, "")
    data["title"] = data["agency"] + "政府信息公开工作年度报告"
    data["year"] = None
    data.pop("period", None)
    data["preamble"] = [p.replace(y + "年", "本年度") for p in data["preamble"]]
    for s in data["sections"]:
        s["paragraphs"] = [p.replace(y + "年", "本年度") for p in s["paragraphs"]]
