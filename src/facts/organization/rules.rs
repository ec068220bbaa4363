//! The organization rules: a head word (`org_heads.tsv`), then what may continue a name after it.
//!
//! A Vietnamese body is named head first: `Sở` + domain (`Giáo dục và Đào tạo`) + place
//! (`tỉnh Kiên Giang`), `Trường` + type (`THPT`) + proper name (`Chu Văn An`), `Công an` + place,
//! and a sub-unit may be followed directly by the body it belongs to (`Phòng Tham mưu` +
//! `Bộ Chỉ huy Quân sự tỉnh`). The parser walks the words after a head and takes, one at a time:
//!
//! | element | example | from |
//! |---|---|---|
//! | place | `huyện Lạc Dương`, `TP.HCM`, `tỉnh` (elliptic), `khu vực 7` | unit words of `org_words.tsv` |
//! | parent body | `CATP Hà Nội` after `Sở PCCC` | heads flagged `parent` |
//! | domain or descriptor | `Y tế`, `Giáo dục - Đào tạo`, `đa khoa`, `THPT` | `org_words.tsv` |
//! | number or code | `Quân khu 2`, `Đội CSGT số 1`, `tổ công tác Y7/141` | digits |
//! | proper name | `Bạch Mai`, `Ewos Việt Nam`, `Hà Nội - Amsterdam` | capitalized words |
//! | joiner | `và`, `,`, `-`, `&` before a domain word; `(PCCC)` before more of the name | |
//!
//! It stops at anything else, then checks that the head got what it needs (`tail` in the table),
//! that a lowercase head was followed by a capitalized word, and that the whole span is not one of
//! the generic phrases listed as `never` (`Ban tổ chức`, `Cơ quan chức năng`).

use super::lexicon::{Head, LEXICON, Lexicon, PlaceUnit, Tail, WordKind};
use super::token::{Shape, Token, is_space, looks_vietnamese};
use super::value::Found;
use super::{Category, Level};

/// Every organization name that starts with a head word, left to right, outside the tag line
/// `skip` (its items are read on their own, see `names.rs`).
pub(super) fn find(toks: &[Token<'_>], skip: Option<(usize, usize)>) -> Vec<Found> {
    let parser = Parser::new(toks);
    let mut found = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if let Some((a, b)) = skip.filter(|&(a, b)| (a..b).contains(&i)) {
            i = b.max(a + 1);
            continue;
        }
        match parser.at(i) {
            Some(p) => {
                i = p.end.max(i + 1);
                found.push(Found {
                    start: p.start,
                    end: p.end,
                    category: p.category,
                    level: p.level,
                    place: p.place,
                    name: None,
                    proper: p.name,
                });
            }
            None => i += 1,
        }
    }
    found
}

/// A place named (or left implicit) inside an organization name.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Place {
    /// The unit word's level, when a unit word was written (`huyện`).
    pub unit: Option<PlaceUnit>,
    /// The place's name (`Lạc Dương`); `None` for an elliptic `huyện`.
    pub name: Option<String>,
}

