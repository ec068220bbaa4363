//! Running a rule table over a text, for the temporal types (date, period, duration).
//!
//! Like [`crate::facts::rule::RuleSet::apply`], a match must start and end at word boundaries;
//! unlike it, a match whose optional tail ends inside a word (`tháng 5 qua|n trọng`) is retried
//! on the text cut at the last boundary, so that the shorter reading (`tháng 5`) is not lost.
//! Temporal patterns have many optional tails (`vừa qua`, `GMT+7`, a clock after the day), and
//! without the retry each of them would have to be its own rule.
//!
//! [`Matcher::at`] reads one form starting exactly at a byte offset, for callers that know where
//! a date must be (`ngày …` after a document number, the ends of a period).

use regex::{Captures, Regex};

use crate::facts::Scan;
use crate::facts::rule::{Compiled, Rule, at_boundaries};

/// Word boundaries, plus the seams of paragraphs that a crawl glued together
/// (`tổ chức ngày 30-5-2013Phát biểu`, `tử vongNgày 27-5`): a capital after a digit or a small
/// letter starts a new word.
pub(crate) fn boundaries(key: &str, start: usize, end: usize) -> bool {
    if at_boundaries(key, start, end) {
        return true;
    }
    let seam = |a: Option<char>, b: Option<char>| match (a, b) {
        (Some(a), Some(b)) => {
            !a.is_alphanumeric()
                || !b.is_alphanumeric()
                || b.is_uppercase() && (a.is_ascii_digit() || a.is_lowercase())
        }
        _ => true,
    };
    let first = key[start..].chars().next();
    let last = key[..end].chars().next_back();
    seam(key[..start].chars().next_back(), first) && seam(last, key[end..].chars().next())
}

/// How far past its start a form anchored at an offset may reach, in bytes.
const AT_WINDOW: usize = 240;

/// A table of rules whose producers return `V`, each compiled on first use.
#[derive(Debug)]
pub(crate) struct Matcher<V: 'static> {
    rules: &'static [Rule<V>],
    compiled: Vec<Compiled>,
}

/// A match a producer accepted: byte span in the key, and its value.
#[derive(Debug, Clone)]
pub(crate) struct Found<V> {
    pub start: usize,
    pub end: usize,
    pub value: V,
}

impl<V> Matcher<V> {
    /// A matcher of the table; each rule is compiled when a text first needs it.
    pub(crate) fn new(rules: &'static [Rule<V>]) -> Matcher<V> {
        Matcher {
            rules,
            compiled: Compiled::table(rules),
        }
    }

    /// Gives the rule named `name` a trigger, as [`crate::facts::rule::RuleSet::with_trigger`]
    /// does: [`Matcher::all`] skips the rule on texts without it, [`Matcher::at`] on windows.
    pub(crate) fn with_trigger(mut self, name: &str, trigger: &str) -> Matcher<V> {
        Compiled::set_trigger(&mut self.compiled, self.rules, name, trigger);
        self
    }

    /// Compiles every rule now (tests), and returns the triggers by rule.
    #[cfg(test)]
    pub(crate) fn compile_all(&self) -> Vec<Option<&str>> {
        self.compiled
            .iter()
            .map(|c| {
                c.regex();
                c.trigger()
            })
            .collect()
    }

    /// Every accepted match of every rule (they may overlap).
    pub(crate) fn all(&self, scan: &Scan<'_>) -> Vec<Found<V>> {
        let key = scan.key();
        let mut out = Vec::new();
        for (rule, compiled) in self.rules.iter().zip(&self.compiled) {
            let Some(re) = compiled.for_text(key) else {
                continue;
            };
            let mut at = 0;
            while at < key.len() {
                let Some(caps) = re.captures_at(key, at) else {
                    break;
                };
                let Some(m) = caps.get(0) else { break };
                match accept(rule, re, scan, key, caps) {
                    Some((end, value)) => {
                        out.push(Found {
                            start: m.start(),
                            end,
                            value,
                        });
                        at = end.max(next_char(key, m.start()));
                    }
                    None => at = next_char(key, m.start()),
                }
            }
        }
        out
    }

    /// The longest form that starts exactly at byte `start`, with its end.
    pub(crate) fn at(&self, scan: &Scan<'_>, start: usize) -> Option<(usize, V)> {
        let key = scan.key();
        if !key.is_char_boundary(start) {
            return None;
        }
        let mut limit = (start + AT_WINDOW).min(key.len());
        while !key.is_char_boundary(limit) {
            limit -= 1;
        }
        let hay = &key[..limit];
        let mut best: Option<(usize, V)> = None;
        // Triggers are checked on the window only, where a match from `start` lies.
        for (rule, compiled) in self.rules.iter().zip(&self.compiled) {
            let Some(re) = compiled.for_text(&hay[start..]) else {
                continue;
            };
            let Some(caps) = re.captures_at(hay, start) else {
                continue;
            };
            if caps.get(0).map(|m| m.start()) != Some(start) {
                continue;
            }
            if let Some((end, value)) = accept(rule, re, scan, hay, caps)
                && best.as_ref().is_none_or(|(e, _)| end > *e)
            {
                best = Some((end, value));
            }
        }
        best
    }
}

/// Produces the value of a match, cutting its tail back to a word boundary when needed.
fn accept<'h, V>(
    rule: &Rule<V>,
    re: &Regex,
    scan: &Scan<'_>,
    hay: &'h str,
    mut caps: Captures<'h>,
) -> Option<(usize, V)> {
    let start = caps.get(0)?.start();
    loop {
        let end = caps.get(0)?.end();
        if end > start && boundaries(scan.key(), start, end) {
            return (rule.produce)(&caps, scan).map(|v| (end, v));
        }
        let cut = last_boundary(hay, start, end)?;
        caps = re.captures_at(&hay[..cut], start)?;
        if caps.get(0)?.start() != start {
            return None;
        }
    }
}

/// The last offset before `end` (and after `start`) where a word or number ends.
fn last_boundary(s: &str, start: usize, end: usize) -> Option<usize> {
    let mut prev_alnum = false;
    let mut best = None;
    for (i, c) in s[start..end].char_indices() {
        let alnum = c.is_alphanumeric();
        if prev_alnum && !alnum {
            best = Some(start + i);
        }
        prev_alnum = alnum;
    }
    best
}

fn next_char(s: &str, i: usize) -> usize {
    s[i..].chars().next().map_or(i + 1, |c| i + c.len_utf8())
}

/// Keeps the longest of overlapping finds (then the earlier), in text order.
pub(crate) fn longest_first<V>(mut found: Vec<Found<V>>) -> Vec<Found<V>> {
    found.sort_by(|a, b| {
        (b.end - b.start)
            .cmp(&(a.end - a.start))
            .then(a.start.cmp(&b.start))
    });
    let mut kept: Vec<Found<V>> = Vec::new();
    for f in found {
        if kept.iter().all(|k| f.end <= k.start || f.start >= k.end) {
            kept.push(f);
        }
    }
    kept.sort_by_key(|f| f.start);
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boundary_before_a_word_tail() {
        let s = "tháng 5 quan";
        assert_eq!(last_boundary(s, 0, s.len()), Some("tháng 5 qua".len() - 4));
        assert_eq!(last_boundary("abc", 0, 3), None);
    }
}
