//! Rule tables: a human-named pattern and a producer, compiled once, on first use.
//!
//! A rule is written as the Vietnamese form it reads (`"ngày D tháng M năm Y"`), a regex on the
//! matching key, and a producer that turns the captures into a value or says `None` when the
//! match is not one after all. [`RuleSet::apply`] runs a table over a text and keeps only matches
//! that start and end at word boundaries, which spares every pattern its own `\b` (Unicode word
//! boundaries are the slow path of the `regex` crate).
//!
//! A rule may have a trigger ([`RuleSet::with_trigger`]): a small pattern that every match of
//! the rule contains, checked first, so that texts without it skip the rule's scan, and a run
//! that never meets it, the rule's compilation.

use std::sync::OnceLock;

use regex::{Captures, Regex};

use super::Scan;

/// One rule of a fact type.
#[derive(Debug)]
pub struct Rule<V: 'static> {
    /// The form the rule reads, in Vietnamese with placeholders: `"ngày D tháng M năm Y"`.
    pub name: &'static str,
    /// The regex, on the NFC matching key.
    pub pattern: &'static str,
    /// Reads the value from a match, or `None` when the match is not a fact.
    pub produce: fn(&Captures<'_>, &Scan<'_>) -> Option<V>,
}

/// A rule table, each rule compiled on first use.
#[derive(Debug)]
pub struct RuleSet<V: 'static> {
    rules: &'static [Rule<V>],
    compiled: Vec<Compiled>,
}

/// One rule's regex, compiled on first use, and its trigger, if it has one (a pattern that every
/// match of the rule contains a match of).
#[derive(Debug)]
pub(crate) struct Compiled {
    pattern: &'static str,
    regex: OnceLock<Regex>,
    trigger: Option<Regex>,
}

impl Compiled {
    /// The compiled forms of a table's patterns, none compiled yet.
    pub(crate) fn table<V>(rules: &'static [Rule<V>]) -> Vec<Compiled> {
        rules
            .iter()
            .map(|r| Compiled {
                pattern: r.pattern,
                regex: OnceLock::new(),
                trigger: None,
            })
            .collect()
    }

    /// Sets the trigger of the rule named `name` in `table`.
    pub(crate) fn set_trigger<V>(
        table: &mut [Compiled],
        rules: &[Rule<V>],
        name: &str,
        trigger: &str,
    ) {
        let index = rules.iter().position(|r| r.name == name);
        debug_assert!(index.is_some(), "no rule named {name}");
        if let Some(c) = index.and_then(|i| table.get_mut(i)) {
            c.trigger = Some(compile(trigger));
        }
    }

    /// The rule's regex.
    pub(crate) fn regex(&self) -> &Regex {
        self.regex.get_or_init(|| compile(self.pattern))
    }

    /// The rule's regex, or `None` when its trigger says that it cannot match in `key`.
    pub(crate) fn for_text(&self, key: &str) -> Option<&Regex> {
        match &self.trigger {
            Some(t) if !t.is_match(key) => None,
            _ => Some(self.regex()),
        }
    }

    /// The trigger's pattern.
    pub(crate) fn trigger(&self) -> Option<&str> {
        self.trigger.as_ref().map(Regex::as_str)
    }
}

/// A match that a rule produced a value for, in key bytes.
#[derive(Debug, Clone)]
pub struct Hit<V> {
    /// Start byte in the key.
    pub start: usize,
    /// End byte in the key.
    pub end: usize,
    /// The value the producer returned.
    pub value: V,
    /// The name of the rule that matched.
    pub rule: &'static str,
}

/// Compiles a rule pattern. Patterns are constants tested by every corpus test and by
/// `every_rule_compiles`, so a failure here is a programming error, caught before release.
#[allow(clippy::expect_used)]
pub fn compile(pattern: &str) -> Regex {
    regex::RegexBuilder::new(pattern)
        .size_limit(64 << 20)
        .build()
        .expect("rule patterns are tested constants")
}

