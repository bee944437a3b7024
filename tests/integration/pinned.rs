//! Pinned outputs, the way jj and fluent-rs pin theirs: `--help` of every
//! command in English, French and German, and `relais check`'s human
//! output on each check fixture are insta snapshots
//! (`tests/integration/snapshots/`); the JSON report on each fixture is
//! `expected.json` beside it.
//!
//! A change of output shows as a diff. To accept one: `cargo insta review`
//! (or `INSTA_UPDATE=always cargo test`) for the snapshots, and
//! `RELAIS_BLESS=1 cargo test` for the `expected.json` files.

use std::path::Path;

use clap::CommandFactory;

use crate::common::{fixture, json, relais};

/// The help languages pinned.
const LANGS: [&str; 3] = ["en", "fr", "de"];

/// Every command path: `[]` for `relais` itself, `["tm", "import"]`, …
fn command_paths() -> Vec<Vec<String>> {
    fn walk(cmd: &clap::Command, path: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
        out.push(path.clone());
        for sub in cmd.get_subcommands() {
            if sub.get_name() == "help" {
                continue;
            }
            path.push(sub.get_name().to_string());
            walk(sub, path, out);
            path.pop();
        }
    }
    let mut out = Vec::new();
    walk(&relais::cli::Cli::command(), &mut Vec::new(), &mut out);
    out
}

/// `relais [path…] --help` in `lang`, at a fixed width of 100 columns.
fn help(path: &[String], lang: &str) -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = relais(dir)
        .env("RELAIS_LANG", lang)
        .env("COLUMNS", "100")
        .env("LINES", "50")
        .args(path)
        .arg("--help")
        .output()
        .expect("relais runs");
    assert!(out.status.success(), "{path:?} --help failed");
    String::from_utf8(out.stdout).expect("help is UTF-8")
}

#[test]
fn help_of_every_command_in_every_language() {
    let paths = command_paths();
    assert!(paths.len() >= 29, "every subcommand is listed: {paths:?}");
    for lang in LANGS {
        for path in &paths {
            let name = if path.is_empty() {
                format!("help_{lang}_relais")
            } else {
                format!("help_{lang}_relais_{}", path.join("_"))
            };
            insta::assert_snapshot!(name, help(path, lang));
        }
    }
}

/// A check fixture: its directory under `tests/fixtures/check/`, its
/// source locale (a Fluent tree, `{locale}/*.ftl`) or `None` for a relais
/// project.
const FIXTURES: &[(&str, Option<&str>)] = &[
    ("clean", Some("fr")),
    ("duplicate-id", Some("fr")),
    ("empty-translation", Some("fr")),
    ("missing-attribute", Some("fr")),
    ("missing-file", Some("fr")),
    ("missing-message", Some("fr")),
    ("missing-value", Some("fr")),
    ("mozilla-send", Some("en-US")),
    ("number-mismatch", Some("fr")),
    ("obsolete-attribute", Some("fr")),
    ("obsolete-file", Some("fr")),
    ("obsolete-message", Some("fr")),
    ("obsolete-value", Some("fr")),
    ("plural-categories", Some("fr")),
    ("project", None),
    ("suppressions", Some("fr")),
    ("syntax-error", Some("fr")),
    ("term-mismatch", Some("fr")),
    ("typography", Some("en")),
    ("untranslated", Some("fr")),
    ("variable-mismatch", Some("fr")),
];

/// `relais check` on a fixture with extra arguments: (stdout, exit code).
/// Every finding is listed, infos included, so each fixture shows its
/// check.
fn check(name: &str, source: Option<&str>, extra: &[&str]) -> (Vec<u8>, i32) {
    let dir = fixture(&format!("check/{name}"));
    let mut cmd = relais(&dir);
    match source {
        Some(source) => cmd.args([
            "check",
            "--source-locale",
            source,
            "--files",
            "{locale}/*.ftl",
        ]),
        None => cmd.args(["--project", ".", "check"]),
    };
    let out = cmd
        .args(["--min-severity", "info"])
        .args(extra)
        .output()
        .expect("relais runs");
    (out.stdout, out.status.code().unwrap_or(-1))
}

#[test]
fn every_check_fixture_has_a_fixture_entry() {
    let mut dirs: Vec<String> = std::fs::read_dir(fixture("check"))
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    dirs.sort();
    let listed: Vec<&str> = FIXTURES.iter().map(|(n, _)| *n).collect();
    assert_eq!(dirs, listed);
}

#[test]
fn human_check_output_on_each_fixture() {
    for (name, source) in FIXTURES {
        let (stdout, code) = check(name, *source, &[]);
        let text = String::from_utf8(stdout).expect("UTF-8 output");
        insta::assert_snapshot!(
            format!("check_{name}"),
            format!("exit code: {code}\n\n{text}")
        );
    }
}

#[test]
fn json_check_report_on_each_fixture_is_its_expected_json() {
    let bless = std::env::var_os("RELAIS_BLESS").is_some();
    for (name, source) in FIXTURES {
        let (stdout, _) = check(name, *source, &["--json"]);
        let actual = json(&stdout);
        let expected_file = fixture(&format!("check/{name}/expected.json"));
        if bless {
            let mut text = serde_json::to_string_pretty(&actual).unwrap();
            text.push('\n');
            std::fs::write(&expected_file, text).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expected_file).unwrap_or_else(|e| {
            panic!(
                "{}: {e} (RELAIS_BLESS=1 cargo test writes it)",
                expected_file.display()
            )
        });
        let expected: serde_json::Value = serde_json::from_str(&expected).unwrap();
        assert_eq!(
            actual,
            expected,
            "{name}: the JSON report differs from {}",
            expected_file.display()
        );
    }
}
