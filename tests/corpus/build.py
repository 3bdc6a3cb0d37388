#!/usr/bin/python3
"""Builds the corpus of real-world report variants for `report check`.

Every fixture starts from a report the project made itself
(`gongkai report sample`, figures and narrative set in the JSON), rendered by
`gongkai report render`, then changed the way published copies differ from
the official layout (see transforms.py). PDFs are LibreOffice conversions of
the changed DOCX files, all in one `soffice` call.

    build.py --gongkai PATH --out DIR [--only ID,ID…] [--list]

writes DIR/<pattern>/<fixture files>, the JSON each was rendered from
(DIR/<pattern>/expected.json) and DIR/manifest.json:
[{"pattern", "format", "file", "expected"}] (a PDF entry has "skipped" when
soffice is absent, "failed" when LibreOffice did not convert it). Each
pattern's expectations on `report check --json FILE` are in PATTERNS (built
from expect.py); tests/corpus_test.py checks them. `--list` prints them.

Formats: text (.txt: the Markdown rendering without markup, tables as
tab-separated rows, or pipe tables for the transcript patterns), md, html,
docx, pdf (LibreOffice), xlsx, json.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import expect as E  # noqa: E402
import reports as R  # noqa: E402
from transforms import (AddRowAfter, BoldHeadings, DropRow, InsertBeforeTitle,  # noqa: E402
                        MergeLabelWithValue, RemoveTitle, Replace, SplitRuns, SplitTableRows,
                        SplitHeaderWords, StripT3Labels, TitleOnTwoLines, TransformError, WrapHtmlCells, md_to_text)

COUNTY = "某某县人民政府"
ALL4 = ("text", "html", "docx", "pdf")
TRANSCRIPTS = ("md", "text", "html")


class Pattern:
    def __init__(self, id, description, formats, expect, ops=(), edit=None, seed=None,
                 year=2024, agency=COUNTY, text_pipes=False, filenames=None):
        self.id = id
        self.description = description
        self.formats = tuple(formats)
        self.expect = [E.readable()] + list(expect)
        self.ops = list(ops)
        self.edit = edit
        self.seed = seed if seed is not None else 1000 + len(PATTERNS)
        self.year = year
        self.agency = agency
        self.text_pipes = text_pipes
        self.filenames = filenames or {}


PATTERNS = []


def pattern(*args, **kw):
    PATTERNS.append(Pattern(*args, **kw))


def _clean(*more):
    """The checks every variant of a clean report must pass."""
    return [E.no_errors_except(), E.year_agency(), E.cells_as_base()] + list(more)


# ------------------------------------------------------------- headings

for pid, old, new, desc in [
    ("H-a", R.HEADINGS[4], "四、政府信息公开行政复议与行政诉讼情况", "section 四 heading joins with 与 instead of 、"),
    ("H-b", R.HEADINGS[5], "五、存在的主要问题及明年工作计划", "section 五 heading reworded (next year's plan)"),
    ("H-c", R.HEADINGS[4], "四、政府信息公开行政法复议、行政诉讼情况", "section 四 heading with a typo (行政法复议)"),
    ("H-d", R.HEADINGS[1], "1、总体情况", "section 一 numbered with an Arabic numeral"),
    ("H-h", R.HEADINGS[4], "四、因政府信息公开工作被申请行政复议和提起行政诉讼情况",
     "section 四 under the 2019-era wording still seen in 2021+ reports"),
    ("H-i", R.HEADINGS[5], "五、政府信息公开工作存在的主要问题及改进情况", "section 五 with the prefix 政府信息公开工作"),
    ("H-j", R.HEADINGS[5], "五、存在的主要问题及整改措施", "section 五 called 存在的主要问题及整改措施"),
]:
    pattern(pid, desc, ALL4, ops=[Replace(old, new, heading=True)],
            expect=[E.no_rule("H7"), E.has_rule("S9", "warning", contains=(new,))] + _clean())


def _drop_five(d):
    d["sections"] = [s for s in d["sections"] if s["number"] != 5]


def _merge_five_six(d):
    five, six = R.section(d, 5), R.section(d, 6)
    five["paragraphs"] += six["paragraphs"]
    d["sections"].remove(six)


def _swap_five_six(d):
    i5 = [s["number"] for s in d["sections"]].index(5)
    d["sections"][i5], d["sections"][i5 + 1] = d["sections"][i5 + 1], d["sections"][i5]


pattern("H-e", "section 五 missing (its heading and paragraphs removed)", ALL4, edit=_drop_five,
        expect=[E.has_rule("H7", "error", any_of=("第5部分", "第五部分")), E.year_agency(), E.cells_as_base()])
pattern("H-f", "sections 五 and 六 merged under one heading", ALL4, edit=_merge_five_six,
        ops=[Replace(R.HEADINGS[5], "五、存在的主要问题及改进情况和其他需要报告的事项", heading=True)],
        expect=[E.has_rule("H7", "error", any_of=("第6部分", "第六部分")), E.year_agency(), E.cells_as_base()])
pattern("H-g", "sections 五 and 六 in the wrong order", ALL4, edit=_swap_five_six,
        expect=[E.has_rule("H7", "error"), E.year_agency(), E.cells_as_base()])

# ------------------------------------------------------------- table labels

LABEL_FORMATS = ALL4 + ("xlsx",)
pattern("L-a", "Table 2 row 行政规范性文件 printed with the 2019 label 规范性文件 in a 2021-format report",
        LABEL_FORMATS, ops=[Replace("行政规范性文件", "规范性文件", cell=True)],
        expect=_clean(E.no_rule("H1"), E.no_rule("H8"), E.note_names_both("规范性文件", "行政规范性文件")))
pattern("L-b", "Table 2 labels with the unit: 规章（件）, 行政规范性文件（件）", LABEL_FORMATS,
        ops=[Replace("行政规范性文件", "行政规范性文件（件）", cell=True), Replace("规章", "规章（件）", cell=True)],
        expect=_clean(E.no_rule("H1")))
pattern("L-c", "Table 2 prints no 规章 row (a body that makes no rules)", LABEL_FORMATS,
        ops=[DropRow("规章")],
        expect=[E.no_rule("H1", "error"), E.no_errors_except(), E.mentioned("规章"), E.year_agency(),
                E.cells_as_base(skip=("表二 规章",))])
pattern("L-d", "Table 3 row labels with a wrong or a missing character", LABEL_FORMATS,
        ops=[Replace("2.其他法律行政法规禁止公开", "2.其他法律行政止公开", cell=True),
             Replace("3.危及“三安全一稳定”", "3.危及“三安全稳定”", cell=True)],
        expect=_clean(E.no_rule("H1"), E.note("其他法律行政止公开"), E.note("三安全稳定")))
pattern("L-e", "Table 3 with an unofficial row 其中：网上申请 (numbers) under 一、本年新收", LABEL_FORMATS,
        ops=[AddRowAfter("一、本年新收政府信息公开申请数量", "其中：网上申请", [3, 1, 0, 0, 0, 1, 5])],
        expect=_clean(E.mentioned("网上申请")))

# Labels of Table 3 as the format prints them (docs/report-json.md).
T3_LABELS = [
    "（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "1.属于国家秘密", "2.其他法律行政法规禁止公开",
    "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷",
    "8.属于行政查询事项", "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确",
    "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息",
    "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他", "（七）总计",
    "（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理"]


def _half_width(label):
    return label.replace("（", "(").replace("）", ")")


pattern("L-f", "labels with half-width brackets: (一)予以公开, 第二十条第(一)项 (Word and web copies)", LABEL_FORMATS,
        ops=[Replace(l, _half_width(l), cell=True) for l in T3_LABELS if "（" in l]
        + [Replace(f"第二十条第（{n}）项", f"第二十条第({n})项", cell=True) for n in "一五六八"],
        expect=_clean(E.no_rule("H1")))
pattern("L-g", "sub-item numbers with a full-width dot or 、: 1．属于国家秘密, 2、重复申请", LABEL_FORMATS,
        ops=[Replace(l, l[0] + ("．" if i % 2 else "、") + l[2:], cell=True)
             for i, l in enumerate(x for x in T3_LABELS if x[0].isdigit())],
        expect=_clean(E.no_rule("H1")))



class _Subtotal(AddRowAfter):
    """A 小计 row after 8.属于行政查询事项 with （三）不予公开's sums (off by `delta`
    in 自然人 and 总计), computed from the fixture's own figures."""

    def __init__(self, label, delta):
        super().__init__("8.属于行政查询事项", label, [0] * 7)
        self.delta = delta

    def for_report(self, data):
        rows = R.t3(data)
        vals = [sum(rows[f"R{i:02d}"][c] for i in range(5, 13)) for c in range(7)]
        vals[0] += self.delta
        vals[6] += self.delta
        self.values = [str(v) for v in vals]


