//! `relais glossary …` end to end.

use std::path::{Path, PathBuf};

use predicates::prelude::*;

use crate::common::{fixture, json, json_lines, relais};

/// A project whose glossary is a copy of the test glossary, with extra
/// `relais.toml` content.
fn project(toml_extra: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let g = dir.path().join("glossary");
    std::fs::create_dir_all(&g).unwrap();
    for f in ["terms.tsv", "concepts.tsv", "sources.tsv"] {
        std::fs::copy(fixture(&format!("glossary/{f}")), g.join(f)).unwrap();
    }
    std::fs::write(
        dir.path().join("relais.toml"),
        format!("source_locale = \"fr\"\nlocales = [\"en\", \"de\"]\n{toml_extra}"),
    )
    .unwrap();
    dir
}

const SOURCE: &str = "Les contenus pédopornographiques générés par l'IA";

#[test]
fn verify_reports_a_forbidden_term_and_exits_1() {
    let dir = project("");
    let out = relais(dir.path())
        .args([
            "glossary",
            "verify",
            "--source",
            "fr",
            "--target",
            "en",
            SOURCE,
            "AI-generated child porn",
        ])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "error[glossary-forbidden]: “child porn” is forbidden in English (concept C04)",
        ))
        .stdout(predicate::str::contains(
            "1 | AI-generated child porn\n  |              ^^^^^^^^^^",
        ))
        .stdout(predicate::str::contains(
            "= use: child sexual abuse material, CSAM",
        ));
    let _ = out;
    relais(dir.path())
        .args([
            "glossary",
            "verify",
            "--source",
            "fr",
            "--target",
            "en",
            SOURCE,
            "AI-generated child sexual abuse material",
        ])
        .assert()
        .success()
        .stderr(predicate::str::contains("no glossary finding"));
}

#[test]
fn verify_json_carries_the_finding_fields() {
    let dir = project("");
    let out = relais(dir.path())
        .args([
            "glossary",
            "verify",
            "--json",
            "--source",
            "fr",
            "--target",
            "en",
            SOURCE,
            "AI-generated child porn",
        ])
        .assert()
        .code(1);
    let doc = json(&out.get_output().stdout);
    assert_eq!(doc["schema_version"], 1);
    let f = &doc["findings"][0];
    for key in [
        "check",
        "severity",
        "locale",
        "file",
        "line",
        "column",
        "message_id",
        "message",
        "concept",
        "term",
        "span",
        "reason",
        "expected",
    ] {
        assert!(f.get(key).is_some(), "missing {key}: {f}");
    }
    assert_eq!(f["check"], "glossary-forbidden");
    assert_eq!(f["severity"], "error");
    assert_eq!(f["locale"], "en");
    assert!(f["file"].is_null() && f["line"].is_null() && f["message_id"].is_null());
    assert_eq!(f["concept"], "C04");
    assert_eq!(f["term"], "child porn");
    assert_eq!(f["span"], serde_json::json!({"start": 13, "end": 23}));
    assert_eq!(f["side"], "target");
    assert_eq!(f["reason"], "used by offenders");
    assert_eq!(
        f["expected"],
        serde_json::json!(["child sexual abuse material", "CSAM"])
    );
    assert_eq!(doc["summary"]["errors"], 1);
}

#[test]
fn shipped_glossary_acceptance() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    assert!(
        root.join("glossary/terms.tsv").is_file(),
        "the shipped glossary is part of the project"
    );
    let dir = tempfile::tempdir().unwrap();
    let out = relais(dir.path())
        .args(["--project"])
        .arg(root)
        .args([
            "glossary",
            "verify",
            "--json",
            "--source",
            "fr",
            "--target",
            "en",
            SOURCE,
            "AI-generated child porn",
        ])
        .assert()
        .code(1);
    let doc = json(&out.get_output().stdout);
    let f = doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["check"] == "glossary-forbidden")
        .expect("forbidden finding");
    assert_eq!(f["concept"], "C04-CSAM");
    assert!(
        f["expected"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e == "child sexual abuse material"),
        "{f}"
    );
    relais(dir.path())
        .args(["--project"])
        .arg(root)
        .args([
            "glossary",
            "verify",
            "--source",
            "fr",
            "--target",
            "en",
            SOURCE,
            "AI-generated child sexual abuse material",
        ])
        .assert()
        .success();
}

#[test]
fn relais_toml_changes_severities_and_suppresses() {
    let dir = project("[checks.glossary-deprecated.locales.en]\nseverity = \"error\"\n");
    relais(dir.path())
        .args([
            "glossary",
            "verify",
            "--source",
            "fr",
            "--target",
            "en",
            "x",
            "the Child Pornography Act",
        ])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("error[glossary-deprecated]"));
    let dir = project(
        "[[suppress]]\ncheck = \"glossary-forbidden\"\nlocale = \"en\"\nreason = \"quoting an offender's words in court\"\n",
    );
    let out = relais(dir.path())
        .args([
            "glossary",
            "verify",
            "--json",
            "--source",
            "fr",
            "--target",
            "en",
            SOURCE,
            "AI-generated child porn",
        ])
        .assert()
        .success();
    let doc = json(&out.get_output().stdout);
    assert_eq!(doc["summary"]["suppressed"], 1);
    assert_eq!(doc["findings"].as_array().unwrap().len(), 0);
}

