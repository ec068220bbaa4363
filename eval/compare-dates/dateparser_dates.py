#!/usr/bin/env python3
"""Reads {"path", "text", "reference"} lines on stdin; writes one prediction record per line
(tinbai's record shape) with dateparser's `search_dates(text, languages=['vi'])` results as `date`
facts. dateparser returns a datetime without a grain, so the grain is read from the matched text:
a clock time gives a minute, a day and month a day, `tháng M` a month, a bare year a year."""
import json
import re
import sys
from datetime import datetime

from dateparser.search import search_dates

CLOCK = re.compile(r"\d{1,2}\s*(?::|h|giờ)\s*\d{0,2}", re.I)
DAY = re.compile(r"\d{1,2}\s*[/.\-]\s*\d{1,2}|ngày\s+\d|\d{1,2}\s+tháng", re.I)
MONTH = re.compile(r"tháng", re.I)
YEAR = re.compile(r"^\D*\d{4}\D*$")


def iso(text, value):
    if CLOCK.search(text) and (value.hour or value.minute):
        return value.strftime("%Y-%m-%dT%H:%M")
    if DAY.search(text):
        return value.strftime("%Y-%m-%d")
    if MONTH.search(text):
        return value.strftime("%Y-%m")
    if YEAR.match(text):
        return value.strftime("%Y")
    return value.strftime("%Y-%m-%d")


def main():
    for line in sys.stdin:
        item = json.loads(line)
        base = datetime.strptime(item["reference"], "%Y-%m-%dT%H:%M")
        settings = {"RELATIVE_BASE": base, "RETURN_AS_TIMEZONE_AWARE": False}
        try:
            found = search_dates(item["text"], languages=["vi"], settings=settings) or []
        except Exception as e:  # a crash on one article is counted as no dates found
            print(f"dateparser: {item['path']}: {e}", file=sys.stderr)
            found = []
        facts = [{"type": "date", "text": text, "value": {"date": iso(text, value)}}
                 for text, value in found]
        print(json.dumps({"source": {"path": item["path"]}, "facts": facts}, ensure_ascii=False))


if __name__ == "__main__":
    main()