pattern("L-i", "a subtotal row （三）不予公开小计 one too high in 自然人 and 总计: H6", LABEL_FORMATS,
        ops=[_Subtotal("（三）不予公开小计", 1)],
        expect=[E.has_rule("H6", "error"), E.no_errors_except("H6"), E.cells_as_base()])
pattern("L-i0", "a correct subtotal row （三）不予公开小计 (control: no H6)", LABEL_FORMATS,
        ops=[_Subtotal("（三）不予公开小计", 0)],
        expect=_clean(E.no_rule("H6")))

# ------------------------------------------------------------- period

PERIOD_OK = [E.no_rule("S4"), E.no_errors_except(), E.year_agency()]


def _period(sentence):
    return lambda d: R.set_period(d, sentence)


def _period_read(year):
    def f(result, expected):
        p = (result.get("report") or {}).get("period") or {}
        want = {"start": f"{year}-01-01", "end": f"{year}-12-31"}
        return [] if {k: p.get(k) for k in want} == want else [f"period read as {p}, want {want}"]
    f.__doc__ = f"period read as {year}-01-01 to {year}-12-31"
    return f


pattern("P-a", "period as 统计期限自…起至…止", ALL4, year=2023,
        edit=_period("本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。"), expect=PERIOD_OK + [_period_read(2023)])