#[test]
fn do_not_translate_names_must_survive() {
    let dir = project("");
    relais(dir.path())
        .args([
            "glossary",
            "verify",
            "--source",
            "fr",
            "--target",
            "de",
            "La Fondation pour l’Enfance",
            "Die Stiftung für das Kind",
        ])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("error[glossary-dnt-changed]"))
        .stdout(predicate::str::contains("--> source:1:4"));
}

#[test]
fn lookup_shows_the_term_pane() {
    let dir = project("");
    let out = relais(dir.path())
        .args([
            "glossary",
            "lookup",
            "Des contenus pédopornographiques",
            "--source",
            "fr",
            "--target",
            "en",
        ])
        .assert()
        .success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines[0].starts_with("contenus pédopornographiques  C04  (fr deprecated)"),
        "{text}"
    );
    let order: Vec<usize> = [
        "child sexual abuse material",
        "child pornography",
        "child porn ",
    ]
    .iter()
    .map(|t| text.find(t).unwrap())
    .collect();
    assert!(
        order.windows(2).all(|w| w[0] < w[1]),
        "preferred first, forbidden last: {text}"
    );
    assert!(text.contains("FORBIDDEN"), "{text}");

    let out = relais(dir.path())
        .args([
            "glossary",
            "lookup",
            "--json",
            "Les pédophiles",
            "--source",
            "fr",
        ])
        .assert()
        .success();
    let doc = json(&out.get_output().stdout);
    let m = &doc["matches"][0];
    assert_eq!(m["concept"], "C01");
    assert_eq!(m["found"], "pédophiles");
    assert_eq!(m["span"], serde_json::json!({"start": 4, "end": 15}));
    let langs: Vec<&str> = m["targets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["lang"].as_str().unwrap())
        .collect();
    assert!(
        langs.contains(&"en") && langs.contains(&"pl") && !langs.contains(&"fr"),
        "{langs:?}"
    );

    relais(dir.path())
        .args(["glossary", "lookup", "Rien à voir", "--source", "fr"])
        .assert()
        .success()
        .stderr(predicate::str::contains("no glossary term found"));
}

