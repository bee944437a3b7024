//! `relais tm …` end to end.

use predicates::prelude::*;
use std::fmt::Write as _;

use crate::common::{fixture, json, json_lines, relais};

#[test]
fn add_lookup_and_stats() {
    let dir = tempfile::tempdir().unwrap();
    relais(dir.path())
        .args([
            "tm",
            "add",
            "--source",
            "fr",
            "--target",
            "EN_gb",
            "Lire le rapport entier",
            "Read the full report",
        ])
        .assert()
        .success();
    let out = relais(dir.path())
        .args([
            "tm",
            "lookup",
            "Lire le rapport entier",
            "--source",
            "fr-FR",
            "--target",
            "en",
            "--json",
        ])
        .assert()
        .success();
    let doc = json(&out.get_output().stdout);
    assert_eq!(doc["schema_version"], 1);
    assert_eq!(doc["matches"][0]["score"], 100);
    assert_eq!(doc["matches"][0]["tier"], "exact");
    assert_eq!(doc["matches"][0]["target"], "Read the full report");
    assert_eq!(doc["matches"][0]["target_lang"], "en-GB");

    // A lookup with no match exits 0 with no match.
    let out = relais(dir.path())
        .args([
            "tm",
            "lookup",
            "Rien à voir",
            "--source",
            "fr",
            "--target",
            "en",
            "--json",
        ])
        .assert()
        .success();
    assert_eq!(
        json(&out.get_output().stdout)["matches"]
            .as_array()
            .unwrap()
            .len(),
        0
    );

    let out = relais(dir.path())
        .args(["tm", "stats", "--json"])
        .assert()
        .success();
    let stats = json(&out.get_output().stdout);
    assert_eq!(stats["units"], 1);
    assert_eq!(stats["languages"][0]["lang"], "en-GB");
    assert_eq!(stats["languages"][0]["raw_forms"][0], "en-GB");
    assert_eq!(
        stats["pairs"][0]["langs"],
        serde_json::json!(["en-GB", "fr"])
    );
}

#[test]
fn import_reports_counts_and_warnings_as_json() {
    let dir = tempfile::tempdir().unwrap();
    let out = relais(dir.path())
        .args(["tm", "import", "--json"])
        .arg(fixture("tmx/otter-err_missing_ept_i.tmx"))
        .assert()
        .success();
    let reports = json_lines(&out.get_output().stdout);
    assert_eq!(reports.len(), 1);
    let r = &reports[0];
    for key in ["file", "units", "added", "merged", "skipped", "warnings"] {
        assert!(r.get(key).is_some(), "missing {key}: {r}");
    }
    assert_eq!(r["units"], 1);
    assert_eq!(r["added"], 1);
    let w = &r["warnings"][0];
    assert!(w["line"].as_u64().unwrap() > 0 && w["column"].as_u64().unwrap() > 0);
    assert!(w["message"].as_str().unwrap().contains("<ept>"));
}

#[test]
fn utf16_tmx_imports_and_duplicates_merge() {
    let dir = tempfile::tempdir().unwrap();
    let file = fixture("tmx/trados-twb8_leverage_test01_utf16le.tmx");
    relais(dir.path())
        .args(["tm", "import"])
        .arg(&file)
        .assert()
        .success();
    let out = relais(dir.path())
        .args(["tm", "import", "--json"])
        .arg(&file)
        .assert()
        .success();
    let r = &json_lines(&out.get_output().stdout)[0];
    assert_eq!(r["added"], 0);
    assert_eq!(r["merged"], r["units"]);
}

