#!/usr/bin/env python3
"""Seeded benchmark inputs for the fuzzy-lookup benchmarks.

From the eng-centric Tatoeba TMX (581 k units, `eng` first in every unit):

* a random sample of N units written as a TMX file (the 100 k size);
* Q queries made by changing one word of random English sentences of
  that sample (so they are valid at every size: the sample is a subset of
  the 581 k TMX, which is itself a subset of the 1.86 M TSV).

A query sentence has at least MIN_WORDS words (a "word" is a
whitespace-separated piece with a letter in it); one of its words, chosen
at random, is replaced by a random English word of the corpus whose
lowercase form differs, keeping the punctuation around it. Each query is
one JSON line:

    {"text": ..., "source": "eng", "target": <the unit's other language>,
     "expect": <the original sentence>, "tuid": ...}

`relais tm lookup --stdin` reads `text`, `source` and `target` and
ignores the other keys.

Usage:
    make_queries.py TMX --sample-out sample.tmx --sample-size 100000 \
        --queries-out queries.jsonl --count 500 --seed 42 --min-words 5
"""

import argparse
import gzip
import json
import random
import re
import sys
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape, quoteattr

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
WORD = re.compile(r"^(\W*)(.*?)(\W*)$", re.S)


def read_units(path):
    """Yields (tuid, [(lang, text), ...]) and returns the header attributes."""
    opener = gzip.open if path.endswith(".gz") else open
    header = {}
    with opener(path, "rb") as f:
        for event, elem in ET.iterparse(f, events=("end",)):
            if elem.tag == "header":
                header = dict(elem.attrib)
            elif elem.tag == "tu":
                variants = []
                for tuv in elem.findall("tuv"):
                    lang = tuv.get(XML_LANG) or tuv.get("lang")
                    seg = tuv.find("seg")
                    text = "".join(seg.itertext()) if seg is not None else ""
                    variants.append((lang, text))
                yield elem.get("tuid"), variants, header
                elem.clear()


def is_word(piece):
    return any(c.isalpha() for c in piece)


def change_one_word(sentence, vocab, rng):
    pieces = sentence.split(" ")
    positions = [i for i, p in enumerate(pieces) if is_word(p)]
    pos = rng.choice(positions)
    lead, core, trail = WORD.match(pieces[pos]).groups()
    while True:
        new = rng.choice(vocab)
        if new.lower() != core.lower():
            break
    if core[:1].isupper():
        new = new[:1].upper() + new[1:]
    pieces[pos] = lead + new + trail
    return " ".join(pieces)


def write_tmx(path, header, units):
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n  <header')
        for k, v in header.items():
            out.write(f" {k}={quoteattr(v)}")
        out.write("/>\n  <body>\n")
        for tuid, variants in units:
            out.write(f"    <tu tuid={quoteattr(tuid)}>\n")
            for lang, text in variants:
                out.write(f'      <tuv xml:lang={quoteattr(lang)}><seg>{escape(text)}</seg></tuv>\n')
            out.write("    </tu>\n")
        out.write("  </body>\n</tmx>\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("tmx")
    ap.add_argument("--sample-out", required=True)
    ap.add_argument("--sample-size", type=int, default=100_000)
    ap.add_argument("--queries-out", required=True)
    ap.add_argument("--count", type=int, default=500)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--min-words", type=int, default=5)
    ap.add_argument("--source", default="eng")
    args = ap.parse_args()
    rng = random.Random(args.seed)

    units = []
    header = {}
    vocab = set()
    for tuid, variants, header in read_units(args.tmx):
        units.append((tuid, variants))
    for _, variants in units:
        for lang, text in variants:
            if lang == args.source:
                for piece in text.split():
                    core = WORD.match(piece).group(2)
                    if len(core) >= 3 and core.isalpha() and core.islower():
                        vocab.add(core)
    vocab = sorted(vocab)
    sample = sorted(rng.sample(range(len(units)), min(args.sample_size, len(units))))
    write_tmx(args.sample_out, header, (units[i] for i in sample))

    eligible = []
    for i in sample:
        tuid, variants = units[i]
        src = [t for lang, t in variants if lang == args.source]
        tgt = [lang for lang, _ in variants if lang != args.source]
        if len(src) == 1 and tgt and sum(1 for p in src[0].split() if is_word(p)) >= args.min_words:
            eligible.append((tuid, src[0], tgt[0]))
    chosen = rng.sample(eligible, args.count)
    with open(args.queries_out, "w", encoding="utf-8") as out:
        for tuid, sentence, target in chosen:
            q = {
                "text": change_one_word(sentence, vocab, rng),
                "source": args.source,
                "target": target,
                "expect": sentence,
                "tuid": tuid,
            }
            out.write(json.dumps(q, ensure_ascii=False) + "\n")
    print(
        f"{len(units)} units read, {len(sample)} in the sample, {len(eligible)} eligible sentences "
        f"(>= {args.min_words} words), {args.count} queries, vocabulary {len(vocab)} words",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
