#!/usr/bin/env python3
"""table.py SCORE_PY GOLD_DIR NAME=PREDICTIONS.jsonl ...: the date row of score.py for each tool,
as one Markdown table (strict and relaxed precision, recall, F1)."""
import json
import subprocess
import sys

score, gold = sys.argv[1:3]
print("| tool | strict P | strict R | strict F1 | relaxed P | relaxed R | relaxed F1 | predicted | gold |")
print("|---|---|---|---|---|---|---|---|---|")
for spec in sys.argv[3:]:
    name, _, path = spec.partition("=")
    out = subprocess.run([sys.executable, score, gold, path, "--json"], capture_output=True, text=True,
                         check=True)
    row = json.loads(out.stdout)["types"]["date"]
    s, r = row["strict"], row["relaxed"]
    print(f"| {name} | {s['p']:.3f} | {s['r']:.3f} | {s['f1']:.3f} | {r['p']:.3f} | {r['r']:.3f} "
          f"| {r['f1']:.3f} | {r['pred']} | {r['gold']} |")
