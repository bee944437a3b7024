//! Scores the aligner against the Text+Berg German–French gold (Bleualign's
//! evaluation set, as staged in `../shared/corpus/parallel/`).
//!
//! ```text
//! cargo run --release --example align_eval -- [DIR] [--files dev,test0,…] [--set NAME=VALUE]… [--errors] [--calibration] [--ntrex]
//! ```
//!
//! For each file it aligns `FILE.de` with `FILE.fr` in presplit mode (one
//! sentence per line, as given), compares with the gold ladder
//! `FILE.defr`, and prints strict and lax precision, recall and F1
//! ([`relais::align::eval`] has the definitions); then the totals of
//! test0–6 and of dev. The data are GPL-2.0: they are read where they are,
//! never copied.
//!
//! `--set` changes a scoring parameter for experiments (`length_weight`,
//! `lexical_weight`, `length_variance`, `cognate_chars`,
//! `identical_min_chars`, `likelihood_alpha`, `max_token_gain`, `chance_prior_sentences`,
//! `unmatched_length_cost`, `temperature`,
//! `train_min_score`, `min_dice`, `min_count`, `self_train` (0/1), or a
//! shape prior such as `1-2=2.5`). `--errors` lists the beads that differ
//! from the gold; `--calibration` tabulates the share of right beads per
//! score band. `--lexicon-from FILE` trains a lexicon on the gold beads of
//! FILE (e.g. `dev`), as a translation memory of the language pair would
//! give one, and aligns the other files with it. `--ntrex` also aligns NTREX-128 French with German after
//! deleting about 5 % of the French sentences and merging about 5 % of the
//! German adjacent pairs (seed 2024, as the integration test does).

// Measurement script: figures are printed rounded, so the numeric casts
// between counts and ratios are intended.
#![allow(
    clippy::cast_precision_loss,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::too_many_lines
)]

use std::path::PathBuf;
use std::time::Instant;