pattern("P-b", "period with the second year omitted (至12月31日)", ALL4,
        edit=_period("本报告中所列数据统计期限为2024年1月1日至12月31日。"), expect=PERIOD_OK + [_period_read(2024)])
pattern("P-c", "period called 统计周期", ALL4,
        edit=_period("本报告所列数据的统计周期为2024年1月1日至2024年12月31日。"), expect=PERIOD_OK + [_period_read(2024)])
pattern("P-d", "period called 统计时段, dates joined by a dash", ALL4,
        edit=_period("本报告所列数据的统计时段为2024年1月1日—2024年12月31日。"), expect=PERIOD_OK + [_period_read(2024)])
pattern("P-f", "period as 自…起至12月31日止, second year omitted", ALL4,
        edit=_period("报告所列数据的统计期限自2024年1月1日起至12月31日止。"), expect=PERIOD_OK + [_period_read(2024)])
pattern("P-g", "period called 统计时限", ALL4,
        edit=_period("本报告中所列数据的统计时限自2024年1月1日至2024年12月31日。"), expect=PERIOD_OK + [_period_read(2024)])
pattern("P-h", "period called 统计时限, second year omitted", ALL4,
        edit=_period("本报告所列数据统计时限为2024年1月1日至12月31日。"), expect=PERIOD_OK + [_period_read(2024)])
pattern("P-e", "no period sentence (control: S4 fires)", ALL4, edit=_period(""),
        expect=[E.has_rule("S4", "warning"), E.no_errors_except(), E.year_agency()])

# ------------------------------------------------------------- title

TITLE_OK = [E.no_rule("S4"), E.no_errors_except(), E.year_agency(), E.cells_as_base()]
pattern("T-a", "a breadcrumb line before the title", ALL4,
        ops=[InsertBeforeTitle(["首页 > 政务公开 > 政府信息公开年报"],
                               ['<div class="crumbs"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
                                '<span>政府信息公开年报</span></div>'])],
        expect=TITLE_OK)
pattern("T-b", "the site name and a 发布日期/来源 line before the title", ALL4, year=2023,
        ops=[InsertBeforeTitle(["××县人民政府门户网站", "发布日期：2024-01-18 来源：××县政务公开办"])],
        expect=TITLE_OK)
pattern("T-e", "a 当前位置 breadcrumb and a 索引号/发布机构 block before the title", ALL4,
        ops=[InsertBeforeTitle(["当前位置：首页 > 信息公开 > 法定主动公开内容 > 政府信息公开年报",
                                "索引号：000014349/2025-00031　分类：政府信息公开年报",
                                "发布机构：某某县人民政府办公室　发布日期：2025-03-20"])],
        expect=TITLE_OK)
