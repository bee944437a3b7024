//! The shipped content: every Fluent file parses (in fluent-syntax and in
//! the Python reference parser), every locale has exactly the source's
//! messages, `relais build` publishes all 24 official EU languages, and the
//! glossary has sourced rows for the sensitive concepts in each of them.

use std::path::{Path, PathBuf};

use relais::fluent::FtlResource;

use crate::common::relais;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The source language first, then the 23 other official EU languages.
const LOCALES: [&str; 24] = [
    "fr", "en", "de", "es", "it", "nl", "pt", "pl", "bg", "cs", "da", "el", "et", "fi", "ga", "hr",
    "hu", "lt", "lv", "mt", "ro", "sk", "sl", "sv",
];

fn shipped_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(repo().join("locales"))
        .into_iter()
        .flatten()
    {
        if entry.path().extension().is_some_and(|e| e == "ftl") {
            files.push(entry.path().to_path_buf());
        }
    }
    for lang in ["en", "fr", "de"] {
        files.push(repo().join(format!("i18n/{lang}/relais-cli.ftl")));
    }
    files.sort();
    files
}

#[test]
fn every_shipped_fluent_file_parses_without_junk() {
    let files = shipped_files();
    assert!(files.len() >= 11);
    for f in &files {
        let r = FtlResource::load(f).unwrap();
        assert!(r.errors.is_empty(), "{}: {:?}", f.display(), r.errors);
        assert!(!r.had_bom, "{}: BOM", f.display());
    }
}