use relais::align::eval::{Counts, IndexBead, compare, parse_ladder, synthetic_set};
use relais::align::{AlignOptions, Aligner, Bead, Lexicon, TrainOptions};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut dir = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/corpus/parallel/bleualign-textberg"
    ));
    let mut files: Vec<String> = [
        "test0", "test1", "test2", "test3", "test4", "test5", "test6", "dev",
    ]
    .iter()
    .map(std::string::ToString::to_string)
    .collect();
    let mut options = AlignOptions::default();
    let mut show_errors = false;
    let mut calibration = false;
    let mut ntrex = false;
    let mut lexicon_from: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--files" => {
                files = args
                    .next()
                    .ok_or("--files needs a list")?
                    .split(',')
                    .map(str::to_string)
                    .collect();
            }
            "--set" => set(&mut options, &args.next().ok_or("--set needs NAME=VALUE")?)?,
            "--errors" => show_errors = true,
            "--calibration" => calibration = true,
            "--ntrex" => ntrex = true,
            "--lexicon-from" => {
                lexicon_from = Some(args.next().ok_or("--lexicon-from needs a file name")?);
            }
            other if !other.starts_with("--") => dir = PathBuf::from(other),
            other => return Err(format!("unknown option {other}").into()),
        }
    }
    if !dir.join("dev.defr").exists() {
        eprintln!(
            "align_eval: {} not found (the Text+Berg gold lives in ../shared/corpus); nothing to do",
            dir.display()
        );
        return Ok(());
    }
    let mut aligner = Aligner::new("de", "fr").with_options(options.clone());
    if let Some(name) = &lexicon_from {
        let lexicon = lexicon_from_gold(&dir, name)?;
        println!(
            "lexicon from {name} gold: {} word pairs",
            lexicon.pair_count()
        );
        aligner = aligner.with_lexicon(lexicon);
        files.retain(|f| f != name);
    }
    println!(
        "{:<8} {:>5} {:>5} {:>5} | {:>6} {:>6} {:>6} | {:>6} {:>6} {:>6} | {:>7}",
        "file", "de", "fr", "gold", "P", "R", "F1", "lax P", "lax R", "lax F1", "ms"
    );
    let mut test_total = Counts::default();
    let mut bands = [(0usize, 0usize); 10];
    for name in &files {
        let read = |ext: &str| std::fs::read_to_string(dir.join(format!("{name}.{ext}")));
        let de_text = read("de")?;
        let fr_text = read("fr")?;
        let de: Vec<&str> = de_text.lines().collect();
        let fr: Vec<&str> = fr_text.lines().collect();
        let gold_path = dir.join(format!("{name}.defr"));
        let gold = parse_ladder(&std::fs::read_to_string(&gold_path)?, Some(&gold_path))?;
        let start = Instant::now();
        let beads = aligner.align_sentences(&de, &fr);
        let elapsed = start.elapsed();
        let test: Vec<IndexBead> = beads
            .iter()
            .map(|b| (b.source.clone(), b.target.clone()))
            .collect();
        let counts = compare(&gold, &test);
        print_row(
            name,
            de.len(),
            fr.len(),
            &counts,
            elapsed.as_secs_f64() * 1000.0,
        );
        if name.starts_with("test") {
            test_total.add(&counts);
        }
        if show_errors {
            print_errors(&gold, &beads, &de, &fr);
        }
        if calibration {
            let gold_set: std::collections::HashSet<&IndexBead> = gold.iter().collect();
            for b in beads.iter().filter(|b| b.is_pair()) {
                let band = ((b.score * 10.0) as usize).min(9);
                bands[band].0 += 1;
                if gold_set.contains(&(b.source.clone(), b.target.clone())) {
                    bands[band].1 += 1;
                }
            }
        }
    }
    if test_total.test > 0 {
        print_row("test0-6", 0, 0, &test_total, 0.0);
    }
    if ntrex {
        let ntrex_dir = dir.join("../ntrex128");
        let fr = std::fs::read_to_string(ntrex_dir.join("newstest2019-ref.fra.txt"))?;
        let de = std::fs::read_to_string(ntrex_dir.join("newstest2019-ref.deu.txt"))?;
        let fr: Vec<&str> = fr.lines().collect();
        let de: Vec<&str> = de.lines().collect();
        let set = synthetic_set(&fr, &de, 0.05, 0.05, 2024);
        let start = Instant::now();
        let beads = Aligner::new("fr", "de")
            .with_options(options)
            .align_sentences(&set.source, &set.target);
        let elapsed = start.elapsed();
        let test: Vec<IndexBead> = beads
            .iter()
            .map(|b| (b.source.clone(), b.target.clone()))
            .collect();
        let counts = compare(&set.gold, &test);
        print_row(
            "ntrex",
            set.source.len(),
            set.target.len(),
            &counts,
            elapsed.as_secs_f64() * 1000.0,
        );
        if show_errors {
            let source: Vec<&str> = set.source.iter().map(String::as_str).collect();
            let target: Vec<&str> = set.target.iter().map(String::as_str).collect();
            print_errors(&set.gold, &beads, &source, &target);
        }
    }
    if calibration {
        println!("\nscore band   beads  right  share");
        for (k, (n, right)) in bands.iter().enumerate() {
            if *n > 0 {
                println!(
                    "{:.1}–{:.1}   {:>6} {:>6}  {:.3}",
                    k as f32 / 10.0,
                    (k + 1) as f32 / 10.0,
                    n,
                    right,
                    *right as f64 / *n as f64
                );
            }
        }
    }
    Ok(())
}

