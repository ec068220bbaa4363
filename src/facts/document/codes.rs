//! The document tables: kinds (`src/data/document_kinds.tsv`) and issuers (`src/data/issuers.tsv`).
//!
//! Both are embedded and parsed once. Codes are looked up as written first, then folded (upper
//! case, `Đ` read as `D`), because the press also writes `QD-TTG` for `QĐ-TTg` and `ND-CP` for
//! `NĐ-CP`. Issuer codes carrying a term number (`QH14`) are looked up without it.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::normalize::canonical_tone;

/// How a reference without a symbol may name a kind (column `named` of the kinds table).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Named {
    /// `Nghị quyết 57`: the number alone after the kind's word.
    Bare,
    /// `Kế hoạch số 12`: only with `số`.
    WithSo,
    /// Never without a symbol.
    Never,
}

/// One kind of document.
#[derive(Debug)]
pub(super) struct Kind {
    /// The kind's name: `Nghị quyết`.
    pub name: &'static str,
    /// The name's matching key (tone-canonical, lower case) for comparing with the text.
    pub key: String,
    pub named: Named,
}

struct Tables {
    kinds: Vec<Kind>,
    /// Code as written → index into `kinds`; folded code → (code as the table writes it, index).
    by_code: HashMap<&'static str, usize>,
    by_folded_code: HashMap<String, (&'static str, usize)>,
    issuers: HashMap<&'static str, &'static str>,
    issuers_folded: HashMap<String, &'static str>,
}

static TABLES: LazyLock<Tables> = LazyLock::new(load);

/// Rows of a TSV table: comment lines (`#`) and the header row skipped.
fn rows(tsv: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    tsv.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .skip(1)
        .map(|l| l.split('\t').map(str::trim).collect())
}

fn load() -> Tables {
    let mut t = Tables {
        kinds: Vec::new(),
        by_code: HashMap::new(),
        by_folded_code: HashMap::new(),
        issuers: HashMap::new(),
        issuers_folded: HashMap::new(),
    };
    for row in rows(include_str!("../../data/document_kinds.tsv")) {
        let [code, name, named] = row[..] else {
            continue;
        };
        let code = (code != "-").then_some(code);
        let index = match t.kinds.iter().position(|k| k.name == name) {
            Some(i) => i,
            None => {
                t.kinds.push(Kind {
                    name,
                    key: canonical_tone(&name.to_lowercase()),
                    named: match named {
                        "bare" => Named::Bare,
                        "so" => Named::WithSo,
                        _ => Named::Never,
                    },
                });
                t.kinds.len() - 1
            }
        };
        if let Some(code) = code {
            t.by_code.insert(code, index);
            t.by_folded_code.entry(fold(code)).or_insert((code, index));
        }
    }
    for row in rows(include_str!("../../data/issuers.tsv")) {
        if let [code, name] = row[..] {
            t.issuers.insert(code, name);
            t.issuers_folded.entry(fold(code)).or_insert(name);
        }
    }
    t
}

/// Upper case with `Đ` read as `D`: how a code compares when the writer lacked the letter.
pub(super) fn fold(code: &str) -> String {
    code.chars()
        .flat_map(char::to_uppercase)
        .map(|c| if c == 'Đ' { 'D' } else { c })
        .collect()
}

/// Every kind, in table order.
pub(super) fn kinds() -> &'static [Kind] {
    &TABLES.kinds
}

/// The kind (with its canonical code) that a code in a symbol stands for: `CTr` → Chương trình.
pub(super) fn kind_of_code(code: &str) -> Option<(&'static str, &'static Kind)> {
    let t = &*TABLES;
    let (canonical, index) = match t.by_code.get_key_value(code) {
        Some((&c, &i)) => (c, i),
        None => *t.by_folded_code.get(&fold(code))?,
    };
    Some((canonical, &t.kinds[index]))
}

/// The kind that a word of the text names (`chương trình` → Chương trình), by its key.
pub(super) fn kind_of_word(word_key: &str) -> Option<&'static Kind> {
    let lower = word_key.to_lowercase();
    TABLES.kinds.iter().find(|k| k.key == lower)
}

/// The name of the body an issuer code stands for: `BCA` → Bộ Công an; `QH14` → Quốc hội.
pub(super) fn issuer_name(code: &str) -> Option<&'static str> {
    let t = &*TABLES;
    let bare = code.trim_end_matches(|c: char| c.is_ascii_digit());
    if bare.is_empty() {
        return None;
    }
    t.issuers
        .get(code)
        .or_else(|| t.issuers.get(bare))
        .or_else(|| t.issuers_folded.get(&fold(bare)))
        .copied()
}

/// Whether a code is a known issuer (so that `612/UBND-TNMT` reads as a document).
pub(super) fn is_issuer(code: &str) -> bool {
    issuer_name(code).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_by_code_as_written_and_folded() {
        assert_eq!(
            kind_of_code("CTr").map(|(_, k)| k.name),
            Some("Chương trình")
        );
        assert_eq!(kind_of_code("QD").map(|(c, _)| c), Some("QĐ"));
        assert_eq!(kind_of_code("ND").map(|(_, k)| k.name), Some("Nghị định"));
        assert_eq!(kind_of_code("QĐi").map(|(_, k)| k.name), Some("Quy định"));
        assert_eq!(kind_of_code("DA").map(|(_, k)| k.name), Some("Dự án"));
        assert_eq!(kind_of_code("ĐA").map(|(_, k)| k.name), Some("Đề án"));
        assert!(kind_of_code("LV").is_none());
    }

    #[test]
    fn issuers_by_code() {
        assert_eq!(issuer_name("BCA"), Some("Bộ Công an"));
        assert_eq!(issuer_name("TTG"), Some("Thủ tướng Chính phủ"));
        assert_eq!(issuer_name("QH14"), Some("Quốc hội"));
        assert_eq!(issuer_name("BGDDT"), Some("Bộ Giáo dục và Đào tạo"));
        assert_eq!(issuer_name("C61"), None);
        assert_eq!(issuer_name("14"), None);
    }

    #[test]
    fn every_kind_word_is_found_again() {
        for k in kinds() {
            assert_eq!(kind_of_word(&k.key).map(|f| f.name), Some(k.name));
        }
        assert!(kinds().len() > 30);
    }
}
