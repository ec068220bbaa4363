//! Tree construction: tokens to a tree of elements and text, following the HTML5 insertion
//! modes closely enough that the article stage sees the tree html5ever builds on real pages.
//!
//! Kept: the `html`/`head`/`body` phases (head elements after `<body>` stay where they are),
//! implied end tags (`p`, `li`, `dt`/`dd`, `option`, headings, table parts), scopes, the
//! "special" elements that stop a stray end tag, the list of active formatting elements with
//! its reconstruction (an `<a>` left open runs on into the next paragraph) and the adoption
//! agency, tables with their implied `tbody`/`tr`, gathered table text and foster parenting,
//! and foreign content (SVG/MathML children self-close, HTML breaks out). Simplified: `select`,
//! `template`, `frameset` and ruby get no insertion modes of their own (a template's content is
//! parsed as ordinary children; the flat view leaves it out, as html5ever's tree does); SVG and
//! MathML tag and attribute names are not case-adjusted; integration points are known by name
//! (`annotation-xml` with an HTML encoding is not one). The insertion mode is not stored but
//! follows from the table elements on the stack. The tests compare the tree with html5ever's on
//! tag soup and, by hand, on folders of real pages.
//!
//! Tags nested deeper than the depth cap are dropped before they reach the tree (their text is
//! kept), the scan a separate pass over the source used to do; every scope check then walks a
//! stack of bounded height, so 200,000 nested `<div>`s stay linear.

use std::borrow::Cow;

use super::tokenize::{Attr, Raw, Tag, Token, Tokenizer, raw_kind};

/// No node.
pub(crate) const NIL: u32 = u32::MAX;

/// What a node of the parsed tree is.
#[derive(Debug)]
pub(crate) enum Kind<'a> {
    /// The document (index 0).
    Document,
    /// An element, by lower-case name, with its attributes.
    Element(Element<'a>),
    /// Text, character references decoded.
    Text(Cow<'a, str>),
    /// A comment: kept so that the text around it stays two nodes, as in html5ever.
    Comment,
}

/// An element of the parsed tree.
#[derive(Debug)]
pub(crate) struct Element<'a> {
    pub name: Cow<'a, str>,
    pub attrs: Vec<Attr<'a>>,
    /// SVG or MathML.
    pub foreign: bool,
}

/// A node of the parsed tree, linked to its parent and siblings.
#[derive(Debug)]
pub(crate) struct TreeNode<'a> {
    pub kind: Kind<'a>,
    pub parent: u32,
    pub first_child: u32,
    pub last_child: u32,
    pub next: u32,
    /// The previous sibling: foster parenting inserts before a table in constant time.
    pub prev: u32,
}

/// A parsed page: node 0 is the document.
pub(crate) struct Document<'a> {
    pub nodes: Vec<TreeNode<'a>>,
    /// The page is in quirks mode (no or an old doctype): class and id selectors then match
    /// case-insensitively.
    pub quirks: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Phase {
    BeforeHtml,
    BeforeHead,
    InHead,
    AfterHead,
    InBody,
}

/// The insertion mode that table elements on the stack put in force above them.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Mode {
    Body,
    Table,
    TableBody,
    Row,
    Cell,
    Caption,
    ColumnGroup,
}

#[derive(Clone, Copy)]
enum Fmt {
    Marker,
    El(u32),
}

