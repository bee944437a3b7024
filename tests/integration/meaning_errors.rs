//! The meaning errors a native review found in the first translations of
//! « passage à l'acte » (C06), caught by `relais check` with the project's
//! own glossary: IT « abuso fisico » and NL « fysiek misbruik » (physical,
//! non-sexual abuse) are forbidden, PT « abuso com contacto físico » (no
//! « sexual ») is deprecated, and the corrected wordings pass.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::common::{fixture, json, relais};

/// The fixture project `passage-a-l-acte` with the shipped
/// `glossary/` beside its `relais.toml`, in a temporary directory.
fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    copy_tree(&fixture("passage-a-l-acte"), dir.path());
    copy_tree(&repo.join("glossary"), &dir.path().join("glossary"));
    dir
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from).into_iter().flatten() {
        let dest = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&dest).unwrap();
        } else {
            std::fs::copy(entry.path(), &dest).unwrap();
        }
    }
}

/// `relais check --json` in `dir`: the report and the exit code.
fn check(dir: &Path, extra: &[&str]) -> (Value, Option<i32>) {
    let out = relais(dir)
        .args(["check", "--json"])
        .args(extra)
        .output()
        .unwrap();
    (json(&out.stdout), out.status.code())
}

/// (locale, message id, check, severity, concept, term, text at the span)
/// of every finding.
fn summary(doc: &Value, dir: &Path) -> Vec<[String; 7]> {
    let s = |v: &Value| v.as_str().unwrap_or_default().to_string();
    doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let text = std::fs::read_to_string(dir.join(f["file"].as_str().unwrap())).unwrap();
            let line = text
                .lines()
                .nth(usize::try_from(f["line"].as_u64().unwrap() - 1).unwrap())
                .unwrap();
            let column = usize::try_from(f["column"].as_u64().unwrap() - 1).unwrap();
            let len = f["span"]["end"].as_u64().unwrap() - f["span"]["start"].as_u64().unwrap();
            let at: String = line.chars().skip(column).collect();
            let found = &at[..usize::try_from(len).unwrap()];
            [
                s(&f["locale"]),
                s(&f["message_id"]),
                s(&f["check"]),
                s(&f["severity"]),
                s(&f["concept"]),
                s(&f["term"]),
                found.to_string(),
            ]
        })
        .collect()
}

fn row(cells: [&str; 7]) -> [String; 7] {
    cells.map(str::to_string)
}

#[test]
fn physical_abuse_for_passage_a_l_acte_is_flagged_and_contact_sexual_abuse_passes() {
    let dir = project();
    let (doc, code) = check(dir.path(), &[]);
    let c06 = "C06-passage-a-l-acte";
    assert_eq!(
        summary(&doc, dir.path()),
        [
            row([
                "it",
                "risque",
                "glossary-forbidden",
                "warning",
                c06,
                "abuso fisico",
                "abuso fisico"
            ]),
            row([
                "nl",
                "risque",
                "glossary-forbidden",
                "warning",
                c06,
                "fysiek misbruik",
                "fysiek misbruik"
            ]),
            row([
                "pt",
                "risque",
                "glossary-deprecated",
                "warning",
                c06,
                "abuso com contacto físico",
                "passagem ao abuso com contacto físico"
            ]),
        ],
        "{doc:#}"
    );
    // The corrected messages (`risque-corrige`) have no finding at all: not
    // even a missing C06 term. Each finding names the contact sexual abuse
    // term to use instead.
    let expected: Vec<&Value> = doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| &f["expected"][0])
        .collect();
    assert_eq!(
        expected,
        [
            "abuso sessuale con contatto fisico",
            "seksueel misbruik met fysiek contact",
            "abuso sexual com contacto físico"
        ],
        "{doc:#}"
    );
    // Unreviewed G rows are warnings: check passes, unless warnings are
    // denied.
    assert_eq!(code, Some(0), "{doc:#}");
    let (_, code) = check(dir.path(), &["--deny", "warnings"]);
    assert_eq!(code, Some(1));
}

#[test]
fn a_reviewer_promotion_makes_the_meaning_error_fail_check() {
    let dir = project();
    let terms = dir.path().join("glossary/terms.tsv");
    let text = std::fs::read_to_string(&terms).unwrap();
    let before = "C06-passage-a-l-acte\tit\tabuso fisico\tforbidden\tG\tnone\t\t";
    assert_eq!(text.matches(before).count(), 1, "the IT row as shipped");
    let promoted = text.replace(
        before,
        "C06-passage-a-l-acte\tit\tabuso fisico\tforbidden\tG\tnone\tpromote=error by=Reviewer date=2025-02-01\t",
    );
    std::fs::write(&terms, promoted).unwrap();
    let (doc, code) = check(dir.path(), &[]);
    assert_eq!(code, Some(1), "{doc:#}");
    let errors: Vec<(&Value, &Value)> = doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["severity"] == "error")
        .map(|f| (&f["locale"], &f["term"]))
        .collect();
    assert_eq!(errors, [(&Value::from("it"), &Value::from("abuso fisico"))]);
    assert_eq!(doc["summary"]["warnings"], 2, "{doc:#}");
}
