"""Expectations on the output of `gongkai report check --json FILE`.

Each expectation is a callable (result, expected) -> list of failure
strings (empty when it holds). `result` is the parsed JSON line, `expected`
the interchange JSON the fixture was rendered from (its figures are what the
reader must find)."""

ROWS = [f"R{i:02d}" for i in range(1, 26)]


def findings(result, rule=None, severity=None):
    return [f for f in result.get("findings", [])
            if (rule is None or f["rule"] == rule) and (severity is None or f["severity"] == severity)]


def _short(fs):
    return "; ".join(f"{f['rule']}/{f['severity']}: {f['message'][:120]}" for f in fs)


def notes_text(result):
    return [n["message"] for n in result.get("notes", [])]


def readable():
    def f(result, expected):
        return [f"not read: {result.get('error')}"] if "error" in result else []
    f.__doc__ = "the file is read"
    return f


def no_rule(rule, severity=None):
    def f(result, expected):
        fs = findings(result, rule, severity)
        return [f"unexpected {rule}: {_short(fs)}"] if fs else []
    f.__doc__ = f"no {rule}" + (f" {severity}" if severity else "")
    return f


def no_errors_except(*rules):
    def f(result, expected):
        fs = [x for x in findings(result, severity="error") if x["rule"] not in rules]
        return [f"unexpected errors: {_short(fs)}"] if fs else []
    f.__doc__ = "no error" + (f" but {'/'.join(rules)}" if rules else "")
    return f


def has_rule(rule, severity=None, contains=(), any_of=()):
    """A finding of `rule` whose message contains every string of `contains`
    and at least one of `any_of` (when given)."""
    def f(result, expected):
        fs = findings(result, rule, severity)
        good = [x for x in fs if all(c in x["message"] for c in contains)
                and (not any_of or any(a in x["message"] for a in any_of))]
        if good:
            return []
        want = f"{rule}" + (f" {severity}" if severity else "")
        if contains:
            want += " containing " + "/".join(contains)
        if any_of:
            want += " with one of " + "|".join(any_of)
        return [f"no {want}; got: {_short(result.get('findings', [])) or 'no findings'}"]
    f.__doc__ = f"{rule}" + (f" {severity}" if severity else "") + (f" naming {'、'.join(contains + tuple(any_of))}" if contains or any_of else "")
    return f


def note(*contains, any_of=()):
    def f(result, expected):
        ns = notes_text(result)
        if any(all(c in n for c in contains) and (not any_of or any(a in n for a in any_of)) for n in ns):
            return []
        return [f"no note containing {'/'.join(contains)}{' and one of ' + '|'.join(any_of) if any_of else ''}; notes: {ns}"]
    f.__doc__ = "a note with " + "、".join(contains + tuple(any_of))
    return f


def note_matching(regex, doc):
    import re
    def f(result, expected):
        if any(re.search(regex, n) for n in notes_text(result)):
            return []
        return [f"no note matching {regex}; notes: {notes_text(result)}"]
    f.__doc__ = doc
    return f


def note_names_both(printed, official):
    """A note naming the printed label on its own (not only as part of the
    official one) and the official label: e.g. 规范性文件 and 行政规范性文件."""
    def f(result, expected):
        for n in notes_text(result):
            if official in n and n.count(printed) > n.count(official):
                return []
        return [f"no note naming both {printed} and {official}; notes: {notes_text(result)}"]
    f.__doc__ = f"a note naming both {printed} and {official}"
    return f


def mentioned(*words):
    """Each word appears in a note or a finding's message."""
    def f(result, expected):
        texts = notes_text(result) + [x["message"] for x in result.get("findings", [])]
        missing = [w for w in words if not any(w in t for t in texts)]
        return [f"{'/'.join(missing)} mentioned in no note or finding; notes: {notes_text(result)}"] if missing else []
    f.__doc__ = "notes or findings mention " + "、".join(words)
    return f


def year_agency():
    def f(result, expected):
        out = []
        if result.get("year") != expected["year"]:
            out.append(f"year {result.get('year')} != {expected['year']}")
        if result.get("agency") != expected["agency"]:
            out.append(f"agency {result.get('agency')!r} != {expected['agency']!r}")
        return out
    f.__doc__ = "year and agency as in the base report"
    return f


# ---- cells

def t3_rows(report):
    t3 = (report or {}).get("table3") or {}
    rows = t3.get("rows") or []
    if isinstance(rows, dict):
        return {k: (v["values"] if isinstance(v, dict) else v) for k, v in rows.items()}
    return {r["id"]: r["values"] for r in rows}


def all_cells(report):
    """{name: value} of every Table 2/3/4 cell."""
    out = {}
    t2 = (report or {}).get("table2") or {}
    for row in ("规章", "行政规范性文件"):
        for col, v in (t2.get(row) or {}).items():
            out[f"表二 {row} {col}"] = v
    for key in ("行政许可", "行政处罚", "行政强制", "行政事业性收费"):
        out[f"表二 {key}"] = t2.get(key)
    for rid, vals in t3_rows(report).items():
        for c, v in enumerate(vals):
            out[f"表三 {rid}[{c}]"] = v
    for block, cells in ((report or {}).get("table4") or {}).items():
        for col, v in cells.items():
            out[f"表四 {block} {col}"] = v
    return out


def _amount(v):
    try:
        return float(v) if v is not None else None
    except (TypeError, ValueError):
        return v


def _same(a, b):
    return _amount(a) == _amount(b) if isinstance(a, str) or isinstance(b, str) else a == b


def cells_as_base(skip=()):
    """Every cell as in the base report (cells whose name starts with one of
    `skip` are left out of the comparison)."""
    def f(result, expected):
        got, want = all_cells(result.get("report")), all_cells(expected)
        bad = [f"{k}: {got.get(k)!r} != {v!r}" for k, v in want.items()
               if not any(k.startswith(s) for s in skip) and not _same(got.get(k), v)]
        return [f"{len(bad)} cells differ: " + "; ".join(bad[:8])] if bad else []
    f.__doc__ = "cells as in the base" + (f" (except {', '.join(skip)})" if skip else "")
    return f


def cells_never_misassigned(allow_blank=True):
    """Each cell either as in the base or blank (null) — never a figure that
    belongs elsewhere. With allow_blank=False a blank is wrong too."""
    def f(result, expected):
        got, want = all_cells(result.get("report")), all_cells(expected)
        bad = [f"{k}: {got.get(k)!r} != {v!r}" for k, v in want.items()
               if not _same(got.get(k), v) and not (allow_blank and got.get(k) is None)]
        return [f"{len(bad)} cells misassigned: " + "; ".join(bad[:8])] if bad else []
    f.__doc__ = "no cell holds another cell's figure"
    return f


def blank_cells_reported():
    """If any cell came out blank, H1 says so."""
    def f(result, expected):
        got = all_cells(result.get("report"))
        blanks = [k for k, v in got.items() if v is None]
        if blanks and not findings(result, "H1"):
            return [f"{len(blanks)} blank cells ({', '.join(blanks[:5])}) but no H1"]
        return []
    f.__doc__ = "blank cells are reported (H1)"
    return f


def check_all(expectations, result, expected):
    """[(description, [failures])] for each expectation."""
    return [(e.__doc__ or e.__name__, e(result, expected)) for e in expectations]
