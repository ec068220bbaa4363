//! The word lists that names are recognised by, loaded once from `src/data/`: family names
//! (`surnames.tsv`), foreign given names (`foreign_given_names*.tsv`) and the titles that stand
//! before a name (`titles.tsv`).

use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet};

const SURNAMES: &str = include_str!("../../data/surnames.tsv");
const GIVEN: &str = include_str!("../../data/foreign_given_names.tsv");
const GIVEN_EXTRA: &str = include_str!("../../data/foreign_given_names_extra.tsv");
const TITLES: &str = include_str!("../../data/titles.tsv");
const COMPOUNDS: &str = include_str!("../../data/name_compounds.tsv");

/// What a title says about the name after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TitleKind {
    /// `ông`, `bà`, `anh`, `Đ/c`: a person follows.
    Honorific,
    /// `Đại tá`, `Thiếu tướng`.
    Rank,
    /// `PGS.TS`, `Bác sĩ`, `NSND`.
    Degree,
    /// `Linh mục`, `Hòa thượng`.
    Religious,
    /// `Chủ tịch`, `Giám đốc`: a role; an organization's name may come before the person's.
    Office,
    /// `ca sĩ`, `tiền đạo`.
    Occupation,
    /// `bị cáo`, `nạn nhân`, `nữ sinh`.
    Status,
}

/// The loaded lists.
#[derive(Debug)]
pub(crate) struct Lexicon {
    vietnamese: FxHashSet<&'static str>,
    east_asian: FxHashSet<&'static str>,
    given: FxHashSet<&'static str>,
    titles: FxHashMap<String, TitleKind>,
    /// Every word of a title (`đại`, `tá`, `pgs`).
    title_words_set: FxHashSet<String>,
    compounds: FxHashSet<&'static str>,
    /// The longest title, in words.
    pub title_words: usize,
}

/// The lists, parsed on first use.
pub(crate) static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::load);

impl Lexicon {
    fn load() -> Lexicon {
        let mut lex = Lexicon {
            vietnamese: FxHashSet::default(),
            east_asian: FxHashSet::default(),
            given: FxHashSet::default(),
            titles: FxHashMap::default(),
            title_words_set: FxHashSet::default(),
            compounds: rows(COMPOUNDS).collect(),
            title_words: 1,
        };
        for line in rows(SURNAMES) {
            match line.split_once('\t') {
                Some((name, "vi")) => lex.vietnamese.insert(name),
                Some((name, _)) => lex.east_asian.insert(name),
                None => false,
            };
        }
        lex.given.extend(rows(GIVEN).chain(rows(GIVEN_EXTRA)));
        for line in rows(TITLES) {
            let Some((form, kind)) = line.split_once('\t') else {
                continue;
            };
            let Some(kind) = title_kind(kind) else {
                continue;
            };
            let form = phrase(form);
            lex.title_words = lex.title_words.max(form.split(' ').count());
            lex.title_words_set
                .extend(form.split(' ').map(str::to_string));
            lex.titles.insert(form, kind);
        }
        lex
    }

    /// Whether a word is a Vietnamese family name (`Nguyễn`).
    pub(crate) fn is_surname(&self, word: &str) -> bool {
        self.vietnamese.contains(word)
    }

    /// Whether a word is a romanised Chinese or Korean family name (`Zhang`, `Kim`).
    pub(crate) fn is_east_asian_surname(&self, word: &str) -> bool {
        self.east_asian.contains(word)
    }

    /// Whether a word is a foreign given name (`Warren`, `João`).
    pub(crate) fn is_given_name(&self, word: &str) -> bool {
        self.given.contains(word)
    }

    /// Whether two lower-case words make a common word (`hải quân`), not a name and a verb.
    pub(crate) fn is_compound(&self, lower_pair: &str) -> bool {
        self.compounds.contains(lower_pair)
    }

    /// Whether a lower-case word is a word of some title (a phrase with a word that is not
    /// cannot be a title).
    pub(crate) fn in_titles(&self, lower_word: &str) -> bool {
        self.title_words_set.contains(lower_word)
    }

    /// The kind of a title, by its lower-case words joined by single spaces.
    pub(crate) fn title(&self, lower_phrase: &str) -> Option<TitleKind> {
        self.titles.get(lower_phrase).copied()
    }
}

fn rows(table: &'static str) -> impl Iterator<Item = &'static str> {
    table
        .lines()
        .map(str::trim)
        .filter(|l| !l.starts_with('#') && !l.is_empty())
}

/// A title as [`super::words::Words::phrase_lower`] writes the words it covers: lower case, the
/// punctuation inside (`PGS.TS`, `Đ/c`) turned into single spaces.
fn phrase(s: &str) -> String {
    let lower: String = s.chars().flat_map(char::to_lowercase).collect();
    lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn title_kind(cell: &str) -> Option<TitleKind> {
    Some(match cell.trim() {
        "honorific" => TitleKind::Honorific,
        "rank" => TitleKind::Rank,
        "degree" => TitleKind::Degree,
        "religious" => TitleKind::Religious,
        "office" => TitleKind::Office,
        "occupation" => TitleKind::Occupation,
        "status" => TitleKind::Status,
        _ => return None,
    })
}

/// Whether a word is a Vietnamese family name (`Nguyễn`): a place named so (`Nguyễn Trãi`
/// commune) is a person's name first.
pub(crate) fn is_surname(word: &str) -> bool {
    LEXICON.is_surname(word)
}

/// Whether a word is a foreign given name of the tables (`Andrea`, `Warren`).
pub(crate) fn is_given_name(word: &str) -> bool {
    LEXICON.is_given_name(word)
}

/// Whether two lower-case words make a common word (`pháp luật`, `liên bang`).
pub(crate) fn is_common_pair(lower_pair: &str) -> bool {
    LEXICON.is_compound(lower_pair)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load() {
        let lex = &*LEXICON;
        assert!(lex.is_surname("Nguyễn"));
        assert!(!lex.is_surname("Văn"));
        assert!(lex.is_east_asian_surname("Zhang"));
        assert!(lex.is_given_name("Warren"));
        assert!(!lex.is_given_name("Long"));
        assert_eq!(lex.title("đại tá"), Some(TitleKind::Rank));
        assert_eq!(lex.title("pgs ts"), Some(TitleKind::Degree));
        assert_eq!(lex.title("đ c"), Some(TitleKind::Honorific));
        assert_eq!(lex.title("ông"), Some(TitleKind::Honorific));
    }
}