#[test]
fn a_failed_import_leaves_the_tm_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    relais(dir.path())
        .args(["tm", "import"])
        .arg(fixture("tmx/hypomnema_standard.tmx"))
        .assert()
        .success();
    let before = relais(dir.path())
        .args(["tm", "export", "-o", "before.tmx"])
        .assert()
        .success();
    drop(before);
    // A file that breaks after many good units.
    let mut bad = String::from(
        "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header creationtool=\"t\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/><body>\n",
    );
    for i in 0..500 {
        let _ = writeln!(
            bad,
            "<tu><tuv xml:lang=\"en\"><seg>Unit {i}</seg></tuv><tuv xml:lang=\"fr\"><seg>Unité {i}</seg></tuv></tu>"
        );
    }
    bad.push_str("<tu><tuv xml:lang=\"en\"><seg>broken</tuv></tu>\n");
    std::fs::write(dir.path().join("bad.tmx"), bad).unwrap();
    relais(dir.path())
        .args(["tm", "import", "bad.tmx"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "bad.tmx:503:35: XML is not well-formed",
        ));
    relais(dir.path())
        .args(["tm", "export", "-o", "after.tmx"])
        .assert()
        .success();
    let strip_dates = |s: String| {
        s.lines()
            .filter(|l| !l.contains("creationdate="))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let before = strip_dates(std::fs::read_to_string(dir.path().join("before.tmx")).unwrap());
    let after = strip_dates(std::fs::read_to_string(dir.path().join("after.tmx")).unwrap());
    assert_eq!(before, after);
    let out = relais(dir.path())
        .args(["tm", "stats", "--json"])
        .assert()
        .success();
    assert_eq!(json(&out.get_output().stdout)["units"], 2);
}

#[test]
fn errors_are_json_under_json() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("x.tmx"),
        "<?xml version=\"1.0\"?>\n<map/>\n",
    )
    .unwrap();
    let out = relais(dir.path())
        .args(["tm", "import", "x.tmx", "--json"])
        .assert()
        .code(2);
    let lines = json_lines(&out.get_output().stdout);
    let err = &lines[0]["error"];
    assert_eq!(err["kind"], "parse");
    assert_eq!(err["line"], 2);
    assert!(
        err["message"]
            .as_str()
            .unwrap()
            .contains("not a TMX document")
    );
}

#[test]
fn a_locked_tm_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let tm_path = dir.path().join(".relais/tm");
    let _held = relais::tm::Tm::open(&tm_path, &relais::tm::OpenOptions::default()).unwrap();
    relais(dir.path())
        .args(["tm", "stats", "--wait", "0"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(tm_path.display().to_string()))
        .stderr(predicate::str::contains("locked by another relais process"))
        .stderr(predicate::str::contains("panicked").not());
}

#[test]
fn export_is_valid_tmx_with_required_header() {
    let dir = tempfile::tempdir().unwrap();
    relais(dir.path())
        .args(["tm", "import"])
        .arg(fixture("tmx/xyztool_header-prop-note_all-inline.tmx"))
        .assert()
        .success();
    relais(dir.path())
        .args(["tm", "export", "out.tmx"])
        .assert()
        .success();
    let text = std::fs::read_to_string(dir.path().join("out.tmx")).unwrap();
    for attr in [
        "creationtool=\"relais\"",
        "creationtoolversion=",
        "segtype=",
        "o-tmf=",
        "adminlang=",
        "srclang=",
        "datatype=",
    ] {
        assert!(text.contains(attr), "header lacks {attr}");
    }
    assert!(text.contains("<sub>"), "inline sub flows are kept");
    if let Ok(status) = std::process::Command::new("xmllint")
        .args(["--noout", "--dtdvalid"])
        .arg(fixture("tmx14b.dtd"))
        .arg(dir.path().join("out.tmx"))
        .status()
    {
        assert!(status.success(), "xmllint rejects the export");
    } else {
        eprintln!("notice: xmllint not installed; DTD validation skipped");
    }
}

#[test]
fn export_filters_languages() {
    let dir = tempfile::tempdir().unwrap();
    relais(dir.path())
        .args([
            "tm", "add", "--source", "fr", "--target", "en", "Oui", "Yes",
        ])
        .assert()
        .success();
    relais(dir.path())
        .args([
            "tm", "add", "--source", "fr", "--target", "de", "Non", "Nein",
        ])
        .assert()
        .success();
    relais(dir.path())
        .args([
            "tm", "export", "-o", "de.tmx", "--source", "fr", "--target", "de",
        ])
        .assert()
        .success()
        .stderr(predicate::str::contains("wrote 1 unit "));
    let text = std::fs::read_to_string(dir.path().join("de.tmx")).unwrap();
    assert!(text.contains("Nein") && !text.contains("Yes"));
    assert!(text.contains("srclang=\"fr\""));
}
