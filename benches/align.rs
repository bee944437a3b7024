//! `cargo bench --bench align`: time to align 10,000 sentences a side
//! (presplit mode, self-training on).
//!
//! The text is NTREX-128 news, French against German, from
//! `../shared/corpus/parallel/ntrex128/` (1,997 sentences, repeated five
//! times: 10,500 sentences), with about 5 % of the French sentences deleted and 5 % of the
//! German adjacent pairs merged, so the path leaves the diagonal as real
//! texts do. Without the shared corpus, a generated text of the same size
//! is used (random words from a small vocabulary, numbers shared by the
//! two sides), and the bench says so.

// Measurement script: figures are printed rounded, so the numeric casts
// between counts and ratios are intended.
#![allow(
    clippy::cast_precision_loss,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::too_many_lines
)]

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use relais::align::Aligner;

const SENTENCES: usize = 10_000;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// Parallel sentences: NTREX when present, else generated.
fn parallel() -> (Vec<String>, Vec<String>, &'static str) {
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/parallel/ntrex128");
    let fr = std::fs::read_to_string(dir.join("newstest2019-ref.fra.txt"));
    let de = std::fs::read_to_string(dir.join("newstest2019-ref.deu.txt"));
    if let (Ok(fr), Ok(de)) = (fr, de) {
        let fr: Vec<String> = fr.lines().map(str::to_string).collect();
        let de: Vec<String> = de.lines().map(str::to_string).collect();
        let fr = fr
            .iter()
            .cycle()
            .take(SENTENCES * 21 / 20)
            .cloned()
            .collect();
        let de = de
            .iter()
            .cycle()
            .take(SENTENCES * 21 / 20)
            .cloned()
            .collect();
        return (fr, de, "NTREX fr-de x5");
    }
    let mut rng = Rng(7);
    let words_fr = [
        "la", "montagne", "le", "sommet", "neige", "glacier", "et", "nous", "arête", "cabane",
    ];
    let words_de = [
        "der",
        "Berg",
        "die",
        "Gipfel",
        "Schnee",
        "Gletscher",
        "und",
        "wir",
        "Grat",
        "Hütte",
    ];
    let (mut fr, mut de) = (Vec::new(), Vec::new());
    for _ in 0..SENTENCES * 21 / 20 {
        let len = 5 + rng.below(20) as usize;
        let number = rng.below(100_000);
        let pick: Vec<usize> = (0..len).map(|_| rng.below(10) as usize).collect();
        let f: Vec<&str> = pick.iter().map(|&k| words_fr[k]).collect();
        let d: Vec<&str> = pick.iter().map(|&k| words_de[k]).collect();
        fr.push(format!("{} {number}.", f.join(" ")));
        de.push(format!("{} {number}.", d.join(" ")));
    }
    (fr, de, "generated")
}

/// Deletes about 5 % of the French sentences and merges about 5 % of the
/// adjacent German pairs.
fn damage(fr: Vec<String>, de: &[String]) -> (Vec<String>, Vec<String>) {
    let mut rng = Rng(2024);
    let fr: Vec<String> = fr.into_iter().filter(|_| rng.below(100) >= 5).collect();
    let mut merged = Vec::with_capacity(de.len());
    let mut k = 0;
    while k < de.len() {
        if k + 1 < de.len() && rng.below(100) < 5 {
            merged.push(format!("{} {}", de[k], de[k + 1]));
            k += 2;
        } else {
            merged.push(de[k].clone());
            k += 1;
        }
    }
    (fr, merged)
}

fn bench_align(c: &mut Criterion) {
    let (fr, de, origin) = parallel();
    let (fr, de) = damage(fr, &de);
    eprintln!(
        "align bench: {origin}, {} French and {} German sentences",
        fr.len(),
        de.len()
    );
    let aligner = Aligner::new("fr", "de");
    let mut group = c.benchmark_group("align");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(20));
    group.bench_function("presplit_10k_sentences_a_side", |b| {
        b.iter(|| black_box(aligner.align_sentences(black_box(&fr), black_box(&de))));
    });
    group.finish();
}

criterion_group!(benches, bench_align);
criterion_main!(benches);
