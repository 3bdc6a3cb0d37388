"""Whole-database content dumps for the end-to-end tests, to prove that a
command changed nothing: the list of tables, and every row of every table
ordered by all its columns. SQLite through the stdlib module (read-only, so
the dump itself can never create or change the file); PostgreSQL through
`psql` (COPY of each table of the current schema)."""
import sqlite3
import subprocess
import urllib.parse


def sqlite_dump(path):
    """{table: [rows]} for every table of the SQLite file at `path` (no
    sqlite_% internals), rows sorted by all columns; None when the file does
    not exist."""
    uri = "file:" + urllib.parse.quote(path) + "?mode=ro"
    try:
        con = sqlite3.connect(uri, uri=True)
    except sqlite3.OperationalError:
        return None
    try:
        tables = [n for (n,) in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            # A virtual table (the FTS5 search index) needs the gongkai
            # tokenizer to be read; its shadow tables hold the same data.
            "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")]
        dump = {}
        for t in tables:
            quoted = '"' + t.replace('"', '""') + '"'
            ncols = len(con.execute(f"SELECT * FROM {quoted} LIMIT 0").description)
            order = ", ".join(str(i) for i in range(1, ncols + 1))
            dump[t] = con.execute(f"SELECT * FROM {quoted} ORDER BY {order}").fetchall()
        return dump
    finally:
        con.close()


# One psql run: a marker line per table, then the table's rows (COPY text
# format, \N for NULL) ordered by every column.
_PG_DUMP = r"""
SELECT format('SELECT %L; COPY (SELECT * FROM %I ORDER BY %s) TO STDOUT',
              '==table== ' || t.table_name, t.table_name,
              (SELECT string_agg(c.ordinal_position::text, ', ' ORDER BY c.ordinal_position)
                 FROM information_schema.columns c
                WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name))
  FROM information_schema.tables t
 WHERE t.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
 ORDER BY t.table_name
\gexec
"""


def pg_dump(url):
    """{table: [rows as COPY lines]} for every base table of the current
    schema of the PostgreSQL database at `url`; None when psql cannot connect
    (no such database)."""
    r = subprocess.run(["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-d", url],
                       input=_PG_DUMP, capture_output=True, text=True, timeout=60)
    if r.returncode != 0:
        if "does not exist" in r.stderr or "不存在" in r.stderr:
            return None
        raise RuntimeError("psql dump failed: " + r.stderr)
    return _parse_pg_dump(r.stdout.splitlines())


class PgSession:
    """One psql process kept open for many dumps of the same database (a
    psql start costs more than the dump). Idle between dumps, outside any
    transaction, so it holds no lock the commands under test could wait for."""

    _END = "__gongkai_dump_end__"

    def __init__(self, url):
        self.proc = subprocess.Popen(["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-d", url],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                     text=True, bufsize=1)

    def dump(self):
        """Same as pg_dump(url), through the open session."""
        self.proc.stdin.write(_PG_DUMP + "\\echo " + self._END + "\n")
        self.proc.stdin.flush()
        lines = []
        while True:
            line = self.proc.stdout.readline()
            if not line:
                raise RuntimeError("psql dump failed: " + "".join(lines))
            line = line.rstrip("\n")
            if line == self._END:
                break
            lines.append(line)
        return _parse_pg_dump(lines)

    def close(self):
        if self.proc.poll() is None:
            self.proc.stdin.close()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def _parse_pg_dump(lines):
    dump = {}
    current = None
    for line in lines:
        if line.startswith("==table== "):
            current = line[len("==table== "):]
            dump[current] = []
        elif current is not None:
            dump[current].append(line)
    return dump


def pg_exists(url, dbname):
    """Whether the PostgreSQL cluster of `url` has a database named `dbname`."""
    r = subprocess.run(["psql", "-X", "-At", "-v", "ON_ERROR_STOP=1", "-v", f"n={dbname}", "-d", url],
                       input="SELECT count(*) FROM pg_database WHERE datname = :'n';\n",
                       capture_output=True, text=True, timeout=60)
    if r.returncode != 0:
        raise RuntimeError("psql failed: " + r.stderr)
    return r.stdout.strip() != "0"


def describe_difference(before, after):
    """A short account of how two dumps differ, for a failure message."""
    if before is None or after is None:
        return f"before={'none' if before is None else 'database'} after={'none' if after is None else 'database'}"
    out = []
    for t in sorted(set(before) | set(after)):
        if t not in after:
            out.append(f"table {t} disappeared")
        elif t not in before:
            out.append(f"table {t} appeared with {len(after[t])} rows")
        elif before[t] != after[t]:
            gone = [r for r in before[t] if r not in after[t]]
            new = [r for r in after[t] if r not in before[t]]
            out.append(f"{t}: -{gone[:3]} +{new[:3]}")
    return "; ".join(out)
