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

use rustc_hash::FxHashSet;

use super::lexicon::{LEXICON, TitleKind};
use super::words::{Words, is_initial, is_vietnamese_syllable};
use crate::facts::Scan;
use crate::facts::location::{PLACE_CUES, is_known_name, is_known_place, is_street_word};

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
    "đường",
    "phố",
    "ngõ",
    "hẻm",
    "ngách",
    "kiệt",
    "quận",
    "huyện",
    "xã",
    "phường",
    "tỉnh",
    "trấn",
    "thị xã",
    "thành phố",
    "tp",
    "tx",
    "tt",
    "q",
    "p",
    "trường",
    "thpt",
    "thcs",
    "pthh",
    "chuyên",
    "tiểu học",
    "đại học",
    "học viện",
    "cao đẳng",
    "giải",
    "giải thưởng",
    "quỹ",
    "bệnh viện",
    "cầu",
    "chợ",
    "nút giao",
    "giao thông",
    "lăng",
    "tượng",
    "tượng đài",
    "đền",
    "chùa",
    "nhà thờ",
    "di tích",
    "tàu",
    "bảo tàng",
    "công viên",
    "sân vận động",
    "svđ",
    "công ty",
    "tập đoàn",
    "khu",
    "tổ",
    "ấp",
    "thôn",
    "làng",
    "bản",
    "buôn",
    "xóm",
    "khách sạn",
    "siêu thị",
    "trung tâm",
    "số",
    "đại lộ",
    "quảng trường",
    "tư tưởng",
    "di chúc",
    "lời",
    "thời",
    "kỷ niệm",
    "sinh nhật",
    "phong trào",
    "cuộc thi",
    "lớp",
    "mang tên",
    "sân",
    "bến",
    "đảo",
    "sông",
    "núi",
    "hồ",
    "biệt thự",
    "nhà hát",
    "cung",
    "tòa nhà",
    "rạp",
    "câu lạc bộ",
    "clb",
    "đội",
    "nhóm",
    "ban nhạc",
    "phim",
    "bộ phim",
    "ca khúc",
    "bài hát",
    "cuốn",
    "sách",
];

/// Capitalised words that open the name of an organization, never a person's.
const ORG_HEADS: &[&str] = &[
    "Bộ",
    "Sở",
    "Ban",
    "Ủy",
    "Phòng",
    "Cục",
    "Tổng",
    "Công",
    "Chính",
    "Hội",
    "Đảng",
    "Nhà",
    "Viện",
    "Trường",
    "Bệnh",
    "Trung",
    "Đại",
    "Quốc",
    "Tòa",
    "Đội",
    "Tổ",
    "Chi",
    "Liên",
    "Hiệp",
    "Quỹ",
    "Ngân",
    "Tập",
    "Học",
    "Khoa",
    "Báo",
    "Đài",
    "Hãng",
    "Cảng",
    "Sân",
    "Khu",
    "Thành",
    "Tỉnh",
    "Huyện",
    "Quận",
    "Xã",
    "Phường",
    "Nhân",
    "Mặt",
    "Thanh",
    "Văn",
    "Cơ",
    "Hạt",
    "Trạm",
    "Kho",
    "Câu",
    "Giải",
    "Cúp",
    "Chương",
    "Đề",
    "Dự",
    "Nghị",
    "Luật",
    "Thông",
    "Quyết",
    "Chỉ",
];

/// Words that end a foreign name's run: the rest names a club, a company, a street.
const FOREIGN_STOPS: &[&str] = &[
    "City",
    "United",
    "FC",
    "Club",
    "Street",
    "Avenue",
    "University",
    "College",
    "Institute",
    "Foundation",
    "Journal",
    "Times",
    "Post",
    "News",
    "Inc",
    "Corp",
    "Group",
    "Bank",
    "Airlines",
    "Hotel",
    "Center",
    "Centre",
    "Square",
    "Press",
    "Motors",
    "Tower",
];

/// Finds the people of a text, once per scan: the location finder asks for them too (a place
/// inside a person's name is none).
pub(crate) fn people<'s>(scan: &'s Scan<'_>) -> &'s [Person] {
    scan.people.get_or_init(|| read_people(scan))
}