#[test]
fn list_filters_by_language_and_status() {
    let dir = project("");
    let out = relais(dir.path())
        .args([
            "glossary",
            "list",
            "--json",
            "--lang",
            "en,de",
            "--status",
            "forbidden",
        ])
        .assert()
        .success();
    let doc = json(&out.get_output().stdout);
    let terms: Vec<&str> = doc["terms"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        terms,
        ["cyber-paedocriminality", "child porn", "Kinderporno"]
    );
    assert_eq!(doc["count"], 3);
    assert_eq!(doc["terms"][1]["evidence"], serde_json::json!(["A"]));
    relais(dir.path())
        .args(["glossary", "list", "--status", "nonsense"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown status 'nonsense'"));
}

#[test]
fn invalid_glossary_rows_are_reported_with_line_and_column() {
    let dir = project("");
    let terms = dir.path().join("glossary/terms.tsv");
    let mut text = std::fs::read_to_string(&terms).unwrap();
    text.push_str("C99\ten\tnew term\tpreferred\tA\tnone\t\t\t\t\n");
    std::fs::write(&terms, text).unwrap();
    let out = relais(dir.path())
        .args(["glossary", "list", "--json"])
        .assert()
        .code(2);
    let doc = json(&out.get_output().stdout);
    assert_eq!(doc["error"]["kind"], "parse");
    assert!(
        doc["error"]["file"]
            .as_str()
            .unwrap()
            .ends_with("terms.tsv")
    );
    assert!(doc["error"]["line"].as_u64().unwrap() > 40);
    assert_eq!(doc["error"]["column"], 1);
    assert!(
        doc["error"]["message"]
            .as_str()
            .unwrap()
            .contains("unknown concept 'C99'")
    );
}

fn tsv_rows(path: &Path) -> Vec<String> {
    let mut rows: Vec<String> = std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .skip(1)
        .map(str::to_string)
        .collect();
    rows.sort();
    rows
}

#[test]
fn export_and_import_round_trip_through_tbx() {
    let dir = project("");
    relais(dir.path())
        .args(["glossary", "export", "out.tbx"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "wrote 5 concepts and 55 terms to out.tbx",
        ));
    let tbx = dir.path().join("out.tbx");
    let xml = std::fs::read_to_string(&tbx).unwrap();
    assert!(xml.contains("<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"fr\""));
    assert!(xml.contains("[status=forbidden]") && xml.contains("[status=do-not-translate]"));
    validate_with_xmllint(&tbx);

    // TSV → TBX → TSV: every row comes back.
    let other = tempfile::tempdir().unwrap();
    let out = relais(other.path())
        .args(["glossary", "import", "--json"])
        .arg(&tbx)
        .assert()
        .success();
    let report = &json_lines(&out.get_output().stdout)[0];
    assert_eq!(report["added"], 55);
    assert_eq!(report["concepts_added"], 5);
    assert_eq!(report["sources_added"], 4);
    for f in ["terms.tsv", "concepts.tsv", "sources.tsv"] {
        assert_eq!(
            tsv_rows(&other.path().join("glossary").join(f)),
            tsv_rows(&dir.path().join("glossary").join(f)),
            "{f}"
        );
    }
    // Importing again changes nothing.
    let out = relais(other.path())
        .args(["glossary", "import", "--json"])
        .arg(&tbx)
        .assert()
        .success();
    let report = &json_lines(&out.get_output().stdout)[0];
    assert_eq!(
        (report["added"].as_u64(), report["skipped"].as_u64()),
        (Some(0), Some(55))
    );

    // TSV export, to a file and to stdout.
    relais(dir.path())
        .args(["glossary", "export", "-o", "copy/mine.tsv"])
        .assert()
        .success();
    assert_eq!(
        tsv_rows(&dir.path().join("copy/mine.tsv")),
        tsv_rows(&dir.path().join("glossary/terms.tsv"))
    );
    assert!(dir.path().join("copy/mine.concepts.tsv").is_file());
    let out = relais(dir.path())
        .args(["glossary", "export", "-", "--format", "tsv", "--lang", "pl"])
        .assert()
        .success();
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(
        stdout.starts_with("concept\tlang\tterm\t")
            && stdout.contains("pornografia dziecięca")
            && !stdout.contains("\ten\t")
    );
}

#[test]
fn import_merges_into_existing_files_and_reports_each_file() {
    let dir = project("");
    let partner = dir.path().join("partner.tbx");
    std::fs::write(
        &partner,
        r#"<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en"><text><body>
  <termEntry id="C04">
    <langSet xml:lang="en">
      <tig><term>child porn</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
      <tig><term>CSEM</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote><note>broader</note></tig>
    </langSet>
  </termEntry>
  <termEntry id="X1"><langSet xml:lang="de"><tig><term>Grooming</term></tig></langSet></termEntry>
</body></text></martif>"#,
    )
    .unwrap();
    let broken = dir.path().join("broken.tbx");
    std::fs::write(&broken, "<martif>\n<text><body>\n</martif>").unwrap();
    let out = relais(dir.path())
        .args(["glossary", "import", "--json"])
        .arg(&partner)
        .arg(&broken)
        .assert()
        .code(2);
    let lines = json_lines(&out.get_output().stdout);
    // One report per file, then the run's own error document.
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[2]["error"]["kind"], "usage");
    assert_eq!(
        (lines[0]["added"].as_u64(), lines[0]["skipped"].as_u64()),
        (Some(2), Some(1))
    );
    assert_eq!(lines[0]["concepts_added"], 1);
    assert!(
        lines[0]["conflicts"][0]
            .as_str()
            .unwrap()
            .contains("the glossary says forbidden, the import says preferred")
    );
    assert_eq!(lines[1]["error"]["line"], 3);
    let terms = std::fs::read_to_string(dir.path().join("glossary/terms.tsv")).unwrap();
    assert!(terms.contains("C04\ten\tCSEM\tadmitted\t"), "{terms}");
    assert!(
        terms.contains("C04\ten\tchild porn\tforbidden\t"),
        "existing rows are kept"
    );
    let concepts = std::fs::read_to_string(dir.path().join("glossary/concepts.tsv")).unwrap();
    assert!(
        concepts.lines().any(|l| l.starts_with("X1\t")),
        "{concepts}"
    );
    // The merged glossary still loads.
    relais(dir.path())
        .args(["glossary", "list", "--concept", "X1"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Grooming"));
}

/// Validates a TBX file against the official core RELAX NG schema with
/// xmllint, or says why it could not.
pub fn validate_with_xmllint(file: &Path) {
    let rng: PathBuf = fixture("tbx/TBXcoreStructV03.rng");
    match std::process::Command::new("xmllint")
        .arg("--noout")
        .arg("--relaxng")
        .arg(&rng)
        .arg(file)
        .output()
    {
        Ok(out) => assert!(
            out.status.success(),
            "{} does not validate against TBXcoreStructV03.rng:\n{}",
            file.display(),
            String::from_utf8_lossy(&out.stderr)
        ),
        Err(_) => eprintln!(
            "notice: RELAX NG validation of {} skipped: xmllint is not installed (apt-get install libxml2-utils)",
            file.display()
        ),
    }
}
