//! Measures sentence segmentation on NTREX-128 (news, one sentence per
//! line, documents listed in `DOCUMENT_IDS.tsv`), for the eight languages
//! of the set.
//!
//! ```text
//! cargo run --release --example segment_eval -- [NTREX_DIR] [--errors LANG]
//! ```
//!
//! The lines of each document are joined with a space and split again;
//! a boundary is a position between two lines. Precision is the share of
//! the segmenter's boundaries that fall between lines, recall the share of
//! line ends it finds. Some NTREX lines hold two sentences (or a headline
//! and its first sentence), so precision below 1 is partly the reference's
//! doing; `--errors LANG` prints the extra and the missed boundaries of one
//! language to check which. The data are CC BY-SA 4.0 and read where they
//! are.

// Measurement script: figures are printed rounded, so the numeric casts
// between counts and ratios are intended.
#![allow(
    clippy::cast_precision_loss,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::too_many_lines
)]

use std::collections::BTreeSet;
use std::path::PathBuf;

use relais::align::Segmenter;

const FILES: [(&str, &str); 8] = [
    ("en", "newstest2019-src.eng.txt"),
    ("fr", "newstest2019-ref.fra.txt"),
    ("de", "newstest2019-ref.deu.txt"),
    ("es", "newstest2019-ref.spa.txt"),
    ("it", "newstest2019-ref.ita.txt"),
    ("nl", "newstest2019-ref.nld.txt"),
    ("pt", "newstest2019-ref.por.txt"),
    ("pl", "newstest2019-ref.pol.txt"),
];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut dir = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/corpus/parallel/ntrex128"
    ));
    let mut errors_for: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--errors" => errors_for = Some(args.next().ok_or("--errors needs a language")?),
            other if !other.starts_with("--") => dir = PathBuf::from(other),
            other => return Err(format!("unknown option {other}").into()),
        }
    }
    let ids_path = dir.join("DOCUMENT_IDS.tsv");
    let Ok(ids) = std::fs::read_to_string(&ids_path) else {
        eprintln!(
            "segment_eval: {} not found; nothing to do",
            ids_path.display()
        );
        return Ok(());
    };
    let ids: Vec<&str> = ids.lines().collect();
    println!(
        "{:<4} {:>6} {:>6} {:>6} {:>7} {:>7}",
        "lang", "lines", "found", "right", "P", "R"
    );
    for (lang, file) in FILES {
        let text = std::fs::read_to_string(dir.join(file))?;
        let lines: Vec<&str> = text.lines().collect();
        let segmenter = Segmenter::for_language(lang);
        let (mut reference, mut found, mut right) = (0usize, 0usize, 0usize);
        let mut start = 0;
        while start < lines.len() {
            let end = start
                + ids[start..]
                    .iter()
                    .take_while(|id| **id == ids[start])
                    .count()
                    .max(1);
            let doc = &lines[start..end.min(lines.len())];
            // Byte offsets where each line starts in the joined text.
            let mut joined = String::new();
            let mut gold = BTreeSet::new();
            for (k, line) in doc.iter().enumerate() {
                if k > 0 {
                    joined.push(' ');
                    gold.insert(joined.len());
                }
                joined.push_str(line.trim());
            }
            let ranges = segmenter.boundaries(&joined);
            let test: BTreeSet<usize> = ranges.iter().skip(1).map(|r| r.start).collect();
            reference += gold.len();
            found += test.len();
            right += test.intersection(&gold).count();
            if errors_for.as_deref() == Some(lang) {
                let context = |at: usize| {
                    let from = joined[..at].char_indices().rev().nth(40).map_or(0, |x| x.0);
                    let to = joined[at..]
                        .char_indices()
                        .nth(30)
                        .map_or(joined.len(), |x| at + x.0);
                    format!("{}‖{}", &joined[from..at], &joined[at..to])
                };
                for &at in test.difference(&gold) {
                    println!("  extra:  {}", context(at));
                }
                for &at in gold.difference(&test) {
                    println!("  missed: {}", context(at));
                }
            }
            start = end;
        }
        println!(
            "{:<4} {:>6} {:>6} {:>6} {:>7.3} {:>7.3}",
            lang,
            reference,
            found,
            right,
            right as f64 / found.max(1) as f64,
            right as f64 / reference.max(1) as f64
        );
    }
    Ok(())
}
