//! The publication pipeline end to end: init, extract, build, edit,
//! extract, pretranslate, sync, review accept.

use std::fmt::Write as _;
use std::path::Path;

use predicates::prelude::*;

use crate::common::{json, relais};

const SOURCE: &str = "# Le rapport annuel\n\n*12 mars 2025*\n\nLa Fondation publie aujourd’hui son rapport annuel sur la protection des enfants en ligne.\n\nLe rapport formule trois recommandations principales pour les pouvoirs publics :\n\n1. Identifier les victimes,\n2. Former les enquêteurs,\n3. Sensibiliser les familles.\n\nPour en savoir plus, [lisez le rapport](https://example.org/rapport).\n";

fn write(dir: &Path, rel: &str, text: &str) {
    let path = dir.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn ids(dir: &Path) -> Vec<String> {
    std::fs::read_to_string(dir.join("locales/fr/doc.ftl"))
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with('#') && l.contains(" = "))
        .map(|l| l.split(" = ").next().unwrap().to_string())
        .collect()
}

const GERMAN: [&str; 8] = [
    "Der Jahresbericht",
    "<em>12. März 2025</em>",
    "Die Stiftung veröffentlicht heute ihren Jahresbericht über den Schutz von Kindern im Internet.",
    "Der Bericht gibt drei Hauptempfehlungen für die Behörden:",
    "Opfer identifizieren,",
    "Ermittler schulen,",
    "Familien sensibilisieren.",
    "Mehr dazu <a data-l10n-name=\"1\">im Bericht</a>.",
];

fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "source/doc.md", SOURCE);
    relais(dir.path())
        .args([
            "init",
            "--source-locale",
            "fr",
            "--locale",
            "de,en",
            "--document",
            "doc=source/doc.md",
        ])
        .assert()
        .success();
    relais(dir.path())
        .args(["extract", "source/doc.md"])
        .assert()
        .success();
    let mut de = String::from("### relais: document=doc\n");
    for (id, text) in ids(dir.path()).iter().zip(GERMAN) {
        let _ = write!(de, "\n{id} = {text}\n");
    }
    write(dir.path(), "locales/de/doc.ftl", &de);
    dir
}

#[test]
fn extract_writes_structure_and_stable_ids() {
    let dir = project();
    assert_eq!(
        ids(dir.path()),
        [
            "le-rapport-annuel",
            "p-12-mars-2025",
            "la-fondation-publie",
            "le-rapport-formule",
            "identifier-les-victimes",
            "former-les-enqueteurs",
            "sensibiliser-les-familles",
            "pour-en-savoir"
        ]
    );
    let fr = std::fs::read_to_string(dir.path().join("locales/fr/doc.ftl")).unwrap();
    assert!(fr.contains("# relais: block=li list=1 ordered source-hash="));
    assert!(fr.contains("link.1=https://example.org/rapport"));
    // Running it again changes nothing.
    let out = relais(dir.path())
        .args(["extract", "source/doc.md", "--json"])
        .assert()
        .success();
    let report = json(&out.get_output().stdout);
    assert_eq!(report["unchanged"], 8);
    assert_eq!(report["changed"].as_array().unwrap().len(), 0);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("locales/fr/doc.ftl")).unwrap(),
        fr
    );
}