pattern("T-f", "the title on two lines: the agency, then the year and report name", ALL4,
        ops=[TitleOnTwoLines(COUNTY)], expect=TITLE_OK)
pattern("T-c", "title missing from the body: only in the metadata or the file name",
        ("text", "html", "docx", "pdf"), ops=[RemoveTitle()],
        filenames={"text": COUNTY + "2024年政府信息公开工作年度报告.txt"},
        expect=[E.year_agency(), E.no_rule("S4"), E.no_errors_except(), E.cells_as_base()])


def _no_year(result, expected):
    return [] if not result.get("year") else [f"year read as {result.get('year')}"]


_no_year.__doc__ = "no year read"
pattern("T-d", "no year anywhere (title, metadata, file name, period)", ALL4, edit=R.remove_year,
        expect=[_no_year, E.has_rule("S4", "warning", contains=("标题", "文件名"))])

# ------------------------------------------------------------- narrative


def _small_t3(r03, r04=1, r13=0, r25=0):
    received = r03 + r04 + r13 + r25
    return {0: {"R01": received, "R03": r03, "R04": r04, "R13": r13}}


def _narrative(table=None, t4=None, paragraphs=(), replace=()):
    def edit(d):
        if table:
            R.set_t3(d, table)
        for block, cells in (t4 or {}).items():
            R.set_t4(d, block, cells)
        for number, start, text in replace:
            R.replace_paragraph(d, number, start, text)
        for number, text in paragraphs:
            R.add_paragraph(d, number, text)
    return edit


ZERO4 = {"行政复议": [0, 0, 0, 0], "未经复议直接起诉": [0, 0, 0, 0], "复议后起诉": [0, 0, 0, 0]}
pattern("N-a", "「同意公开答复数1件」 with R03 总计 1 and （七）总计 5: consistent", ALL4,
        edit=_narrative(_small_t3(1, 1, 3), paragraphs=[(3, "本年度办结的申请中，同意公开答复数1件，部分公开1件，其余3件因本机关不掌握相关信息告知申请人。")]),
        expect=[E.no_rule("S2"), E.no_errors_except(), E.cells_as_base()])
pattern("N-b", "「同意公开答复数1件」 with R03 总计 3: S2", ALL4,
        edit=_narrative(_small_t3(3, 1, 1), paragraphs=[(3, "本年度办结的申请中，同意公开答复数1件，部分公开1件。")]),
        expect=[E.has_rule("S2", "warning"), E.no_errors_except(), E.cells_as_base()])
pattern("N-c", "「行政复议1起」 with Table 4 行政复议 总计 0: S2", ALL4,
        edit=_narrative(t4=ZERO4, replace=[(4, "本年度发生政府信息公开行政复议", "全年因政府信息公开发生行政复议1起，未发生行政诉讼。")]),
        expect=[E.has_rule("S2", "warning"), E.no_errors_except(), E.cells_as_base()])
pattern("N-d", "「所有申请均已办理完毕」 while R25 总计 > 0: S10", ALL4,
        edit=_narrative(_small_t3(4, 1, 1, r25=2), paragraphs=[(3, "截至12月31日，所有申请均已办理完毕。")]),
        expect=[E.has_rule("S10"), E.no_errors_except(), E.cells_as_base()])
pattern("N-d0", "「所有申请均已办理完毕」 with R25 总计 0 (control: no S10)", ALL4,
        edit=_narrative(_small_t3(4, 1, 1, r25=0), paragraphs=[(3, "截至12月31日，所有申请均已办理完毕。")]),
        expect=[E.no_rule("S10"), E.no_errors_except(), E.cells_as_base()])
pattern("N-e", "「本年度未发生…行政复议、行政诉讼案件」 while 行政复议 总计 > 0: S10", ALL4,
        edit=_narrative(t4={"行政复议": [1, 0, 1, 0], "未经复议直接起诉": [0, 0, 0, 0], "复议后起诉": [0, 0, 0, 0]},
                        replace=[(4, "本年度发生政府信息公开行政复议", "本年度未发生政府信息公开行政复议、行政诉讼案件。")]),
        expect=[E.has_rule("S10"), E.no_errors_except(), E.cells_as_base()])
