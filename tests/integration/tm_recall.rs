//! Recall of the fuzzy index against the brute-force scorer on real
//! sentences: the first units of the Tatoeba TMX of the shared corpus
//! (CC-BY 2.0 FR, read in place, never copied). Skipped with a notice when
//! the corpus is absent. The synthetic-TM test in `src/tm/lookup.rs` runs
//! everywhere; `benches/tm_figures.sh` measures recall on a bigger sample.

use relais::formats::tmx::TmxReader;
use relais::lang::LangTag;
use relais::model::Unit;
use relais::tm::lookup::{Query, Searcher, lookup_brute_force_many};
use relais::tm::{OpenOptions, Tm};

use crate::common::corpus;

const UNITS: usize = 4_000;
const HELD_OUT: usize = 40;

fn english(unit: &Unit) -> Option<String> {
    unit.variants
        .iter()
        .find(|v| v.lang == "eng")
        .map(|v| v.seg.display_text())
}

#[test]
fn index_finds_what_brute_force_finds_on_tatoeba() {
    let Some(corpus) = corpus("index_finds_what_brute_force_finds_on_tatoeba") else {
        return;
    };
    let file = corpus.join("big/tatoeba-test-v2021-08-07_eng-centric_581k.tmx.gz");
    if !file.exists() {
        eprintln!("notice: recall test skipped: {} is absent", file.display());
        return;
    }
    let mut reader = TmxReader::open(&file).unwrap();
    let mut units = Vec::new();
    while units.len() < UNITS + HELD_OUT {
        units.push(
            reader
                .next_unit()
                .unwrap()
                .expect("the file has enough units"),
        );
    }
    let held_out = units.split_off(UNITS);

    let dir = tempfile::tempdir().unwrap();
    let mut tm = Tm::open(&dir.path().join("tm"), &OpenOptions::default()).unwrap();
    let mut import = tm.begin_import("tatoeba", "tmx", None).unwrap();
    // Several chunks, as a big TM has.
    import.set_chunk_units(1_500);
    for unit in &units {
        import.add(unit.clone()).unwrap();
    }
    import.commit().unwrap();

    // Queries: sentences of the TM with one word dropped or two swapped,
    // and sentences the TM does not have.
    let mut texts: Vec<String> = Vec::new();
    for (i, unit) in units.iter().enumerate().step_by(UNITS / 80) {
        let Some(text) = english(unit) else { continue };
        let mut words: Vec<&str> = text.split(' ').collect();
        if words.len() < 3 {
            continue;
        }
        if i % 2 == 0 {
            words.remove(words.len() / 2);
        } else {
            words.swap(0, 1);
        }
        texts.push(words.join(" "));
    }
    texts.extend(held_out.iter().filter_map(english));
    let eng = LangTag::parse("eng").unwrap();
    let queries: Vec<Query> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            // The sample's target languages (Afrikaans, then Arabic).
            let target = LangTag::lenient(["afr", "ara"][i % 2]);
            let mut q = Query::new(t, eng.clone(), target);
            q.min_score = 50;
            q.limit = usize::MAX;
            q
        })
        .collect();
    let truths = lookup_brute_force_many(&tm, &queries).unwrap();
    let mut searcher = Searcher::new(&tm);
    let (mut expected, mut found) = (0, 0);
    for (q, truth) in queries.iter().zip(&truths) {
        for min_score in [50, 75] {
            let mut q = q.clone();
            q.min_score = min_score;
            let truth: Vec<_> = truth
                .iter()
                .filter(|m| m.score >= min_score)
                .map(|m| (m.unit, m.score))
                .collect();
            let got: Vec<_> = searcher
                .lookup(&q)
                .unwrap()
                .iter()
                .map(|m| (m.unit, m.score))
                .collect();
            expected += truth.len();
            found += truth.iter().filter(|t| got.contains(t)).count();
            assert!(
                got.iter().all(|g| truth.contains(g)),
                "a match brute force does not have"
            );
        }
    }
    eprintln!("tatoeba recall: {found}/{expected} matches at or above the threshold");
    assert!(
        expected >= 80,
        "too few matches to measure recall ({expected})"
    );
    assert!(
        found * 100 >= expected * 99,
        "recall {found}/{expected} is below 99 %"
    );
}