fn is_ws(s: &str) -> bool {
    s.bytes()
        .all(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\x0c' | b'\r'))
}

fn split_ws(s: &str) -> usize {
    s.bytes()
        .position(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\x0c' | b'\r'))
        .unwrap_or(s.len())
}

/// Foreign elements that end every scope but the table scope: MathML text integration points
/// and SVG HTML integration points (names as the tokenizer lower-cases them).
fn is_integration_point(name: &str) -> bool {
    matches!(
        name,
        "mi" | "mo" | "mn" | "ms" | "mtext" | "annotation-xml" | "foreignobject" | "desc" | "title"
    )
}

/// HTML elements that end the default scope ("has an element in scope").
fn is_scope_boundary(name: &str) -> bool {
    matches!(
        name,
        "applet"
            | "caption"
            | "html"
            | "table"
            | "td"
            | "th"
            | "marquee"
            | "object"
            | "select"
            | "template"
    )
}

fn is_special(name: &str) -> bool {
    matches!(
        name,
        "address"
            | "applet"
            | "area"
            | "article"
            | "aside"
            | "base"
            | "basefont"
            | "bgsound"
            | "blockquote"
            | "body"
            | "br"
            | "button"
            | "caption"
            | "center"
            | "col"
            | "colgroup"
            | "dd"
            | "details"
            | "dir"
            | "div"
            | "dl"
            | "dt"
            | "embed"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "frame"
            | "frameset"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "head"
            | "header"
            | "hgroup"
            | "hr"
            | "html"
            | "iframe"
            | "img"
            | "input"
            | "isindex"
            | "li"
            | "link"
            | "listing"
            | "main"
            | "marquee"
            | "menu"
            | "meta"
            | "nav"
            | "noembed"
            | "noframes"
            | "noscript"
            | "object"
            | "ol"
            | "p"
            | "param"
            | "plaintext"
            | "pre"
            | "script"
            | "section"
            | "select"
            | "source"
            | "style"
            | "summary"
            | "table"
            | "tbody"
            | "td"
            | "template"
            | "textarea"
            | "tfoot"
            | "th"
            | "thead"
            | "title"
            | "tr"
            | "track"
            | "ul"
            | "wbr"
            | "xmp"
    )
}

fn is_formatting(name: &str) -> bool {
    matches!(
        name,
        "a" | "b"
            | "big"
            | "code"
            | "em"
            | "font"
            | "i"
            | "nobr"
            | "s"
            | "small"
            | "strike"
            | "strong"
            | "tt"
            | "u"
    )
}

fn is_heading(name: &str) -> bool {
    matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

fn implied_end(name: &str) -> bool {
    matches!(
        name,
        "dd" | "dt" | "li" | "option" | "optgroup" | "p" | "rb" | "rp" | "rt" | "rtc"
    )
}

fn is_void(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "basefont"
            | "bgsound"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "keygen"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
            | "frame"
            | "image"
    )
}

/// HTML start tags that end foreign content.
fn breaks_foreign(tag: &Tag<'_>) -> bool {
    matches!(
        &*tag.name,
        "b" | "big"
            | "blockquote"
            | "body"
            | "br"
            | "center"
            | "code"
            | "dd"
            | "div"
            | "dl"
            | "dt"
            | "em"
            | "embed"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "head"
            | "hr"
            | "i"
            | "img"
            | "li"
            | "listing"
            | "menu"
            | "meta"
            | "nobr"
            | "ol"
            | "p"
            | "pre"
            | "ruby"
            | "s"
            | "small"
            | "span"
            | "strong"
            | "strike"
            | "sub"
            | "sup"
            | "table"
            | "tt"
            | "u"
            | "ul"
            | "var"
    ) || (tag.name == "font"
        && tag
            .attrs
            .iter()
            .any(|(n, _)| matches!(&**n, "color" | "face" | "size")))
}

/// Whether a tag counts as a level of nesting for the depth cap: not void elements, nor those
/// whose end tags browsers imply (`<p>` and `<li>` left open do not really nest).
fn counted(name: &str) -> bool {
    !matches!(
        name,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
            | "p"
            | "li"
            | "dt"
            | "dd"
            | "option"
            | "tr"
            | "td"
            | "th"
            | "tbody"
            | "thead"
            | "tfoot"
            | "colgroup"
            | "image"
    )
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Scope {
    Default,
    ListItem,
    Button,
    Table,
}

struct Builder<'a> {
    nodes: Vec<TreeNode<'a>>,
    stack: Vec<u32>,
    modes: Vec<Mode>,
    on_stack: Vec<bool>,
    active: Vec<Fmt>,
    phase: Phase,
    html: u32,
    head: u32,
    form: u32,
    quirks: bool,
    /// A raw-text element is open: the next end tag closes it.
    text_mode: bool,
    /// Nothing but comments and white space so far: a doctype still counts.
    initial: bool,
    /// `</body>` or `</html>` was seen and nothing but white space and comments since.
    after_body: bool,
    /// Text met directly in a table, not yet placed.
    pending: Option<Cow<'a, str>>,
    ignore_lf: bool,
}

/// Parses a page (newlines already normalized), dropping tags nested deeper than `max_depth`.
pub(crate) fn parse(src: &str, max_depth: usize) -> Document<'_> {
    let mut b = Builder {
        nodes: Vec::with_capacity(src.len() / 40),
        stack: Vec::new(),
        modes: Vec::new(),
        on_stack: Vec::new(),
        active: Vec::new(),
        phase: Phase::BeforeHtml,
        html: NIL,
        head: NIL,
        form: NIL,
        quirks: true,
        text_mode: false,
        initial: true,
        pending: None,
        after_body: false,
        ignore_lf: false,
    };
    b.nodes.push(TreeNode {
        kind: Kind::Document,
        parent: NIL,
        first_child: NIL,
        last_child: NIL,
        next: NIL,
        prev: NIL,
    });
    b.on_stack.push(false);
    let mut tok = Tokenizer::new(src);
    let mut depth = 0usize;
    loop {
        let token = tok.next_token();
        // The depth cap: counted tags nested deeper than the cap are dropped, their text
        // kept.
        let token = match token {
            Token::Start(t) if !b.text_mode && counted(&t.name) && !t.self_closing => {
                depth += 1;
                if depth > max_depth {
                    continue;
                }
                Token::Start(t)
            }
            Token::End(n) if !b.text_mode && counted(&n) => {
                let drop = depth > max_depth;
                depth = depth.saturating_sub(1);
                if drop {
                    continue;
                }
                Token::End(n)
            }
            Token::Eof => {
                b.finish();
                break;
            }
            t => t,
        };
        if let Some((raw, name)) = b.process(token) {
            tok.set_raw(raw, name);
        }
        tok.foreign = b.current_foreign();
    }
    Document {
        nodes: b.nodes,
        quirks: b.quirks,
    }
}

impl<'a> Builder<'a> {
    fn current(&self) -> u32 {
        self.stack.last().copied().unwrap_or(0)
    }

    fn name(&self, i: u32) -> &str {
        match &self.nodes[i as usize].kind {
            Kind::Element(e) if !e.foreign => &e.name,
            _ => "",
        }
    }

    fn element(&self, i: u32) -> Option<&Element<'a>> {
        match &self.nodes[i as usize].kind {
            Kind::Element(e) => Some(e),
            _ => None,
        }
    }

    fn current_name(&self) -> &str {
        self.name(self.current())
    }

    fn current_foreign(&self) -> bool {
        self.element(self.current()).is_some_and(|e| e.foreign)
    }

    /// The current node is SVG or MathML and not an integration point (where HTML is
    /// parsed again).
    fn current_foreign_content(&self) -> bool {
        self.element(self.current()).is_some_and(|e| {
            e.foreign
                && !matches!(
                    &*e.name,
                    "foreignobject" | "desc" | "title" | "mi" | "mo" | "mn" | "ms" | "mtext"
                )
        })
    }

    fn mode(&self) -> Mode {
        self.modes.last().copied().unwrap_or(Mode::Body)
    }

    // ---- tree operations ----

    fn new_node(&mut self, kind: Kind<'a>) -> u32 {
        let i = self.nodes.len() as u32;
        self.nodes.push(TreeNode {
            kind,
            parent: NIL,
            first_child: NIL,
            last_child: NIL,
            next: NIL,
            prev: NIL,
        });
        self.on_stack.push(false);
        i
    }

    fn append(&mut self, parent: u32, child: u32) {
        let last = self.nodes[parent as usize].last_child;
        if last == NIL {
            self.nodes[parent as usize].first_child = child;
        } else {
            self.nodes[last as usize].next = child;
        }
        self.nodes[parent as usize].last_child = child;
        let c = &mut self.nodes[child as usize];
        c.parent = parent;
        c.next = NIL;
        c.prev = last;
    }

    fn insert_before(&mut self, parent: u32, before: u32, child: u32) {
        if self.nodes[before as usize].parent != parent {
            self.append(parent, child);
            return;
        }
        let prev = self.nodes[before as usize].prev;
        if prev == NIL {
            self.nodes[parent as usize].first_child = child;
        } else {
            self.nodes[prev as usize].next = child;
        }
        self.nodes[before as usize].prev = child;
        let c = &mut self.nodes[child as usize];
        c.next = before;
        c.prev = prev;
        c.parent = parent;
    }

    /// Where a new node goes: the current node, or before the open table when the current
    /// node is a table part and foster parenting applies.
    fn target(&self, foster: bool) -> (u32, u32) {
        let cur = self.current();
        if foster && matches!(self.name(cur), "table" | "tbody" | "tfoot" | "thead" | "tr") {
            if let Some(&table) = self.stack.iter().rev().find(|&&n| self.name(n) == "table") {
                let parent = self.nodes[table as usize].parent;
                if parent != NIL {
                    return (parent, table);
                }
            }
        }
        (cur, NIL)
    }

    fn place(&mut self, (parent, before): (u32, u32), node: u32) {
        if before == NIL {
            self.append(parent, node);
        } else {
            self.insert_before(parent, before, node);
        }
    }

    fn insert_text(&mut self, text: Cow<'a, str>, foster: bool) {
        if text.is_empty() {
            return;
        }
        let (parent, before) = self.target(foster);
        // Adjacent text merges into one node.
        let prev = if before == NIL {
            self.nodes[parent as usize].last_child
        } else {
            self.nodes[before as usize].prev
        };
        if prev != NIL {
            if let Kind::Text(t) = &mut self.nodes[prev as usize].kind {
                t.to_mut().push_str(&text);
                return;
            }
        }
        let n = self.new_node(Kind::Text(text));
        self.place((parent, before), n);
    }

    fn push(&mut self, node: u32) {
        let name = self.name(node);
        let mode = match name {
            "td" | "th" => Mode::Cell,
            "caption" => Mode::Caption,
            "table" => Mode::Table,
            "tbody" | "thead" | "tfoot" => Mode::TableBody,
            "tr" => Mode::Row,
            "colgroup" => Mode::ColumnGroup,
            _ => self.mode(),
        };
        self.stack.push(node);
        self.modes.push(mode);
        self.on_stack[node as usize] = true;
    }

    fn pop(&mut self) -> u32 {
        let n = self.stack.pop().unwrap_or(0);
        self.modes.pop();
        self.on_stack[n as usize] = false;
        n
    }

    fn remove_from_stack(&mut self, node: u32) {
        if let Some(pos) = self.stack.iter().rposition(|&n| n == node) {
            self.stack.remove(pos);
            self.modes.truncate(pos);
            // Modes above the removed entry are recomputed from their elements.
            for k in pos..self.stack.len() {
                let n = self.stack[k];
                let prev = self.modes.last().copied().unwrap_or(Mode::Body);
                let m = match self.name(n) {
                    "td" | "th" => Mode::Cell,
                    "caption" => Mode::Caption,
                    "table" => Mode::Table,
                    "tbody" | "thead" | "tfoot" => Mode::TableBody,
                    "tr" => Mode::Row,
                    "colgroup" => Mode::ColumnGroup,
                    _ => prev,
                };
                self.modes.push(m);
            }
            self.on_stack[node as usize] = false;
        }
    }

    fn create(&mut self, tag: Tag<'a>, foreign: bool) -> u32 {
        self.new_node(Kind::Element(Element {
            name: tag.name,
            attrs: tag.attrs,
            foreign,
        }))
    }

    /// Inserts an element at the appropriate place and pushes it.
    fn insert(&mut self, tag: Tag<'a>, foster: bool) -> u32 {
        let target = self.target(foster);
        let n = self.create(tag, false);
        self.place(target, n);
        self.push(n);
        n
    }

    fn insert_void(&mut self, tag: Tag<'a>, foster: bool) {
        let target = self.target(foster);
        let n = self.create(tag, false);
        self.place(target, n);
    }

    fn insert_named(&mut self, name: &'static str, foster: bool) -> u32 {
        self.insert(
            Tag {
                name: Cow::Borrowed(name),
                attrs: Vec::new(),
                self_closing: false,
            },
            foster,
        )
    }

    fn merge_attrs(&mut self, node: u32, attrs: Vec<Attr<'a>>) {
        if let Kind::Element(e) = &mut self.nodes[node as usize].kind {
            for (n, v) in attrs {
                if !e.attrs.iter().any(|(m, _)| *m == n) {
                    e.attrs.push((n, v));
                }
            }
        }
    }

    // ---- stack queries ----

    fn in_scope(&self, target: &str, scope: Scope) -> bool {
        self.in_scope_by(|n| n == target, scope)
    }

    fn in_scope_by(&self, is_target: impl Fn(&str) -> bool, scope: Scope) -> bool {
        for &n in self.stack.iter().rev() {
            let Some(e) = self.element(n) else { continue };
            if e.foreign {
                if is_integration_point(&e.name) && scope != Scope::Table {
                    return false;
                }
                continue;
            }
            let name = &*e.name;
            if is_target(name) {
                return true;
            }
            let boundary = match scope {
                Scope::Table => matches!(name, "html" | "table" | "template"),
                _ => {
                    is_scope_boundary(name)
                        || (scope == Scope::ListItem && matches!(name, "ol" | "ul"))
                        || (scope == Scope::Button && name == "button")
                }
            };
            if boundary {
                return false;
            }
        }
        false
    }

    fn generate_implied(&mut self, except: &str) {
        while {
            let n = self.current_name();
            implied_end(n) && n != except
        } {
            self.pop();
        }
    }

    fn pop_until(&mut self, name: &str) {
        while !self.stack.is_empty() {
            let n = self.pop();
            if self.name(n) == name {
                break;
            }
        }
    }

    fn pop_until_by(&mut self, pred: impl Fn(&str) -> bool) {
        while !self.stack.is_empty() {
            let n = self.pop();
            if pred(self.name(n)) {
                break;
            }
        }
    }

    fn close_p(&mut self) {
        if self.in_scope("p", Scope::Button) {
            self.generate_implied("p");
            self.pop_until("p");
        }
    }

    fn clear_to_context(&mut self, names: &[&str]) {
        while !self.stack.is_empty() && !names.contains(&self.current_name()) {
            self.pop();
        }
    }

    // ---- active formatting elements ----

    fn push_formatting(&mut self, node: u32) {
        // At most three identical entries since the last marker (the "Noah's Ark" clause).
        let mut same = Vec::new();
        for (k, f) in self.active.iter().enumerate().rev() {
            match *f {
                Fmt::Marker => break,
                Fmt::El(e) if self.same_element(e, node) => same.push(k),
                Fmt::El(_) => {}
            }
        }
        if same.len() >= 3 {
            if let Some(&k) = same.last() {
                self.active.remove(k);
            }
        }
        self.active.push(Fmt::El(node));
    }

    fn same_element(&self, a: u32, b: u32) -> bool {
        match (self.element(a), self.element(b)) {
            (Some(x), Some(y)) => {
                x.name == y.name
                    && x.attrs.len() == y.attrs.len()
                    && x.attrs.iter().all(|at| y.attrs.contains(at))
            }
            _ => false,
        }
    }

    fn reconstruct(&mut self) {
        let Some(&Fmt::El(last)) = self.active.last() else {
            return;
        };
        if self.on_stack[last as usize] {
            return;
        }
        let mut k = self.active.len() - 1;
        while k > 0 {
            match self.active[k - 1] {
                Fmt::Marker => break,
                Fmt::El(e) if self.on_stack[e as usize] => break,
                Fmt::El(_) => k -= 1,
            }
        }
        for j in k..self.active.len() {
            let Fmt::El(old) = self.active[j] else {
                continue;
            };
            let Some(e) = self.element(old) else { continue };
            let tag = Tag {
                name: e.name.clone(),
                attrs: e.attrs.clone(),
                self_closing: false,
            };
            let foster = self.mode() != Mode::Body;
            let n = self.insert(tag, foster);
            self.active[j] = Fmt::El(n);
        }
    }

    fn clear_to_marker(&mut self) {
        while let Some(f) = self.active.pop() {
            if matches!(f, Fmt::Marker) {
                break;
            }
        }
    }

    fn active_index(&self, name: &str) -> Option<usize> {
        for (k, f) in self.active.iter().enumerate().rev() {
            match *f {
                Fmt::Marker => return None,
                Fmt::El(e) if self.name(e) == name => return Some(k),
                Fmt::El(_) => {}
            }
        }
        None
    }

    /// The end tag of a formatting element: the HTML5 adoption agency. A block opened inside
    /// the formatting element is moved out of it and gets a copy of it around its content.
    fn adoption(&mut self, name: &str) {
        for _ in 0..8 {
            let cur = self.current();
            if self.name(cur) == name && !self.in_active(cur) {
                self.pop();
                return;
            }
            let Some(k) = self.active_index(name) else {
                self.any_other_end(name);
                return;
            };
            let Fmt::El(fe) = self.active[k] else { return };
            if !self.on_stack[fe as usize] {
                self.active.remove(k);
                return;
            }
            if !self.stack_has_in_scope(fe) {
                return;
            }
            let fe_pos = self.stack.iter().rposition(|&n| n == fe).unwrap_or(0);
            let Some(fb_pos) =
                (fe_pos + 1..self.stack.len()).find(|&p| is_special(self.name(self.stack[p])))
            else {
                while let Some(&top) = self.stack.last() {
                    self.pop();
                    if top == fe {
                        break;
                    }
                }
                self.active.remove(k);
                return;
            };
            let fb = self.stack[fb_pos];
            let ca = if fe_pos > 0 {
                self.stack[fe_pos - 1]
            } else {
                0
            };
            // Where the copy of the formatting element goes in the list: in its place, or
            // after the copy of the element just above it.
            let mut after: Option<u32> = None;
            let mut node_pos = fb_pos;
            let mut last = fb;
            let mut inner = 0;
            loop {
                inner += 1;
                node_pos -= 1;
                let node = self.stack[node_pos];
                if node == fe {
                    break;
                }
                let mut node_k = self.active_pos(node);
                if inner > 3 {
                    if let Some(nk) = node_k {
                        self.active.remove(nk);
                        node_k = None;
                    }
                }
                let Some(nk) = node_k else {
                    self.stack.remove(node_pos);
                    self.modes.remove(node_pos);
                    self.on_stack[node as usize] = false;
                    continue;
                };
                let copy = self.copy_element(node);
                self.active[nk] = Fmt::El(copy);
                self.stack[node_pos] = copy;
                self.on_stack[node as usize] = false;
                self.on_stack[copy as usize] = true;
                if last == fb {
                    after = Some(copy);
                }
                self.detach(last);
                self.append(copy, last);
                last = copy;
            }
            self.detach(last);
            if matches!(self.name(ca), "table" | "tbody" | "tfoot" | "thead" | "tr") {
                let table = self
                    .stack
                    .iter()
                    .rev()
                    .copied()
                    .find(|&n| self.name(n) == "table");
                match table.map(|t| (self.nodes[t as usize].parent, t)) {
                    Some((parent, t)) if parent != NIL => self.insert_before(parent, t, last),
                    _ => self.append(ca, last),
                }
            } else {
                self.append(ca, last);
            }
            let copy = self.copy_element(fe);
            let mut c = self.nodes[fb as usize].first_child;
            self.nodes[fb as usize].first_child = NIL;
            self.nodes[fb as usize].last_child = NIL;
            while c != NIL {
                let next = self.nodes[c as usize].next;
                self.append(copy, c);
                c = next;
            }
            self.append(fb, copy);
            match after {
                None => {
                    if let Some(fk) = self.active_pos(fe) {
                        self.active[fk] = Fmt::El(copy);
                    }
                }
                Some(a) => {
                    if let Some(fk) = self.active_pos(fe) {
                        self.active.remove(fk);
                    }
                    let at = self.active_pos(a).map_or(self.active.len(), |p| p + 1);
                    self.active.insert(at, Fmt::El(copy));
                }
            }
            self.remove_from_stack(fe);
            let fb_pos = self.stack.iter().rposition(|&n| n == fb).unwrap_or(0);
            let mode = self.modes.get(fb_pos).copied().unwrap_or(Mode::Body);
            self.stack.insert(fb_pos + 1, copy);
            self.modes.insert(fb_pos + 1, mode);
            self.on_stack[copy as usize] = true;
        }
    }

    fn in_active(&self, node: u32) -> bool {
        self.active_pos(node).is_some()
    }

    fn active_pos(&self, node: u32) -> Option<usize> {
        self.active
            .iter()
            .rposition(|f| matches!(f, Fmt::El(e) if *e == node))
    }

    fn copy_element(&mut self, node: u32) -> u32 {
        let (name, attrs, foreign) = match self.element(node) {
            Some(e) => (e.name.clone(), e.attrs.clone(), e.foreign),
            None => (Cow::Borrowed("span"), Vec::new(), false),
        };
        self.new_node(Kind::Element(Element {
            name,
            attrs,
            foreign,
        }))
    }

    fn detach(&mut self, node: u32) {
        let parent = self.nodes[node as usize].parent;
        if parent == NIL {
            return;
        }
        let TreeNode { prev, next, .. } = self.nodes[node as usize];
        if prev == NIL {
            self.nodes[parent as usize].first_child = next;
        } else {
            self.nodes[prev as usize].next = next;
        }
        if next == NIL {
            self.nodes[parent as usize].last_child = prev;
        } else {
            self.nodes[next as usize].prev = prev;
        }
        let n = &mut self.nodes[node as usize];
        n.parent = NIL;
        n.next = NIL;
        n.prev = NIL;
    }

    fn stack_has_in_scope(&self, node: u32) -> bool {
        for &n in self.stack.iter().rev() {
            if n == node {
                return true;
            }
            let Some(e) = self.element(n) else { continue };
            let boundary = if e.foreign {
                is_integration_point(&e.name)
            } else {
                is_scope_boundary(&e.name)
            };
            if boundary {
                return false;
            }
        }
        false
    }

    fn any_other_end(&mut self, name: &str) {
        for k in (0..self.stack.len()).rev() {
            let n = self.stack[k];
            let node_name = self.name(n);
            if node_name == name {
                self.generate_implied(name);
                while self.stack.len() > k {
                    self.pop();
                }
                return;
            }
            if is_special(node_name) {
                return;
            }
        }
    }

    // ---- token dispatch ----

    /// Processes a token; returns the raw-text mode the tokenizer enters, if any.
    fn process(&mut self, token: Token<'a>) -> Option<(Raw, &'static str)> {
        if matches!(&token, Token::Text(t) if t.is_empty()) {
            return None;
        }
        let token = match token {
            Token::Text(t) if self.ignore_lf => {
                self.ignore_lf = false;
                match t {
                    Cow::Borrowed(s) => {
                        Token::Text(Cow::Borrowed(s.strip_prefix('\n').unwrap_or(s)))
                    }
                    Cow::Owned(s) => {
                        Token::Text(Cow::Owned(s.strip_prefix('\n').unwrap_or(&s).to_string()))
                    }
                }
            }
            t => {
                self.ignore_lf = false;
                t
            }
        };
        // A doctype after the start is ignored without ending the gathered table text.
        let ignored = matches!(token, Token::Doctype(_)) && !self.initial;
        if self.pending.is_some() && !matches!(token, Token::Text(_)) && !ignored {
            self.flush_table_text();
        }
        if self.text_mode {
            match token {
                Token::Text(t) => {
                    self.insert_text(t, false);
                    return None;
                }
                _ => {
                    self.text_mode = false;
                    self.pop();
                    return None;
                }
            }
        }
        match token {
            Token::Doctype(q) => {
                if self.initial {
                    self.quirks = q;
                    self.initial = false;
                }
                None
            }
            Token::Comment if self.after_body => {
                // After `</body>` comments go to the `html` element, so body text around one
                // stays one node.
                let c = self.new_node(Kind::Comment);
                self.append(self.html, c);
                None
            }
            Token::Comment => {
                if self.phase >= Phase::InHead {
                    let c = self.new_node(Kind::Comment);
                    let target = self.target(false);
                    self.place(target, c);
                }
                None
            }
            Token::Eof => None,
            t => {
                if !matches!(&t, Token::Text(x) if is_ws(x)) {
                    self.initial = false;
                    self.after_body = false;
                }
                self.step(t)
            }
        }
    }

    fn step(&mut self, token: Token<'a>) -> Option<(Raw, &'static str)> {
        match self.phase {
            Phase::BeforeHtml => match token {
                Token::Text(t) => {
                    let k = split_ws(&t);
                    if k == t.len() {
                        return None;
                    }
                    self.make_html(Vec::new());
                    self.step(Token::Text(cut(t, k)))
                }
                Token::Start(tag) if tag.name == "html" => {
                    self.make_html(tag.attrs);
                    None
                }
                Token::End(n) if !matches!(&*n, "head" | "body" | "html" | "br") => None,
                t => {
                    self.make_html(Vec::new());
                    self.step(t)
                }
            },
            Phase::BeforeHead => match token {
                Token::Text(t) => {
                    let k = split_ws(&t);
                    if k == t.len() {
                        return None;
                    }
                    self.make_head(Vec::new());
                    self.step(Token::Text(cut(t, k)))
                }
                Token::Start(tag) if tag.name == "html" => {
                    self.merge_attrs(self.html, tag.attrs);
                    None
                }
                Token::Start(tag) if tag.name == "head" => {
                    self.make_head(tag.attrs);
                    None
                }
                Token::End(n) if !matches!(&*n, "head" | "body" | "html" | "br") => None,
                t => {
                    self.make_head(Vec::new());
                    self.step(t)
                }
            },
            Phase::InHead => match token {
                Token::Text(t) => {
                    let k = split_ws(&t);
                    if k > 0 {
                        self.insert_text(head_part(&t, k), false);
                    }
                    if k == t.len() {
                        return None;
                    }
                    self.pop();
                    self.phase = Phase::AfterHead;
                    self.step(Token::Text(cut(t, k)))
                }
                Token::Start(tag) => match &*tag.name {
                    "html" => {
                        self.merge_attrs(self.html, tag.attrs);
                        None
                    }
                    "head" => None,
                    "base" | "basefont" | "bgsound" | "link" | "meta" | "title" | "noscript"
                    | "noframes" | "style" | "script" | "template" => self.head_element(tag),
                    _ => {
                        self.pop();
                        self.phase = Phase::AfterHead;
                        self.step(Token::Start(tag))
                    }
                },
                Token::End(n) => match &*n {
                    "head" => {
                        self.pop();
                        self.phase = Phase::AfterHead;
                        None
                    }
                    "body" | "html" | "br" => {
                        self.pop();
                        self.phase = Phase::AfterHead;
                        self.step(Token::End(n))
                    }
                    "template" => {
                        if self.stack.iter().any(|&s| self.name(s) == "template") {
                            self.pop_until("template");
                        }
                        None
                    }
                    _ => None,
                },
                _ => None,
            },
            Phase::AfterHead => match token {
                Token::Text(t) => {
                    let k = split_ws(&t);
                    if k > 0 {
                        self.insert_text(head_part(&t, k), false);
                    }
                    if k == t.len() {
                        return None;
                    }
                    self.make_body(Vec::new());
                    self.step(Token::Text(cut(t, k)))
                }
                Token::Start(tag) => match &*tag.name {
                    "html" => {
                        self.merge_attrs(self.html, tag.attrs);
                        None
                    }
                    "body" => {
                        self.make_body(tag.attrs);
                        None
                    }
                    "head" => None,
                    "base" | "basefont" | "bgsound" | "link" | "meta" | "noframes" | "script"
                    | "style" | "template" | "title" => {
                        // Back into the head, as HTML5 puts them.
                        let head = self.head;
                        self.push(head);
                        let raw = self.head_element(tag);
                        self.remove_from_stack(head);
                        raw
                    }
                    _ => {
                        self.make_body(Vec::new());
                        self.step(Token::Start(tag))
                    }
                },
                Token::End(n) if !matches!(&*n, "body" | "html" | "br") => None,
                t => {
                    self.make_body(Vec::new());
                    self.step(t)
                }
            },
            Phase::InBody => self.in_body_modes(token),
        }
    }

    /// The end of the page: `html`, `head` and `body` exist even when the page never opened
    /// them.
    fn finish(&mut self) {
        self.flush_table_text();
        if self.text_mode {
            self.text_mode = false;
            self.pop();
        }
        if self.phase == Phase::BeforeHtml {
            self.make_html(Vec::new());
        }
        if self.phase == Phase::BeforeHead {
            self.make_head(Vec::new());
        }
        if self.phase == Phase::InHead {
            self.pop();
            self.phase = Phase::AfterHead;
        }
        if self.phase == Phase::AfterHead {
            self.make_body(Vec::new());
        }
    }

    /// Places the text gathered in a table: white space in the table, anything else before it.
    fn flush_table_text(&mut self) {
        let Some(t) = self.pending.take() else {
            return;
        };
        let ws = is_ws(&t);
        if !ws {
            self.reconstruct();
        }
        self.insert_text(t, !ws);
    }

    fn make_html(&mut self, attrs: Vec<Attr<'a>>) {
        let n = self.create(
            Tag {
                name: Cow::Borrowed("html"),
                attrs,
                self_closing: false,
            },
            false,
        );
        self.append(0, n);
        self.push(n);
        self.html = n;
        self.phase = Phase::BeforeHead;
    }

    fn make_head(&mut self, attrs: Vec<Attr<'a>>) {
        let n = self.insert(
            Tag {
                name: Cow::Borrowed("head"),
                attrs,
                self_closing: false,
            },
            false,
        );
        self.head = n;
        self.phase = Phase::InHead;
    }

    fn make_body(&mut self, attrs: Vec<Attr<'a>>) {
        self.insert(
            Tag {
                name: Cow::Borrowed("body"),
                attrs,
                self_closing: false,
            },
            false,
        );
        self.phase = Phase::InBody;
    }

    /// `base`, `link`, `meta` (void) and `title`, `style`, `script`, `noscript` (raw text).
    fn head_element(&mut self, tag: Tag<'a>) -> Option<(Raw, &'static str)> {
        self.raw_or_void(tag, false)
    }

    fn raw_or_void(&mut self, tag: Tag<'a>, foster: bool) -> Option<(Raw, &'static str)> {
        if is_void(&tag.name) {
            self.insert_void(tag, foster);
            return None;
        }
        let raw = raw_kind(&tag.name);
        self.insert(tag, foster);
        if raw.is_some() {
            self.text_mode = true;
        } else {
            // `template`: an ordinary element here.
        }
        raw
    }

    fn in_body_modes(&mut self, token: Token<'a>) -> Option<(Raw, &'static str)> {
        // Foreign content: the current node is SVG or MathML; at an integration point start
        // tags and text follow the HTML rules, end tags still the foreign ones.
        if let Some(e) = self.element(self.current()) {
            if e.foreign
                && (matches!(token, Token::End(_))
                    || !matches!(
                        &*e.name,
                        "foreignobject" | "desc" | "title" | "mi" | "mo" | "mn" | "ms" | "mtext"
                    ))
            {
                return self.foreign(token);
            }
        }
        match self.mode() {
            Mode::Body => self.body(token, false),
            Mode::Table | Mode::TableBody | Mode::Row => self.table(token),
            Mode::Cell => self.cell(token),
            Mode::Caption => self.caption(token),
            Mode::ColumnGroup => self.colgroup(token),
        }
    }

    fn foreign(&mut self, token: Token<'a>) -> Option<(Raw, &'static str)> {
        match token {
            Token::Text(t) => {
                let t = if t.contains('\0') {
                    Cow::Owned(t.replace('\0', "\u{fffd}"))
                } else {
                    t
                };
                self.insert_text(t, false);
                None
            }
            Token::Start(tag) if breaks_foreign(&tag) => {
                while self.current_foreign_content() {
                    self.pop();
                }
                self.in_body_modes(Token::Start(tag))
            }
            Token::Start(tag) => {
                let closes = tag.self_closing;
                let target = self.target(false);
                let n = self.create(tag, true);
                self.place(target, n);
                if !closes {
                    self.push(n);
                }
                None
            }
            Token::End(name) if matches!(&*name, "br" | "p") => {
                while self.current_foreign_content() {
                    self.pop();
                }
                self.in_body_html(Token::End(name))
            }
            Token::End(name) => {
                for k in (0..self.stack.len()).rev() {
                    let n = self.stack[k];
                    let Some(e) = self.element(n) else { break };
                    if !e.foreign {
                        return self.in_body_html(Token::End(name));
                    }
                    if e.name.eq_ignore_ascii_case(&name) {
                        while self.stack.len() > k {
                            self.pop();
                        }
                        return None;
                    }
                }
                None
            }
            _ => None,
        }
    }

    fn in_body_html(&mut self, token: Token<'a>) -> Option<(Raw, &'static str)> {
        match self.mode() {
            Mode::Body => self.body(token, false),
            Mode::Table | Mode::TableBody | Mode::Row => self.table(token),
            Mode::Cell => self.cell(token),
            Mode::Caption => self.caption(token),
            Mode::ColumnGroup => self.colgroup(token),
        }
    }

    fn current_is_table_part(&self) -> bool {
        matches!(
            self.current_name(),
            "table" | "tbody" | "tfoot" | "thead" | "tr"
        )
    }

    /// The table modes (`table`, `tbody`, `tr`): table structure is built, anything else is
    /// foster-parented before the table.
    fn table(&mut self, token: Token<'a>) -> Option<(Raw, &'static str)> {
        let mode = self.mode();
        match token {
            Token::Text(t) => {
                if self.current_is_table_part() {
                    // Gathered until the next other token ("in table text"), then placed as
                    // one run.
                    let t = if t.contains('\0') {
                        Cow::Owned(t.replace('\0', ""))
                    } else {
                        t
                    };
                    match &mut self.pending {
                        Some(p) => p.to_mut().push_str(&t),
                        None => self.pending = Some(t),
                    }
                    None
                } else {
                    self.body(Token::Text(t), true)
                }
            }
            Token::Start(tag) => {
                let name = &*tag.name;
                let closes_level = match mode {
                    Mode::Row => matches!(
                        name,
                        "caption" | "col" | "colgroup" | "tbody" | "tfoot" | "thead" | "tr"
                    ),
                    Mode::TableBody => matches!(
                        name,
                        "caption" | "col" | "colgroup" | "tbody" | "tfoot" | "thead"
                    ),
                    _ => false,
                };
                if closes_level {
                    // Close the row or row group, then handle the tag one level up.
                    if mode == Mode::Row {
                        if !self.in_scope("tr", Scope::Table) {
                            return None;
                        }
                        self.clear_to_context(&["tr", "template", "html"]);
                        self.pop();
                    } else {
                        if !self
                            .in_scope_by(|n| matches!(n, "tbody" | "thead" | "tfoot"), Scope::Table)
                        {
                            return None;
                        }
                        self.clear_to_context(&["tbody", "thead", "tfoot", "template", "html"]);
                        self.pop();
                    }
                    return self.in_body_modes(Token::Start(tag));
                }
                match name {
                    "td" | "th" if mode == Mode::Row => {
                        self.clear_to_context(&["tr", "template", "html"]);
                        self.insert(tag, false);
                        self.active.push(Fmt::Marker);
                        None
                    }
                    "tr" if mode == Mode::TableBody => {
                        self.clear_to_context(&["tbody", "thead", "tfoot", "template", "html"]);
                        self.insert(tag, false);
                        None
                    }
                    "td" | "th" if mode == Mode::TableBody => {
                        self.clear_to_context(&["tbody", "thead", "tfoot", "template", "html"]);
                        self.insert_named("tr", false);
                        self.in_body_modes(Token::Start(tag))
                    }
                    "caption" => {
                        self.clear_to_context(&["table", "template", "html"]);
                        self.active.push(Fmt::Marker);
                        self.insert(tag, false);
                        None
                    }
                    "colgroup" => {
                        self.clear_to_context(&["table", "template", "html"]);
                        self.insert(tag, false);
                        None
                    }
                    "col" => {
                        self.clear_to_context(&["table", "template", "html"]);
                        self.insert_named("colgroup", false);
                        self.in_body_modes(Token::Start(tag))
                    }
                    "tbody" | "thead" | "tfoot" => {
                        self.clear_to_context(&["table", "template", "html"]);
                        self.insert(tag, false);
                        None
                    }
                    "td" | "th" | "tr" => {
                        self.clear_to_context(&["table", "template", "html"]);
                        self.insert_named("tbody", false);
                        self.in_body_modes(Token::Start(tag))
                    }
                    "table" => {
                        if !self.in_scope("table", Scope::Table) {
                            return None;
                        }
                        self.pop_until("table");
                        self.in_body_modes(Token::Start(tag))
                    }
                    "style" | "script" | "template" => self.raw_or_void(tag, false),
                    "input"
                        if tag
                            .attrs
                            .iter()
                            .any(|(n, v)| n == "type" && v.eq_ignore_ascii_case("hidden")) =>
                    {
                        self.insert_void(tag, false);
                        None
                    }
                    "form" => {
                        if self.form == NIL {
                            let n = self.insert(tag, false);
                            self.form = n;
                            self.pop();
                        }
                        None
                    }
                    _ => self.body(Token::Start(tag), true),
                }
            }
            Token::End(name) => match &*name {
                "tr" if mode == Mode::Row => {
                    if self.in_scope("tr", Scope::Table) {
                        self.clear_to_context(&["tr", "template", "html"]);
                        self.pop();
                    }
                    None
                }
                "table" if mode == Mode::Row => {
                    if !self.in_scope("tr", Scope::Table) {
                        return None;
                    }
                    self.clear_to_context(&["tr", "template", "html"]);
                    self.pop();
                    self.in_body_modes(Token::End(name))
                }
                "tbody" | "tfoot" | "thead" if mode == Mode::Row => {
                    if !self.in_scope(&name, Scope::Table) || !self.in_scope("tr", Scope::Table) {
                        return None;
                    }
                    self.clear_to_context(&["tr", "template", "html"]);
                    self.pop();
                    self.in_body_modes(Token::End(name))
                }
                "tbody" | "tfoot" | "thead" if mode == Mode::TableBody => {
                    if self.in_scope(&name, Scope::Table) {
                        self.clear_to_context(&["tbody", "thead", "tfoot", "template", "html"]);
                        self.pop();
                    }
                    None
                }
                "table" if mode == Mode::TableBody => {
                    if !self.in_scope_by(|n| matches!(n, "tbody" | "thead" | "tfoot"), Scope::Table)
                    {
                        return None;
                    }
                    self.clear_to_context(&["tbody", "thead", "tfoot", "template", "html"]);
                    self.pop();
                    self.in_body_modes(Token::End(name))
                }
                "table" => {
                    if self.in_scope("table", Scope::Table) {
                        self.pop_until("table");
                    }
                    None
                }
                "body" | "caption" | "col" | "colgroup" | "html" | "tbody" | "td" | "tfoot"
                | "th" | "thead" | "tr" => None,
                _ => self.body(Token::End(name), true),
            },
            _ => None,
        }
    }

    fn cell(&mut self, token: Token<'a>) -> Option<(Raw, &'static str)> {
        match token {
            Token::End(name) if matches!(&*name, "td" | "th") => {
                if self.in_scope(&name, Scope::Table) {
                    self.generate_implied("");
                    self.pop_until(&name);
                    self.clear_to_marker();
                }
                None
            }
            Token::Start(tag)
                if matches!(
                    &*tag.name,
                    "caption"
                        | "col"
                        | "colgroup"
                        | "tbody"
                        | "td"
                        | "tfoot"
                        | "th"
                        | "thead"
                        | "tr"
                ) =>
            {
                if self.in_scope_by(|n| matches!(n, "td" | "th"), Scope::Table) {
                    self.close_cell();
                    self.in_body_modes(Token::Start(tag))
                } else {
                    None
                }
            }
            Token::End(name)
                if matches!(&*name, "body" | "caption" | "col" | "colgroup" | "html") =>
            {
                None
            }
            Token::End(name) if matches!(&*name, "table" | "tbody" | "tfoot" | "thead" | "tr") => {
                if self.in_scope(&name, Scope::Table) {
                    self.close_cell();
                    self.in_body_modes(Token::End(name))
                } else {
                    None
                }
            }
            t => self.body(t, false),
        }
    }

    fn close_cell(&mut self) {
        self.generate_implied("");
        self.pop_until_by(|n| matches!(n, "td" | "th"));
        self.clear_to_marker();
    }

    fn caption(&mut self, token: Token<'a>) -> Option<(Raw, &'static str)> {
        let closes = match &token {
            Token::End(n) if n == "caption" => {
                if self.in_scope("caption", Scope::Table) {
                    self.generate_implied("");
                    self.pop_until("caption");
                    self.clear_to_marker();
                }
                return None;
            }
            Token::Start(t) => matches!(
                &*t.name,
                "caption" | "col" | "colgroup" | "tbody" | "td" | "tfoot" | "th" | "thead" | "tr"
            ),
            Token::End(n) if n == "table" => true,
            Token::End(n)
                if matches!(
                    &**n,
                    "body"
                        | "col"
                        | "colgroup"
                        | "html"
                        | "tbody"
                        | "td"
                        | "tfoot"
                        | "th"
                        | "thead"
                        | "tr"
                ) =>
            {
                return None;
            }
            _ => false,
        };
        if closes {
            if !self.in_scope("caption", Scope::Table) {
                return None;
            }
            self.generate_implied("");
            self.pop_until("caption");
            self.clear_to_marker();
            return self.in_body_modes(token);
        }
        self.body(token, false)
    }

    fn colgroup(&mut self, token: Token<'a>) -> Option<(Raw, &'static str)> {
        match token {
            Token::Text(t) if split_ws(&t) > 0 => {
                // Leading white space stays in the column group; the rest closes it.
                let k = split_ws(&t);
                self.insert_text(head_part(&t, k), false);
                if k == t.len() {
                    return None;
                }
                self.colgroup(Token::Text(cut(t, k)))
            }
            Token::Start(tag) if tag.name == "col" => {
                self.insert_void(tag, false);
                None
            }
            Token::Start(tag) if tag.name == "html" => {
                self.merge_attrs(self.html, tag.attrs);
                None
            }
            Token::End(n) if n == "colgroup" => {
                if self.current_name() == "colgroup" {
                    self.pop();
                }
                None
            }
            Token::End(n) if n == "col" => None,
            t => {
                if self.current_name() != "colgroup" {
                    return None;
                }
                self.pop();
                self.in_body_modes(t)
            }
        }
    }

    /// The "in body" rules; `foster` when a table mode passed the token on.
    fn body(&mut self, token: Token<'a>, foster: bool) -> Option<(Raw, &'static str)> {
        match token {
            Token::Text(t) => {
                let t = if t.contains('\0') {
                    Cow::Owned(t.replace('\0', ""))
                } else {
                    t
                };
                if t.is_empty() {
                    return None;
                }
                self.reconstruct();
                self.insert_text(t, foster);
                None
            }
            Token::Start(tag) => self.body_start(tag, foster),
            Token::End(name) => {
                self.body_end(&name, foster);
                None
            }
            _ => None,
        }
    }

    fn body_start(&mut self, tag: Tag<'a>, foster: bool) -> Option<(Raw, &'static str)> {
        let name: &str = &tag.name;
        match name {
            "html" => {
                self.merge_attrs(self.html, tag.attrs);
            }
            "base" | "basefont" | "bgsound" | "link" | "meta" | "noframes" | "script" | "style"
            | "template" | "title" => return self.raw_or_void(tag, foster),
            "body" => {
                if let Some(&b) = self.stack.get(1) {
                    if self.name(b) == "body" {
                        self.merge_attrs(b, tag.attrs);
                    }
                }
            }
            "head" | "frameset" | "frame" | "caption" | "col" | "colgroup" | "tbody" | "td"
            | "tfoot" | "th" | "thead" | "tr" => {}
            "address" | "article" | "aside" | "blockquote" | "center" | "details" | "dialog"
            | "dir" | "div" | "dl" | "fieldset" | "figcaption" | "figure" | "footer" | "header"
            | "hgroup" | "main" | "nav" | "ol" | "p" | "search" | "section" | "summary" | "ul"
            | "menu" => {
                self.close_p();
                self.insert(tag, foster);
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.close_p();
                if is_heading(self.current_name()) {
                    self.pop();
                }
                self.insert(tag, foster);
            }
            "pre" | "listing" => {
                self.close_p();
                self.insert(tag, foster);
                self.ignore_lf = true;
            }
            "form" => {
                if self.form == NIL {
                    self.close_p();
                    self.form = self.insert(tag, foster);
                }
            }
            "li" | "dd" | "dt" => {
                let is_li = name == "li";
                for k in (0..self.stack.len()).rev() {
                    let n = self.name(self.stack[k]);
                    let hit = if is_li {
                        n == "li"
                    } else {
                        matches!(n, "dd" | "dt")
                    };
                    if hit {
                        let n = n.to_string();
                        self.generate_implied(&n);
                        self.pop_until(&n);
                        break;
                    }
                    if is_special(n) && !matches!(n, "address" | "div" | "p") {
                        break;
                    }
                }
                self.close_p();
                self.insert(tag, foster);
            }
            "plaintext" => {
                self.close_p();
                self.insert(tag, foster);
                return Some((Raw::Plaintext, "plaintext"));
            }
            "button" => {
                if self.in_scope("button", Scope::Default) {
                    self.generate_implied("");
                    self.pop_until("button");
                }
                self.reconstruct();
                self.insert(tag, foster);
            }
            "a" => {
                if let Some(k) = self.active_index("a") {
                    if let Fmt::El(old) = self.active[k] {
                        self.adoption("a");
                        if let Some(k) = self
                            .active
                            .iter()
                            .rposition(|f| matches!(f, Fmt::El(e) if *e == old))
                        {
                            self.active.remove(k);
                        }
                        self.remove_from_stack(old);
                    }
                }
                self.reconstruct();
                let n = self.insert(tag, foster);
                self.push_formatting(n);
            }
            "b" | "big" | "code" | "em" | "font" | "i" | "s" | "small" | "strike" | "strong"
            | "tt" | "u" => {
                self.reconstruct();
                let n = self.insert(tag, foster);
                self.push_formatting(n);
            }
            "nobr" => {
                self.reconstruct();
                if self.in_scope("nobr", Scope::Default) {
                    self.adoption("nobr");
                    self.reconstruct();
                }
                let n = self.insert(tag, foster);
                self.push_formatting(n);
            }
            "applet" | "marquee" | "object" => {
                self.reconstruct();
                self.insert(tag, foster);
                self.active.push(Fmt::Marker);
            }
            "table" => {
                if !self.quirks {
                    self.close_p();
                }
                self.insert(tag, foster);
            }
            "area" | "br" | "embed" | "img" | "keygen" | "wbr" | "input" => {
                self.reconstruct();
                self.insert_void(tag, foster);
            }
            "image" => {
                self.reconstruct();
                let tag = Tag {
                    name: Cow::Borrowed("img"),
                    ..tag
                };
                self.insert_void(tag, foster);
            }
            "param" | "source" | "track" => self.insert_void(tag, foster),
            "hr" => {
                self.close_p();
                self.insert_void(tag, foster);
            }
            "textarea" => {
                self.insert(tag, foster);
                self.ignore_lf = true;
                self.text_mode = true;
                return Some((Raw::RcData, "textarea"));
            }
            "xmp" => {
                self.close_p();
                self.reconstruct();
                self.insert(tag, foster);
                self.text_mode = true;
                return Some((Raw::Text, "xmp"));
            }
            "iframe" | "noembed" | "noscript" => {
                let raw = raw_kind(name);
                self.insert(tag, foster);
                self.text_mode = true;
                return raw;
            }
            "select" if self.in_scope("select", Scope::Default) => self.pop_until("select"),
            "select" => {
                self.reconstruct();
                self.insert(tag, foster);
            }
            "option" | "optgroup" => {
                if self.current_name() == "option" {
                    self.pop();
                }
                self.reconstruct();
                self.insert(tag, foster);
            }
            "math" | "svg" => {
                self.reconstruct();
                let closes = tag.self_closing;
                let target = self.target(foster);
                let n = self.create(tag, true);
                self.place(target, n);
                if !closes {
                    self.push(n);
                }
            }
            _ => {
                self.reconstruct();
                self.insert(tag, foster);
            }
        }
        None
    }

    fn body_end(&mut self, name: &str, foster: bool) {
        match name {
            "body" | "html" => {
                if self.in_scope("body", Scope::Default) {
                    self.after_body = true;
                }
            }
            "head" => {}
            "address" | "article" | "aside" | "blockquote" | "button" | "center" | "details"
            | "dialog" | "dir" | "div" | "dl" | "fieldset" | "figcaption" | "figure" | "footer"
            | "header" | "hgroup" | "listing" | "main" | "menu" | "nav" | "ol" | "pre"
            | "search" | "section" | "select" | "summary" | "ul" => {
                if self.in_scope(name, Scope::Default) {
                    self.generate_implied("");
                    self.pop_until(name);
                }
            }
            "form" => {
                let node = std::mem::replace(&mut self.form, NIL);
                if node == NIL || !self.stack_has_in_scope(node) {
                    return;
                }
                self.generate_implied("");
                self.remove_from_stack(node);
            }
            "p" => {
                if !self.in_scope("p", Scope::Button) {
                    self.insert_named("p", foster);
                }
                self.generate_implied("p");
                self.pop_until("p");
            }
            "li" => {
                if self.in_scope("li", Scope::ListItem) {
                    self.generate_implied("li");
                    self.pop_until("li");
                }
            }
            "dd" | "dt" => {
                if self.in_scope(name, Scope::Default) {
                    self.generate_implied(name);
                    self.pop_until(name);
                }
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                if self.in_scope_by(is_heading, Scope::Default) {
                    self.generate_implied("");
                    self.pop_until_by(is_heading);
                }
            }
            "applet" | "marquee" | "object" => {
                if self.in_scope(name, Scope::Default) {
                    self.generate_implied("");
                    self.pop_until(name);
                    self.clear_to_marker();
                }
            }
            "br" => {
                self.reconstruct();
                self.insert_void(
                    Tag {
                        name: Cow::Borrowed("br"),
                        attrs: Vec::new(),
                        self_closing: false,
                    },
                    foster,
                );
            }
            _ if is_formatting(name) => self.adoption(name),
            _ => self.any_other_end(name),
        }
    }
}

