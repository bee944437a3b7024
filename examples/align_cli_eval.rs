//! Scores `relais align --presplit --json`, the command itself, against
//! the Text+Berg German–French gold, file by file, strict and lax.
//!
//! ```text
//! cargo build --release && cargo run --release --example align_cli_eval -- [--tm-from dev] [--bin PATH] [DIR]
//! ```
//!
//! Each file `FILE.de` is aligned with `FILE.fr` by the binary (default
//! `target/release/relais`), run in an empty directory so that no project
//! glossary or TM is found; the JSON lines are compared with the gold
//! ladder `FILE.defr` ([`relais::align::eval`]). Totals add the counts of
//! test0–6.
//!
//! `--tm-from dev` first imports the gold beads of `dev` as sentence pairs
//! into a fresh TM (`relais tm import … --columns source,target`) and gives
//! it to every run with `--tm`, so the command takes its lexicon from a
//! translation memory of the language pair, as in a project (the `dev`
//! row is then not a fair measure). The data are read where they are,
//! never copied into the repository.

// Measurement script: figures are printed rounded.
#![allow(clippy::cast_precision_loss)]

use std::path::{Path, PathBuf};
use std::process::Command;

use relais::align::eval::{Counts, IndexBead, compare, parse_ladder};

type Error = Box<dyn std::error::Error>;

fn main() -> Result<(), Error> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut dir = root.join("../shared/corpus/parallel/bleualign-textberg");
    let mut bin = root.join("target/release/relais");
    let mut tm_from: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--tm-from" => tm_from = Some(args.next().ok_or("--tm-from needs a file name")?),
            "--bin" => bin = PathBuf::from(args.next().ok_or("--bin needs a path")?),
            _ => dir = PathBuf::from(arg),
        }
    }
    let work = tempfile::tempdir()?;
    let mut global: Vec<String> = Vec::new();
    if let Some(name) = &tm_from {
        let tsv = work.path().join(format!("{name}.tsv"));
        std::fs::write(&tsv, gold_pairs(&dir, name)?)?;
        let tm = work.path().join("tm");
        global = vec!["--tm".into(), tm.display().to_string()];
        let out = Command::new(&bin)
            .current_dir(work.path())
            .args(&global)
            .args(["tm", "import"])
            .arg(&tsv)
            .args([
                "--columns",
                "source,target",
                "--source",
                "de",
                "--target",
                "fr",
            ])
            .output()?;
        if !out.status.success() {
            return Err(String::from_utf8_lossy(&out.stderr).into_owned().into());
        }
        println!("TM: the gold pairs of {name}");
    }
    println!("file    strict P    R     F1 |  lax P    R     F1");
    let mut total = Counts::default();
    for name in [
        "test0", "test1", "test2", "test3", "test4", "test5", "test6", "dev",
    ] {
        let out = Command::new(&bin)
            .current_dir(work.path())
            .args(&global)
            .arg("align")
            .arg(dir.join(format!("{name}.de")))
            .arg(dir.join(format!("{name}.fr")))
            .args(["--source", "de", "--target", "fr", "--presplit", "--json"])
            .output()?;
        if !out.status.success() {
            return Err(String::from_utf8_lossy(&out.stderr).into_owned().into());
        }
        let test = beads(&String::from_utf8(out.stdout)?)?;
        let gold_path = dir.join(format!("{name}.defr"));
        let gold = parse_ladder(&std::fs::read_to_string(&gold_path)?, Some(&gold_path))?;
        let counts = compare(&gold, &test);
        if name == "dev" {
            print_row("test0–6", &total);
        } else {
            total.add(&counts);
        }
        print_row(name, &counts);
    }
    Ok(())
}

fn print_row(name: &str, counts: &Counts) {
    let (s, l) = (counts.strict(), counts.lax());
    println!(
        "{name:<8} {:.3} {:.3} {:.3} | {:.3} {:.3} {:.3}",
        s.precision, s.recall, s.f1, l.precision, l.recall, l.f1
    );
}

/// The beads of `--json` output as index lists.
fn beads(json_lines: &str) -> Result<Vec<IndexBead>, Error> {
    let mut beads = Vec::new();
    for line in json_lines.lines().filter(|l| !l.trim().is_empty()) {
        let value: serde_json::Value = serde_json::from_str(line)?;
        let list = |key: &str| -> Result<Vec<usize>, Error> {
            value[key]
                .as_array()
                .ok_or("no index list")?
                .iter()
                .map(|i| {
                    i.as_u64()
                        .and_then(|i| usize::try_from(i).ok())
                        .ok_or_else(|| "bad index".into())
                })
                .collect()
        };
        beads.push((list("source")?, list("target")?));
    }
    Ok(beads)
}

/// The 1-1 and n-m gold beads of a file as `source<TAB>target` lines.
fn gold_pairs(dir: &Path, name: &str) -> Result<String, Error> {
    let read = |ext: &str| std::fs::read_to_string(dir.join(format!("{name}.{ext}")));
    let (de, fr) = (read("de")?, read("fr")?);
    let de: Vec<&str> = de.lines().collect();
    let fr: Vec<&str> = fr.lines().collect();
    let gold_path = dir.join(format!("{name}.defr"));
    let gold = parse_ladder(&read("defr")?, Some(&gold_path))?;
    let join = |lines: &[&str], idx: &[usize]| {
        idx.iter()
            .map(|&i| lines[i].trim().replace('\t', " "))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut out = String::new();
    for (s, t) in gold.iter().filter(|(s, t)| !s.is_empty() && !t.is_empty()) {
        out.push_str(&join(&de, s));
        out.push('\t');
        out.push_str(&join(&fr, t));
        out.push('\n');
    }
    Ok(out)
}
