#!/usr/bin/env python3
"""The helper of eval/baomoi.sh: reads a `tinbai batch` run over the baomoi-2013 texts.

  baomoi.py report RUN_DIR TEXTS EXIT WALL   prints the run's accounting and facts per type, checks
                                             every fact's offsets; exits 1 on a panic, a missing or
                                             error record, or a fact whose offsets do not slice
  baomoi.py sample RUN_DIR N SEED OUT.tsv    writes N facts per type, drawn with SEED, with their
                                             value and sentence context, for checking by hand
  baomoi.py precision CHECK.tsv              precision per type from a hand-check file (verdict
                                             column `ok` or `wrong`)

RUN_DIR holds `out.jsonl`, `summary.json` and `stderr` of the run. The sample and its contexts are
read from the reference corpus: they go under target/, never into the repository.
"""
import collections
import json
import random
import sys

TYPES = ["date", "period", "document", "organization", "person", "location", "count", "duration",
         "percent", "ratio", "money", "abbreviation"]
PANIC = "internal error"


def records(run_dir):
    with open(f"{run_dir}/out.jsonl", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def offset_problems(rec):
    """Facts whose offsets do not slice out their text, and same-type overlaps, as messages."""
    text = rec.get("article", {}).get("text", "")
    problems, last_end = [], {}
    for f in sorted(rec.get("facts", []), key=lambda f: (f["type"], f["start"], f["end"])):
        if not 0 <= f["start"] < f["end"] <= len(text) or text[f["start"]:f["end"]] != f["text"]:
            problems.append(f"{f['type']} {f['start']}..{f['end']} does not slice out {f['text']!r}")
        if f["start"] < last_end.get(f["type"], -1):
            problems.append(f"{f['type']} {f['start']}..{f['end']} overlaps another {f['type']}")
        last_end[f["type"]] = max(last_end.get(f["type"], -1), f["end"])
    return problems


def report(run_dir, texts, exit_status, wall):
    summary = json.load(open(f"{run_dir}/summary.json", encoding="utf-8"))
    stderr = open(f"{run_dir}/stderr", encoding="utf-8", errors="replace").read()
    n, errors, panics, problems = 0, collections.Counter(), [], []
    per_type = collections.Counter()
    for rec in records(run_dir):
        n += 1
        if "error" in rec:
            errors[rec["error"]["stage"]] += 1
            if PANIC in rec["error"]["message"]:
                panics.append(rec["error"]["message"])
            continue
        per_type.update(f["type"] for f in rec.get("facts", []))
        problems += [f"{rec['source'].get('path')}: {p}" for p in offset_problems(rec)]
    panics += [line for line in stderr.splitlines() if "panicked at" in line]
    print(f"texts              {texts}")
    print(f"records            {n}")
    print(f"articles           {summary.get('articles')}")
    print(f"errors             {sum(errors.values())} {dict(errors) or ''}".rstrip())
    print(f"panics             {len(panics)}")
    print(f"exit status        {exit_status}")
    print(f"wall time          {float(wall):.1f} s ({n / max(float(wall), 1e-9):.0f} texts/s)")
    print(f"offset problems    {len(problems)}")
    print(f"facts              {sum(per_type.values())}")
    for t in TYPES:
        print(f"  {t:<16} {per_type[t]:>7}  ({per_type[t] / max(n, 1):.2f} per text)")
    for line in (panics + problems)[:20]:
        print(f"  ! {line}", file=sys.stderr)
    bad = panics or problems or errors or n != int(texts) or int(exit_status) != 0
    return 1 if bad else 0


def sentence(text, start, end, width=160):
    """The sentence around a fact (cut at `.`, `!`, `?` or a line break, at most `width` each side)."""
    left = max(text.rfind(c, max(0, start - width), start) for c in ".!?\n")
    right = [i for i in (text.find(c, end, end + width) for c in ".!?\n") if i >= 0]
    lo = left + 1 if left >= 0 else max(0, start - width)
    hi = min(right) + 1 if right else min(len(text), end + width)
    piece = text[lo:start] + "[" + text[start:end] + "]" + text[end:hi]
    return " ".join(piece.split())


def sample(run_dir, n, seed, out):
    pool = collections.defaultdict(list)
    for rec in records(run_dir):
        if "error" in rec:
            continue
        name = rec["source"]["path"].rsplit("/", 1)[-1]
        text = rec["article"]["text"]
        for f in rec.get("facts", []):
            pool[f["type"]].append((name, f, sentence(text, f["start"], f["end"])))
    rng = random.Random(int(seed))
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("n\tfile\ttype\tstart\tend\ttext\tvalue\tcontext\n")
        for t in TYPES:
            picks = rng.sample(pool[t], min(int(n), len(pool[t])))
            for i, (name, f, ctx) in enumerate(picks, 1):
                value = json.dumps(f["value"], ensure_ascii=False, separators=(",", ":"))
                fh.write(f"{i}\t{name}\t{t}\t{f['start']}\t{f['end']}\t{f['text']}\t{value}\t{ctx}\n")
    print(f"sample: {sum(min(int(n), len(pool[t])) for t in TYPES)} facts in {out}")
    return 0


def precision(path):
    tally = collections.defaultdict(collections.Counter)
    with open(path, encoding="utf-8") as fh:
        lines = (line for line in fh if line.strip() and not line.startswith("#"))
        header = next(lines).rstrip("\n").split("\t")
        col_type, col_verdict = header.index("type"), header.index("verdict")
        for line in lines:
            cells = line.rstrip("\n").split("\t")
            tally[cells[col_type]][cells[col_verdict]] += 1
    print("| type | checked | correct | wrong | precision |")
    print("|---|---|---|---|---|")
    total = collections.Counter()
    for t in TYPES:
        c = tally[t]
        checked = c["ok"] + c["wrong"]
        total.update(c)
        print(f"| {t} | {checked} | {c['ok']} | {c['wrong']} | {c['ok'] / max(checked, 1):.2f} |")
    checked = total["ok"] + total["wrong"]
    print(f"| all | {checked} | {total['ok']} | {total['wrong']} | {total['ok'] / max(checked, 1):.2f} |")
    return 0


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    sys.exit({"report": report, "sample": sample, "precision": precision}[cmd](*args))
