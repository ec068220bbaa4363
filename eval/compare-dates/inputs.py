#!/usr/bin/env python3
"""inputs.py GOLD_DIR CORPUS_DIR TINBAI_JSONL: one {"path", "text", "reference"} line per gold article,
the text being tinbai's own `article.text` of that input (so that every tool reads the same text)
and the reference the gold's publication time."""
import json
import os
import sys

gold_dir, corpus, tinbai = sys.argv[1:4]
texts = {}
for line in open(tinbai, encoding="utf-8"):
    rec = json.loads(line)
    path = (rec.get("source") or {}).get("path")
    if path:
        texts[os.path.basename(path)] = (path, (rec.get("article") or {}).get("text") or "")
for name in sorted(os.listdir(gold_dir)):
    g = json.load(open(os.path.join(gold_dir, name), encoding="utf-8"))
    base = os.path.basename(g.get("html") or g["file"])
    path, text = texts.get(base, (os.path.join(corpus, g.get("html") or g["file"]), ""))
    print(json.dumps({"path": path, "text": text, "reference": g["reference_date"][:16]},
                     ensure_ascii=False))
