//! Reads `{"path", "text", "reference"}` lines on stdin; writes one prediction record per line
//! (tinbai's record shape: `source.path` and `facts`) with the `duckling` crate's Vietnamese time
//! entities as `date` facts, their value in the gold's ISO forms.

use std::io::{BufRead, Write};

use chrono::{Datelike, FixedOffset, NaiveDateTime, TimeZone, Timelike};
use duckling::{
    Context, DimensionKind, DimensionValue, Grain, Lang, Locale, Options, TimePoint, TimeValue,
};
use serde_json::{Value, json};

fn iso(value: NaiveDateTime, grain: Grain) -> Option<String> {
    let (y, m, d) = (value.year(), value.month(), value.day());
    Some(match grain {
        Grain::Year => format!("{y:04}"),
        Grain::Quarter => format!("{y:04}-Q{}", (m - 1) / 3 + 1),
        Grain::Month => format!("{y:04}-{m:02}"),
        Grain::Week => {
            let w = value.date().iso_week();
            format!("{:04}-W{:02}", w.year(), w.week())
        }
        Grain::Day => format!("{y:04}-{m:02}-{d:02}"),
        Grain::Hour | Grain::Minute | Grain::Second => format!(
            "{y:04}-{m:02}-{d:02}T{:02}:{:02}",
            value.hour(),
            value.minute()
        ),
        _ => return None,
    })
}

fn point(p: &TimePoint) -> Option<String> {
    match p {
        TimePoint::Naive { value, grain } => iso(*value, *grain),
        TimePoint::Instant { value, grain } => iso(value.naive_local(), *grain),
    }
}

fn main() {
    let locale = Locale::new(Lang::VI, None);
    let options = Options::default();
    let offset = FixedOffset::east_opt(7 * 3600).expect("UTC+7");
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for line in std::io::stdin().lock().lines() {
        let line = line.expect("stdin");
        let input: Value = serde_json::from_str(&line).expect("one JSON object per line");
        let text = input["text"].as_str().unwrap_or("");
        let reference = NaiveDateTime::parse_from_str(
            input["reference"].as_str().unwrap_or("2013-01-01T00:00"),
            "%Y-%m-%dT%H:%M",
        )
        .expect("reference as YYYY-MM-DDTHH:MM");
        let now = offset.from_local_datetime(&reference).single().expect("a local time");
        let context = Context::new(now, locale);
        let mut facts = Vec::new();
        for entity in duckling::parse(text, &locale, &[DimensionKind::Time], &context, &options) {
            // Intervals are periods, not dates: only single points are compared.
            if let DimensionValue::Time(TimeValue::Single { value, .. }) = &entity.value {
                if let Some(date) = point(value) {
                    facts.push(json!({"type": "date", "text": entity.body, "value": {"date": date}}));
                }
            }
        }
        let record = json!({"source": {"path": input["path"]}, "facts": facts});
        writeln!(out, "{record}").expect("stdout");
    }
}
