//! The JSON Schema: the checked-in file equals what `tinbai schema` prints, and records
//! validate against it.

use crate::{fixture, records, root, tinbai};

#[test]
fn checked_in_schema_equals_the_printed_one() {
    let printed = tinbai(&["schema"]);
    assert_eq!(printed.status.code(), Some(0));
    let file = std::fs::read_to_string(root().join("schema/record.schema.json")).unwrap();
    assert_eq!(
        String::from_utf8_lossy(&printed.stdout),
        file,
        "schema/record.schema.json is stale: run `cargo run -- schema > schema/record.schema.json`"
    );
}

#[test]
fn records_and_error_records_validate() {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("schema/record.schema.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let seed = fixture("pages/baolamdong-lac-duong/source.html");
    let out = tinbai(&[
        "extract",
        "--format",
        "jsonl",
        seed.to_str().unwrap(),
        "missing.html",
    ]);
    let recs = records(&out);
    assert_eq!(recs.len(), 2);
    for rec in &recs {
        let errors: Vec<String> = validator.iter_errors(rec).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{errors:?}");
    }
    let mut broken = recs[0].clone();
    broken["schema_version"] = serde_json::json!("one");
    assert!(
        !validator.is_valid(&broken),
        "the schema must reject a wrong type"
    );
}