#[test]
fn the_python_reference_parser_agrees() {
    let python = std::env::var("RELAIS_FLUENT_PYTHON").unwrap_or_else(|_| "python3".into());
    let probe = std::process::Command::new(&python)
        .args(["-c", "import fluent.syntax"])
        .output();
    if !probe.is_ok_and(|o| o.status.success()) {
        eprintln!(
            "notice: Python fluent.syntax not available; reference-parser check skipped (.ci/run installs it)"
        );
        return;
    }
    let script = "import sys\nfrom fluent.syntax import parse, ast\nbad = 0\nfor path in sys.argv[1:]:\n    res = parse(open(path, encoding='utf-8').read())\n    junk = [e for e in res.body if isinstance(e, ast.Junk)]\n    if junk:\n        bad += 1\n        print(path, [j.annotations[0].message for j in junk])\nsys.exit(1 if bad else 0)\n";
    let out = std::process::Command::new(&python)
        .arg("-c")
        .arg(script)
        .args(shipped_files())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

fn ids(path: &Path) -> Vec<(String, Vec<String>)> {
    let r = FtlResource::load(path).unwrap();
    r.messages()
        .map(|(e, m)| {
            (
                e.id.clone().unwrap(),
                m.attributes.iter().map(|a| a.id.name.clone()).collect(),
            )
        })
        .collect()
}

#[test]
fn every_locale_has_exactly_the_source_messages() {
    let source = ids(&repo().join("locales/fr/communique.ftl"));
    assert_eq!(source.len(), 15);
    for locale in &LOCALES[1..] {
        let target = ids(&repo().join(format!("locales/{locale}/communique.ftl")));
        assert_eq!(target, source, "{locale}");
    }
}

fn copy_project(to: &Path) {
    for dir in ["source", "locales", "glossary", "i18n"] {
        for entry in walkdir::WalkDir::new(repo().join(dir))
            .into_iter()
            .flatten()
        {
            let rel = entry.path().strip_prefix(repo()).unwrap();
            let dest = to.join(rel);
            if entry.file_type().is_dir() {
                std::fs::create_dir_all(&dest).unwrap();
            } else {
                std::fs::copy(entry.path(), &dest).unwrap();
            }
        }
    }
    std::fs::copy(repo().join("relais.toml"), to.join("relais.toml")).unwrap();
}

#[test]
fn build_publishes_the_press_release_in_24_languages() {
    let dir = tempfile::tempdir().unwrap();
    copy_project(dir.path());
    relais(dir.path()).arg("build").assert().success();
    for locale in LOCALES {
        let html =
            std::fs::read_to_string(dir.path().join(format!("dist/{locale}/communique.html")))
                .unwrap();
        assert!(
            html.contains(&format!("<html lang=\"{locale}\"")),
            "{locale}"
        );
        assert!(
            html.contains("Fondation pour l’Enfance"),
            "{locale}: the foundation's name"
        );
        assert!(
            !html.contains('\u{2068}') && !html.contains("{ $"),
            "{locale}: raw placeables or isolation marks"
        );
        let md = std::fs::read_to_string(dir.path().join(format!("dist/{locale}/communique.md")))
            .unwrap();
        assert!(md.starts_with("# "), "{locale}");
    }
    let index = std::fs::read_to_string(dir.path().join("dist/index.html")).unwrap();
    for locale in LOCALES {
        assert!(
            index.contains(&format!("href=\"{locale}/communique.html\"")),
            "{locale}"
        );
    }
}

#[test]
fn no_translation_uses_a_forbidden_or_deprecated_term() {
    let glossary = relais::glossary::Glossary::load(&[repo().join("glossary/terms.tsv")]).unwrap();
    for locale in &LOCALES[1..] {
        let tag = relais::lang::LangTag::parse(locale).unwrap();
        let path = repo().join(format!("locales/{locale}/communique.ftl"));
        let r = FtlResource::load(&path).unwrap();
        for (entry, m) in r.messages() {
            let text = relais::fluent::pattern::pattern_to_segment(m.value.as_ref().unwrap())
                .display_text();
            for hit in glossary.find_all(&tag, &text) {
                assert!(
                    !hit.status.is_avoided(),
                    "{locale}:{}: {} \"{}\" ({})",
                    entry.line,
                    hit.status.as_str(),
                    hit.found,
                    hit.concept
                );
            }
        }
    }
}

#[test]
fn every_translation_passes_the_glossary_checks() {
    let glossary = relais::glossary::Glossary::load(&[repo().join("glossary/terms.tsv")]).unwrap();
    let fr = relais::lang::LangTag::parse("fr").unwrap();
    let source = FtlResource::load(&repo().join("locales/fr/communique.ftl")).unwrap();
    for locale in &LOCALES[1..] {
        let tag = relais::lang::LangTag::parse(locale).unwrap();
        let target =
            FtlResource::load(&repo().join(format!("locales/{locale}/communique.ftl"))).unwrap();
        for (entry, m) in source.messages() {
            let id = entry.id.as_deref().unwrap();
            let (_, t) = target.message(id).unwrap();
            let s = relais::fluent::pattern::pattern_to_segment(m.value.as_ref().unwrap())
                .display_text();
            let t = relais::fluent::pattern::pattern_to_segment(t.value.as_ref().unwrap())
                .display_text();
            let findings = glossary.verify(&fr, &tag, &s, &t);
            assert!(findings.is_empty(), "{locale} {id}: {findings:#?}");
        }
    }
}

#[test]
fn a_translation_that_breaks_the_glossary_fails_check_and_is_not_published() {
    let dir = tempfile::tempdir().unwrap();
    copy_project(dir.path());
    relais(dir.path()).arg("check").assert().success();
    let en = dir.path().join("locales/en/communique.ftl");
    let text = std::fs::read_to_string(&en)
        .unwrap()
        .replace("child sexual abuse material (CSAM)", "child porn");
    std::fs::write(&en, text).unwrap();
    let out = relais(dir.path())
        .args(["check", "--json"])
        .assert()
        .code(1);
    let report = crate::common::json(&out.get_output().stdout);
    let forbidden: Vec<&serde_json::Value> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["check"] == "glossary-forbidden")
        .collect();
    assert_eq!(forbidden.len(), 1, "{report}");
    assert_eq!(forbidden[0]["locale"], "en");
    assert_eq!(forbidden[0]["message_id"], "selon-les-donnees");
    assert_eq!(forbidden[0]["concept"], "C04-CSAM");
    relais(dir.path()).arg("build").assert().code(1);
    assert!(!dir.path().join("dist/en").exists());
    assert!(dir.path().join("dist/de/communique.html").exists());
    let out = relais(dir.path())
        .args(["status", "--json"])
        .assert()
        .success();
    let status = crate::common::json(&out.get_output().stdout);
    let en = status["locales"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["locale"] == "en")
        .unwrap();
    assert_eq!(en["glossary_errors"], 1);
    assert_eq!(en["publishable"], false);
}