#[test]
fn build_publishes_finished_locales_and_says_how_far_the_others_are() {
    let dir = project();
    relais(dir.path())
        .args(["build"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "en not published: doc: 0 of 8 messages translated and reviewed (0%), 100% needed",
        ));
    assert!(!dir.path().join("dist/en").exists());
    let de = std::fs::read_to_string(dir.path().join("dist/de/doc.html")).unwrap();
    assert!(de.contains("<html lang=\"de\" dir=\"ltr\">"));
    assert!(de.contains("<h1>Der Jahresbericht</h1>"));
    assert!(de.contains("<ol>\n<li>Opfer identifizieren,</li>"));
    assert!(de.contains("<a href=\"https://example.org/rapport\">im Bericht</a>"));
    assert!(
        !de.contains('\u{2068}') && !de.contains('\u{2069}'),
        "no bidi isolation marks"
    );
    let md = std::fs::read_to_string(dir.path().join("dist/de/doc.md")).unwrap();
    assert!(md.starts_with("# Der Jahresbericht\n\n*12. März 2025*\n"));
    assert!(md.contains("1. Opfer identifizieren,\n2. Ermittler schulen,"));
    let index = std::fs::read_to_string(dir.path().join("dist/index.html")).unwrap();
    for loc in ["fr", "de"] {
        assert!(
            index.contains(&format!("href=\"{loc}/doc.html\"")),
            "{loc} missing from index"
        );
    }
    assert!(!index.contains("href=\"en/doc.html\""));
    // --strict: the untranslated locale is an error.
    relais(dir.path())
        .args(["build", "--strict"])
        .assert()
        .code(1);
    assert!(!dir.path().join("dist/en").exists());
    assert!(dir.path().join("dist/de/doc.html").exists());
    // With no minimum, English is published in French, and says so.
    let toml = std::fs::read_to_string(dir.path().join("relais.toml")).unwrap();
    write(
        dir.path(),
        "relais.toml",
        &format!("{toml}\n[build]\nmin_translated = 0\n"),
    );
    relais(dir.path())
        .args(["build"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "en/doc: 8 messages shown in the source language",
        ));
    let en = std::fs::read_to_string(dir.path().join("dist/en/doc.html")).unwrap();
    assert!(
        en.contains("<h1 lang=\"fr\">Le rapport annuel</h1>"),
        "{en}"
    );
    assert!(en.contains("class=\"notice\""));
}

#[test]
fn a_locale_with_syntax_errors_is_not_published() {
    let dir = project();
    let path = dir.path().join("locales/de/doc.ftl");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, format!("{text}\nbroken key = oops\n")).unwrap();
    relais(dir.path())
        .args(["build"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("de[syntax-error]"));
    assert!(!dir.path().join("dist/de").exists());
    assert!(dir.path().join("dist/fr/doc.html").exists());
}

#[test]
fn edited_paragraph_is_offered_as_fuzzy_match_and_the_rest_is_kept() {
    let dir = project();
    // The TM learns the German translations.
    relais(dir.path()).args(["build"]).assert().success();
    let before = std::fs::read_to_string(dir.path().join("locales/de/doc.ftl")).unwrap();
    // Edit one paragraph of the source.
    let edited = SOURCE.replace(
        "son rapport annuel sur la protection",
        "son nouveau rapport annuel sur la protection",
    );
    write(dir.path(), "source/doc.md", &edited);
    let out = relais(dir.path())
        .args(["extract", "source/doc.md", "--json"])
        .assert()
        .success();
    let report = json(&out.get_output().stdout);
    assert_eq!(report["changed"][0]["id"], "la-fondation-publie");
    assert_eq!(report["added"].as_array().unwrap().len(), 0);
    // The hand-written German file records no source hashes: the TM,
    // filled by build, knows what each translation was made from.
    let out = relais(dir.path())
        .args(["pretranslate", "--locale", "de", "--json"])
        .assert()
        .success();
    let doc = json(&out.get_output().stdout);
    let report = &doc["locales"][0]["documents"][0];
    assert_eq!(
        report["source_changed"],
        serde_json::json!(["la-fondation-publie"])
    );
    assert_eq!(report["kept"], 7);
    let after = std::fs::read_to_string(dir.path().join("locales/de/doc.ftl")).unwrap();
    // Every other German translation is kept byte for byte.
    let removed: Vec<&str> = before
        .lines()
        .filter(|l| !after.lines().any(|a| a == *l))
        .collect();
    assert_eq!(removed, Vec::<&str>::new(), "lines lost");
    let added: Vec<&str> = after
        .lines()
        .filter(|l| !before.lines().any(|b| b == *l))
        .collect();
    assert_eq!(added.len(), 1, "{added:?}");
    assert!(added[0].starts_with("# relais: review score="), "{added:?}");
    // Sync does not store the translation waiting for review with the
    // new source.
    let out = relais(dir.path())
        .args(["sync", "--json"])
        .assert()
        .success();
    let s = json(&out.get_output().stdout);
    assert_eq!(s["skipped_review"], 1);
    let new_text = "La Fondation publie aujourd’hui son nouveau rapport annuel sur la protection des enfants en ligne.";
    let out = relais(dir.path())
        .args([
            "tm", "lookup", new_text, "--source", "fr", "--target", "de", "--json",
        ])
        .assert()
        .success();
    let m = json(&out.get_output().stdout);
    assert!(m["matches"][0]["score"].as_u64().unwrap() < 100, "{m}");
}