pattern("N-e0", "「本年度未发生…行政复议、行政诉讼案件」 with Table 4 all 0 (control: no S10)", ALL4,
        edit=_narrative(t4=ZERO4, replace=[(4, "本年度发生政府信息公开行政复议", "本年度未发生政府信息公开行政复议、行政诉讼案件。")]),
        expect=[E.no_rule("S10"), E.no_rule("S2"), E.no_errors_except(), E.cells_as_base()])
_T3_10 = {0: {"R01": 7, "R03": 4, "R04": 1, "R13": 2}, 1: {"R01": 3, "R03": 2, "R13": 1}}
pattern("N-f", "「共收到申请10件，其中自然人申请6件、法人或其他组织申请3件」: parts ≠ total, S10", ALL4,
        edit=_narrative(_T3_10, paragraphs=[(3, "本年度共收到申请10件，其中自然人申请6件、法人或其他组织申请3件。")]),
        expect=[E.has_rule("S10"), E.no_errors_except(), E.cells_as_base()])
pattern("N-f0", "「共收到申请10件，其中自然人申请7件、法人或其他组织申请3件」 (control: no S10)", ALL4,
        edit=_narrative(_T3_10, paragraphs=[(3, "本年度共收到申请10件，其中自然人申请7件、法人或其他组织申请3件。")]),
        expect=[E.no_rule("S10"), E.no_rule("S2"), E.no_errors_except(), E.cells_as_base()])

_T3_14 = {0: {"R01": 10, "R03": 6, "R04": 2, "R13": 1}, 1: {"R01": 4, "R03": 2, "R13": 1}}  # 14 in, 12 done, 2 over


def _by_channel(done):
    return ("（二）依申请公开情况。", f"（二）依申请公开情况。本年度受理依申请公开14件（其中当面和信函申请10件，网上申请4件），"
                                      f"办结{done}件，另有2件结转至下一年度办理。")


pattern("N-g", "received/handled/carried over with a channel breakdown in brackets, all consistent", ALL4,
        edit=_narrative(_T3_14, replace=[(1,) + _by_channel(12)]),
        expect=[E.no_rule("S2"), E.no_rule("S10"), E.no_errors_except(), E.cells_as_base()])
pattern("N-h", "the same sentence with 办结 2 short of （七）总计: S2", ALL4,
        edit=_narrative(_T3_14, replace=[(1,) + _by_channel(10)]),
        expect=[E.has_rule("S2", "warning", contains=("10",)), E.no_errors_except(), E.cells_as_base()])
pattern("N-i", "「因政府信息公开工作引发行政复议案件3件」 with Table 4 行政复议 总计 2: S2", ALL4,
        edit=_narrative(t4={"行政复议": [1, 0, 0, 1], "未经复议直接起诉": [0, 0, 1, 0], "复议后起诉": [0, 0, 0, 0]},
                        replace=[(4, "本年度发生政府信息公开行政复议", "因政府信息公开工作引发行政复议案件3件，行政诉讼案件1件。")]),
        expect=[E.has_rule("S2", "warning"), E.no_errors_except(), E.cells_as_base()])
pattern("N-i0", "「因政府信息公开工作引发行政复议案件2件，行政诉讼案件1件」, consistent (control)", ALL4,
        edit=_narrative(t4={"行政复议": [1, 0, 0, 1], "未经复议直接起诉": [0, 0, 1, 0], "复议后起诉": [0, 0, 0, 0]},
                        replace=[(4, "本年度发生政府信息公开行政复议", "因政府信息公开工作引发行政复议案件2件，行政诉讼案件1件。")]),
        expect=[E.no_rule("S2"), E.no_rule("S10"), E.no_errors_except(), E.cells_as_base()])

# ------------------------------------------------------------- transcripts

pattern("L-h", "Table 3 column labels wrapped onto a second header row (商业 / 企业)", TRANSCRIPTS,
        ops=[SplitHeaderWords({"商业企业": ("商业", "企业"), "科研机构": ("科研", "机构"), "社会公益组织": ("社会公益", "组织"),
                               "法律服务机构": ("法律服务", "机构")})],
        expect=_clean(E.no_rule("H1")))
pattern("X-a", "Tables 2 and 3 exported as one small table per row", TRANSCRIPTS, text_pipes=True,
        ops=[SplitTableRows(2, 3)], expect=_clean(E.no_rule("H1")))
