"""Build a small JSONL input for the Spark example from the project's own fixtures.

Every HTML file under fixtures/ becomes a {"url", "html"} record (the URL made up from its
path), and every .txt file a {"id", "text"} record, plus one empty page that must give an error
record; the records are spread over several files.
"""

import json
import pathlib
import sys


def text_of(data):
    """The page's text: UTF-8, else windows-1258 (the legacy Vietnamese charset)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1258", errors="replace")


def main(root, out_dir, files=3):
    root, out_dir = pathlib.Path(root), pathlib.Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    records = []
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if rel.startswith("hostile/"):
            continue  # binary and malformed files: a JSONL record carries text only
        if path.suffix in (".html", ".htm"):
            html = text_of(path.read_bytes())
            records.append({"url": f"https://fixtures.tinbai.invalid/{rel}", "html": html})
        elif path.suffix == ".txt":
            text = path.read_bytes().decode("utf-8", errors="replace")
            records.append({"id": rel, "text": text})
    # An empty page: its error record must come through the pipe like any other record (tinbai
    # then exits 1, which rdd.pipe ignores).
    records.append({"id": "broken/empty.html", "html": ""})
    outs = [open(out_dir / f"part-{i}.jsonl", "w", encoding="utf-8") for i in range(files)]
    for i, record in enumerate(records):
        outs[i % files].write(json.dumps(record, ensure_ascii=False) + "\n")
    for out in outs:
        out.close()
    print(f"{len(records)} records in {files} files under {out_dir}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