#[test]
fn pretranslate_fills_from_the_tm_and_marks_fuzzy_matches() {
    let dir = project();
    relais(dir.path()).args(["sync"]).assert().success();
    // Sync is idempotent.
    let out = relais(dir.path())
        .args(["sync", "--json"])
        .assert()
        .success();
    let s = json(&out.get_output().stdout);
    assert_eq!(s["added"], 0);
    assert!(s["merged"].as_u64().unwrap() > 0);
    // Remove the German file: pretranslate rebuilds it from in-context matches.
    let de_path = dir.path().join("locales/de/doc.ftl");
    let original = std::fs::read_to_string(&de_path).unwrap();
    std::fs::remove_file(&de_path).unwrap();
    relais(dir.path())
        .args(["pretranslate", "--locale", "de"])
        .assert()
        .success();
    let rebuilt = std::fs::read_to_string(&de_path).unwrap();
    for text in GERMAN {
        assert!(rebuilt.contains(text), "{text} missing from\n{rebuilt}");
    }
    assert!(
        !rebuilt.contains("review"),
        "in-context matches need no review:\n{rebuilt}"
    );
    assert!(original.len() < rebuilt.len(), "source hashes recorded");
    // A glossary gives the translator hints on filled messages.
    write(
        dir.path(),
        "glossary/terms.tsv",
        "concept\tlang\tterm\tstatus\tevidence\tsource\treview\tmatch\tpos\tnote\nC1\tfr\trapport annuel\tpreferred\tG\tnone\t\t\tnoun\t\nC1\tde\tJahresbericht\tpreferred\tG\tnone\t\t\tnoun\t\nC1\tde\tJahresreport\tdeprecated\tG\tnone\t\t\tnoun\tAnglizismus\n",
    );
    // Edit a paragraph, re-extract, pretranslate: only that message changes
    // and it is marked for review with its score.
    let edited = SOURCE.replace(
        "son rapport annuel sur la protection",
        "son nouveau rapport annuel sur la protection",
    );
    write(dir.path(), "source/doc.md", &edited);
    relais(dir.path())
        .args(["extract", "source/doc.md"])
        .assert()
        .success();
    let out = relais(dir.path())
        .args(["pretranslate", "--locale", "de", "--json"])
        .assert()
        .success();
    let doc = json(&out.get_output().stdout);
    let report = &doc["locales"][0]["documents"][0];
    assert_eq!(
        report["source_changed"],
        serde_json::json!(["la-fondation-publie"])
    );
    assert_eq!(report["kept"], 7);
    let after = std::fs::read_to_string(&de_path).unwrap();
    let added: Vec<&str> = after
        .lines()
        .filter(|l| !rebuilt.lines().any(|b| b == *l))
        .collect();
    let removed: Vec<&str> = rebuilt
        .lines()
        .filter(|l| !after.lines().any(|a| a == *l))
        .collect();
    assert_eq!(
        removed.len(),
        1,
        "only the edited message's comment changes: {removed:?}"
    );
    assert!(added[0].starts_with("# relais: review score="), "{added:?}");
    assert_eq!(
        added.get(1).copied(),
        Some(
            "# Glossary: \"rapport annuel\" (C1) → Jahresbericht; avoid: Jahresreport (deprecated)"
        ),
        "the glossary terms of the new source are listed: {added:?}"
    );
    let score: u32 = added[0]
        .split("score=")
        .nth(1)
        .unwrap()
        .split(' ')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert!((75..100).contains(&score), "score {score}");
    // The translation is offered: the previous German text, from the TM.
    assert!(after.contains(GERMAN[2]));
    // Accepting it removes the mark.
    relais(dir.path())
        .args(["review", "accept", "--locale", "de", "la-fondation-publie"])
        .assert()
        .success();
    assert!(
        !std::fs::read_to_string(&de_path)
            .unwrap()
            .contains("review")
    );
}

#[test]
fn commands_that_need_a_project_say_so() {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        vec!["build"],
        vec!["sync"],
        vec!["pretranslate", "--locale", "de"],
    ] {
        relais(dir.path())
            .args(&args)
            .assert()
            .code(2)
            .stderr(predicate::str::contains("relais init"));
    }
    write(
        dir.path(),
        "relais.toml",
        "source_locale = \"fr\"\nlocales = [\"xx yy\"]\n",
    );
    relais(dir.path())
        .args(["build"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("locales[0]"));
}