pattern("X-b", "Table 3's 25 data rows without their label cells (values only, official order)", TRANSCRIPTS,
        text_pipes=True, ops=[StripT3Labels()], expect=_clean(E.no_rule("H1"), E.note_matching(r"表三.*按.{0,8}顺序", "a note: Table 3 read 按顺序 (by position)")))
pattern("X-c", "Table 3 rows without labels and one row missing: order ambiguous", TRANSCRIPTS, text_pipes=True,
        ops=[StripT3Labels(drop=11)],
        expect=[E.cells_never_misassigned(), E.has_rule("H1"), E.blank_cells_reported(),
                E.note("表三", any_of=("无法", "不能", "未能"))])
pattern("X-d", "a row whose label and first value ran together (（一）予以公开5)", TRANSCRIPTS, text_pipes=True,
        ops=[MergeLabelWithValue("（一）予以公开")],
        expect=[E.cells_never_misassigned(), E.blank_cells_reported(), E.cells_as_base(skip=("表三 R03",))])


# ------------------------------------------------------------- how the file was saved

pattern("F-a", "Markdown headings as bold paragraphs (**一、总体情况**), as converters from Word write them", ("md",),
        ops=[BoldHeadings()], expect=_clean(E.no_rule("H7"), E.no_rule("S9")))
pattern("F-b", "HTML table cells wrapped in <p><span> with &nbsp; padding (Word/WPS “另存为网页”)", ("html",),
        ops=[WrapHtmlCells()], expect=_clean(E.no_rule("H1")))
pattern("F-c", "every DOCX run cut into pieces of 3 characters (labels and headings split across runs)", ("docx", "pdf"),
        ops=[SplitRuns(3)], expect=_clean(E.no_rule("H1"), E.no_rule("H7"), E.no_rule("S9")))

# ------------------------------------------------------------- interchange JSON


def _json_2019_row(d):
    d["format"] = "unknown"  # let the checker tell the template from the tables
    d["table2_extra_rows"] = [{"block": "第二十条第（九）项", "label": "政府集中采购",
                               "columns": ["采购项目数量", "采购总金额"], "cells": [4, 37]}]


pattern("J-a", "JSON with format \"unknown\" whose Table 2 has the 2019 row 政府集中采购 (docs: kept for H8)", ("json",),
        edit=_json_2019_row, expect=[E.has_rule("H8", "error"), E.mentioned("政府集中采购"), E.year_agency()])

# ------------------------------------------------------------- building

def _apply(ops, fmt, content):
    for op in ops:
        fn = getattr(op, fmt, None)
        if fn is None:
            raise TransformError(f"{type(op).__name__} has no {fmt} form")
        r = fn(content)
        if fmt != "xlsx":
            content = r
    return content


def _rewrite_zip(path, name, fn):
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == name:
                data = fn(data.decode("utf-8")).encode("utf-8")
            zout.writestr(item, data)
    os.replace(tmp, path)


def build_fixture(gk, p, fmt, pdir, report_json, pdf_sources):
    """Writes one fixture; returns its path (a PDF is only queued)."""
    name = p.filenames.get(fmt)
    if fmt in ("md", "text"):
        src = gk.render(report_json, "md", os.path.join(pdir, "rendered.md"))
        with open(src, encoding="utf-8") as f:
            content = _apply(p.ops, "md", f.read())
        if fmt == "text":
            content = md_to_text(content, pipes=p.text_pipes)
        out = os.path.join(pdir, name or f"{p.id}.{'txt' if fmt == 'text' else 'md'}")
        with open(out, "w", encoding="utf-8") as f:
            f.write(content)
        return out
    if fmt == "html":
        src = gk.render(report_json, "html", os.path.join(pdir, "rendered.html"))
        with open(src, encoding="utf-8") as f:
            content = _apply(p.ops, "html", f.read())
        out = os.path.join(pdir, name or f"{p.id}.html")
        with open(out, "w", encoding="utf-8") as f:
            f.write(content)
        return out
    if fmt in ("docx", "pdf"):
        if fmt == "docx":
            out = os.path.join(pdir, name or f"{p.id}.docx")
        else:
            out = os.path.join(pdf_sources, f"{p.id}.docx")
        gk.render(report_json, "docx", out)
        if p.ops:
            _rewrite_zip(out, "word/document.xml", lambda xml: _apply(p.ops, "docx", xml))
        if fmt == "pdf":
            return os.path.join(pdir, name or f"{p.id}.pdf")
        return out
    if fmt == "xlsx":
        import openpyxl
        out = os.path.join(pdir, name or f"{p.id}.xlsx")
        gk.render(report_json, "xlsx", out)
        if p.ops:
            wb = openpyxl.load_workbook(out)
            _apply(p.ops, "xlsx", wb)
            wb.save(out)
        return out
    if fmt == "json":
        out = os.path.join(pdir, name or f"{p.id}.json")
        shutil.copy(report_json, out)
        return out
    raise ValueError(fmt)


