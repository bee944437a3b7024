//! `cargo bench --bench tm_lookup`: lookup and scoring on a synthetic TM
//! of 20,000 units (deterministic, Zipf-like vocabulary, several chunks),
//! small enough for a 2-core CI machine. The figures on the real corpus
//! (100 k to 1.86 M units) come from `benches/tm_figures.sh`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use relais::lang::LangTag;
use relais::model::{Unit, Variant};
use relais::num::{f64_from_usize, floor_u32};
use relais::tm::lookup::{Query, Searcher};
use relais::tm::scoring::{Prepared, score};
use relais::tm::{OpenOptions, Tm};

const UNITS: usize = 20_000;

struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize
    }
}

fn vocabulary(rng: &mut Lcg) -> Vec<String> {
    const SYLLABLES: [&str; 16] = [
        "ra", "po", "li", "té", "ma", "vo", "ché", "nu", "der", "ka", "si", "lo", "fu", "ré", "an",
        "to",
    ];
    (0..5_000)
        .map(|_| {
            (0..1 + rng.next() % 3)
                .map(|_| SYLLABLES[rng.next() % 16])
                .collect()
        })
        .collect()
}

fn sentence(rng: &mut Lcg, words: &[String]) -> String {
    let len = 5 + rng.next() % 12;
    let picked: Vec<&str> = (0..len)
        .map(|_| {
            let u = f64_from_usize(rng.next() % 10_000) / 10_000.0;
            let i = floor_u32(u * u * u * f64_from_usize(words.len()));
            words[usize::try_from(i).unwrap_or(0)].as_str()
        })
        .collect();
    format!("{}.", picked.join(" "))
}

fn lookup(c: &mut Criterion) {
    let mut rng = Lcg(42);
    let words = vocabulary(&mut rng);
    let sentences: Vec<String> = (0..UNITS).map(|_| sentence(&mut rng, &words)).collect();
    let dir = tempfile::tempdir().unwrap();
    let mut tm = Tm::open(&dir.path().join("tm"), &OpenOptions::default()).unwrap();
    let mut import = tm.begin_import("bench", "tsv", None).unwrap();
    import.set_chunk_units(8_192);
    for (i, s) in sentences.iter().enumerate() {
        import
            .add(Unit {
                variants: vec![
                    Variant::new("fr", s.as_str()),
                    Variant::new("en", format!("t{i}")),
                ],
                ..Default::default()
            })
            .unwrap();
    }
    import.commit().unwrap();

    let (fr, en) = (LangTag::parse("fr").unwrap(), LangTag::parse("en").unwrap());
    // One word replaced in 200 sentences of the TM.
    let fuzzy: Vec<Query> = (0..200)
        .map(|i| {
            let s = &sentences[(i * 97) % UNITS];
            let mut parts: Vec<&str> = s.split(' ').collect();
            let at = i % parts.len().saturating_sub(1).max(1);
            parts[at] = "remplacé";
            Query::new(&parts.join(" "), fr.clone(), en.clone())
        })
        .collect();
    let exact: Vec<Query> = (0..200)
        .map(|i| Query::new(&sentences[(i * 89) % UNITS], fr.clone(), en.clone()))
        .collect();
    let unseen: Vec<Query> = (0..200)
        .map(|_| Query::new(&sentence(&mut rng, &words), fr.clone(), en.clone()))
        .collect();

    let mut group = c.benchmark_group("lookup 20k units");
    for (name, queries) in [
        ("one word changed", &fuzzy),
        ("exact", &exact),
        ("new sentence", &unseen),
    ] {
        let mut searcher = Searcher::new(&tm);
        let mut i = 0;
        group.bench_function(name, |b| {
            b.iter(|| {
                i = (i + 1) % queries.len();
                black_box(searcher.lookup(&queries[i]).unwrap().len())
            });
        });
    }
    group.finish();

    let a = Prepared::plain(
        "La Fondation publie aujourd'hui un rapport préoccupant sur les images générées par IA.",
    );
    let b = Prepared::plain(
        "La Fondation a publié hier un rapport alarmant sur les images produites par IA.",
    );
    c.bench_function("score one pair", |bench| {
        bench.iter(|| black_box(score(&a, &b, false)));
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30).warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(2));
    targets = lookup
}
criterion_main!(benches);
