//! Recall of the fuzzy index against the brute-force scorer on a real TM.
//!
//! ```text
//! cargo run --release --example tm_recall -- TM QUERIES.jsonl [MIN_SCORE] [COUNT]
//! ```
//!
//! `QUERIES.jsonl` holds one query per line (`{"text", "source",
//! "target"}`, as `benches/make_queries.py` writes them). Every query is
//! answered twice: by the index ([`Searcher`]) and by scoring every unit of
//! the TM ([`lookup_brute_force_many`], one pass for all queries); the
//! example prints how many of the brute-force matches at or above
//! `MIN_SCORE` (default 75) the index found, whether both put the same unit
//! first, and the time each took.

use std::time::Instant;

use relais::lang::LangTag;
use relais::num::{f64_from_u64, f64_from_usize};
use relais::tm::lookup::{Query, Searcher, lookup_brute_force_many};
use relais::tm::{OpenOptions, Tm};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [tm_path, queries_path, rest @ ..] = args.as_slice() else {
        eprintln!("usage: tm_recall TM QUERIES.jsonl [MIN_SCORE] [COUNT]");
        std::process::exit(2);
    };
    let min_score: u32 = rest.first().map(|s| s.parse()).transpose()?.unwrap_or(75);
    let count: usize = rest
        .get(1)
        .map(|s| s.parse())
        .transpose()?
        .unwrap_or(usize::MAX);

    let tm = Tm::open(tm_path.as_ref(), &OpenOptions::default())?;
    let mut queries = Vec::new();
    for line in std::fs::read_to_string(queries_path)?.lines().take(count) {
        let v: serde_json::Value = serde_json::from_str(line)?;
        let lang = |key: &str| LangTag::lenient(v[key].as_str().unwrap_or_default());
        let mut q = Query::new(
            v["text"].as_str().unwrap_or_default(),
            lang("source"),
            lang("target"),
        );
        q.min_score = min_score;
        q.limit = usize::MAX;
        queries.push(q);
    }

    let started = Instant::now();
    let truths = lookup_brute_force_many(&tm, &queries)?;
    let brute = started.elapsed();

    let mut searcher = Searcher::new(&tm);
    let (mut expected, mut found, mut same_first, mut verified) = (0, 0, 0, 0);
    let started = Instant::now();
    for (q, truth) in queries.iter().zip(&truths) {
        let got = searcher.lookup(q)?;
        verified += searcher.stats().verified;
        let got: Vec<_> = got.iter().map(|m| (m.unit, m.score)).collect();
        let truth: Vec<_> = truth.iter().map(|m| (m.unit, m.score)).collect();
        expected += truth.len();
        found += truth.iter().filter(|t| got.contains(t)).count();
        if got.first() == truth.first() {
            same_first += 1;
        }
    }
    let indexed = started.elapsed();
    let n = queries.len().max(1);
    println!(
        "{} units, {} queries, min score {min_score}: index found {found} of {expected} brute-force matches \
         (recall {:.2} %), same best match in {same_first}/{}; {:.1} units verified per query",
        tm.unit_count(),
        queries.len(),
        if expected == 0 {
            100.0
        } else {
            f64_from_usize(found) * 100.0 / f64_from_usize(expected)
        },
        queries.len(),
        f64_from_u64(verified) / f64_from_usize(n),
    );
    println!(
        "time per query (all matches, no limit): brute force {:.1} ms (one pass for all queries), index {:.3} ms",
        brute.as_secs_f64() * 1000.0 / f64_from_usize(n),
        indexed.as_secs_f64() * 1000.0 / f64_from_usize(n),
    );
    Ok(())
}
