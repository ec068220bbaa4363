//! Properties of issue 5 over generated inputs: normalization is idempotent (and its key keeps
//! the text's characters), every fact's offsets slice out its text in the record, and the
//! record is valid JSON on one line whatever the input bytes.

use proptest::prelude::*;
use tinbai::normalize::{self, Normalized};
use tinbai::output::{self, Record};
use tinbai::source::{Format, Origin, RawPage};

/// Text that looks like Vietnamese news: letters with tone marks (composed and decomposed),
/// digits and the separators numbers use, unit words, spaces of every kind, invisible marks.
fn newsy_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[a-zA-Z0-9 àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĐ]{1,12}",
        "[0-9]{1,4}[/.,%-][0-9]{1,4}",
        Just("ngày 24/5/2023".to_string()),
        Just(" triệu đồng".to_string()),
        Just("Nghị định số 100/2019/NĐ-CP".to_string()),
        Just("UBND tỉnh Lâm Đồng".to_string()),
        Just("hoà".to_string()),
        Just("Uỷ ban".to_string()),
        Just("o\u{0300}a".to_string()),
        "[ \u{00a0}\u{200b}\u{00ad}\u{034f}\n\t\u{2028}\u{201c}\u{201d}\u{2013}]{1,3}",
    ];
    proptest::collection::vec(piece, 0..60).prop_map(|pieces| pieces.concat())
}

fn record_of(format: Format, bytes: Vec<u8>) -> Record {
    let opts = tinbai::Options {
        reference_date: Some(jiff::civil::date(2023, 5, 24)),
        ..tinbai::Options::default()
    };
    tinbai::process(RawPage::new(Origin::Stdin, format, bytes), &opts)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn normalization_is_idempotent(text in newsy_text()) {
        let once = normalize::clean(&text);
        prop_assert_eq!(normalize::clean(&once), once.clone());
        let n = Normalized::new(&once);
        prop_assert_eq!(n.text(), once.as_str());
        prop_assert_eq!(n.key().chars().count(), once.chars().count());
    }

    #[test]
    fn normalization_is_idempotent_on_any_string(text in any::<String>()) {
        let once = normalize::clean(&text);
        prop_assert_eq!(normalize::clean(&once), once);
    }

    #[test]
    fn every_facts_offsets_slice_out_its_text(text in newsy_text()) {
        let record = record_of(Format::Text, format!("Tin tổng hợp\n\n{text}").into_bytes());
        let article = record.article().expect("plain text gives an article");
        let chars: Vec<char> = article.text.chars().collect();
        for fact in record.facts() {
            prop_assert!(fact.start < fact.end && fact.end <= chars.len(), "{:?}", fact);
            let slice: String = chars[fact.start..fact.end].iter().collect();
            prop_assert_eq!(slice, fact.text.clone());
        }
    }

    #[test]
    fn the_record_is_one_line_of_valid_json_for_any_bytes(
        bytes in proptest::collection::vec(any::<u8>(), 0..1024),
        html in newsy_text(),
    ) {
        let page = format!("<html><title>{html}</title><body><p>{html}</p><p>{html}</p></body></html>");
        for (format, input) in [
            (Format::Html, bytes.clone()),
            (Format::Text, bytes),
            (Format::Html, page.into_bytes()),
        ] {
            let record = record_of(format, input);
            let mut line = Vec::new();
            output::write(&mut line, &record, output::Format::Jsonl).unwrap();
            prop_assert_eq!(line.iter().filter(|&&b| b == b'\n').count(), 1);
            let value: serde_json::Value = serde_json::from_slice(&line).unwrap();
            prop_assert_eq!(&value["schema_version"], 1);
            prop_assert!(value.get("article").is_some() != value.get("error").is_some());
        }
    }
}
