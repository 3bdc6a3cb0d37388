"""Transformations of rendered reports, one implementation per file format.

Every fixture of the corpus starts as a report that gongkai itself rendered
(`gongkai report render`); a transformation then changes the rendered file the
way a real publisher's copy differs from the official layout: a reworded
heading, a label with a wrong character, lines before the title, a table
exported one row at a time.

An operation is an object with one method per format it supports:

  md(text) -> text          Markdown as `report render --format md` writes it
                            (the plain-text fixtures are made from the result)
  html(text) -> text        HTML as `report render --format html` writes it
                            (one <tr> per line)
  docx(xml) -> xml          word/document.xml of `report render --format docx`
  xlsx(workbook) -> None    an openpyxl workbook, changed in place

An operation that makes no change raises TransformError, so a fixture never
silently equals its base report.
"""
import html as htmlmod
import re


class TransformError(Exception):
    pass


def _must_change(before, after, what):
    if before == after:
        raise TransformError(f"{what}: nothing to change")
    return after


# ---------------------------------------------------------------- Markdown

def md_cells(line):
    """Cells of a Markdown pipe row (escapes kept as written)."""
    t = line.strip()
    if t.startswith("|"):
        t = t[1:]
    if t.endswith("|") and not t.endswith("\\|"):
        t = t[:-1]
    return [c.strip() for c in re.split(r"(?<!\\)\|", t)]


def md_row(cells):
    return "| " + " | ".join(cells) + " |"


def md_is_separator(line):
    t = line.replace(" ", "")
    return len(t) >= 3 and t.startswith("|") and set(t) <= set("|-:")


def md_unescape(text):
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", text)


def md_escape_cell(text):
    # What the project's Markdown writer escapes inside a table cell.
    return re.sub(r"([`*_~|])", r"\\\1", text)


def md_tables(text):
    """(start, end) line indexes of each pipe table, in document order."""
    lines = text.split("\n")
    out = []
    i = 0
    while i < len(lines):
        if lines[i].strip().startswith("|"):
            j = i
            while j < len(lines) and lines[j].strip().startswith("|"):
                j += 1
            out.append((i, j))
            i = j
        else:
            i += 1
    return lines, out


def md_table_index(lines, spans, number):
    """The span of Table 2, 3 or 4 (recognised by a label it contains)."""
    marks = {2: "第二十条第（一）项", 3: "本年新收政府信息公开申请数量", 4: "未经复议直接起诉"}
    for s, e in spans:
        if any(marks[number] in lines[k] for k in range(s, e)):
            return s, e
    raise TransformError(f"Markdown: no Table {number}")


def md_to_text(md, pipes=False):
    """A plain-text copy of a Markdown report, as pasted from a web page:
    no heading markers, table rows as tab-separated cells (empty cells, which
    are the covered parts of merged cells, left out). With `pipes`, the
    tables stay Markdown pipe tables (a .txt saved from a Markdown export)."""
    out = []
    for line in md.split("\n"):
        t = line.strip()
        if t.startswith("#"):
            out.append(md_unescape(t.lstrip("#").strip()))
        elif t.startswith("|"):
            if pipes:
                out.append(line)
            elif not md_is_separator(t):
                cells = [md_unescape(c).replace("<br>", "") for c in md_cells(t)]
                out.append("\t".join(c for c in cells if c))
        else:
            out.append(md_unescape(line).replace("\\", ""))
    return "\n".join(out)


# ---------------------------------------------------------------- HTML

def h(text):
    return htmlmod.escape(text, quote=False)


def html_table_span(lines, number):
    """Line indexes [start, end) of the <div class="table-wrap"> of Table N."""
    key = f'aria-labelledby="table-{number}"'
    for i, line in enumerate(lines):
        if line.startswith("<div") and key in line:
            for j in range(i, len(lines)):
                if lines[j] == "</div>":
                    return i, j + 1
    raise TransformError(f"HTML: no Table {number}")


def html_cell_texts(tr):
    return [htmlmod.unescape(m.group(2)) for m in re.finditer(r"<(td|th)[^>]*>(.*?)</\1>", tr)]


# ---------------------------------------------------------------- DOCX

W_T = re.compile(r"(<w:t(?: [^>]*)?>)(.*?)(</w:t>)", re.S)
W_P = re.compile(r"<w:p[ >].*?</w:p>|<w:p/>", re.S)
W_TR = re.compile(r"<w:tr[ >].*?</w:tr>", re.S)
W_TC = re.compile(r"<w:tc[ >].*?</w:tc>", re.S)
W_TBL = re.compile(r"<w:tbl>.*?</w:tbl>", re.S)


