//! Tests of the HTML report: marks that nest and cross, escaping, self-containment.

use scraper::{Html, Selector};

use super::*;
use crate::facts::abbreviation::AbbreviationValue;
use crate::facts::{FactType, Value};

fn fact(text: &str, start: usize, end: usize, kind: FactType) -> Fact {
    let slice: String = text.chars().skip(start).take(end - start).collect();
    Fact {
        kind,
        text: slice.clone(),
        start,
        end,
        value: Value::Abbreviation(AbbreviationValue {
            short: slice,
            long: "<b>\"x\" & 'y'</b>".to_string(),
        }),
    }
}

/// The text of every mark of fact `i`, in document order, outer marks only.
fn mark_text(doc: &Html, i: usize) -> String {
    let sel = Selector::parse(&format!("mark[data-fact=\"{i}\"]")).unwrap();
    doc.select(&sel)
        .map(|m| m.text().collect::<String>())
        .collect()
}

fn text_of(doc: &Html) -> String {
    let sel = Selector::parse("div.text").unwrap();
    doc.select(&sel).next().unwrap().text().collect()
}

#[test]
fn nested_facts_nest_and_the_text_reads_as_written() {
    let text = "Công an huyện Lạc Dương có 24 mô hình.";
    let facts = vec![
        fact(text, 0, 23, FactType::Organization),
        fact(text, 14, 23, FactType::Location),
        fact(text, 27, 37, FactType::Count),
    ];
    let doc = Html::parse_fragment(&format!(
        "<div class=\"text\">{}</div>",
        marked_text(text, &[], &facts)
    ));
    assert_eq!(text_of(&doc), text);
    let inner = Selector::parse("mark#fact-0 > mark#fact-1[data-type=location]").unwrap();
    assert_eq!(doc.select(&inner).count(), 1);
    assert_eq!(mark_text(&doc, 0), "Công an huyện Lạc Dương");
    assert_eq!(mark_text(&doc, 1), "Lạc Dương");
    assert_eq!(mark_text(&doc, 2), "24 mô hình");
    let marks = Selector::parse("mark.fact").unwrap();
    assert_eq!(doc.select(&marks).count(), 3, "no mark is split");
}

#[test]
fn crossing_facts_are_split_and_stay_well_formed() {
    let text = "một hai ba bốn năm sáu";
    // 0..10 "một hai ba" crosses 4..14 "hai ba bốn"; 4..10 ends with the first.
    let facts = vec![
        fact(text, 0, 10, FactType::Organization),
        fact(text, 4, 14, FactType::Location),
        fact(text, 4, 10, FactType::Person),
    ];
    let html = marked_text(text, &[], &facts);
    let doc = Html::parse_fragment(&format!("<div class=\"text\">{html}</div>"));
    assert_eq!(text_of(&doc), text);
    assert_eq!(mark_text(&doc, 0), "một hai ba");
    assert_eq!(mark_text(&doc, 1), "hai ba bốn");
    assert_eq!(mark_text(&doc, 2), "hai ba");
    assert_eq!(
        html.matches("<mark").count(),
        html.matches("</mark>").count()
    );
    let cont = Selector::parse("mark.cont[data-fact=\"1\"]:not([id])").unwrap();
    assert_eq!(doc.select(&cont).count(), 1, "{html}");
    let ids = Selector::parse("#fact-1").unwrap();
    assert_eq!(doc.select(&ids).count(), 1, "one anchor per fact");
}

#[test]
fn paragraphs_are_styled_by_kind_and_hold_their_facts() {
    use crate::article::{BlockKind, Paragraph};
    let text = "Tiêu đề\n\nẢnh: 24 mô hình\n\nThân bài";
    let para = |kind, start, end| Paragraph { kind, start, end };
    let paragraphs = [
        para(BlockKind::Heading, 0, 7),
        para(BlockKind::Caption, 9, 24),
        para(BlockKind::Body, 26, 34),
    ];
    // The second fact crosses from the caption into the body: it is split, not dropped.
    let facts = vec![
        fact(text, 14, 24, FactType::Count),
        fact(text, 20, 30, FactType::Person),
    ];
    let html = marked_text(text, &paragraphs, &facts);
    let doc = Html::parse_fragment(&format!("<div class=\"text\">{html}</div>"));
    assert_eq!(text_of(&doc), text);
    let caption = Selector::parse("span.para.p-caption").unwrap();
    let caption: String = doc.select(&caption).next().unwrap().text().collect();
    assert_eq!(caption, "Ảnh: 24 mô hình");
    let inside = Selector::parse("span.p-caption > mark#fact-0[data-type=count]").unwrap();
    assert_eq!(doc.select(&inside).count(), 1, "{html}");
    let heading = Selector::parse("span.p-heading").unwrap();
    assert_eq!(
        doc.select(&heading)
            .next()
            .unwrap()
            .text()
            .collect::<String>(),
        "Tiêu đề"
    );
    assert_eq!(mark_text(&doc, 1), "hình\n\nThân");
    assert_eq!(
        html.matches("<span").count(),
        html.matches("</span>").count()
    );
    assert_eq!(
        html.matches("<mark").count(),
        html.matches("</mark>").count()
    );
}

#[test]
fn facts_outside_the_text_or_empty_are_skipped() {
    let text = "ngắn";
    let facts = vec![fact(text, 0, 2, FactType::Count), {
        let mut f = fact(text, 0, 1, FactType::Date);
        f.end = 99;
        f
    }];
    let html = marked_text(text, &[], &facts);
    assert_eq!(html.matches("<mark").count(), 1, "{html}");
    assert!(marked_text("", &[], &[]).is_empty());
}

#[test]
fn everything_is_escaped() {
    let text = "Tin <script>alert(\"x\")</script> & 'nháy'";
    let facts = vec![fact(text, 4, 12, FactType::Abbreviation)];
    let html = marked_text(text, &[], &facts);
    assert!(
        !html.contains("<script>") && html.contains("&lt;script&gt;"),
        "{html}"
    );
    assert!(html.contains("title=\"abbreviation: short: &lt;script&gt;, long: &lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;\""));
    let doc = Html::parse_fragment(&format!("<div class=\"text\">{html}</div>"));
    assert_eq!(text_of(&doc), text);
}

#[test]
fn the_report_is_self_contained() {
    let page = crate::source::RawPage::new(
        crate::source::Origin::Url("https://example.vn/a\"b".into()),
        crate::source::Format::Html,
        "<html><head><title>T</title></head><body><p>Theo Chương trình 09-CTr-BCA-MTTW nhé.</p></body></html>".as_bytes().to_vec(),
    );
    let record = crate::process(page, &crate::Options::default());
    let html = render(&record, Some("/"));
    for external in ["src=", "<link", "url(", "@import", "href=\"http"] {
        assert!(!html.contains(external), "{external} in the report");
    }
    let doc = Html::parse_document(&html);
    let row = Selector::parse("aside tr.row a[href=\"#fact-0\"]").unwrap();
    assert_eq!(doc.select(&row).count(), 1);
    let nav = Selector::parse("nav a[href=\"/\"]").unwrap();
    assert_eq!(doc.select(&nav).count(), 1);
    assert!(html.contains("https://example.vn/a&quot;b"));
}
