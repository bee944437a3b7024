//! Every TMX file of the shared corpus: unit counts from its MANIFEST, and
//! a lossless import → export → import round trip.

use std::collections::HashMap;
use std::path::Path;

use relais::model::Unit;
use relais::tm::exchange::{ExportFilter, ImportOptions, export_tmx, import_file};
use relais::tm::{OpenOptions, Tm};

use crate::common::corpus;

fn manifest_counts(corpus: &Path) -> HashMap<String, u64> {
    let text = std::fs::read_to_string(corpus.join("MANIFEST.tsv")).unwrap();
    let mut out = HashMap::new();
    for line in text.lines().skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        if !cols[0].starts_with("tmx/") {
            continue;
        }
        if let Some(pos) = cols[5].find("tu=") {
            let n: String = cols[5][pos + 3..]
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            out.insert(
                cols[0].trim_start_matches("tmx/").to_string(),
                n.parse().unwrap(),
            );
        }
    }
    out
}

fn units_of(tm: &Tm) -> Vec<Unit> {
    let mut units: Vec<Unit> = tm.iter().map(|r| r.unwrap().1.unit).collect();
    units.sort_by_key(|u| format!("{u:?}"));
    units
}

#[test]
fn every_corpus_tmx_imports_with_its_manifest_count_and_round_trips() {
    let Some(corpus) = corpus("corpus TMX test") else {
        return;
    };
    let counts = manifest_counts(&corpus);
    let mut files: Vec<_> = std::fs::read_dir(corpus.join("tmx"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let hidden = indicatif::ProgressBar::hidden();
    let mut checked = 0;
    for file in files {
        let name = file.file_name().unwrap().to_string_lossy().to_string();
        let dir = tempfile::tempdir().unwrap();
        let mut tm = Tm::open(&dir.path().join("a"), &OpenOptions::default()).unwrap();
        let result = import_file(&mut tm, &file, &ImportOptions::default(), &hidden);
        if name.starts_with("NEGATIVE") {
            let err = result.expect_err("a file that is not TMX is rejected");
            assert!(
                err.position().is_some(),
                "{name}: error without line/column: {err}"
            );
            continue;
        }
        let report = result.unwrap_or_else(|e| panic!("{name}: {e}"));
        let clean_input = report.warnings.is_empty();
        if let Some(expected) = counts.get(&name) {
            assert_eq!(report.units_read, *expected, "{name}: units read");
        }
        // Round trip: export, re-import into a fresh TM, same units.
        let out = dir.path().join("out.tmx");
        export_tmx(&tm, &out, &ExportFilter::default(), &hidden).unwrap();
        // A file read without warnings exports as valid TMX 1.4b.
        if clean_input {
            assert_dtd_valid(&out, &name);
        }
        let mut again = Tm::open(&dir.path().join("b"), &OpenOptions::default()).unwrap();
        let second = import_file(&mut again, &out, &ImportOptions::default(), &hidden).unwrap();
        assert_eq!(second.added, report.added, "{name}: units after round trip");
        assert_eq!(
            units_of(&tm),
            units_of(&again),
            "{name}: round trip changed units"
        );
        checked += 1;
    }
    assert!(checked >= 60, "only {checked} files checked");
}

fn assert_dtd_valid(file: &Path, name: &str) {
    let dtd = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tmx14b.dtd");
    let Ok(output) = std::process::Command::new("xmllint")
        .arg("--noout")
        .arg("--dtdvalid")
        .arg(&dtd)
        .arg(file)
        .output()
    else {
        eprintln!("notice: xmllint not installed; DTD validation of {name} skipped");
        return;
    };
    assert!(
        output.status.success(),
        "{name}: export is not valid TMX 1.4b:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
}