/// The rules of a template table with their patterns replaced by the expanded ones, in order:
/// for tables whose patterns hold placeholders (`{UNIT}`) filled in once at start-up.
///
/// # Example
/// ```
/// use tinbai::facts::rule::{Rule, with_patterns};
/// static TABLE: [Rule<u8>; 1] = [Rule { name: "n", pattern: "{N}", produce: |_, _| Some(1) }];
/// let expanded = vec![String::from(r"\d+")];
/// let expanded: &'static [String] = Box::leak(expanded.into_boxed_slice());
/// let rules = with_patterns(&TABLE, expanded);
/// assert_eq!(rules[0].pattern, r"\d+");
/// assert_eq!(rules[0].name, "n");
/// ```
pub fn with_patterns<V>(table: &'static [Rule<V>], patterns: &'static [String]) -> Vec<Rule<V>> {
    table
        .iter()
        .zip(patterns)
        .map(|(r, p)| Rule {
            name: r.name,
            pattern: p.as_str(),
            produce: r.produce,
        })
        .collect()
}

impl<V> RuleSet<V> {
    /// A rule table; each rule is compiled when a text first needs it.
    pub fn new(rules: &'static [Rule<V>]) -> RuleSet<V> {
        RuleSet {
            rules,
            compiled: Compiled::table(rules),
        }
    }

    /// Gives the rule named `name` a trigger: a pattern that every match of the rule contains a
    /// match of, such as the `%` that a percent must end with. The rule runs only on texts where
    /// the trigger matches, so the trigger must be a piece of the rule's own pattern that every
    /// match goes through; then the skipped scans could not have found anything.
    ///
    /// # Example
    /// ```
    /// use tinbai::facts::rule::{Rule, RuleSet};
    /// static TABLE: [Rule<u8>; 1] =
    ///     [Rule { name: "5%", pattern: r"\d+ ?%", produce: |_, _| Some(1) }];
    /// let set = RuleSet::new(&TABLE).with_trigger("5%", "%");
    /// assert_eq!(set.trigger("5%"), Some("%"));
    /// ```
    pub fn with_trigger(mut self, name: &str, trigger: &str) -> RuleSet<V> {
        Compiled::set_trigger(&mut self.compiled, self.rules, name, trigger);
        self
    }

    /// The trigger of the rule named `name`, if it has one.
    pub fn trigger(&self, name: &str) -> Option<&str> {
        let i = self.rules.iter().position(|r| r.name == name)?;
        self.compiled.get(i)?.trigger()
    }

    /// The rules of the table.
    pub fn rules(&self) -> &'static [Rule<V>] {
        self.rules
    }

    /// Compiles every rule now, for tests: a bad pattern fails there, not on the first text
    /// that needs the rule.
    pub fn compile_all(&self) {
        for c in &self.compiled {
            c.regex();
        }
    }

    /// Runs every rule over the scan's key; returns the hits at word boundaries.
    pub fn apply(&self, scan: &Scan<'_>) -> Vec<Hit<V>> {
        let key = scan.key();
        let mut hits = Vec::new();
        for (rule, compiled) in self.rules.iter().zip(&self.compiled) {
            let Some(re) = compiled.for_text(key) else {
                continue;
            };
            let mut at = 0;
            while at <= key.len() {
                let Some(caps) = re.captures_at(key, at) else {
                    break;
                };
                let Some(m) = caps.get(0) else { break };
                if m.is_empty() {
                    at = next_char(key, m.end());
                    continue;
                }
                if at_boundaries(key, m.start(), m.end())
                    && let Some(value) = (rule.produce)(&caps, scan)
                {
                    hits.push(Hit {
                        start: m.start(),
                        end: m.end(),
                        value,
                        rule: rule.name,
                    });
                    at = m.end();
                } else {
                    at = next_char(key, m.start());
                }
            }
        }
        hits
    }
}

fn next_char(s: &str, i: usize) -> usize {
    s[i..].chars().next().map_or(i + 1, |c| i + c.len_utf8())
}

/// Whether `start..end` neither begins nor ends inside a word or a number.
pub fn at_boundaries(s: &str, start: usize, end: usize) -> bool {
    let inner_first = s[start..].chars().next();
    let inner_last = s[..end].chars().next_back();
    let before = s[..start].chars().next_back();
    let after = s[end..].chars().next();
    let joined = |a: Option<char>, b: Option<char>| matches!((a, b), (Some(a), Some(b)) if a.is_alphanumeric() && b.is_alphanumeric());
    !joined(before, inner_first) && !joined(inner_last, after)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boundaries() {
        let s = "có 24 hộ";
        let at = s.find("24").unwrap_or(0);
        assert!(at_boundaries(s, at, at + 2));
        let s = "có 245 hộ";
        assert!(!at_boundaries(s, at, at + 2));
        assert!(!at_boundaries("Hànội", 0, "Hà".len()));
        assert!(at_boundaries("(ANTQ)", 1, 5));
    }
}
