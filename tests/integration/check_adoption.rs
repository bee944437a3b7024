//! `relais check` as a CI maintainer adopts it: no false positives on
//! real Thunderbird translations, infos counted but not listed, a
//! configuration that only sets check severities, long lines shown as a
//! window, syntax errors at the end of a file, SARIF for missing messages.

use std::path::Path;

use crate::common::{fixture, json, relais};

fn write(dir: &Path, rel: &str, text: &str) {
    let path = dir.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// `relais check` of the tree `{locale}/*.ftl` in `dir`, `source` the
/// source locale, with `extra` arguments.
fn check_tree(dir: &Path, source: &str, extra: &[&str]) -> std::process::Output {
    relais(dir)
        .args([
            "check",
            "--source-locale",
            source,
            "--files",
            "{locale}/*.ftl",
        ])
        .args(extra)
        .output()
        .unwrap()
}

#[test]
fn thunderbird_translations_that_are_right_are_not_reported() {
    let tree = fixture("thunderbird-false-positives");
    let out = check_tree(&tree, "en-US", &["--json"]);
    let report = json(&out.stdout);
    let findings = report["findings"].as_array().unwrap();
    for wrong in [
        "number-mismatch",
        "variable-mismatch",
        "empty-translation",
        "plural-categories",
    ] {
        let hits: Vec<_> = findings.iter().filter(|f| f["check"] == wrong).collect();
        assert!(hits.is_empty(), "{wrong}: {hits:?}");
    }
    assert_eq!(out.status.code(), Some(0), "{report}");
}

#[test]
fn infos_are_counted_but_listed_only_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "en/a.ftl", "hello = Hello\n");
    write(d, "de/a.ftl", "hello = Hallo\nold = Alt\n");
    let run = |extra: &[&str]| {
        let out = check_tree(d, "en", &[["--json"].as_slice(), extra].concat());
        json(&out.stdout)
    };
    let default = run(&[]);
    assert_eq!(default["summary"]["infos"], 1);
    assert!(default["findings"].as_array().unwrap().is_empty());
    let all = run(&["--min-severity", "info"]);
    assert_eq!(all["findings"][0]["check"], "obsolete-message");
    // From relais.toml too, and the command line wins.
    write(d, "relais.toml", "[check]\nmin_severity = \"info\"\n");
    let out = check_tree(d, "en", &["--project", ".", "--json"]);
    assert_eq!(json(&out.stdout)["findings"].as_array().unwrap().len(), 1);
    let out = check_tree(
        d,
        "en",
        &["--project", ".", "--json", "--min-severity", "error"],
    );
    assert!(json(&out.stdout)["findings"].as_array().unwrap().is_empty());
}

#[test]
fn a_configuration_with_only_check_tables_works_with_source_locale() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "en-US/a.ftl", "hello = Hello\n");
    write(d, "de/a.ftl", "hello = Hello\n");
    write(
        d,
        "relais.toml",
        "[checks.untranslated]\nseverity = \"error\"\n",
    );
    let out = check_tree(d, "en-US", &["--project", "."]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("missing field"), "{stderr}");
    assert!(stdout.contains("error[untranslated]"), "{stdout}");
    assert_eq!(out.status.code(), Some(1));
    // A command that needs the documents' language says so.
    let out = relais(d).arg("build").output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("source_locale"), "{stderr}");
    assert!(!stderr.contains("missing field"), "{stderr}");
}

#[test]
fn a_long_line_is_shown_as_a_window_around_the_finding() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let long = format!("{} {{ $n }} {}", "word ".repeat(80), "more ".repeat(60));
    write(d, "en/a.ftl", &format!("m = {long}\n"));
    write(
        d,
        "de/a.ftl",
        &format!("m = {}\n", long.replace("{ $n }", "{ $x }")),
    );
    let out = check_tree(d, "en", &[]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    for line in stdout.lines() {
        assert!(line.chars().count() < 140, "{line}");
    }
    let caret = stdout.lines().find(|l| l.contains("^^")).unwrap();
    let shown = stdout.lines().find(|l| l.contains("{ $x }")).unwrap();
    let at = caret.chars().position(|c| c == '^').unwrap();
    let from_caret: String = shown.chars().skip(at).take(6).collect();
    assert!(
        from_caret.starts_with("{ $x") || from_caret.starts_with("$x"),
        "{shown}\n{caret}"
    );
}

#[test]
fn a_syntax_error_at_the_end_of_a_file_points_at_the_broken_entry() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "en/a.ftl", "a = One\nb = Two\n");
    write(d, "de/a.ftl", "a = Eins\nb = { $x\n\n");
    let out = check_tree(d, "en", &["--json"]);
    let report = json(&out.stdout);
    let syntax = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["check"] == "syntax-error")
        .unwrap()
        .clone();
    assert_eq!(syntax["line"], 2, "{syntax}");
}

#[test]
fn sarif_gives_missing_messages_a_line_and_rules_their_help() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "en/a.ftl", "a = One\n\nb = Two\n");
    write(d, "de/a.ftl", "a = Eins\n");
    let out = check_tree(d, "en", &["--format", "sarif"]);
    let sarif = json(&out.stdout);
    let run = &sarif["runs"][0];
    let result = run["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["ruleId"] == "missing-message")
        .unwrap();
    let location = &result["locations"][0]["physicalLocation"];
    assert_eq!(location["artifactLocation"]["uri"], "en/a.ftl");
    assert_eq!(location["region"]["startLine"], 3);
    assert_eq!(
        result["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "de/a.ftl"
    );
    for rule in run["tool"]["driver"]["rules"].as_array().unwrap() {
        assert!(
            rule["help"]["text"].as_str().is_some_and(|t| !t.is_empty()),
            "{rule}"
        );
    }
}
