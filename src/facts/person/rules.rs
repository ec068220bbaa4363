//! The person rules: who is named in a text, with the title and role the text attaches.
//!
//! Names are read from runs of capitalised words (see [`Words`]):
//! - `Nguyễn Văn A`: a Vietnamese family name and one to three capitalised syllables;
//! - `Warren Buffett`, `John D. Rockefeller`: a foreign given name and a family name;
//! - `Zhang Hongming`, `Kim Sa-myeong`: a Chinese or Korean family name and a given name that is
//!   no Vietnamese syllable;
//! - `Y Gyin`, `A Tách`: the name prefixes of the Central Highlands;
//! - after a title (`ông`, `Đại tá`, `ca sĩ`, `Đức mẹ`): any short capitalised run that is no
//!   place (`anh Danh`, `ca sĩ Hồng Nhung`, `ông Scuse`);
//! - later mentions: the given name (`Tín`, `Hoàng Tôn`) or family name (`Scuse`) of a name
//!   found before, or a name a title introduced (`Mỹ Linh`).
//!
//! Not persons: names right after a street, unit or institution word (`đường Lê Lợi`, `Trường
//! THPT Chu Văn An`, `Giải thưởng Võ Trường Toản`), names of provinces, districts and known places
//! (`Hoàng Mai`, `Hồ Chí Minh`) unless a title says otherwise, a bare initial (`chị T.`).

use std::collections::HashSet;

use super::lexicon::{LEXICON, TitleKind};
use super::words::{Words, is_acronym, is_initial, is_vietnamese_syllable};
use crate::facts::Scan;
use crate::facts::location::{is_known_place, is_street_word};

/// A person found in a text (byte span of the name in the key).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Person {
    /// Start byte of the name in the key.
    pub start: usize,
    /// End byte of the name in the key.
    pub end: usize,
    /// The name as the text writes it.
    pub name: String,
    /// The title before the name: `Đại tá`, `ông`.
    pub title: Option<String>,
    /// The role the text attaches: `Giám đốc Công an tỉnh`.
    pub role: Option<String>,
}

/// How a name was recognised, which decides what its later mentions are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Vietnamese,
    Foreign,
    EastAsian,
    Cued,
}

/// Words after which a capitalised run names a street, a unit or an institution, not a person.
const NOT_AFTER: &[&str] = &[
    "đường", "phố", "ngõ", "hẻm", "ngách", "kiệt", "quận", "huyện", "xã", "phường", "tỉnh",
    "trấn", "thị xã", "thành phố", "tp", "tx", "tt", "q", "p", "trường", "thpt", "thcs", "pthh",
    "chuyên", "tiểu học", "đại học", "học viện", "cao đẳng", "giải", "giải thưởng", "quỹ",
    "bệnh viện", "cầu", "chợ", "nút giao", "giao thông", "lăng", "tượng", "tượng đài", "đền",
    "chùa", "nhà thờ", "di tích", "tàu", "bảo tàng", "công viên", "sân vận động", "svđ",
    "công ty", "tập đoàn", "khu", "tổ", "ấp", "thôn", "làng", "bản", "buôn", "xóm", "khách sạn",
    "siêu thị", "trung tâm", "số", "đại lộ", "quảng trường", "tư tưởng", "di chúc", "lời", "thời",
    "kỷ niệm", "sinh nhật", "phong trào", "cuộc thi", "lớp", "mang tên", "tên", "sân", "bến",
    "đảo", "sông", "núi", "hồ", "biệt thự", "nhà hát", "cung", "tòa nhà", "rạp", "câu lạc bộ",
    "clb", "đội", "nhóm", "ban nhạc", "phim", "bộ phim", "ca khúc", "bài hát", "cuốn", "sách",
];