def x(text):
    return htmlmod.escape(text, quote=False)


def docx_text(fragment):
    return "".join(htmlmod.unescape(m.group(2)) for m in W_T.finditer(fragment))


def docx_set_text(fragment, text):
    """The fragment with its text replaced: all of it goes into the first
    <w:t> (labels split across runs are joined first), the others emptied."""
    first = [True]

    def sub(m):
        if first[0]:
            first[0] = False
            return '<w:t xml:space="preserve">' + x(text) + m.group(3)
        return m.group(1) + m.group(3)

    out = W_T.sub(sub, fragment)
    if first[0]:
        raise TransformError("DOCX: fragment without text")
    return out


def docx_outside_tables(xml, fn):
    """Applies fn to each stretch of document.xml outside <w:tbl>."""
    parts = []
    pos = 0
    for m in W_TBL.finditer(xml):
        parts.append(fn(xml[pos:m.start()]))
        parts.append(m.group(0))
        pos = m.end()
    parts.append(fn(xml[pos:]))
    return "".join(parts)


def docx_paragraph(text, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{x(text)}</w:t></w:r></w:p>'


def docx_first_body_paragraph(xml):
    body = xml.index("<w:body>") + len("<w:body>")
    m = W_P.search(xml, body)
    if not m:
        raise TransformError("DOCX: empty body")
    return m


# ---------------------------------------------------------------- operations

class Replace:
    """Replaces printed text. `cell`: only a table cell whose whole text is
    `old`; `heading`: only a paragraph (outside tables) whose whole text is
    `old`; otherwise every occurrence in the running text."""

    def __init__(self, old, new, cell=False, heading=False):
        self.old, self.new, self.cell, self.heading = old, new, cell, heading

    def md(self, text):
        if self.heading:
            return _must_change(text, re.sub(r"(?m)^(#+ )" + re.escape(md_escape_cell(self.old)) + "$",
                                             lambda m: m.group(1) + md_escape_cell(self.new), text), self.old)
        if self.cell:
            old, new = md_escape_cell(self.old), md_escape_cell(self.new)
            return _must_change(text, re.sub(r"(?<=\| )" + re.escape(old) + r"(?= \|)", new.replace("\\", "\\\\"), text),
                                self.old)
        return _must_change(text, text.replace(self.old, self.new), self.old)

    def html(self, text):
        if self.heading:
            pat = r"(<h[12][^>]*>)" + re.escape(h(self.old)) + r"(</h[12]>)"
            return _must_change(text, re.sub(pat, lambda m: m.group(1) + h(self.new) + m.group(2), text), self.old)
        if self.cell:
            pat = r"(<t[dh][^>]*>)" + re.escape(h(self.old)) + r"(</t[dh]>)"
            return _must_change(text, re.sub(pat, lambda m: m.group(1) + h(self.new) + m.group(2), text), self.old)
        return _must_change(text, text.replace(h(self.old), h(self.new)), self.old)

    def docx(self, xml):
        if self.cell:
            def cell(m):
                c = m.group(0)
                return docx_set_text(c, self.new) if docx_text(c) == self.old else c
            return _must_change(xml, W_TC.sub(cell, xml), self.old)

        def para(m):
            p = m.group(0)
            t = docx_text(p)
            if self.heading:
                return docx_set_text(p, self.new) if t.strip() == self.old else p
            return docx_set_text(p, t.replace(self.old, self.new)) if self.old in t else p

        if self.heading:
            return _must_change(xml, docx_outside_tables(xml, lambda s: W_P.sub(para, s)), self.old)
        return _must_change(xml, W_P.sub(para, xml), self.old)

    def xlsx(self, wb):
        changed = False
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for c in row:
                    if not isinstance(c.value, str):
                        continue
                    if self.cell or self.heading:
                        if c.value.strip() == self.old:
                            c.value = self.new
                            changed = True
                    elif self.old in c.value:
                        c.value = c.value.replace(self.old, self.new)
                        changed = True
        if not changed:
            raise TransformError(f"XLSX: {self.old}: nothing to change")


class DropRow:
    """Removes the table row that has a cell reading `label`."""

    def __init__(self, label):
        self.label = label

    def md(self, text):
        lines = text.split("\n")
        out = [l for l in lines if not (l.strip().startswith("|") and md_escape_cell(self.label) in md_cells(l))]
        return _must_change(text, "\n".join(out), self.label)

    def html(self, text):
        lines = text.split("\n")
        out = [l for l in lines if not (l.startswith("<tr>") and self.label in html_cell_texts(l))]
        return _must_change(text, "\n".join(out), self.label)

    def docx(self, xml):
        return _must_change(xml, W_TR.sub(lambda m: "" if any(docx_text(c) == self.label for c in W_TC.findall(m.group(0)))
                                          else m.group(0), xml), self.label)

    def xlsx(self, wb):
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                if any(isinstance(c.value, str) and c.value.strip() == self.label for c in row):
                    r = row[0].row
                    _drop_merges_on(ws, r)
                    ws.delete_rows(r)
                    _shift_merges(ws, r, -1)
                    return
        raise TransformError(f"XLSX: no row {self.label}")


class AddRowAfter:
    """Adds a row after the row labelled `after`: a copy of that row with the
    label `label` and the last len(values) cells replaced by `values`."""

    def __init__(self, after, label, values):
        self.after, self.label, self.values = after, label, [str(v) for v in values]

    def _cells(self, cells, find):
        cells = list(cells)
        i = find(cells)
        cells[i] = self.label
        cells[-len(self.values):] = self.values
        return cells

    def md(self, text):
        lines = text.split("\n")
        for k, l in enumerate(lines):
            if l.strip().startswith("|") and md_escape_cell(self.after) in md_cells(l):
                cells = md_cells(l)
                new = [""] * len(cells)
                i = cells.index(md_escape_cell(self.after))
                new[i] = md_escape_cell(self.label)
                new[-len(self.values):] = self.values
                lines.insert(k + 1, md_row(new))
                return "\n".join(lines)
        raise TransformError(f"Markdown: no row {self.after}")

    def html(self, text):
        lines = text.split("\n")
        for k, l in enumerate(lines):
            if l.startswith("<tr>") and self.after in html_cell_texts(l):
                cells = re.findall(r"<(?:td|th)[^>]*>.*?</(?:td|th)>", l)
                label_at = [i for i, c in enumerate(cells) if htmlmod.unescape(re.sub(r"<[^>]+>", "", c)) == self.after][0]
                label = re.sub(r">.*?<", ">" + h(self.label) + "<", cells[label_at], count=1)
                label = re.sub(r' rowspan="\d+"', "", label)
                vals = [f'<td class="num">{h(v)}</td>' for v in self.values]
                lines.insert(k + 1, "<tr>" + label + "".join(vals) + "</tr>")
                return "\n".join(lines)
        raise TransformError(f"HTML: no row {self.after}")

    def docx(self, xml):
        for m in W_TR.finditer(xml):
            tr = m.group(0)
            tcs = W_TC.findall(tr)
            texts = [docx_text(c) for c in tcs]
            if self.after not in texts:
                continue
            new = tr
            i = texts.index(self.after)
            repl = {i: self.label}
            for k, v in enumerate(self.values):
                repl[len(tcs) - len(self.values) + k] = v
            # Rebuilt by position: cells with the same XML (two "0" cells)
            # must not be mistaken for one another.
            pieces, last = [], 0
            for k, cm in enumerate(W_TC.finditer(tr)):
                pieces.append(tr[last:cm.start()])
                c = cm.group(0)
                # A continuation of a merged label (w:vMerge) stays merged.
                pieces.append(docx_set_text(c, repl[k]) if k in repl else c)
                last = cm.end()
            pieces.append(tr[last:])
            new = "".join(pieces)
            return xml[:m.end()] + new + xml[m.end():]
        raise TransformError(f"DOCX: no row {self.after}")

    def xlsx(self, wb):
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                labels = [c for c in row if isinstance(c.value, str) and c.value.strip() == self.after]
                if not labels:
                    continue
                r = row[0].row
                ws.insert_rows(r + 1)
                _shift_merges(ws, r, 1)
                ws.cell(r + 1, labels[0].column, self.label)
                last = max(c.column for c in row if c.value is not None)
                for k, v in enumerate(self.values):
                    ws.cell(r + 1, last - len(self.values) + 1 + k, int(v))
                return
        raise TransformError(f"XLSX: no row {self.after}")


def _drop_merges_on(ws, r):
    for mr in list(ws.merged_cells.ranges):
        if mr.min_row <= r <= mr.max_row:
            ws.merged_cells.remove(mr)


def _shift_merges(ws, r, delta):
    """openpyxl moves cells on insert/delete_rows but not merged ranges."""
    for mr in list(ws.merged_cells.ranges):
        if mr.min_row > r:
            mr.shift(0, delta)


class InsertBeforeTitle:
    """Lines of the web page printed before the report's title."""

    def __init__(self, lines, html_lines=None):
        self.lines = lines
        self.html_lines = html_lines

    def md(self, text):
        return "\n\n".join(self.lines) + "\n\n" + text

    def html(self, text):
        block = "\n".join(self.html_lines or [f"<p>{h(l)}</p>" for l in self.lines]) + "\n"
        return _must_change(text, text.replace("<article>\n<h1>", "<article>\n" + block + "<h1>", 1), "title")

    def docx(self, xml):
        m = docx_first_body_paragraph(xml)
        return xml[:m.start()] + "".join(docx_paragraph(l) for l in self.lines) + xml[m.start():]


class TitleOnTwoLines:
    """The title broken after the agency's name, as many published copies
    print it: two title lines (Markdown/DOCX), or <h1>A<br>B</h1> (HTML)."""

    def __init__(self, first):
        self.first = first

    def md(self, text):
        lines = text.split("\n")
        if not lines[0].startswith("# " + self.first):
            raise TransformError("Markdown: title does not start with " + self.first)
        lines[0:1] = ["# " + self.first, "", "# " + lines[0][2 + len(self.first):]]
        return "\n".join(lines)

    def html(self, text):
        return _must_change(text, re.sub(r"<h1>" + re.escape(h(self.first)), "<h1>" + h(self.first) + "<br>", text, count=1),
                            "title")

    def docx(self, xml):
        m = docx_first_body_paragraph(xml)
        p = m.group(0)
        t = docx_text(p)
        if not t.startswith(self.first):
            raise TransformError("DOCX: title does not start with " + self.first)
        return xml[:m.start()] + docx_set_text(p, self.first) + docx_set_text(p, t[len(self.first):]) + xml[m.end():]


class RemoveTitle:
    """The title left out of the body; the document metadata keep it
    (HTML <title>, DOCX docProps/core.xml dc:title, hence the PDF Info Title)."""

    def md(self, text):
        lines = text.split("\n")
        if not lines[0].startswith("# "):
            raise TransformError("Markdown: no title line")
        return "\n".join(lines[1:]).lstrip("\n")

    def html(self, text):
        return _must_change(text, re.sub(r"<h1>.*?</h1>\n", "", text, count=1), "title")

    def docx(self, xml):
        m = docx_first_body_paragraph(xml)
        return xml[:m.start()] + xml[m.end():]


class AddHtmlMeta:
    """A <meta> element in the HTML head (e.g. the publication date)."""

    def __init__(self, name, content):
        self.name, self.content = name, content

    def html(self, text):
        return text.replace("<title>", f'<meta name="{self.name}" content="{h(self.content)}">\n<title>', 1)


class SplitTableRows:
    """Each row of Tables N… as a table of its own, separated by blank lines
    (what some content-management systems make of a merged-cell table)."""

    def __init__(self, *tables):
        self.tables = tables

    def md(self, text):
        for n in self.tables:
            lines, spans = md_tables(text)
            s, e = md_table_index(lines, spans, n)
            rows = [l for l in lines[s:e] if not md_is_separator(l)]
            block = []
            for r in rows:
                block += [r, md_row(["---"] * len(md_cells(r))), ""]
            text = "\n".join(lines[:s] + block[:-1] + lines[e:])
        return text

    def html(self, text):
        for n in self.tables:
            lines = text.split("\n")
            s, e = html_table_span(lines, n)
            rows = [l for l in lines[s:e] if l.startswith("<tr>")]
            block = []
            for r in rows:
                block += ["<table>", r, "</table>", ""]
            text = "\n".join(lines[:s] + block + lines[e:])
        return text


# The 25 Table 3 data rows start after its 3 header rows.
T3_HEADER_ROWS = 3


class StripT3Labels:
    """Table 3's data rows without their label cells: 7 numbers a row, in the
    official order. `drop` leaves one data row (0-based index) out entirely."""

    def __init__(self, drop=None):
        self.drop = drop

    def md(self, text):
        lines, spans = md_tables(text)
        s, e = md_table_index(lines, spans, 3)
        rows = [l for l in lines[s:e] if not md_is_separator(l)]
        head, data = rows[:T3_HEADER_ROWS], rows[T3_HEADER_ROWS:]
        if len(data) != 25:
            raise TransformError(f"Markdown Table 3 has {len(data)} data rows")
        new = []
        for i, r in enumerate(data):
            if i == self.drop:
                continue
            new.append(md_row(md_cells(r)[-7:]))
        block = [head[0], md_row(["---"] * len(md_cells(head[0])))] + head[1:] + new
        return "\n".join(lines[:s] + block + lines[e:])

    def html(self, text):
        lines = text.split("\n")
        s, e = html_table_span(lines, 3)
        rows = [k for k in range(s, e) if lines[k].startswith("<tr>")]
        data = rows[T3_HEADER_ROWS:]
        if len(data) != 25:
            raise TransformError(f"HTML Table 3 has {len(data)} data rows")
        for i, k in enumerate(data):
            lines[k] = "" if i == self.drop else re.sub(r'<th scope="row"[^>]*>.*?</th>', "", lines[k])
        return "\n".join(l for i, l in enumerate(lines) if not (l == "" and s <= i < e))


class MergeLabelWithValue:
    """The label cell and the first value ran together: `（一）予以公开5`."""

    def __init__(self, label):
        self.label = label

    def md(self, text):
        lines = text.split("\n")
        for k, l in enumerate(lines):
            cells = md_cells(l) if l.strip().startswith("|") else []
            if md_escape_cell(self.label) in cells:
                i = cells.index(md_escape_cell(self.label))
                j = i + 1
                while cells[j] == "":
                    j += 1
                cells = cells[:i] + [cells[i] + cells[j]] + cells[j + 1:]
                lines[k] = md_row(cells)
                return "\n".join(lines)
        raise TransformError(f"Markdown: no row {self.label}")

    def html(self, text):
        pat = r"(<th scope=\"row\"[^>]*>)" + re.escape(h(self.label)) + r"</th><td class=\"num\">([^<]*)</td>"
        return _must_change(text, re.sub(pat, lambda m: m.group(1) + h(self.label) + m.group(2) + "</th>", text, count=1),
                            self.label)


class BoldHeadings:
    """Markdown headings written as bold paragraphs (**一、总体情况**), as
    converters from Word make them."""

    def md(self, text):
        return _must_change(text, re.sub(r"(?m)^## (.+)$", r"**\1**", text), "headings")


class WrapHtmlCells:
    """Table cells as Word/WPS save them as a web page: the text inside
    <p><span style=…>, with &nbsp; padding."""

    def html(self, text):
        def cell(m):
            return (f'{m.group(1)}<p class="MsoNormal" align="center"><span style="font-size:10.5pt;'
                    f'font-family:宋体">&nbsp;{m.group(2)}&nbsp;</span></p>{m.group(3)}')
        return _must_change(text, re.sub(r"(<t[dh][^>]*>)(.*?)(</t[dh]>)", cell, text), "cells")


W_R = re.compile(r"<w:r>(<w:rPr>.*?</w:rPr>)?<w:t(?: [^>]*)?>(.*?)</w:t></w:r>", re.S)


class SplitRuns:
    """Every run of text cut into runs of `size` characters, as Word saves a
    document after editing (revision ids, proofing marks): labels and
    headings are no longer one <w:t>."""

    def __init__(self, size=3):
        self.size = size

    def docx(self, xml):
        def run(m):
            rpr = m.group(1) or ""
            t = htmlmod.unescape(m.group(2))
            if len(t) <= self.size:
                return m.group(0)
            parts = [t[i:i + self.size] for i in range(0, len(t), self.size)]
            return "".join(f'<w:r>{rpr}<w:t xml:space="preserve">{x(p)}</w:t></w:r>' for p in parts)
        return _must_change(xml, W_R.sub(run, xml), "runs")


class SplitHeaderWords:
    """Table 3's column labels wrapped onto a second header row (商业 / 企业),
    as narrow columns of a pasted table come out."""

    def __init__(self, splits):
        self.splits = splits  # {label: (first part, second part)}

    def md(self, text):
        lines = text.split("\n")
        for k, l in enumerate(lines):
            cells = md_cells(l) if l.strip().startswith("|") else []
            if any(c in self.splits for c in cells):
                top = [self.splits[c][0] if c in self.splits else c for c in cells]
                bottom = [self.splits[c][1] if c in self.splits else "" for c in cells]
                lines[k:k + 1] = [md_row(top), md_row(bottom)]
                return "\n".join(lines)
        raise TransformError("Markdown: no header row to split")

    def html(self, text):
        lines = text.split("\n")
        for k, l in enumerate(lines):
            if l.startswith("<tr>") and any(c in self.splits for c in html_cell_texts(l)):
                top = re.sub(r"(<th[^>]*>)(.*?)(</th>)",
                             lambda m: m.group(1) + h(self.splits.get(m.group(2), (m.group(2),))[0]) + m.group(3), l)
                bottom = "<tr>" + "".join(f'<th scope="col">{h(self.splits[c][1])}</th>'
                                          for c in html_cell_texts(l) if c in self.splits) + "</tr>"
                lines[k:k + 1] = [top, bottom]
                return "\n".join(lines)
        raise TransformError("HTML: no header row to split")