/// An organization name read from the text, in tokens.
#[derive(Debug, Clone)]
pub(super) struct Parsed {
    /// First token of the span.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    pub category: Category,
    pub level: Option<Level>,
    pub place: Option<Place>,
    /// The proper-name words (`Vinmec`), for later mentions of the same body.
    pub name: Option<(usize, usize)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Last {
    Head,
    Field,
    Type,
    Num,
    Name,
    Place,
}

/// Where the parser is inside one name.
#[derive(Debug, Clone)]
struct State {
    j: usize,
    last: Last,
    specific: bool,
    cap_seen: bool,
    lower_ok: bool,
    category: Category,
    category_fixed: bool,
    level: Option<Level>,
    place: Option<Place>,
    name: Option<(usize, usize)>,
    chained: bool,
    done: bool,
    paren: bool,
    bridged: bool,
}

/// Words before a head that make it a kind of body, not a named one (`34 Sở Du lịch`,
/// `các Công ty`).
const QUANTIFIERS: &[&str] = &[
    "các", "những", "mỗi", "nhiều", "từng", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám",
    "chín", "mười", "số", "mọi", "vài",
];

/// Words after which a bare `Nhà nước` or `Chính phủ` is the body itself, not a qualifier.
const FUNCTION_WORDS: &[&str] = &[
    "của", "do", "và", "với", "cho", "là", "được", "bởi", "thì", "mà", "từ", "tại", "theo", "về",
    "trước", "sau", "để", "nếu", "khi", "rằng", "nhưng", "hoặc", "cả", "phía", "giữa", "lên", "ra",
    "vào", "đến", "tới", "nay", "đã", "sẽ", "đang", "vừa", "cũng", "còn", "có", "không",
];

/// Nouns that a number names rather than counts (`lớp 2`, `quận 1`).
const NUMBERED: &[&str] = &[
    "lớp",
    "khối",
    "quận",
    "phường",
    "khu",
    "số",
    "tổ",
    "đội",
    "tầng",
    "phòng",
    "ngày",
    "tháng",
    "năm",
    "khóa",
    "khoá",
    "vùng",
    "đoàn",
    "đợt",
    "thứ",
    "kỳ",
    "lần",
];

/// Unit words that are no place when this word follows them (`xã hội`, `tỉnh ủy`).
const NOT_ELLIPTIC: &[&str] = &[
    "hội",
    "viên",
    "táo",
    "lộ",
    "lỵ",
    "đội",
    "ủy",
    "uỷ",
    "đoàn",
    "trưởng",
    "nhà",
    "thành",
];

/// Reads organization names head first.
pub(super) struct Parser<'t, 'a> {
    toks: &'t [Token<'a>],
    lex: &'static Lexicon,
    /// Tag-line mode: words of a tag are often lowercased (`Công an thành phố hà nội`).
    pub tag_mode: bool,
}