/// Capitalised words that open the name of an organization, never a person's.
const ORG_HEADS: &[&str] = &[
    "Bộ", "Sở", "Ban", "Ủy", "Phòng", "Cục", "Tổng", "Công", "Chính", "Hội", "Đảng", "Nhà",
    "Viện", "Trường", "Bệnh", "Trung", "Đại", "Quốc", "Tòa", "Đội", "Tổ", "Chi", "Liên", "Hiệp",
    "Quỹ", "Ngân", "Tập", "Học", "Khoa", "Báo", "Đài", "Hãng", "Cảng", "Sân", "Khu", "Thành",
    "Tỉnh", "Huyện", "Quận", "Xã", "Phường", "Nhân", "Mặt", "Thanh", "Văn", "Cơ", "Hạt", "Trạm",
    "Kho", "Câu", "Giải", "Cúp", "Chương", "Đề", "Dự", "Nghị", "Luật", "Thông", "Quyết", "Chỉ",
];

/// Words that end a foreign name's run: the rest names a club, a company, a street.
const FOREIGN_STOPS: &[&str] = &[
    "City", "United", "FC", "Club", "Street", "Avenue", "University", "College", "Institute",
    "Foundation", "Journal", "Times", "Post", "News", "Inc", "Corp", "Group", "Bank", "Airlines",
    "Hotel", "Center", "Centre", "Park", "Square", "Hall", "House", "Press", "Motors", "Tower",
];

/// Words before a capitalised name that make it a place (`tiếng Nga`, `người Đức`).
const PLACE_CUES: &[&str] = &[
    "tại", "ở", "người", "nước", "tiếng", "sang", "từ", "đến", "về", "khắp", "xứ", "miền",
    "phía", "của", "với", "và", "giữa", "thủ đô", "chuyên",
];

/// Finds the people of a text.
pub(crate) fn people(scan: &Scan<'_>) -> Vec<Person> {
    let words = Words::new(scan.key());
    let mut pass = Pass {
        scan,
        words: &words,
        found: Vec::new(),
        aliases: HashSet::new(),
        streets: HashSet::new(),
    };
    pass.collect_streets();
    pass.full_names();
    pass.later_mentions();
    pass.found.sort_by_key(|p| (p.start, p.end));
    pass.found.dedup_by_key(|p| p.start);
    pass.found
}

struct Pass<'s, 'w> {
    scan: &'s Scan<'s>,
    words: &'w Words<'w>,
    found: Vec<Person>,
    /// Folded names that a later mention may use.
    aliases: HashSet<String>,
    /// Folded names this text gave to streets (`đường Đặng Văn Bình`).
    streets: HashSet<String>,
}

impl Pass<'_, '_> {
    /// The end (exclusive) of the capitalised run starting at word `i`.
    fn run_end(&self, i: usize) -> usize {
        let w = self.words;
        let mut j = i;
        while j + 1 < w.len() && w.joined(j) && w.is_capitalized(j + 1) {
            j += 1;
        }
        j + 1
    }

    fn collect_streets(&mut self) {
        let w = self.words;
        for i in 1..w.len() {
            if w.is_capitalized(i) && is_street_word(w, i) {
                let end = self.run_end(i);
                self.streets.insert(fold_words(w, i, end));
            }
        }
    }

    fn full_names(&mut self) {
        let w = self.words;
        let mut i = 0;
        while i < w.len() {
            if !w.is_capitalized(i) {
                i += 1;
                continue;
            }
            let end = self.run_end(i);
            self.names_in_run(i, end);
            i = end;
        }
    }

    /// Reads the names inside the run `a..b`.
    fn names_in_run(&mut self, a: usize, b: usize) {
        let w = self.words;
        let mut s = a + self.place_prefix(a, b);
        while s < b {
            if let Some((e, shape)) = self.name_at(s, a, b) {
                self.accept(s, e, shape);
                s = e;
            } else {
                s += 1;
            }
        }
        let _ = w;
    }