def soffice_binary():
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_pdfs(docx_files, outdir):
    """One LibreOffice call for all files; returns {docx: pdf}."""
    if not docx_files:
        return {}
    soffice = soffice_binary()
    if not soffice:
        return {}
    profile = tempfile.mkdtemp(prefix="corpus-lo-")
    try:
        subprocess.run([soffice, "-env:UserInstallation=file://" + profile, "--headless",
                        "--convert-to", "pdf", "--outdir", outdir, *docx_files],
                       capture_output=True, text=True, timeout=600)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    out = {}
    for d in docx_files:
        pdf = os.path.join(outdir, os.path.splitext(os.path.basename(d))[0] + ".pdf")
        if os.path.exists(pdf):
            out[d] = pdf
    return out


def build(gongkai, out, only=None, formats=None):
    """Builds the corpus; returns the manifest (also written to out/manifest.json).
    PDF entries get "skipped" when LibreOffice is absent."""
    os.makedirs(out, exist_ok=True)
    gk = R.Gongkai(gongkai, os.path.join(out, "_samples"))
    pdf_sources = os.path.join(out, "_pdf_sources")
    os.makedirs(pdf_sources, exist_ok=True)
    manifest = []
    pending = []
    for p in PATTERNS:
        if only and p.id not in only:
            continue
        pdir = os.path.join(out, p.id)
        os.makedirs(pdir, exist_ok=True)
        data = gk.sample(p.seed, p.year, p.agency)
        if p.edit:
            p.edit(data)
        for op in p.ops:
            if hasattr(op, "for_report"):
                op.for_report(data)
        report_json = R.write_json(data, os.path.join(pdir, "expected.json"))
        for fmt in p.formats:
            if formats and fmt not in formats:
                continue
            path = build_fixture(gk, p, fmt, pdir, report_json, pdf_sources)
            entry = {"pattern": p.id, "format": fmt, "file": path, "expected": report_json}
            if fmt == "pdf":
                pending.append((os.path.join(pdf_sources, f"{p.id}.docx"), entry))
            manifest.append(entry)
    converted = convert_pdfs([d for d, _ in pending], pdf_sources)
    for d, entry in pending:
        if d in converted:
            shutil.move(converted[d], entry["file"])
        elif not soffice_binary():
            entry["skipped"] = "LibreOffice (soffice) is not installed"
        else:
            entry["failed"] = "LibreOffice did not convert " + os.path.basename(d)
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
    return manifest


def pattern_by_id(pid):
    for p in PATTERNS:
        if p.id == pid:
            return p
    raise KeyError(pid)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gongkai")
    ap.add_argument("--out")
    ap.add_argument("--only", help="comma-separated pattern ids")
    ap.add_argument("--formats", help="comma-separated formats (text,md,html,docx,pdf,xlsx,json)")
    ap.add_argument("--list", action="store_true", help="list the patterns and exit")
    a = ap.parse_args()
    if a.list or not (a.gongkai and a.out):
        for p in PATTERNS:
            print(f"{p.id:5} {','.join(p.formats):28} {p.description}")
            for e in p.expect[1:]:
                print(f"{'':6}- {e.__doc__}")
        return 0
    only = set(a.only.split(",")) if a.only else None
    formats = set(a.formats.split(",")) if a.formats else None
    manifest = build(a.gongkai, a.out, only, formats)
    skipped = [m for m in manifest if m.get("skipped")]
    print(f"{len(manifest)} fixtures of {len({m['pattern'] for m in manifest})} patterns in {a.out}"
          + (f" ({len(skipped)} skipped: {skipped[0]['skipped']})" if skipped else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