impl<'t, 'a> Parser<'t, 'a> {
    pub fn new(toks: &'t [Token<'a>]) -> Parser<'t, 'a> {
        Parser {
            toks,
            lex: &LEXICON,
            tag_mode: false,
        }
    }

    /// The organization name that starts at token `i`, if any.
    pub fn at(&self, i: usize) -> Option<Parsed> {
        self.org_at(i, 0, false)
    }

    fn org_at(&self, i: usize, depth: u8, as_parent: bool) -> Option<Parsed> {
        self.lex
            .heads
            .matches(self.toks, i, false, |h| &h.phrase)
            .filter(|h| !as_parent || h.flags.parent)
            .find_map(|h| self.parse(i, h, depth))
    }

    fn head_case_ok(&self, t: &Token<'_>, head: &Head) -> bool {
        if self.tag_mode {
            return true;
        }
        let written = &head.phrase.exact[0];
        if written.chars().count() > 1 && !written.chars().any(char::is_lowercase) {
            // An abbreviation head (UBND, THPT) is written in capitals.
            return t.text == written;
        }
        t.shape != Shape::Lower || !head.flags.cap || head.flags.lower || head.flags.descr
    }

    fn parse(&self, i: usize, head: &'static Head, depth: u8) -> Option<Parsed> {
        let t = &self.toks[i];
        if !self.head_case_ok(t, head) {
            return None;
        }
        let lower = t.shape == Shape::Lower;
        if (lower && self.after_compound(i)) || self.after_quantifier(i) {
            return None;
        }
        let mut st = State {
            j: i + head.phrase.len(),
            last: Last::Head,
            specific: false,
            cap_seen: false,
            lower_ok: head.flags.free || self.tag_mode,
            category: head.category,
            category_fixed: false,
            level: head.level,
            place: None,
            name: None,
            chained: false,
            done: false,
            paren: false,
            bridged: false,
        };
        let mut start = i;
        if (lower || !head.flags.cap) && head.flags.descr && !self.tag_mode {
            // A foreign name stands alone (hãng tin Reuters); a Vietnamese one keeps its
            // descriptor (công ty Hoàng Long), which says what kind of name it is.
            let name_start = self.descriptor_name(&mut st, head)?;
            if head.flags.bare || self.is_latin(st.name) {
                start = name_start;
            }
        }
        while !st.done && self.step(&mut st, head, depth) {}
        self.finish(i, start, head, st)
    }

    /// `hãng tin Reuters`: the name after a lowercase descriptor. Returns where the span starts.
    fn descriptor_name(&self, st: &mut State, head: &Head) -> Option<usize> {
        while let Some(w) = self.word_at(st.j) {
            if w.kind != WordKind::Type || !is_space(self.toks[st.j].gap) {
                break;
            }
            st.j += w.phrase.len();
        }
        let t = self.toks.get(st.j)?;
        if !is_space(t.gap) || !t.capitalized() {
            return None;
        }
        let end = self.name_run(st.j, true)?;
        if self.initial(st.j, end)
            || self.country(st.j, end)
            || head.flags.latin && !self.is_latin(Some((st.j, end)))
        {
            return None;
        }
        let start = st.j;
        st.name = Some((start, end));
        st.j = end;
        st.specific = true;
        st.cap_seen = true;
        st.last = Last::Name;
        Some(start)
    }

    fn after_quantifier(&self, i: usize) -> bool {
        if i == 0 || !is_space(self.toks[i].gap) {
            return false;
        }
        let prev = &self.toks[i - 1];
        if prev.shape == Shape::Num {
            // `34 Sở Du lịch` counts bodies; `lớp 2 Trường tiểu học Hòa Bình` does not.
            let numbered =
                i >= 2 && is_space(prev.gap) && NUMBERED.contains(&self.toks[i - 2].lower.as_ref());
            return !numbered;
        }
        QUANTIFIERS.contains(&prev.lower.as_ref())
    }

    /// A country alone names a kind of body (`công ty Nhật Bản`, `Đại học Mỹ`), not one body.
    fn country(&self, k: usize, end: usize) -> bool {
        let words: Vec<&str> = self.toks[k..end].iter().map(|t| &*t.lower).collect();
        self.lex.countries.contains(&words.join(" "))
    }

    /// A one-letter name stands for a body the text keeps anonymous (`Công ty N.`).
    fn initial(&self, k: usize, end: usize) -> bool {
        end == k + 1 && self.toks[k].text.chars().count() == 1
    }

    fn after_compound(&self, i: usize) -> bool {
        i > 0
            && is_space(self.toks[i].gap)
            && self
                .lex
                .compounds
                .get(&*self.toks[i - 1].lower)
                .is_some_and(|seconds| seconds.contains(&*self.toks[i].lower))
    }

    fn step(&self, st: &mut State, head: &Head, depth: u8) -> bool {
        let Some(t) = self.toks.get(st.j) else {
            return false;
        };
        let joined = is_space(t.gap) || (st.paren && t.gap == ") ");
        st.paren = false;
        if !joined {
            return self.joiner_step(st, head, depth);
        }
        if st.last == Last::Place {
            return self.place_step(st);
        }
        if t.lower == "và" {
            return self.and_step(st);
        }
        self.place_step(st)
            || self.word_step(st, head, true)
            || self.chain_step(st, head, depth)
            || self.word_step(st, head, false)
            || self.num_step(st, head)
            || self.name_step(st, head)
    }

    /// Punctuation between two parts of one name: `(PCCC) CATP`, `Giáo dục - Đào tạo`, `PC&CC`.
    fn joiner_step(&self, st: &mut State, head: &Head, depth: u8) -> bool {
        let t = &self.toks[st.j];
        let gap = t.gap.trim();
        match gap {
            "(" => {
                let closes = self.toks.get(st.j + 1).is_some_and(|n| n.gap == ") ");
                if !closes || t.shape != Shape::Upper || st.last == Last::Head {
                    return false;
                }
                let mut next = st.clone();
                next.j += 1;
                next.paren = true;
                if self.step(&mut next, head, depth) {
                    *st = next;
                    return true;
                }
                false
            }
            "-" | "&" => {
                if st.last == Last::Head {
                    return false;
                }
                let before = st.clone();
                let ok = self.place_step(st)
                    || self.word_step(st, head, false)
                    || (matches!(st.last, Last::Name | Last::Place) && self.name_step(st, head));
                if !ok {
                    *st = before;
                }
                ok
            }
            "," => t.shape == Shape::Lower && st.lower_ok && self.lowercase_field_step(st),
            _ => false,
        }
    }

    fn lowercase_field_step(&self, st: &mut State) -> bool {
        if self.head_starts(st.j) {
            return false;
        }
        match self.word_at(st.j) {
            Some(w) if w.kind == WordKind::Field => {
                st.j += w.phrase.len();
                st.specific = true;
                st.last = Last::Field;
                true
            }
            _ => false,
        }
    }

    /// `Sở Giáo dục và Đào tạo`: `và` joins two domain words, not two bodies.
    fn and_step(&self, st: &mut State) -> bool {
        let k = st.j + 1;
        let Some(next) = self.toks.get(k) else {
            return false;
        };
        if !is_space(next.gap) || self.head_starts(k) || st.last == Last::Head {
            return false;
        }
        match self.word_at(k) {
            Some(w) if w.kind == WordKind::Field && (next.capitalized() || st.lower_ok) => {
                st.j = k + w.phrase.len();
                st.specific = true;
                st.cap_seen |= next.capitalized();
                st.last = Last::Field;
                true
            }
            _ => false,
        }
    }

    fn head_starts(&self, k: usize) -> bool {
        self.lex
            .heads
            .longest(self.toks, k, false, |h| &h.phrase)
            .is_some_and(|h| self.head_case_ok(&self.toks[k], h))
    }

    /// A domain word or descriptor. `first` tries it before a parent body (`Bộ Công an` is a
    /// ministry's domain, not the police inside a ministry).
    fn word_step(&self, st: &mut State, head: &Head, first: bool) -> bool {
        if first != (st.last == Last::Head) {
            return false;
        }
        let t = &self.toks[st.j];
        let Some(w) = self.word_at(st.j) else {
            return self.abbreviation_step(st);
        };
        let case_ok = t.capitalized() || st.lower_ok || w.kind == WordKind::Type;
        if !case_ok || matches!(w.kind, WordKind::Place(_)) {
            return false;
        }
        if w.kind == WordKind::Type && st.last == Last::Name {
            return false;
        }
        st.j += w.phrase.len();
        st.cap_seen |= t.capitalized();
        match w.kind {
            WordKind::Field => {
                st.specific = true;
                st.last = Last::Field;
                if let Some(c) = w.category
                    && !st.category_fixed
                    && overrides(head.category, c)
                {
                    st.category = c;
                    st.category_fixed = true;
                }
            }
            _ => st.last = Last::Type,
        }
        st.bridged |= w.kind == WordKind::Bridge;
        st.lower_ok = head.flags.free || st.bridged || self.tag_mode;
        true
    }

    /// An agency abbreviation that is not a head (`XHCN`, `TNCS`).
    fn abbreviation_step(&self, st: &mut State) -> bool {
        let t = &self.toks[st.j];
        if t.shape != Shape::Upper || t.text.chars().count() < 2 || self.head_starts(st.j) {
            return false;
        }
        let Some(a) = self
            .lex
            .abbreviations
            .longest(self.toks, st.j, true, |a| &a.phrase)
        else {
            return false;
        };
        st.j += a.phrase.len();
        st.specific = true;
        st.cap_seen = true;
        st.last = Last::Field;
        true
    }

    /// A parent body right after a sub-unit: `Sở PCCC` + `CATP Hà Nội`.
    fn chain_step(&self, st: &mut State, head: &Head, depth: u8) -> bool {
        if !(head.flags.sub || head.flags.chain) || depth >= 3 {
            return false;
        }
        let Some(p) = self.org_at(st.j, depth + 1, true) else {
            return false;
        };
        let generic = matches!(head.category, Category::Government | Category::Other);
        if (!st.category_fixed && generic) || head.flags.chain {
            st.category = p.category;
        }
        st.level = p.level.or(st.level);
        st.place = p.place.or(st.place.take());
        st.j = p.end;
        st.specific = true;
        st.cap_seen = true;
        st.chained = true;
        st.done = true;
        true
    }

    /// `Quân khu 2`, `Đội CSGT số 1`, `tổ công tác Y7/141`, `Bệnh viện 108`.
    fn num_step(&self, st: &mut State, head: &Head) -> bool {
        let mut k = st.j;
        let t = &self.toks[k];
        let numbered = t.lower == "số";
        if numbered {
            k += 1;
        }
        let allowed = numbered
            || head.tail == Tail::Num
            || st.last == Last::Type
            || (head.tail == Tail::Name && st.last == Last::Head);
        let Some(n) = self.toks.get(k) else {
            return false;
        };
        if !allowed || !is_space(n.gap) || !is_code(n) {
            return false;
        }
        let mut end = k + 1;
        while let Some(next) = self.toks.get(end) {
            if !matches!(next.gap, "/" | ".") || !is_code(next) {
                break;
            }
            end += 1;
        }
        st.cap_seen |= self.toks[k].shape != Shape::Num;
        st.j = end;
        st.specific = true;
        st.last = Last::Num;
        st.lower_ok = head.tail == Tail::Num;
        true
    }

    fn name_step(&self, st: &mut State, head: &Head) -> bool {
        let t = &self.toks[st.j];
        let written = &head.phrase.exact[0];
        let abbreviation_head = !written.chars().any(char::is_lowercase);
        // In tags a name may be lowercased (`Thpt nguyễn trãi`), but only where a name is
        // expected: after a descriptor or an abbreviation head.
        let lower_ok = self.tag_mode && (st.last == Last::Type || abbreviation_head);
        if !(t.capitalized() || lower_ok) {
            return false;
        }
        let allowed = match st.last {
            Last::Head => matches!(head.tail, Tail::Name | Tail::Place),
            Last::Name | Last::Place => false,
            _ => head.tail != Tail::None,
        };
        let person_ok = head.tail == Tail::Name && matches!(st.last, Last::Head | Last::Type);
        if !allowed {
            return false;
        }
        let run = if lower_ok {
            self.run(st.j, 6, true)
        } else {
            self.name_run(st.j, person_ok)
        };
        let Some(end) = run else {
            return false;
        };
        if self.initial(st.j, end) && head.category != Category::Health {
            return false;
        }
        let state_body = matches!(
            head.category,
            Category::Government | Category::Military | Category::Police | Category::Party
        );
        if head.tail == Tail::Name
            && st.last == Last::Head
            && !state_body
            && self.country(st.j, end)
        {
            return false;
        }
        if head.tail != Tail::Name || st.name.is_none() {
            st.name = Some((st.j, end));
        }
        let acronym = end == st.j + 1 && t.shape == Shape::Upper;
        if head.tail != Tail::Name && st.place.is_none() && !acronym {
            // A bare place after the head or a domain: `TAND Đà Nẵng`, `Sở Y tế Sóc Trăng`.
            let p = place(None, &self.words(st.j, end));
            if self
                .lex
                .central_cities
                .contains(&p.name.as_deref().unwrap_or("").to_lowercase())
            {
                st.level = st.level.or(Some(Level::Province));
            }
            st.place = Some(p);
        }
        st.j = end;
        st.specific = true;
        st.cap_seen = true;
        st.last = Last::Name;
        st.lower_ok = false;
        true
    }

    /// A place inside the name: a unit word and the place's name, or the unit alone.
    fn place_step(&self, st: &mut State) -> bool {
        let Some((end, place)) = self.place_at(st.j) else {
            return false;
        };
        let more_general = match (&st.place, place.unit) {
            (Some(p), Some(u)) => p.unit.is_some_and(|q| rank(u) > rank(q)),
            (Some(_), None) => false,
            (None, _) => true,
        };
        if st.last == Last::Place && !more_general {
            return false;
        }
        st.cap_seen |= place.name.is_some();
        if st.place.is_none() || place.name.is_some() {
            st.level = level_of(&place, self.lex).or(st.level);
            st.place = Some(place);
        }
        st.j = end;
        st.specific = true;
        st.last = Last::Place;
        true
    }

    /// The place that starts at token `j`: `huyện Lạc Dương`, `TP.HCM`, `quận 1`, or `huyện`.
    pub(super) fn place_at(&self, j: usize) -> Option<(usize, Place)> {
        let t = self.toks.get(j)?;
        if let Some(end) = self.hcm_at(j) {
            return Some((end, place(Some(PlaceUnit::City), "Hồ Chí Minh")));
        }
        let unit = self
            .lex
            .place_words
            .longest(self.toks, j, false, |w| &w.phrase)
            .and_then(|w| match w.kind {
                WordKind::Place(u) => Some((u, w.phrase.len())),
                _ => None,
            });
        let (unit, len) = unit?;
        let k = j + len;
        let next = self.toks.get(k);
        let tp = t.lower == "tp";
        let dotted = next.is_some_and(|n| n.gap.trim() == ".");
        // `P.Hiệp Thành`, `Q.Bình Thạnh`: a one-letter unit only in capitals with its dot.
        let word_follows = next.is_some_and(|n| n.capitalized() && n.shape != Shape::Upper);
        if t.text.chars().count() == 1 && !(t.shape == Shape::Upper && dotted && word_follows) {
            return None;
        }
        let abbreviated = tp || t.text.chars().count() == 1;
        let gap_ok = next.is_some_and(|n| is_space(n.gap) || (abbreviated && dotted));
        if let Some(n) = next.filter(|_| gap_ok) {
            if n.shape == Shape::Num && unit != PlaceUnit::Province {
                return Some((k + 1, place(Some(unit), n.text)));
            }
            let named = n.capitalized() || (self.tag_mode && n.shape == Shape::Lower);
            if let Some(end) = self.place_run(k).filter(|_| named) {
                return Some((end, place(Some(unit), &self.words(k, end))));
            }
        }
        let elliptic_tp = tp && next.is_none_or(|n| !n.capitalized() || !is_space(n.gap));
        if !elliptic_tp && (tp || unit == PlaceUnit::Area || t.shape != Shape::Lower) {
            return None;
        }
        if next.is_some_and(|n| is_space(n.gap) && NOT_ELLIPTIC.contains(&n.lower.as_ref())) {
            return None;
        }
        Some((
            k,
            Place {
                unit: Some(unit),
                name: None,
            },
        ))
    }

    /// `TP.HCM`, `TPHCM`, `TP HCM`, `TP. Hồ Chí Minh` (with or without a unit word before).
    fn hcm_at(&self, j: usize) -> Option<usize> {
        let t = self.toks.get(j)?;
        if t.text == "TPHCM" {
            return Some(j + 1);
        }
        let n = self.toks.get(j + 1)?;
        let unit = matches!(t.text, "TP" | "Tp");
        (unit && n.text == "HCM" && matches!(n.gap.trim(), "." | "")).then_some(j + 2)
    }

    /// The words of a place name: at most three (more with a dash: `Bà Rịa - Vũng Tàu`), cut
    /// where a person's name begins (`thành phố Hà Nội Nguyễn Thế Thảo`). A run that starts like
    /// a person's full name is no place (`Chủ tịch UBND thành phố Nguyễn Thế Thảo`), unless it is
    /// a city's (`Hồ Chí Minh`).
    fn place_run(&self, k: usize) -> Option<usize> {
        let full = self.caps_run(k, 6).or_else(|| self.stop_led_run(k))?;
        if let Some(end) = self.city_at(k) {
            return Some(end);
        }
        if self.lex.surnames.contains(&*self.toks[k].lower) && full - k >= 3 {
            return None;
        }
        let end = self
            .person_cut(k, full)
            .min(self.caps_run(k, 3).unwrap_or(full));
        Some(self.stop_tail(k, end))
    }

    /// After a unit word a place's first word may be one that elsewhere opens a sentence
    /// (`tỉnh Bà Rịa - Vũng Tàu`, `huyện Từ Liêm`), when a capitalized word follows it.
    fn stop_led_run(&self, k: usize) -> Option<usize> {
        let (t, n) = (self.toks.get(k)?, self.toks.get(k + 1)?);
        let led = t.capitalized() && self.lex.stops.contains(&*t.lower);
        let joined = is_space(n.gap) && n.capitalized() && !self.lex.stops.contains(&*n.lower);
        (led && joined).then(|| self.caps_run(k + 1, 3).unwrap_or(k + 2))
    }

    /// A short place name may end with a word that elsewhere opens a sentence (`huyện Đông Anh`),
    /// when no capitalized word follows it.
    fn stop_tail(&self, k: usize, end: usize) -> usize {
        let Some(t) = self.toks.get(end) else {
            return end;
        };
        let after = self.toks.get(end + 1);
        let tail = end - k <= 2
            && is_space(t.gap)
            && t.capitalized()
            && self.lex.stops.contains(&*t.lower)
            && after.is_none_or(|n| !n.capitalized() || !is_space(n.gap));
        if tail { end + 1 } else { end }
    }

    /// A province-level city's name at `k` (`Hồ Chí Minh`, whose first word is a family name).
    fn city_at(&self, k: usize) -> Option<usize> {
        (2..=3).rev().find_map(|n| {
            let words: Vec<&str> = self.toks.get(k..k + n)?.iter().map(|t| &*t.lower).collect();
            let spaced = self.toks[k + 1..k + n].iter().all(|t| is_space(t.gap));
            (spaced && self.lex.central_cities.contains(&words.join(" "))).then_some(k + n)
        })
    }

    /// A proper name: capitalized words joined by spaces (or a dash, an ampersand), at most six.
    /// Unless it names the body itself (`Trường THPT Chu Văn An`), it is cut where a person's
    /// name begins.
    fn name_run(&self, k: usize, person_ok: bool) -> Option<usize> {
        let end = self.run(k, 6, false)?;
        if person_ok {
            return Some(end);
        }
        let starts_with_surname = self.lex.surnames.contains(&*self.toks[k].lower);
        if starts_with_surname && end - k >= 3 && self.city_at(k).is_none() {
            return None;
        }
        Some(self.foreign_cut(k, self.person_cut(k, end)))
    }

    /// Cuts a run where a foreign person's name follows Vietnamese words: `Bộ Nông nghiệp Mỹ` +
    /// `Michael Scuse` (two or more Latin-letter words that do not read as Vietnamese).
    fn foreign_cut(&self, k: usize, end: usize) -> usize {
        let foreign = |m: usize| !looks_vietnamese(&self.toks[m].lower);
        (k + 1..end.saturating_sub(1))
            .find(|&m| !self.toks[m - 1].text.is_ascii() && foreign(m) && foreign(m + 1))
            .unwrap_or(end)
    }

    fn caps_run(&self, k: usize, max_words: usize) -> Option<usize> {
        self.run(k, max_words, self.tag_mode)
    }

    /// Capitalized words from `k` on (lowercase ones too when `lower`, in tags).
    fn run(&self, k: usize, max_words: usize, lower: bool) -> Option<usize> {
        let mut end = k;
        let mut words = 0;
        while let Some(t) = self.toks.get(end) {
            let joined = end == k
                || is_space(t.gap)
                || (matches!(t.gap.trim(), "-" | "&") && !t.gap.contains('\n'));
            let word = (t.capitalized() || (lower && t.shape == Shape::Lower))
                && !self.lex.stops.contains(&*t.lower);
            if !joined || !word || (end > k && self.stops_name(end)) {
                break;
            }
            if t.gap.trim() != "&" {
                words += 1;
            }
            if words > max_words && is_space(t.gap) {
                break;
            }
            end += 1;
        }
        // A trailing dash part must be a word: drop a dangling joiner-only tail.
        (end > k).then_some(end)
    }

    /// Whether a name run must stop before token `k`: a place unit (`TP`), or a body's head.
    fn stops_name(&self, k: usize) -> bool {
        let t = &self.toks[k];
        if self.hcm_at(k).is_some() || matches!(t.text, "TP" | "Tp") {
            return true;
        }
        self.lex
            .heads
            .longest(self.toks, k, false, |h| &h.phrase)
            .is_some_and(|h| {
                (h.phrase.len() >= 2 || t.shape == Shape::Upper)
                    && self.head_case_ok(t, h)
                    && !self.tag_mode
            })
    }

    /// Cuts a run where a person's name starts: a family name followed by another capital.
    fn person_cut(&self, k: usize, end: usize) -> usize {
        (k + 1..end)
            .find(|&m| {
                self.lex.surnames.contains(&*self.toks[m].lower)
                    && m + 1 < end
                    && is_space(self.toks[m + 1].gap)
            })
            .unwrap_or(end)
    }

    fn word_at(&self, j: usize) -> Option<&'static super::lexicon::Word> {
        self.lex.words.longest(self.toks, j, false, |w| &w.phrase)
    }

    /// The text of tokens `k..end` with their gaps.
    pub(super) fn words(&self, k: usize, end: usize) -> String {
        let mut s = String::new();
        for (n, t) in self.toks[k..end].iter().enumerate() {
            if n > 0 {
                s.push_str(t.gap);
            }
            s.push_str(t.text);
        }
        s
    }

    fn is_latin(&self, range: Option<(usize, usize)>) -> bool {
        range.is_some_and(|(a, b)| self.toks[a..b].iter().all(|t| t.text.is_ascii()))
    }

    fn finish(&self, i: usize, start: usize, head: &Head, st: State) -> Option<Parsed> {
        let needs = matches!(head.tail, Tail::Field | Tail::Name | Tail::Num);
        let lower_head = self.toks[i].shape == Shape::Lower && !self.tag_mode;
        if (needs && !st.specific)
            || (head.flags.chain && !st.chained)
            || (head.flags.capword && !st.cap_seen)
            || (lower_head && !head.flags.descr && !st.cap_seen)
            || self.is_never(i, st.j)
        {
            return None;
        }
        if self.tag_mode && !(st.specific || head.level == Some(Level::Central)) {
            return None;
        }
        if st.j == i + head.phrase.len() && self.qualifies(i, st.j, head) {
            return None;
        }
        Some(Parsed {
            start,
            end: st.j,
            category: st.category,
            level: st.level,
            place: st.place,
            name: st.name,
        })
    }

    /// Whether a head standing alone is no name here: it qualifies the word before it
    /// (`sở hữu Nhà nước`), or it is plural (`UBND các tỉnh`).
    fn qualifies(&self, i: usize, end: usize, head: &Head) -> bool {
        let plural = self
            .toks
            .get(end)
            .is_some_and(|t| is_space(t.gap) && matches!(&*t.lower, "các" | "những"));
        let attributive = head.flags.attr
            && i > 0
            && is_space(self.toks[i].gap)
            && self.toks[i - 1].shape == Shape::Lower
            && !FUNCTION_WORDS.contains(&self.toks[i - 1].lower.as_ref());
        plural || attributive
    }

    /// Whether `i..end` is (or starts a longer) generic phrase listed as `never`.
    fn is_never(&self, i: usize, end: usize) -> bool {
        let mut words = String::new();
        for (n, t) in self.toks[i..].iter().take(end - i + 2).enumerate() {
            if n > 0 {
                if !is_space(t.gap) {
                    break;
                }
                words.push(' ');
            }
            words.push_str(&t.lower);
            if i + n + 1 >= end && self.lex.never.contains(&words) {
                return true;
            }
        }
        false
    }
}