    /// Words at the start of a run that name a known place followed by a person's name (`Hà Nội`
    /// in `Chủ tịch UBND thành phố Hà Nội Nguyễn Thế Thảo`).
    fn place_prefix(&self, a: usize, b: usize) -> usize {
        (1..(b - a).min(5))
            .rev()
            .find(|&k| {
                is_known_place(&fold_words(self.words, a, a + k))
                    && self.name_at(a + k, a, b).is_some()
            })
            .unwrap_or(0)
    }

    /// A name starting at word `s` of the run `a..b`: its end and how it was recognised.
    fn name_at(&self, s: usize, a: usize, b: usize) -> Option<(usize, Shape)> {
        let w = self.words;
        let lex = &*LEXICON;
        if self.blocked_before(s) {
            return None;
        }
        let word = w.text(s);
        let cued = self.title_before(s).is_some();
        let found = if lex.is_surname(word) {
            self.vietnamese_name(s, b).map(|e| (e, Shape::Vietnamese))
        } else {
            None
        };
        let found = found
            .or_else(|| self.foreign_name(s, b).map(|e| (e, Shape::Foreign)))
            .or_else(|| self.east_asian_name(s, b).map(|e| (e, Shape::EastAsian)))
            .or_else(|| self.highland_name(s, a, b).map(|e| (e, Shape::Cued)))
            .or_else(|| {
                (cued && s == a)
                    .then(|| self.cued_name(s, b))
                    .flatten()
                    .map(|e| (e, Shape::Cued))
            })?;
        let (e, _) = found;
        let folded = fold_words(w, s, e);
        if !cued && (is_known_place(&folded) || self.streets.contains(&folded)) {
            return None;
        }
        Some(found)
    }

    /// `Nguyễn Văn A`: the family name at `s`, then one to three syllables, ending the run (or
    /// followed by a known place).
    fn vietnamese_name(&self, s: usize, b: usize) -> Option<usize> {
        let w = self.words;
        let mut e = s + 1;
        while e < b && e - s < 4 && is_vietnamese_syllable(w.text(e)) && !is_initial(w.text(e)) {
            e += 1;
        }
        // A single letter ends an invented name (`Nguyễn Văn A`), never a real initial (`T.`).
        if e < b && e - s < 4 && e - s >= 2 && is_initial(w.text(e)) && w.gap_after(e) != "." {
            e += 1;
        }
        if e - s < 2 {
            return None;
        }
        if e < b && !is_known_place(&fold_words(w, e, b)) {
            return None;
        }
        Some(e)
    }

    /// `Warren Buffett`: a foreign given name, then up to three capitalised words or initials.
    fn foreign_name(&self, s: usize, b: usize) -> Option<usize> {
        let w = self.words;
        if !LEXICON.is_given_name(w.text(s)) {
            return None;
        }
        let mut e = s + 1;
        while e < b && e - s < 4 && !FOREIGN_STOPS.contains(&w.text(e)) {
            e += 1;
        }
        while e > s + 1 && is_initial(w.text(e - 1)) {
            e -= 1;
        }
        (e > s + 1).then_some(e)
    }

    /// `Zhang Hongming`, `Kim Sa-myeong`: a romanised family name and a given name that is not a
    /// Vietnamese syllable.
    fn east_asian_name(&self, s: usize, b: usize) -> Option<usize> {
        let w = self.words;
        if !LEXICON.is_east_asian_surname(w.text(s)) || s + 1 >= b {
            return None;
        }
        let given = w.text(s + 1);
        let foreign = given.contains('-') || !is_vietnamese_syllable(given);
        (foreign && !is_initial(given)).then_some((s + 2).min(b))
    }

    /// `Y Gyin`, `A Tách`: the Ê Đê and Ba Na name prefixes, opening their run.
    fn highland_name(&self, s: usize, a: usize, b: usize) -> Option<usize> {
        let w = self.words;
        let prefix = matches!(w.text(s), "Y" | "A") && w.gap_after(s) == " ";
        (prefix && s == a && b == s + 2).then_some(s + 2)
    }