fn read_people(scan: &Scan<'_>) -> Vec<Person> {
    let words = Words::of(scan);
    let mut pass = Pass {
        scan,
        words: &words,
        found: Vec::new(),
        aliases: FxHashSet::default(),
        streets: FxHashSet::default(),
        titles: Vec::new(),
    };
    pass.titles = (0..words.len())
        .map(|s| pass.find_title_before(s))
        .collect();
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
    aliases: FxHashSet<String>,
    /// Folded names this text gave to streets (`đường Đặng Văn Bình`).
    streets: FxHashSet<String>,
    /// The title before each word, if any (see [`Pass::title_before`]).
    titles: Vec<Option<(usize, TitleKind)>>,
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

    /// Names that follow a street word, and the second street of `Tôn Đức Thắng - Nguyễn Lương
    /// Bằng` after one.
    fn collect_streets(&mut self) {
        let w = self.words;
        for i in 1..w.len() {
            if w.is_capitalized(i) && is_street_word(w, i) {
                let end = self.run_end(i);
                self.streets.insert(fold_words(w, i, end));
                if end < w.len() && w.gap_before(end) == " - " && w.is_capitalized(end) {
                    let second = self.run_end(end);
                    self.streets.insert(fold_words(w, end, second));
                }
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
        // `Bà Rịa` is a town before `Bà` is a title.
        if self.title_before(a).is_none() && self.place_prefix(a, b) == b - a {
            return;
        }
        let a = a + self.leading_title(a, b);
        if a >= b {
            return;
        }
        let skip = if self.title_before(a).is_some() {
            0
        } else {
            self.place_prefix(a, b)
        };
        let street = self.streets.contains(&fold_words(self.words, a, b));
        let blocked = skip == 0 && self.blocked_before(a) && !self.person_after_unit(a, b);
        if street || skip == b - a || blocked {
            // The whole run is a place, or it names a street or an institution (and then so does
            // the rest of it: `Trường chuyên Huỳnh Mẫn Đạt` holds no `Mẫn Đạt`).
            return;
        }
        let mut s = a + skip;
        while s < b {
            if let Some((e, shape)) = self.name_at(s, a, b) {
                self.accept(s, e, shape);
                s = e;
            } else {
                s += 1;
            }
        }
    }

    /// `UBND thành phố Nguyễn Thế Thảo`: after an administrative unit word, a full name of three
    /// or more words that no unit has is the person at the head of the body.
    fn person_after_unit(&self, a: usize, b: usize) -> bool {
        let w = self.words;
        let units = [
            "thành phố",
            "tỉnh",
            "quận",
            "huyện",
            "xã",
            "phường",
            "thị xã",
            "thị trấn",
        ];
        let unit = (1..=2.min(a)).any(|k| units.contains(&w.phrase_lower(a - k, a)));
        unit && b - a >= 3 && LEXICON.is_surname(w.text(a)) && !is_known_name(w, a, b)
    }

    /// Capitalised title words that open a run (`Ông` in `Ông Trần Văn Khê`).
    fn leading_title(&self, a: usize, b: usize) -> usize {
        let w = self.words;
        let lex = &*LEXICON;
        (1..=lex.title_words.min(b - a - 1).max(1))
            .rev()
            .find(|&k| {
                a + k < b
                    && lex
                        .title(w.phrase_lower(a, a + k))
                        .is_some_and(|t| t != TitleKind::Office)
            })
            .unwrap_or(0)
    }

    /// Words at the start of a run that name a known place (`Hà Nội` in `Chủ tịch UBND thành phố
    /// Hà Nội Nguyễn Thế Thảo`, the whole of `Bồ Đào Nha`).
    fn place_prefix(&self, a: usize, b: usize) -> usize {
        (1..=(b - a).min(5))
            .rev()
            .find(|&k| {
                // Folding makes `Y` of `Y Gyin` read as `Ý` (Italy): a letter is no place.
                !(k == 1 && is_initial(self.words.text(a))) && is_known_place(self.words, a, a + k)
            })
            .unwrap_or(0)
    }

    /// A name starting at word `s` of the run `a..b`: its end and how it was recognised.
    fn name_at(&self, s: usize, a: usize, b: usize) -> Option<(usize, Shape)> {
        let w = self.words;
        let lex = &*LEXICON;
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
        let honorific = self
            .title_before(s)
            .is_some_and(|(_, k)| k == TitleKind::Honorific);
        if (!honorific && is_known_place(w, s, e)) || (!cued && self.streets.contains(&folded)) {
            return None;
        }
        if self.byline_after(e) || (s..e).all(|i| is_initial(w.text(i))) {
            return None;
        }
        // `Phó Tổng Giám đốc`: the run is (the start of) a title written in capitals.
        let longest = LEXICON.title_words.min(w.len() - s);
        if (e - s..=longest).any(|n| n > 0 && LEXICON.title(w.phrase_lower(s, s + n)).is_some()) {
            return None;
        }
        // `Nông Nghiệp`, `Hoa hậu Hoàn vũ`: the run is the start of a common word.
        if (e - s == 2 && LEXICON.is_compound(w.phrase_lower(s, e)))
            || (e - s == 1 && self.makes_word_with_next(e))
        {
            return None;
        }
        Some(found)
    }

    /// `Nguyễn Văn A`: the family name at `s`, then one to three syllables, ending the run (or
    /// followed by a known place).
    fn vietnamese_name(&self, s: usize, b: usize) -> Option<usize> {
        let w = self.words;
        let mut e = s + 1;
        // Minority names keep their own spelling (`Đinh Hrôn`); any capitalised word may follow.
        while e < b && e - s < 4 && !is_initial(w.text(e)) {
            e += 1;
        }
        // A single letter ends an invented name (`Nguyễn Văn A`), never a real initial (`T.`).
        if e < b && e - s < 4 && e - s >= 2 && is_initial(w.text(e)) && w.gap_after(e) != "." {
            e += 1;
        }
        if e - s < 2 {
            return None;
        }
        if e < b && !is_known_place(w, e, b) {
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
    /// An office (`Chủ tịch`, `Bộ trưởng`) is often followed by its body's name, so only the other
    /// kinds of title introduce a name of any shape; a single letter is an initial (`chị T.`).
    fn cued_name(&self, s: usize, b: usize) -> Option<usize> {
        let w = self.words;
        if b - s > 4 || ORG_HEADS.contains(&w.text(s)) || (b - s == 1 && is_initial(w.text(s))) {
            return None;
        }
        let kind = self.title_before(s).map(|(_, k)| k);
        (kind.is_some() && kind != Some(TitleKind::Office)).then_some(b)
    }

    /// Whether a date line (`Vũ Minh 31/05/13 13:03`) or a compiler's note follows word `e`: a
    /// byline, not a person.
    fn byline_after(&self, e: usize) -> bool {
        let w = self.words;
        if e < w.len() && w.gap_before(e).trim() == "(" {
            // `Thái An (tổng hợp)`, `Thúy Hồng (thực hiện)`: the compiler of the story.
            let note = if e + 1 < w.len() {
                w.phrase_lower(e, e + 2)
            } else {
                ""
            };
            return matches!(note, "tổng hợp" | "thực hiện");
        }
        if e >= w.len() || !w.gap_before(e).chars().all(char::is_whitespace) {
            return false;
        }
        w.text(e).chars().all(|c| c.is_ascii_digit()) && w.gap_after(e) == "/"
    }

    /// Whether the word ending at `e` and the lower-case word after it make a title or a common
    /// word (`Thứ trưởng`, `Hoàn vũ`, `Hải quân`).
    fn makes_word_with_next(&self, e: usize) -> bool {
        let w = self.words;
        if e >= w.len() || e == 0 || w.gap_after(e - 1) != " " || w.is_capitalized(e) {
            return false;
        }
        let pair = w.phrase_lower(e - 1, e + 1);
        // `Phó chủ tịch`: the word opens a longer title too.
        let longer = (3..=LEXICON.title_words.min(w.len() + 1 - e))
            .any(|k| LEXICON.title(w.phrase_lower(e - 1, e - 1 + k)).is_some());
        LEXICON.is_compound(pair) || LEXICON.title(pair).is_some() || longer
    }

    /// Whether the word before `s` makes the run a street, a unit, an institution or an address.
    fn blocked_before(&self, s: usize) -> bool {
        let w = self.words;
        // A title says person whatever its last word is (`đối tượng` ends like `tượng`, a statue).
        if s == 0 || self.title_before(s).is_some() {
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
            ""
        };
        NOT_AFTER.contains(&one) || NOT_AFTER.contains(&two)
    }

    /// The title right before word `s` (its first word and kind): `Đại tá`, `ông`, `Đ/c`, also
    /// across one acronym (`Trung tá CSGT Lưu Mạnh Tuyến`).
    fn title_before(&self, s: usize) -> Option<(usize, TitleKind)> {
        self.titles.get(s).copied().flatten()
    }

    fn find_title_before(&self, s: usize) -> Option<(usize, TitleKind)> {
        let w = self.words;
        if s == 0 || !w.is_capitalized(s) || !matches!(w.gap_before(s), " " | ": ") {
            return None;
        }
        let lex = &*LEXICON;
        let end = if w.is_acronym(s - 1) && lex.title(w.phrase_lower(s - 1, s)).is_none() {
            s - 1
        } else {
            s
        };
        // Only the words of some title make one: before most words the search ends here.
        let reach = (1..=lex.title_words.min(end))
            .take_while(|&k| lex.in_titles(w.lower(end - k)))
            .count();
        (1..=reach).rev().find_map(|k| {
            let from = end - k;
            let kind = lex.title(w.phrase_lower(from, end))?;
            // `trẻ em Việt Nam`, `anh em Ấn Độ`: the title word ends a common word.
            let bound = from > 0
                && w.gap_after(from - 1) == " "
                && lex.is_compound(w.phrase_lower(from - 1, from + 1));
            (!bound).then_some((from, kind))
        })
    }

    /// Records a name found at words `s..e`, with its title, role and later-mention forms.
    fn accept(&mut self, s: usize, e: usize, shape: Shape) {
        let w = self.words;
        for (from, to) in alias_spans(s, e, shape) {
            if to - from > 1 || !is_initial(w.text(from)) {
                self.aliases.insert(w.phrase_lower(from, to).to_string());
            }
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
        let office = (1..=lex.title_words.min(w.len() - e))
            .any(|k| lex.title(w.phrase_lower(e, e + k)) == Some(TitleKind::Office));
        if !office {
            return None;
        }
        let mut to = e + 1;
        while to < w.len()
            && to - e < 14
            && matches!(w.gap_before(to), " " | "-" | "&")
            && (w.is_capitalized(to) || !ROLE_ENDS.contains(&w.lower(to)))
        {
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
            if ROLE_BREAKS.contains(&w.text(from)) {
                // `Thủ tướng Nguyễn Tấn Dũng và Thủ tướng Singapore`: the role is after `và`.
                break;
            }
            let hit = (1..=lex.title_words.min(s - from))
                .rev()
                .find(|&k| lex.title(w.phrase_lower(from, from + k)) == Some(TitleKind::Office));
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
            if !inside && (self.is_mention(s, end) || self.is_speaker(s, end)) {
                self.push(s, end);
            }
            i = end;
        }
    }

    /// A lone capitalised word before a verb of saying (`Thủy kể`, `Như Bezos nói`).
    fn is_speaker(&self, s: usize, e: usize) -> bool {
        let w = self.words;
        if e - s != 1 || e >= w.len() || w.gap_after(s) != " " || PRONOUNS.contains(&w.text(s)) {
            return false;
        }
        let says = (1..=2).any(|k| e + k <= w.len() && SAYING.contains(&w.phrase_lower(e, e + k)));
        let word = w.text(s);
        says && !is_initial(word)
            && !self.makes_word_with_next(e)
            && is_vietnamese_syllable(word)
            && !self.blocked_before(s)
            && !is_known_place(w, s, e)
            && !ORG_HEADS.contains(&word)
            && self
                .title_before(s)
                .is_none_or(|(_, k)| k != TitleKind::Office)
    }

    fn is_mention(&self, s: usize, e: usize) -> bool {
        let w = self.words;
        if e - s > 3 || !self.aliases.contains(w.phrase_lower(s, e)) || self.blocked_before(s) {
            return false;
        }
        if self.makes_word_with_next(e) {
            return false;
        }
        // `Anh tính toán rất kỹ`: a pronoun opening a sentence, though a given name too.
        if e - s == 1 && w.starts_sentence(s) && PRONOUNS.contains(&w.text(s)) {
            return false;
        }
        // `Việt Nam` after `Đoàn Việt Nam`, `Trung Quốc` after `Dương Trung Quốc`: a later
        // mention that names a known place is the place, unless a title points at a person.
        if e - s >= 2 && self.title_before(s).is_none() && is_known_place(w, s, e) {
            return false;
        }
        // A name is a subject; a word before a determiner (`Bằng các biện pháp`) is not one.
        let next = (e < w.len() && w.gap_after(e - 1) == " ").then(|| w.text(e));
        if w.starts_sentence(s) && e - s == 1 && next.is_some_and(|n| DETERMINERS.contains(&n)) {
            return false;
        }
        let cue_before =
            s > 0 && w.gap_before(s) == " " && PLACE_CUES.contains(&w.phrase_lower(s - 1, s));
        !(cue_before && is_known_place(w, s, e))
    }
}

/// Words that end a role: the verb of the sentence (`Giám đốc Công an tỉnh phát biểu`).
const ROLE_ENDS: &[&str] = &[
    "phát", "cho", "khẳng", "nói", "chia", "yêu", "kiểm", "chủ", "đã", "đang", "sẽ", "vừa", "cũng",
    "được", "bị", "làm", "thăm", "dự", "trao", "tặng", "tiếp", "nhấn", "đề", "chỉ", "ký", "có",
    "là", "và", "khi", "đến", "về", "tại", "trong", "thì", "lại", "còn", "nhận", "giới",
];

/// Lowercase words that a role before a name never crosses: another clause or person.
const ROLE_BREAKS: &[&str] = &[
    "và", "của", "cùng", "với", "cũng", "đã", "là", "khi", "theo", "như", "thì", "mà",
];

/// Words that follow a preposition, not a subject: `Bằng các biện pháp`.
const DETERMINERS: &[&str] = &[
    "các", "những", "một", "mọi", "cách", "việc", "sự", "tất", "nhiều", "này", "đó", "ấy", "đây",
];

/// Verbs of saying after a lone name (`Thủy kể`, `Bezos nói`).
const SAYING: &[&str] = &[
    "cho biết",
    "kể",
    "nói",
    "chia sẻ",
    "khẳng định",
    "thừa nhận",
    "khai",
    "cho hay",
    "tâm sự",
    "bày tỏ",
    "nhớ lại",
    "giải thích",
    "trả lời",
    "phân trần",
    "thổ lộ",
    "tiết lộ",
];

/// Pronouns and address words whose capital at a sentence start is no name.
const PRONOUNS: &[&str] = &[
    "Tôi", "Ta", "Mình", "Họ", "Nó", "Chúng", "Người", "Ai", "Ông", "Bà", "Anh", "Chị", "Em", "Cô",
    "Chú", "Bác", "Cụ", "Cháu", "Con", "Bố", "Mẹ", "Cha", "Thầy", "Bạn", "Ngài", "Đây", "Đó",
    "Nhiều", "Một", "Có", "Không", "Điều", "Việc", "Ngoài", "Theo", "Sau", "Trước", "Và", "Vừa",
    "Nhưng", "Rồi", "Cũng", "Còn", "Lúc", "Khi", "Thì", "Mà", "Vì", "Nên", "Để", "Đã", "Đang",
    "Sẽ", "Hãy", "Chỉ", "Lại", "Nay", "Hôm", "Giờ", "Thư", "Ảnh", "Báo", "Bài",
];

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
        let scan = Scan::new(&n, &ctx);
        people(&scan).iter().map(|p| p.name.clone()).collect()
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
