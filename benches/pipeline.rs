//! Cost of each pipeline stage on the project's page fixtures, and of HTML parsing alone (the
//! floor: no extractor that builds a DOM can be faster than its parser).
//!
//! `cargo bench --bench pipeline`; the README records the split. Each stage is measured on the
//! previous stage's output, computed once outside the timing loop.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use tinbai::source::{Format, Origin, RawPage};

/// Every `source.html` under `fixtures/pages/`, read once.
fn fixtures() -> Vec<(String, Vec<u8>)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/pages");
    let mut pages: Vec<_> = std::fs::read_dir(&root)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let bytes = std::fs::read(e.path().join("source.html")).ok()?;
            Some((e.file_name().to_string_lossy().into_owned(), bytes))
        })
        .collect();
    pages.sort();
    pages
}

fn stages(c: &mut Criterion) {
    let pages = fixtures();
    let bytes: u64 = pages.iter().map(|(_, b)| b.len() as u64).sum();
    let limits = tinbai::Limits::default();
    let ctx = tinbai::facts::Context::at("2023-05-24T18:20:00".parse().unwrap_or_default());
    let texts: Vec<String> = pages
        .iter()
        .filter_map(|(_, b)| tinbai::decode::decode(b, None).ok())
        .map(|d| d.text)
        .collect();
    let articles: Vec<String> = texts
        .iter()
        .map(|t| tinbai::article::assemble(tinbai::article::extract(t, None, &limits)).text)
        .collect();
    let normalized: Vec<_> = articles
        .iter()
        .map(|a| tinbai::normalize::Normalized::new(a))
        .collect();

    let mut group = c.benchmark_group("stage");
    group.throughput(Throughput::Bytes(bytes));
    group.bench_function("decode", |b| {
        b.iter(|| {
            pages
                .iter()
                .filter(|(_, p)| tinbai::decode::decode(black_box(p), None).is_ok())
                .count()
        })
    });
    group.bench_function("html_parse_only", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| tinbai::article::parse_html_nodes(black_box(t)))
                .sum::<usize>()
        })
    });
    group.bench_function("article", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| {
                    tinbai::article::assemble(tinbai::article::extract(black_box(t), None, &limits))
                        .text
                        .len()
                })
                .sum::<usize>()
        })
    });
    group.bench_function("normalize", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| tinbai::normalize::Normalized::new(black_box(a)).key().len())
                .sum::<usize>()
        })
    });
    group.bench_function("facts", |b| {
        b.iter(|| {
            normalized
                .iter()
                .map(|n| tinbai::facts::extract(black_box(n), &ctx).len())
                .sum::<usize>()
        })
    });
    group.bench_function("process_whole_page", |b| {
        b.iter(|| {
            pages
                .iter()
                .map(|(_, p)| {
                    let page = RawPage::new(Origin::Stdin, Format::Html, p.clone());
                    tinbai::process(page, &tinbai::Options::default())
                        .facts()
                        .len()
                })
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(3));
    targets = stages
}
criterion_main!(benches);