    /// After a title, any short run that is not an organization's name (`anh Danh`).
    fn cued_name(&self, s: usize, b: usize) -> Option<usize> {
        let w = self.words;
        if b - s > 4 || ORG_HEADS.contains(&w.text(s)) {
            return None;
        }
        let kind = self.title_before(s).map(|(_, k)| k);
        if kind == Some(TitleKind::Office) && b - s > 3 {
            return None;
        }
        Some(b)
    }

    /// Whether the word before `s` makes the run a street, a unit, an institution or an address.
    fn blocked_before(&self, s: usize) -> bool {
        let w = self.words;
        if s == 0 {
            return false;
        }
        let gap = w.gap_before(s);
        if gap != " " {
            // `TP.Cao Lãnh`, `P.Hòa Cường`: an abbreviated unit word glued by a period.
            return gap == "." && matches!(w.text(s - 1), "TP" | "Tp" | "TX" | "P" | "Q" | "TT");
        }
        if w.text(s - 1).chars().all(|c| c.is_ascii_digit()) {
            return true;
        }
        let one = w.phrase_lower(s - 1, s);
        let two = if s >= 2 && w.gap_after(s - 2) == " " {
            w.phrase_lower(s - 2, s)
        } else {
            String::new()
        };
        NOT_AFTER.contains(&one.as_str()) || NOT_AFTER.contains(&two.as_str())
    }

    /// The title right before word `s` (its first word and kind): `Đại tá`, `ông`, `Đ/c`, also
    /// across one acronym (`Trung tá CSGT Lưu Mạnh Tuyến`).
    fn title_before(&self, s: usize) -> Option<(usize, TitleKind)> {
        let w = self.words;
        if s == 0 || !matches!(w.gap_before(s), " " | ": ") {
            return None;
        }
        let lex = &*LEXICON;
        let end = if is_acronym(w.text(s - 1)) && lex.title(&w.phrase_lower(s - 1, s)).is_none() {
            s - 1
        } else {
            s
        };
        (1..=lex.title_words.min(end)).rev().find_map(|k| {
            let from = end - k;
            lex.title(&w.phrase_lower(from, end)).map(|kind| (from, kind))
        })
    }

    /// Records a name found at words `s..e`, with its title, role and later-mention forms.
    fn accept(&mut self, s: usize, e: usize, shape: Shape) {
        let w = self.words;
        for (from, to) in alias_spans(s, e, shape) {
            self.aliases.insert(fold_words(w, from, to));
        }
        self.push(s, e);
    }

    fn push(&mut self, s: usize, e: usize) {
        let w = self.words;
        let (start, end) = w.span(s, e);
        let title = self.title_before(s).map(|(from, _)| self.display(from, s));
        let role = self.role_after(e).or_else(|| self.role_before(s));
        self.found.push(Person {
            start,
            end,
            name: self.scan.text.text_of_key(start, end).to_string(),
            title,
            role,
        });
    }

    /// The display text of words `from..to`.
    fn display(&self, from: usize, to: usize) -> String {
        let (start, end) = self.words.span(from, to);
        self.scan.text.text_of_key(start, end).to_string()
    }

    /// `…, Giám đốc Công an tỉnh`: an office right after the name, up to the next punctuation.
    fn role_after(&self, e: usize) -> Option<String> {
        let w = self.words;
        if e >= w.len() || !matches!(w.gap_before(e), ", " | " - " | "- " | " (") {
            return None;
        }
        let lex = &*LEXICON;
        let office = (1..=lex.title_words.min(w.len() - e)).any(|k| {
            lex.title(&w.phrase_lower(e, e + k)) == Some(TitleKind::Office)
        });
        if !office {
            return None;
        }
        let mut to = e + 1;
        while to < w.len() && to - e < 14 && matches!(w.gap_before(to), " " | "-" | "&") {
            to += 1;
        }
        Some(self.display(e, to))
    }

