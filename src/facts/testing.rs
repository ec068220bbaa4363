//! The corpus runner: each type's `corpus.rs` is its specification and its test.
//!
//! An example pairs a value (a JSON object whose keys must all agree with the fact's value) with
//! surface forms. In a form, `[...]` marks the fact's span; without brackets the whole form is the
//! fact. The runner demands exactly one fact of the type on that span with that value. A negative
//! demands no fact of the type inside its brackets (or anywhere, without brackets).

use serde_json::Value as Json;

use super::{Context, FactType};
use crate::normalize::Normalized;

/// The reference time of every corpus: the seed article's publication, 2023-05-24 18:20 (+07:00).
pub(crate) const REFERENCE: &str = "2023-05-24T18:20:00";

/// One value and the forms that must read as it.
pub(crate) struct Example {
    pub value: Json,
    pub forms: Vec<&'static str>,
}

/// A fact type's corpus.
pub(crate) struct Corpus {
    pub kind: FactType,
    pub examples: Vec<Example>,
    pub negatives: Vec<&'static str>,
}

/// `examples!(json!({...}) => "form", "form")`
#[allow(unused_macros)] // used by the corpora as they grow
macro_rules! examples {
    ($value:expr => $($form:expr),+ $(,)?) => {
        $crate::facts::testing::Example { value: $value, forms: vec![$($form),+] }
    };
}
#[allow(unused_imports)]
pub(crate) use examples;

pub(crate) fn context() -> Context {
    #[allow(clippy::unwrap_used)]
    Context::at(REFERENCE.parse().unwrap())
}

/// Splits `a [b] c` into the text `a b c` and the character span of `b`.
fn marked(form: &str) -> (String, Option<(usize, usize)>) {
    match (form.find('['), form.find(']')) {
        (Some(l), Some(r)) if l < r => {
            let text = format!("{}{}{}", &form[..l], &form[l + 1..r], &form[r + 1..]);
            let start = form[..l].chars().count();
            let end = start + form[l + 1..r].chars().count();
            (text, Some((start, end)))
        }
        _ => (form.to_string(), None),
    }
}

/// Whether every key of `want` agrees with `got` (numbers compared as numbers).
pub(crate) fn agrees(want: &Json, got: &Json) -> bool {
    match (want, got) {
        (Json::Object(w), Json::Object(g)) => w.iter().all(|(k, v)| {
            g.get(k).is_some_and(|gv| agrees(v, gv)) || (v.is_null() && !g.contains_key(k))
        }),
        (Json::Number(a), Json::Number(b)) => a.as_f64() == b.as_f64(),
        (Json::Array(a), Json::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| agrees(x, y))
        }
        _ => want == got,
    }
}

/// Runs a corpus and panics with every failure listed.
pub(crate) fn check(corpus: Corpus) {
    let ctx = context();
    let mut failures = Vec::new();
    for ex in &corpus.examples {
        for form in &ex.forms {
            if let Err(e) = check_form(corpus.kind, form, &ex.value, &ctx) {
                failures.push(format!("{form:?}: {e}"));
            }
        }
    }
    for form in &corpus.negatives {
        let (text, span) = marked(form);
        let n = Normalized::new(&text);
        let (s, e) = span.unwrap_or((0, n.char_len()));
        let facts = super::extract_types(&n, &ctx, &[corpus.kind]);
        let inside: Vec<_> = facts.iter().filter(|f| f.start < e && f.end > s).collect();
        if !inside.is_empty() {
            failures.push(format!(
                "negative {form:?} gave {:?}",
                inside.iter().map(|f| &f.text).collect::<Vec<_>>()
            ));
        }
    }
    let total =
        corpus.examples.iter().map(|e| e.forms.len()).sum::<usize>() + corpus.negatives.len();
    assert!(
        failures.is_empty(),
        "{} of {total} {} corpus lines failed:\n{}",
        failures.len(),
        corpus.kind,
        failures.join("\n")
    );
}

fn check_form(kind: FactType, form: &str, want: &Json, ctx: &Context) -> Result<(), String> {
    let (text, span) = marked(form);
    let n = Normalized::new(&text);
    let (s, e) = span.unwrap_or((0, n.char_len()));
    let facts = super::extract_types(&n, ctx, &[kind]);
    let on_span: Vec<_> = facts
        .iter()
        .filter(|f| f.start == s && f.end == e)
        .collect();
    let [fact] = on_span.as_slice() else {
        let got: Vec<_> = facts
            .iter()
            .map(|f| (&f.text, serde_json::to_string(&f.value).unwrap_or_default()))
            .collect();
        return Err(format!(
            "want one {kind} on {:?}, got {got:?}",
            n.slice(s, e)
        ));
    };
    let got = serde_json::to_value(&fact.value).map_err(|e| e.to_string())?;
    if agrees(want, &got) {
        Ok(())
    } else {
        Err(format!("value {got} does not agree with {want}"))
    }
}

/// Number of positive forms and negatives in a corpus (for the corpus-size test).
pub(crate) fn size(corpus: &Corpus) -> (usize, usize) {
    (
        corpus.examples.iter().map(|e| e.forms.len()).sum(),
        corpus.negatives.len(),
    )
}
