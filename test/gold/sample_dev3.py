#!/usr/bin/env python3
"""Sample the third development gold set (dev3) from the UNGDC corpus.

Usage: python3 sample_dev3.py OUTPUT.jsonl
Writes one JSON object per sentence (id, doc, country, speaker, post, text) with
empty self_terms / utterances, ready for hand coding. stdlib only, deterministic.
"""
import json, lzma, random, re, sys

import os
# Corpora live outside the repository: $OPCODE_DATA, by default ../shared/data beside it.
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.environ.get("OPCODE_DATA") or os.path.join(HERE, "..", "..", "..", "shared", "data")
CORPUS = os.path.join(DATA, "ungdc", "ungdc-1946-2024.tsv.xz")
EXCLUDE = [os.path.join(DATA, "gold", "dev.jsonl"),
           os.path.join(HERE, "holdout.jsonl"),
           os.path.join(HERE, "dev2.jsonl")]
SEED, N_DOCS, PER_DOC = 4242, 60, 5

def unescape(s):
    """Undo PostgreSQL COPY text-format backslash escapes."""
    if s == r"\N":
        return ""
    out, i = [], 0
    m = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "\\": "\\"}
    while i < len(s):
        c = s[i]
        if c == "\\" and i + 1 < len(s):
            d = s[i + 1]
            if d in m:
                out.append(m[d]); i += 2; continue
            out.append(d); i += 2; continue
        out.append(c); i += 1
    return "".join(out)

def excluded_docs():
    docs = set()
    for f in EXCLUDE:
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    docs.add(json.loads(line)["doc"])  # only the doc field is used
    return docs

PAGE = re.compile(r"^\s*\d+\s*$")
SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")

def sentences(body):
    lines = [l.strip() for l in body.split("\n")]
    lines = [l for l in lines if l and not PAGE.match(l)]
    text = re.sub(r"\s+", " ", " ".join(lines)).strip()
    return [s.strip() for s in SPLIT.split(text) if s.strip()]

def main(out):
    skip = excluded_docs()
    stmts = {}
    with lzma.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            f = line.rstrip("\n").split("\t")
            if len(f) < 7:
                continue
            iso, country, session, year, speaker, post, body = [unescape(x) for x in f[:7]]
            if not year.isdigit() or not 1991 <= int(year) <= 2024:
                continue
            doc = f"{iso}_{session}_{year}"
            if doc in skip or doc in stmts:
                continue
            sents = [s for s in sentences(body) if 6 <= len(s.split()) <= 80]
            if len(sents) < PER_DOC:
                continue
            stmts[doc] = (country, speaker, post, sents)
    rng = random.Random(SEED)
    picked = rng.sample(sorted(stmts), N_DOCS)
    k = 0
    with open(out, "w", encoding="utf-8") as o:
        for doc in picked:
            country, speaker, post, sents = stmts[doc]
            for i in sorted(rng.sample(range(len(sents)), PER_DOC)):
                k += 1
                o.write(json.dumps({"id": f"D3-{k:04d}", "doc": doc, "country": country,
                                    "speaker": speaker, "post": post, "text": sents[i],
                                    "self_terms": [], "utterances": []},
                                   ensure_ascii=False) + "\n")
    print(f"{k} sentences from {len(picked)} statements -> {out}", file=sys.stderr)

if __name__ == "__main__":
    main(sys.argv[1])