/// Whether a domain word's category replaces the head's: a generic head (`Sở`, `Phòng`, `Đội`)
/// takes its domain's (`Sở Y tế` is health); an association takes only a religious or
/// socio-political one (`Chi hội Tin lành`, `Hội Nông dân`).
fn overrides(head: Category, field: Category) -> bool {
    match head {
        Category::Government | Category::Other | Category::Military => true,
        Category::Association => matches!(field, Category::Religious | Category::Union),
        _ => false,
    }
}

fn is_code(t: &Token<'_>) -> bool {
    match t.shape {
        Shape::Num => !is_year(t.text),
        Shape::Code => true,
        Shape::Upper => t.has_digit(),
        _ => false,
    }
}

fn is_year(s: &str) -> bool {
    s.len() == 4 && (s.starts_with("19") || s.starts_with("20"))
}

fn place(unit: Option<PlaceUnit>, name: &str) -> Place {
    Place {
        unit,
        name: Some(name.to_string()),
    }
}

/// Smaller is more local.
fn rank(u: PlaceUnit) -> u8 {
    match u {
        PlaceUnit::Commune => 0,
        PlaceUnit::District | PlaceUnit::Area => 1,
        PlaceUnit::City => 2,
        PlaceUnit::Province => 3,
    }
}

/// The level a place gives the body: `tỉnh` → province, `TP Đà Lạt` → district.
pub(super) fn level_of(p: &Place, lex: &Lexicon) -> Option<Level> {
    match p.unit? {
        PlaceUnit::Province => Some(Level::Province),
        PlaceUnit::City => match &p.name {
            Some(n) if !lex.central_cities.contains(&n.to_lowercase()) => Some(Level::District),
            _ => Some(Level::Province),
        },
        PlaceUnit::District => Some(Level::District),
        PlaceUnit::Commune => Some(Level::Commune),
        PlaceUnit::Area => None,
    }
}
