//! `cargo bench --bench tmx_parse`: TMX parsing throughput (streaming
//! reader, units with props, notes and inline codes), and the same file
//! imported into a fresh TM with and without the index.

use std::fmt::Write as _;
use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use indicatif::ProgressBar;
use relais::formats::tmx::TmxReader;
use relais::tm::exchange::{ImportOptions, import_file};
use relais::tm::{OpenOptions, Tm};

const UNITS: usize = 2_000;

/// A deterministic TMX document of `UNITS` bilingual units.
fn document() -> String {
    const WORDS: [&str; 12] = [
        "rapport",
        "enfants",
        "protection",
        "images",
        "générées",
        "fondation",
        "données",
        "plateformes",
        "signalements",
        "modèles",
        "contenus",
        "victimes",
    ];
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n<header creationtool=\"bench\" creationtoolversion=\"1\" \
         segtype=\"sentence\" o-tmf=\"none\" adminlang=\"en\" srclang=\"fr\" datatype=\"plaintext\"/>\n<body>\n",
    );
    for i in 0..UNITS {
        let words: Vec<&str> = (0..8)
            .map(|k| WORDS[(i * 7 + k * 5 + i / 13) % WORDS.len()])
            .collect();
        let text = words.join(" ");
        let _ = writeln!(
            out,
            "<tu tuid=\"{i}\" creationdate=\"20240101T120000Z\"><prop type=\"x-origin\">bench</prop>\
             <tuv xml:lang=\"fr\"><seg>En {i}, {text} &amp; <bpt i=\"1\">&lt;b&gt;</bpt>suite<ept i=\"1\">&lt;/b&gt;</ept>.</seg></tuv>\
             <tuv xml:lang=\"en\"><note>n</note><seg>In {i}, {text} <ph>{{ $n }}</ph>.</seg></tuv></tu>"
        );
    }
    out.push_str("</body>\n</tmx>\n");
    out
}

fn parse(c: &mut Criterion) {
    let text = document();
    let mut group = c.benchmark_group("tmx");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("parse 2000 units", |b| {
        b.iter(|| {
            let mut reader = TmxReader::from_text(&text, "bench.tmx".as_ref()).unwrap();
            let mut n = 0;
            while let Some(unit) = reader.next_unit().unwrap() {
                n += unit.variants.len();
            }
            black_box(n)
        });
    });
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bench.tmx");
    std::fs::write(&file, &text).unwrap();
    for (name, no_index) in [
        ("import, store only", true),
        ("import, store + index", false),
    ] {
        group.bench_function(name, |b| {
            b.iter(|| {
                let tm_dir = tempfile::tempdir().unwrap();
                let mut tm = Tm::open(&tm_dir.path().join("tm"), &OpenOptions::default()).unwrap();
                let options = ImportOptions {
                    no_index,
                    ..Default::default()
                };
                black_box(
                    import_file(&mut tm, &file, &options, &ProgressBar::hidden())
                        .unwrap()
                        .added,
                )
            });
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(3));
    targets = parse
}
criterion_main!(benches);