/// A lexicon trained on the gold beads of one file (the sentences of each
/// bead joined), as relais would train one on its translation memory.
fn lexicon_from_gold(
    dir: &std::path::Path,
    name: &str,
) -> Result<Lexicon, Box<dyn std::error::Error>> {
    let read = |ext: &str| std::fs::read_to_string(dir.join(format!("{name}.{ext}")));
    let (de, fr) = (read("de")?, read("fr")?);
    let de: Vec<&str> = de.lines().collect();
    let fr: Vec<&str> = fr.lines().collect();
    let gold_path = dir.join(format!("{name}.defr"));
    let gold = parse_ladder(&std::fs::read_to_string(&gold_path)?, Some(&gold_path))?;
    let join =
        |idx: &[usize], side: &[&str]| idx.iter().map(|&i| side[i]).collect::<Vec<_>>().join(" ");
    let pairs: Vec<(String, String)> = gold
        .iter()
        .filter(|(s, t)| !s.is_empty() && !t.is_empty())
        .map(|(s, t)| (join(s, &de), join(t, &fr)))
        .collect();
    Ok(Lexicon::train(
        pairs.iter().map(|(s, t)| (s.as_str(), t.as_str())),
        &TrainOptions::default(),
    ))
}

fn print_row(name: &str, de: usize, fr: usize, c: &Counts, ms: f64) {
    let s = c.strict();
    let l = c.lax();
    println!(
        "{:<8} {:>5} {:>5} {:>5} | {:>6.3} {:>6.3} {:>6.3} | {:>6.3} {:>6.3} {:>6.3} | {:>7.1}",
        name, de, fr, c.gold, s.precision, s.recall, s.f1, l.precision, l.recall, l.f1, ms
    );
}

fn print_errors(gold: &[IndexBead], beads: &[Bead], de: &[&str], fr: &[&str]) {
    let gold_set: std::collections::HashSet<&IndexBead> = gold.iter().collect();
    for b in beads {
        let key = (b.source.clone(), b.target.clone());
        if !gold_set.contains(&key) && b.is_pair() {
            let text = |idx: &[usize], side: &[&str]| {
                idx.iter()
                    .map(|&i| side[i].chars().take(70).collect::<String>())
                    .collect::<Vec<_>>()
                    .join(" ‖ ")
            };
            println!(
                "  ✗ {:?}:{:?} {:.2}\n      de: {}\n      fr: {}",
                b.source,
                b.target,
                b.score,
                text(&b.source, de),
                text(&b.target, fr)
            );
        }
    }
    for g in gold {
        if !beads.iter().any(|b| b.source == g.0 && b.target == g.1)
            && !g.0.is_empty()
            && !g.1.is_empty()
        {
            println!("  missed gold {:?}:{:?}", g.0, g.1);
        }
    }
}

fn set(options: &mut AlignOptions, assignment: &str) -> Result<(), Box<dyn std::error::Error>> {
    let (name, value) = assignment.split_once('=').ok_or("--set needs NAME=VALUE")?;
    let v: f32 = value.parse()?;
    let p = &mut options.sentence_params;
    match name {
        "length_weight" => p.length_weight = v,
        "lexical_weight" => p.lexical_weight = v,
        "length_variance" => p.length_variance = v,
        "cognate_chars" => p.cognate_chars = v as usize,
        "identical_min_chars" => p.identical_min_chars = v as usize,
        "unmatched_length_cost" => p.unmatched_length_cost = v,
        "likelihood_alpha" => p.likelihood_alpha = v,
        "max_token_gain" => p.max_token_gain = v,
        "chance_prior_sentences" => p.chance_prior_sentences = v,
        "temperature" => options.temperature = v,
        "train_min_score" => options.train_min_score = v,
        "min_dice" => options.train.min_dice = v,
        "min_count" => options.train.min_count = v as u32,
        "max_translations" => options.train.max_translations = v as usize,
        "self_train" => options.self_train = v != 0.0,
        shape => {
            let (a, b) = shape
                .split_once('-')
                .ok_or(format!("unknown parameter {shape}"))?;
            let key = (a.parse::<u8>()?, b.parse::<u8>()?);
            p.shapes.retain(|(s, _)| *s != key);
            if v.is_finite() {
                p.shapes.push((key, v));
            }
        }
    }
    Ok(())
}
