#!/usr/bin/env python3
"""Sample the second development gold set (dev2) from the UN General Debate Corpus.

Reads ../shared/data/ungdc/ungdc-1946-2024.tsv.xz (PostgreSQL COPY text format), keeps
statements of 1991-2024 whose doc id ISO_SESSION_YEAR is neither in the first dev set
(shared/data/gold/dev.jsonl) nor among the doc ids of the holdout set (only the "doc"
field of holdout.jsonl is read), draws 50 statements with random.Random(777), splits each
into sentences and samples 5 sentences of 6-80 words per statement, in text order.
Writes sample_dev2.jsonl (uncoded sentences: id, doc, country, speaker, post, text).
stdlib only.
"""
import json
import lzma
import os
import random
import re

import os
# Corpora live outside the repository: $OPCODE_DATA, by default ../shared/data beside it.
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.environ.get("OPCODE_DATA") or os.path.join(HERE, "..", "..", "..", "shared", "data")
CORPUS = os.path.join(DATA, "ungdc", "ungdc-1946-2024.tsv.xz")
DEV = os.path.join(DATA, "gold", "dev.jsonl")
HOLDOUT = os.path.join(HERE, "holdout.jsonl")
import sys
OUT = sys.argv[1] if len(sys.argv) > 1 else "sample_dev2.jsonl"

SEED = 777
N_DOCS = 50
N_SENT = 5
MIN_W, MAX_W = 6, 80

_ESC = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}


def copy_unescape(field):
    """Undo PostgreSQL COPY text-format escapes; \\N is NULL (returned as None)."""
    if field == "\\N":
        return None
    out, i, n = [], 0, len(field)
    while i < n:
        c = field[i]
        if c != "\\" or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        d = field[i + 1]
        if d in _ESC:
            out.append(_ESC[d])
            i += 2
        elif d in "01234567":
            j = i + 1
            while j < n and j < i + 4 and field[j] in "01234567":
                j += 1
            out.append(chr(int(field[i + 1:j], 8)))
            i = j
        elif d == "x" and i + 2 < n and field[i + 2] in "0123456789abcdefABCDEF":
            j = i + 2
            while j < n and j < i + 4 and field[j] in "0123456789abcdefABCDEF":
                j += 1
            out.append(chr(int(field[i + 2:j], 16)))
            i = j
        else:  # any other escaped character stands for itself
            out.append(d)
            i += 2
    return "".join(out)


def doc_ids(path):
    ids = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                ids.add(json.loads(line)["doc"])
    return ids


SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def sentences(body):
    text = re.sub(r"\s*\n\s*", " ", body)          # join hard line breaks
    text = re.sub(r"[ \t]+", " ", text).strip()
    return [s.strip() for s in SPLIT.split(text) if s.strip()]


def main():
    exclude = doc_ids(DEV) | doc_ids(HOLDOUT)
    rows = []
    with lzma.open(CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                continue
            iso3, country, session, year, speaker, post, body = [
                copy_unescape(x) for x in line.split("\t")]
            year, session = int(year), int(session)
            if not 1991 <= year <= 2024:
                continue
            doc = "%s_%d_%d" % (iso3, session, year)
            if doc in exclude or not body:
                continue
            rows.append(dict(doc=doc, country=country, speaker=speaker or "",
                             post=post or "", body=body))
    rows.sort(key=lambda r: r["doc"])           # deterministic order before sampling
    rng = random.Random(SEED)
    out, k = [], 0
    picked = 0
    for r in rng.sample(rows, len(rows)):
        if picked == N_DOCS:
            break
        cand = [s for s in sentences(r["body"]) if MIN_W <= len(s.split()) <= MAX_W]
        if len(cand) < N_SENT:
            continue
        picked += 1
        for i in sorted(rng.sample(range(len(cand)), N_SENT)):
            k += 1
            out.append(dict(id="D2-%04d" % k, doc=r["doc"], country=r["country"],
                            speaker=r["speaker"], post=r["post"], text=cand[i]))
    with open(OUT, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("candidates %d statements, excluded %d doc ids, wrote %d sentences from %d statements"
          % (len(rows), len(exclude), len(out), picked))


if __name__ == "__main__":
    main()
