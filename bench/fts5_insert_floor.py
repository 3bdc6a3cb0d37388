#!/usr/bin/env python3
"""How fast SQLite FTS5 itself indexes documents shaped like search_bench's
(docs/performance.md, "Search at 1M publications"): the ceiling for the
product's indexing, with no tokenizer of ours, no publication rows, no
versions or log — only INSERTs into an FTS5 table whose text is already
split into overlapping Han bigrams separated by spaces (unicode61 then
splits on the spaces, so FTS5 sees the same tokens our tokenizer gives).

Two vocabularies in the same run: bigrams over a 5,400-word Zipf-like
vocabulary written without spaces (about 600,000 distinct bigrams in 2,000
documents, as in real text), and a control of 8,000 isolated bigrams.
Prints documents per CPU second for each, with detail=full (what the
product uses) and detail=column.

Usage: bench/fts5_insert_floor.py [--docs 20000]
"""

import argparse
import os
import random
import sqlite3
import tempfile
import time


def corpus(seed, isolated):
    rnd = random.Random(seed)
    if isolated:
        vocab = ["".join(chr(0x4E00 + rnd.randrange(20000)) for _ in range(2)) for _ in range(8000)]
        weights = [1 / (i + 1) for i in range(len(vocab))]
        return [" ".join(rnd.choices(vocab, weights=weights, k=1440)) for _ in range(2000)]
    vocab = ["".join(chr(0x4E00 + rnd.randrange(3000)) for _ in range(rnd.choice([2, 2, 2, 4])))
             for _ in range(5400)]
    weights = [1 / (i + 1) ** 0.8 for i in range(len(vocab))]
    docs = []
    for _ in range(2000):
        s = "".join(rnd.choices(vocab, weights=weights, k=560))[:1440]
        docs.append(" ".join(s[i:i + 2] for i in range(len(s) - 1)))
    return docs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=20000)
    a = ap.parse_args()
    print(f"SQLite {sqlite3.sqlite_version}; {a.docs} documents of about 1,440 bigrams, "
          "in transactions of 2,000")
    for label, isolated in [("bigrams of running text", False), ("8,000 isolated bigrams", True)]:
        docs = corpus(1, isolated)
        distinct = len({t for d in docs for t in d.split()})
        for detail in ["full", "column"]:
            with tempfile.TemporaryDirectory() as tmp:
                db = sqlite3.connect(os.path.join(tmp, "f.db"))
                db.execute(f"CREATE VIRTUAL TABLE f USING fts5(title, body, detail={detail})")
                t = time.process_time()
                n = 0
                while n < a.docs:
                    with db:
                        for i in range(min(2000, a.docs - n)):
                            n += 1
                            d = docs[n % len(docs)]
                            db.execute("INSERT INTO f(rowid, title, body) VALUES (?, ?, ?)",
                                       (n, d[:60], d))
                cpu = time.process_time() - t
                db.close()
            print(f"  {label:26} ({distinct:>7} distinct in 2,000), detail={detail:6}: "
                  f"{a.docs / cpu:6.0f} docs per CPU second")


if __name__ == "__main__":
    main()