/// The text after its first `k` bytes.
fn cut(t: Cow<'_, str>, k: usize) -> Cow<'_, str> {
    match t {
        Cow::Borrowed(s) => Cow::Borrowed(&s[k..]),
        Cow::Owned(s) => Cow::Owned(s[k..].to_string()),
    }
}

fn head_part<'a>(t: &Cow<'a, str>, k: usize) -> Cow<'a, str> {
    match t {
        Cow::Borrowed(s) => Cow::Borrowed(&s[..k]),
        Cow::Owned(s) => Cow::Owned(s[..k].to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The body's subtree as markup (text as is, no attributes).
    fn body(html: &str) -> String {
        let doc = parse(html, 512);
        let mut out = String::new();
        let body = doc
            .nodes
            .iter()
            .position(|n| matches!(&n.kind, Kind::Element(e) if e.name == "body"))
            .unwrap() as u32;
        write(&doc, doc.nodes[body as usize].first_child, &mut out);
        out
    }

    fn write(doc: &Document<'_>, mut n: u32, out: &mut String) {
        while n != NIL {
            let node = &doc.nodes[n as usize];
            match &node.kind {
                Kind::Element(e) => {
                    out.push_str(&format!("<{}>", e.name));
                    write(doc, node.first_child, out);
                    out.push_str(&format!("</{}>", e.name));
                }
                Kind::Text(t) => out.push_str(t),
                _ => {}
            }
            n = node.next;
        }
    }

    #[test]
    fn implied_end_tags() {
        assert_eq!(body("<p>a<div>b</div>"), "<p>a</p><div>b</div>");
        assert_eq!(body("<p>a<p>b"), "<p>a</p><p>b</p>");
        assert_eq!(body("<ul><li>a<li>b</ul>"), "<ul><li>a</li><li>b</li></ul>");
        assert_eq!(body("<li>a<ul><li>b</ul>"), "<li>a<ul><li>b</li></ul></li>");
        assert_eq!(
            body("<dl><dt>a<dd>b<dt>c</dl>"),
            "<dl><dt>a</dt><dd>b</dd><dt>c</dt></dl>"
        );
        assert_eq!(body("<h1>a<h2>b</h1>c"), "<h1>a</h1><h2>b</h2>c");
        assert_eq!(body("a</p>b"), "a<p></p>b");
        assert_eq!(body("a</br>b"), "a<br></br>b");
        assert_eq!(body("<div><span>a</div>b"), "<div><span>a</span></div>b");
        assert_eq!(
            body("<span><div>a</span>b</div>"),
            "<span><div>ab</div></span>"
        );
        assert_eq!(
            body("<select><option>a<option>b</select>"),
            "<select><option>a</option><option>b</option></select>"
        );
    }

    #[test]
    fn head_and_body_merge() {
        let doc = parse(
            "<html lang=vi><head><title>T</title></head><meta name=x><body class=a><p>x<body id=b><title>U</title>",
            512,
        );
        let names: Vec<&str> = doc
            .nodes
            .iter()
            .filter_map(|n| match &n.kind {
                Kind::Element(e) => Some(&*e.name),
                _ => None,
            })
            .collect();
        assert_eq!(
            names,
            ["html", "head", "title", "meta", "body", "p", "title"]
        );
        let body = doc
            .nodes
            .iter()
            .find_map(|n| match &n.kind {
                Kind::Element(e) if e.name == "body" => Some(e),
                _ => None,
            })
            .unwrap();
        assert_eq!(
            body.attrs.len(),
            2,
            "attributes of a second <body> are merged"
        );
    }

    #[test]
    fn formatting_elements_reopen_and_adopt() {
        assert_eq!(body("<p><a>x</p><p>y"), "<p><a>x</a></p><p><a>y</a></p>");
        assert_eq!(
            body("<a>x<div>y</a>z</div>"),
            "<a>x</a><div><a>y</a>z</div>"
        );
        assert_eq!(body("<b>x<i>y</b>z</i>"), "<b>x<i>y</i></b><i>z</i>");
        assert_eq!(body("<a>x<a>y"), "<a>x</a><a>y</a>");
    }

    #[test]
    fn tables_imply_parts_and_foster_parent() {
        assert_eq!(
            body("<table><tr><td>a<td>b<tr><td>c</table>"),
            "<table><tbody><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></tbody></table>"
        );
        assert_eq!(
            body("<table>x<tr><td>a</td></tr><div>y</div></table>"),
            "x<div>y</div><table><tbody><tr><td>a</td></tr></tbody></table>"
        );
        assert_eq!(
            body("<table><td><table><td>a</table>b</table>"),
            "<table><tbody><tr><td><table><tbody><tr><td>a</td></tr></tbody></table>b</td></tr></tbody></table>"
        );
        // Without a doctype (quirks mode) a table stays inside an open paragraph.
        assert_eq!(body("<p>a<table></table>"), "<p>a<table></table></p>");
        assert_eq!(
            body("<!DOCTYPE html><p>a<table></table>"),
            "<p>a</p><table></table>"
        );
    }

    #[test]
    fn raw_text_and_references() {
        assert_eq!(
            body("<p>0<script>a<p>b</script><textarea>\n&lt;x</textarea><pre>\n\ny</pre>"),
            "<p>0<script>a<p>b</script><textarea><x</textarea></p><pre>\ny</pre>"
        );
        assert_eq!(body("<p>a &amp; b&nbsp;c &#7913;"), "<p>a & b\u{a0}c ứ</p>");
        assert_eq!(
            body("<svg><path/><circle/></svg>x"),
            "<svg><path></path><circle></circle></svg>x"
        );
        assert_eq!(body("<p>a<!-- c -->b</p>"), "<p>ab</p>");
    }

    #[test]
    fn svg_titles_close_inside_the_svg() {
        assert_eq!(
            body("<svg><title>i</title><path/></svg><p>x"),
            "<svg><title>i</title><path></path></svg><p>x</p>"
        );
    }

    #[test]
    fn foster_parenting_stays_linear() {
        let html = format!("<table>{}</table>", "<b>x</b>".repeat(100_000));
        let started = std::time::Instant::now();
        let doc = parse(&html, 512);
        assert!(started.elapsed().as_secs() < 5);
        assert!(doc.nodes.len() > 200_000);
    }

    #[test]
    fn deep_nesting_is_capped_and_linear() {
        let depth = 200_000;
        let html = format!(
            "{}<p>x</p>{}",
            "<div>".repeat(depth),
            "</div>".repeat(depth)
        );
        let started = std::time::Instant::now();
        let doc = parse(&html, 64);
        assert!(started.elapsed().as_secs() < 5);
        let divs = doc
            .nodes
            .iter()
            .filter(|n| matches!(&n.kind, Kind::Element(e) if e.name == "div"))
            .count();
        assert_eq!(divs, 64);
        assert!(
            doc.nodes
                .iter()
                .any(|n| matches!(&n.kind, Kind::Text(t) if t == "x"))
        );
    }
}

/// The tree compared with html5ever's (through scraper, a test-only dependency) on tag soup.
#[cfg(test)]
mod differential {
    use super::*;
    use proptest::prelude::*;

    fn ours(src: &str) -> String {
        let doc = parse(src, 512);
        let mut out = String::new();
        let mut stack: Vec<(u32, bool)> = vec![(0, false)];
        while let Some((n, closing)) = stack.pop() {
            let node = &doc.nodes[n as usize];
            if let Kind::Element(e) = &node.kind {
                if closing {
                    out.push_str(&format!("</{}>", e.name.to_ascii_lowercase()));
                    continue;
                }
                out.push_str(&format!("<{}", e.name.to_ascii_lowercase()));
                // Sorted: scraper keeps attributes sorted by name. SVG and MathML attribute
                // names compare without their case and `xlink:`/`xml:`/`xmlns:` prefix, which
                // html5ever adjusts (and the article stage never reads).
                let mut attrs: Vec<String> = e
                    .attrs
                    .iter()
                    .map(|(k, v)| {
                        let adjusted = matches!(
                            &**k,
                            "xlink:actuate"
                                | "xlink:arcrole"
                                | "xlink:href"
                                | "xlink:role"
                                | "xlink:show"
                                | "xlink:title"
                                | "xlink:type"
                                | "xml:lang"
                                | "xml:space"
                                | "xmlns:xlink"
                        );
                        let k = match k.split_once(':') {
                            Some((_, local)) if e.foreign && adjusted => local,
                            _ => k,
                        };
                        format!(" {k}={v:?}")
                    })
                    .collect();
                attrs.sort();
                out.push_str(&attrs.concat());
                out.push('>');
                stack.push((n, true));
            }
            match &node.kind {
                // Text nodes bracketed, so that a text split in two shows; comments left out
                // (they matter only through that split).
                Kind::Text(t) => out.push_str(&format!("[{t}]")),
                Kind::Comment => {}
                // Template content stays out, as in html5ever's tree (and the flat view).
                Kind::Element(e) if !e.foreign && e.name == "template" => {}
                _ => {
                    let mut kids = Vec::new();
                    let mut c = node.first_child;
                    while c != NIL {
                        kids.push(c);
                        c = doc.nodes[c as usize].next;
                    }
                    stack.extend(kids.into_iter().rev().map(|k| (k, false)));
                }
            }
        }
        out
    }

    fn theirs(src: &str) -> String {
        let html = scraper::Html::parse_document(src);
        let mut out = String::new();
        let mut stack = vec![(html.tree.root(), false)];
        while let Some((node, closing)) = stack.pop() {
            match node.value() {
                scraper::Node::Element(e) => {
                    if closing {
                        out.push_str(&format!("</{}>", e.name().to_ascii_lowercase()));
                        continue;
                    }
                    out.push_str(&format!("<{}", e.name().to_ascii_lowercase()));
                    let mut attrs: Vec<String> = e
                        .attrs()
                        .map(|(k, v)| format!(" {}={v:?}", k.to_ascii_lowercase()))
                        .collect();
                    attrs.sort();
                    out.push_str(&attrs.concat());
                    out.push('>');
                    stack.push((node, true));
                }
                scraper::Node::Text(t) => {
                    out.push_str(&format!("[{}]", &**t));
                    continue;
                }
                scraper::Node::Document => {}
                _ => continue,
            }
            let kids: Vec<_> = node.children().collect();
            stack.extend(kids.into_iter().rev().map(|k| (k, false)));
        }
        out
    }

    const PIECES: &[&str] = &[
        "<p>",
        "</p>",
        "<div>",
        "</div>",
        "<a href=x>",
        "</a>",
        "<b>",
        "</b>",
        "<i>",
        "</i>",
        "<table>",
        "</table>",
        "<tr>",
        "</tr>",
        "<td>",
        "</td>",
        "<th>",
        "<tbody>",
        "</tbody>",
        "<li>",
        "</li>",
        "<ul>",
        "</ul>",
        "<ol>",
        "<span>",
        "</span>",
        "<h1>",
        "</h1>",
        "<h2>",
        "</h2>",
        "x",
        " ",
        "&amp;",
        "<br>",
        "</br>",
        "<img src=a>",
        "<svg>",
        "</svg>",
        "<path/>",
        "<title>t</title>",
        "<script>s</script>",
        "<form>",
        "</form>",
        "<caption>",
        "</caption>",
        "<dd>",
        "<dt>",
        "<!-- c -->",
        "<em>",
        "</em>",
        "<strong>",
        "</strong>",
        "<section>",
        "</section>",
        "<pre>",
        "\n",
        "<head>",
        "<body class=b>",
        "</body>",
        "<html lang=vi>",
        "<meta name=m>",
        "<col>",
        "<colgroup>",
        "<nobr>",
        "<button>",
        "</button>",
        "<center>",
        "<font>",
        "</font>",
        "<hr>",
        "<input type=hidden>",
        "<textarea>z</textarea>",
        "<style>y</style>",
        "<link rel=r>",
        "</head>",
        "<!DOCTYPE html>",
        "<noscript>n</noscript>",
        "<iframe>f</iframe>",
        "<thead>",
        "<tfoot>",
        "</td>",
        "</th>",
        "<p class=c>",
        "<span id=s>",
        "<u>",
        "</u>",
        "<s>",
        "<small>",
        "<code>",
        "</code>",
        "<dl>",
        "</dl>",
        "<article>",
        "</article>",
        "<header>",
        "<nav>",
        "</nav>",
        "<h3>",
        "<object>",
        "</object>",
        "<desc>",
        "<foreignObject>",
        "<circle/>",
        "<g>",
        "</g>",
    ];

    #[test]
    fn tricky_pages_build_the_same_tree() {
        for src in [
            "<p><a>x</p><p>y",
            "<a>x<div>y</a>z</div>",
            "<b>x<i>y</b>z</i>",
            "<a>1<a>2<a>3",
            "<table>x<tr><td>a</td></tr><div>y</div></table>",
            "<table><td><table><td>a</table>b</table>",
            "<p>a<table><tr><td>b</table>",
            "<!DOCTYPE html><p>a<table><tr><td>b</table>",
            "<svg><title>i</title><path/></svg><p>x",
            "<b><b><b><b>x</b></b></b></b><p>y",
            "<div><b>x<p>y</b>z</p></div>",
            "<table><tr><td>a<p>b</td><td>c</table>d",
            "<ul><li>a<div><li>b</div></ul>",
            "<h1>a<h2>b</h1>c",
            "<form><form><div></form>x",
            "<title>a</title>b<meta x=y><script>q</script><body a=1><body b=2>",
            "x<html lang=vi><head><title>t</title></head>  <meta a=b> <body>y",
            // Cases the tag-soup property once found.
            "<table><nobr><col><noscript>n</noscript>",
            "</caption>",
            "<svg></p>",
            "<svg><desc></br><p>",
            "<a href=x><article><svg><desc><a href=x>",
            "</ul><!DOCTYPE html><p><table>",
            "<table><col>\nx",
            "<table><col><html lang=vi> ",
        ] {
            assert_eq!(ours(src), theirs(src), "{src}");
        }
    }

    /// Odd markup for the tokenizer: attributes, references, comments, raw text, case, NUL.
    const SYNTAX: &[&str] = &[
        "<a href=\"x\"title=y>",
        "<div class=a/b>",
        "<p<b>",
        "< p>",
        "&",
        "&amp",
        "&ampx",
        "&#",
        "&#x",
        "&#65",
        "&#x41;",
        "&notin;",
        "&notit;",
        "<a title='&copy=1'>",
        "<img alt=\"a>b\">",
        "<br/>",
        "<div/>",
        "</div foo=bar>",
        "<!--",
        "-->",
        "<!-->",
        "</>",
        "<?php x ?>",
        "<!x>",
        "</ x>",
        "\r\n",
        "\r",
        "\0",
        "<P CLASS=A>",
        "<DIV>",
        "</DIV>",
        "x",
        "<script>",
        "</script>",
        "<title>",
        "</title>",
        "<textarea>",
        "</textarea>",
        "<style>",
        "</style>",
        "<a b c=d e='f' g>",
        "<a href=x href=y>",
        "\"",
        "'",
        "=",
        ">",
        "<",
        "/",
        " ",
        "<span id=\"q\" >",
        "</span>",
        "&#128;",
        "&#0;",
        "&#xD800;",
        "&#1114112;",
        "&lt;&gt;",
        "&nbsp",
        "<p>",
        "</p>",
        "<ul><li>",
        "é",
        "ứ",
        "<!DOCTYPE html>",
        "<table>",
        "<td>",
        "<svg>",
        "<![CDATA[c]]>",
        "<b>",
        "</b>",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        #[test]
        fn odd_syntax_builds_the_same_tree(picks in proptest::collection::vec(0..SYNTAX.len(), 0..30)) {
            let src: String = picks.iter().map(|&i| SYNTAX[i]).collect();
            let src = super::super::normalize_newlines(&src);
            prop_assert_eq!(ours(&src), theirs(&src), "{:?}", src);
        }
    }

    /// Every `.html` file of the folder in `TINBAI_HTML_DIR` builds the same tree as in
    /// html5ever (run by hand: `TINBAI_HTML_DIR=… cargo test -- --ignored real_pages`).
    #[test]
    #[ignore = "needs a folder of pages in TINBAI_HTML_DIR"]
    fn real_pages_build_the_same_tree() {
        let dir = std::env::var("TINBAI_HTML_DIR").unwrap();
        let mut differ = Vec::new();
        let mut n = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "html") {
                continue;
            }
            let bytes = std::fs::read(&path).unwrap();
            let src = String::from_utf8_lossy(&bytes);
            n += 1;
            let (a, b) = (ours(&super::super::normalize_newlines(&src)), theirs(&src));
            if a != b {
                let at = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
                let from = at.saturating_sub(150);
                eprintln!(
                    "{}:\n ours   {:?}\n theirs {:?}",
                    path.display(),
                    a.get(from..(at + 150).min(a.len())).unwrap_or(""),
                    b.get(from..(at + 150).min(b.len())).unwrap_or("")
                );
                differ.push(path);
            }
        }
        assert!(differ.is_empty(), "{} of {n} pages differ", differ.len());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        #[test]
        fn tag_soup_builds_the_same_tree(picks in proptest::collection::vec(0..PIECES.len(), 0..40)) {
            let src: String = picks.iter().map(|&i| PIECES[i]).collect();
            prop_assert_eq!(ours(&src), theirs(&src), "{}", src);
        }
    }
}