/// Every official EU language has, for child sexual abuse (C02) and for
/// the material (C04), a preferred or admitted term whose row cites a
/// source, as `relais glossary list` shows it.
#[test]
fn glossary_list_gives_sourced_c02_and_c04_rows_in_every_language() {
    for locale in LOCALES {
        let out = relais(&repo())
            .args(["glossary", "list", "--lang", locale, "--json"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{locale}");
        let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        for concept in ["C02-child-sexual-abuse-exploitation", "C04-CSAM"] {
            let sourced = doc["terms"].as_array().unwrap().iter().any(|t| {
                t["concept"] == concept
                    && ["preferred", "admitted"].contains(&t["status"].as_str().unwrap_or(""))
                    && t["sources"]
                        .as_array()
                        .is_some_and(|s| s.iter().any(|k| k != "none"))
            });
            assert!(sourced, "{locale}: no sourced usable term for {concept}");
        }
    }
}

/// No translated page says "pornography" in any language: the legal
/// terms that contain it are deprecated (legal-quote only) and none of the
/// translations quotes a statute. The French original is published as the
/// foundation wrote it.
#[test]
fn no_published_translation_contains_a_pornography_word() {
    let dir = tempfile::tempdir().unwrap();
    copy_project(dir.path());
    relais(dir.path()).arg("build").assert().success();
    let porn = ["porn", "порн", "πορν", "pornó"];
    for locale in &LOCALES[1..] {
        for ext in ["html", "md"] {
            let path = dir.path().join(format!("dist/{locale}/communique.{ext}"));
            let text = std::fs::read_to_string(&path).unwrap().to_lowercase();
            for word in porn {
                assert!(!text.contains(word), "{locale}.{ext} contains {word}");
            }
        }
    }
}

/// The sixteen languages no native speaker has reviewed are published
/// with a notice saying so in their own language, and the status says
/// which they are; the seven reviewed ones carry none.
#[test]
fn unreviewed_translations_are_published_with_a_notice() {
    let dir = tempfile::tempdir().unwrap();
    copy_project(dir.path());
    relais(dir.path()).arg("build").assert().success();
    let page = |l: &str| {
        std::fs::read_to_string(dir.path().join(format!("dist/{l}/communique.html"))).unwrap()
    };
    assert!(page("hr").contains(
        "<p class=\"notice\" role=\"note\">Ovaj prijevod još nije pregledao izvorni govornik.</p>"
    ));
    assert!(page("sv").contains("Den här översättningen har ännu inte granskats"));
    for reviewed in ["fr", "en", "de", "es", "it", "nl", "pt", "pl"] {
        assert!(!page(reviewed).contains("class=\"notice\""), "{reviewed}");
    }
    let out = relais(dir.path())
        .args(["status", "--json"])
        .output()
        .unwrap();
    let status: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let unreviewed: Vec<&str> = status["locales"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["reviewed"] == false)
        .map(|l| l["locale"].as_str().unwrap())
        .collect();
    assert_eq!(
        unreviewed,
        [
            "bg", "cs", "da", "el", "et", "fi", "ga", "hr", "hu", "lt", "lv", "mt", "ro", "sk",
            "sl", "sv"
        ]
    );
    let html = std::fs::read_to_string(dir.path().join(".relais/status.html")).unwrap();
    assert!(html.contains("<th>Native review</th>") && html.contains("not yet"));

    // A setting for a locale the project does not have is an error.
    let toml = std::fs::read_to_string(dir.path().join("relais.toml")).unwrap();
    std::fs::write(
        dir.path().join("relais.toml"),
        format!("{toml}[locale.ja]\nreviewed = false\n"),
    )
    .unwrap();
    relais(dir.path())
        .arg("status")
        .assert()
        .code(2)
        .stderr(predicates::str::contains("locale.ja"));
}
