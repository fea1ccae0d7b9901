#!/usr/bin/env python3
"""Sample a held-out set of UN General Debate sentences for hand VICS coding.

Stdlib only. Reads the UNGDC (PostgreSQL COPY text format), keeps statements from
1991-2024 whose doc id (ISO_SESSION_YEAR) is not used in the dev gold set, picks
N_DOCS statements with a fixed seed, splits each into sentences and samples
N_SENT sentences per statement (fragments under MIN_WORDS words and sentences over
MAX_WORDS words are skipped). Output: one JSON object a line, without codes
(holdout_sample.jsonl); the codes are added by hand.

Usage: python3 sample_holdout.py [out.jsonl]
"""
import json
import lzma
import random
import re
import sys

import os
# Corpora live outside the repository: $OPCODE_DATA, by default ../shared/data beside it.
DATA = os.environ.get("OPCODE_DATA") or os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "data")
CORPUS = os.path.join(DATA, "ungdc", "ungdc-1946-2024.tsv.xz")
DEV = os.path.join(DATA, "gold", "dev.jsonl")
SEED = 20240917
N_DOCS = 30
N_SENT = 5
MIN_WORDS = 6
MAX_WORDS = 80
YEARS = (1991, 2024)

_ESC = {"t": "\t", "n": "\n", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "\\": "\\"}


def unescape(field):
    """Undo PostgreSQL COPY text-format escapes."""
    if field == r"\N":
        return None
    return re.sub(r"\\(.)", lambda m: _ESC.get(m.group(1), m.group(1)), field)


# Sentence splitting that follows the Unicode (UAX #29 / ICU) sentence rules closely
# enough for this text. Many statements are hard-wrapped (one printed line a line), so
# line breaks are joined with a space first and lines that hold only a page number are
# dropped. Then: break after ! or ? (plus closing quotes or brackets) and spaces; after
# "." and spaces unless the next word starts lower-case or with continuing punctuation.
# Like ICU, "Mr. Smith" is broken after "Mr.".
_CLOSE = "\"'”’)]»"
_BREAK = re.compile(r"([.!?][" + re.escape(_CLOSE) + r"]*)(\s+)(?=\S)")
_PAGENO = re.compile(r"^\s*\d{1,3}\s*$")


def split_sentences(body):
    lines = [l for l in body.replace("\ufeff", "").split("\n") if not _PAGENO.match(l)]
    text = re.sub(r"\s+", " ", " ".join(lines)).strip()
    out, start = [], 0
    for m in _BREAK.finditer(text):
        nxt = text[m.end()]
        if m.group(1)[0] == "." and (nxt.islower() or nxt in ",.;:"):
            continue
        out.append(text[start:m.end(1)].strip())
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else "holdout_sample.jsonl"
    dev_docs = {json.loads(l)["doc"] for l in open(DEV, encoding="utf-8") if l.strip()}

    docs = {}
    with lzma.open(CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) != 7:
                continue
            iso3, country, session, year, speaker, post, body = (unescape(c) for c in cols)
            year = int(year)
            if not (YEARS[0] <= year <= YEARS[1]) or not body:
                continue
            doc = f"{iso3}_{session}_{year}"
            if doc in dev_docs:
                continue
            docs[doc] = dict(doc=doc, country=country, speaker=speaker or "",
                             post=post or "", body=body)

    rng = random.Random(SEED)
    chosen = rng.sample(sorted(docs), N_DOCS)
    rows = []
    for doc in chosen:
        d = docs[doc]
        sents = [s for s in split_sentences(d["body"])
                 if MIN_WORDS <= len(s.split()) <= MAX_WORDS]
        # unique sentences, in text order
        seen, uniq = set(), []
        for s in sents:
            if s not in seen:
                seen.add(s)
                uniq.append(s)
        idx = sorted(rng.sample(range(len(uniq)), min(N_SENT, len(uniq))))
        for i in idx:
            rows.append(dict(id=f"H01-{len(rows) + 1:04d}", doc=doc, country=d["country"],
                             speaker=d["speaker"], post=d["post"], text=uniq[i],
                             self_terms=[], utterances=[]))
    with open(out_path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(docs)} eligible statements; {len(chosen)} chosen; {len(rows)} sentences -> {out_path}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