    /// `Chủ tịch UBND thành phố Hà Nội Nguyễn Thế Thảo`: an office and its body before the name.
    fn role_before(&self, s: usize) -> Option<String> {
        let w = self.words;
        let lex = &*LEXICON;
        let mut from = s;
        let mut office = None;
        while from > 0 && s - from < 12 && w.gap_before(from) == " " {
            from -= 1;
            let hit = (1..=lex.title_words.min(s - from)).rev().find(|&k| {
                lex.title(&w.phrase_lower(from, from + k)) == Some(TitleKind::Office)
            });
            if hit.is_some() {
                office = Some(from);
            }
        }
        let from = office?;
        let span = self.display(from, s);
        (span.split_whitespace().count() > 2).then_some(span)
    }

    /// Later mentions: a run that is an alias of a name found before (`Tín`, `Hoàng Tôn`).
    fn later_mentions(&mut self) {
        let w = self.words;
        let taken: Vec<(usize, usize)> = self.found.iter().map(|p| (p.start, p.end)).collect();
        let mut i = 0;
        while i < w.len() {
            if !w.is_capitalized(i) {
                i += 1;
                continue;
            }
            let end = self.run_end(i);
            let mut s = i;
            if end - s > 1 && self.title_before(s + 1).is_some_and(|(f, _)| f == s) {
                s += 1;
            }
            let (start, stop) = w.span(s, end);
            let inside = taken.iter().any(|&(a, b)| a < stop && start < b);
            if !inside && self.is_mention(s, end) {
                self.push(s, end);
            }
            i = end;
        }
    }

    fn is_mention(&self, s: usize, e: usize) -> bool {
        let w = self.words;
        if e - s > 3 || !self.aliases.contains(&fold_words(w, s, e)) || self.blocked_before(s) {
            return false;
        }
        if e - s == 1 && is_initial(w.text(s)) {
            return false;
        }
        if w.starts_sentence(s) && e < w.len() && w.gap_after(e - 1) == " " {
            let pair = w.phrase_lower(s, e + 1);
            let pair = pair.rsplitn(3, ' ').take(2).collect::<Vec<_>>();
            if pair.len() == 2 && LEXICON.is_compound(&format!("{} {}", pair[1], pair[0])) {
                return false;
            }
        }
        let cue_before = s > 0 && w.gap_before(s) == " " && {
            let one = w.phrase_lower(s - 1, s);
            PLACE_CUES.contains(&one.as_str())
        };
        !(cue_before && is_known_place(&fold_words(w, s, e)))
    }
}

/// The word spans of a name that its later mentions may use.
fn alias_spans(s: usize, e: usize, shape: Shape) -> Vec<(usize, usize)> {
    let n = e - s;
    match shape {
        Shape::Vietnamese if n >= 3 => vec![(e - 1, e), (e - 2, e)],
        Shape::Vietnamese => vec![(e - 1, e)],
        Shape::Foreign => vec![(e - 1, e), (s, s + 1)],
        Shape::EastAsian => vec![(s, s + 1), (s, e)],
        Shape::Cued => vec![(s, e)],
    }
}

/// The folded form of words `from..to`.
fn fold_words(w: &Words<'_>, from: usize, to: usize) -> String {
    let mut out = String::new();
    w.fold_into(from, to, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::testing::context;
    use crate::normalize::Normalized;

    fn names(text: &str) -> Vec<String> {
        let n = Normalized::new(text);
        let ctx = context();
        let scan = Scan {
            text: &n,
            ctx: &ctx,
            abbreviations: Vec::new(),
        };
        people(&scan).into_iter().map(|p| p.name).collect()
    }

    #[test]
    fn capitals_alone_are_not_names() {
        assert!(names("Trong khi đó, Hà Nội và Hoàng Mai vẫn mưa.").is_empty());
    }

    #[test]
    fn later_mentions_follow_the_full_name() {
        let got = names("Anh Nguyễn Văn Tín bị bắt. Tín khai rằng anh đi một mình.");
        assert_eq!(got, ["Nguyễn Văn Tín", "Tín"]);
    }
}
