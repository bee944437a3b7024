//! The terminology gate, end to end: a wrong term through every path a
//! translation takes (xliff import, review accept, sync, build, tm import,
//! tm add, lookup, pretranslate), and an unfinished language published as
//! translated. Each scenario runs on a copy of this repository's project
//! and on a project made with `relais init`.

use std::path::{Path, PathBuf};

use crate::common::{json, relais};

/// The French message whose English translation the scenarios spoil.
const SOURCE_FONDATION: &str = "La Fondation pour l’Enfance appelle à une mobilisation collective face à cette menace émergente et formule 14 recommandations visant à détecter et sanctionner les contenus pédocriminels générés par l’IA, ainsi qu’à prévenir l’exploitation sexuelle en ligne des enfants.";
const GOOD_TERM: &str = "AI-generated child sexual abuse material";

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// This repository's project (configuration, source, glossary, locales).
fn repo_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(repo().join("relais.toml"), dir.path().join("relais.toml")).unwrap();
    for sub in ["source", "glossary", "locales"] {
        copy_dir(&repo().join(sub), &dir.path().join(sub));
    }
    dir
}

/// A new project as a user starts one: `relais init`, the press release,
/// the glossary, `extract`, and the English translation of this
/// repository; German has nothing yet.
fn fresh_project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    copy_dir(&repo().join("source"), &d.join("source"));
    copy_dir(&repo().join("glossary"), &d.join("glossary"));
    relais(d)
        .args([
            "init",
            "--source-locale",
            "fr",
            "--locale",
            "en,de",
            "--document",
            "communique=source/communique-fr.md",
        ])
        .assert()
        .success();
    let mut toml = std::fs::read_to_string(d.join("relais.toml")).unwrap();
    if !toml.contains("glossary/terms.tsv") {
        toml.push_str("\n[glossary]\nfiles = [\"glossary/terms.tsv\"]\n");
    }
    std::fs::write(d.join("relais.toml"), toml).unwrap();
    relais(d)
        .args(["extract", "source/communique-fr.md"])
        .assert()
        .success();
    std::fs::create_dir_all(d.join("locales/en")).unwrap();
    std::fs::copy(
        repo().join("locales/en/communique.ftl"),
        d.join("locales/en/communique.ftl"),
    )
    .unwrap();
    dir
}

fn en_file(d: &Path) -> PathBuf {
    d.join("locales/en/communique.ftl")
}

/// Replaces the English translation's good term in the message of
/// `SOURCE_FONDATION`, optionally marking it for review.
fn spoil_en(d: &Path, wrong: &str, review: bool) {
    let text = std::fs::read_to_string(en_file(d)).unwrap();
    let mut out = String::new();
    for line in text.split_inclusive('\n') {
        if line.starts_with("la-fondation-pour = ") {
            if review {
                out.push_str("# relais: review score=88 origin=communique:la-fondation-pour\n");
            }
            out.push_str(&line.replace(GOOD_TERM, wrong));
        } else {
            out.push_str(line);
        }
    }
    assert!(out.contains(wrong), "the fixture message changed");
    std::fs::write(en_file(d), out).unwrap();
}

/// Every published file under `dist/`, as text.
fn published(d: &Path) -> String {
    let mut all = String::new();
    let dist = d.join("dist");
    if !dist.exists() {
        return all;
    }
    let mut stack = vec![dist];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                all.push_str(&std::fs::read_to_string(p).unwrap());
            }
        }
    }
    all
}

/// The English TM matches of the spoilt message's source.
fn lookup_en(d: &Path) -> Vec<serde_json::Value> {
    let stdout = crate::common::stdout_of(
        d,
        &[
            "tm",
            "lookup",
            "--source",
            "fr",
            "--target",
            "en",
            "--json",
            SOURCE_FONDATION,
        ],
    );
    json(&stdout)["matches"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

/// No match offers `term` without a glossary flag naming it.
fn no_unflagged_match_with(d: &Path, term: &str) {
    for m in lookup_en(d) {
        let target = m["target"].as_str().unwrap();
        if target.contains(term) {
            let flags = m["glossary"].as_array().expect("a flagged match");
            assert!(
                flags.iter().any(|f| f["found"].as_str() == Some(term)),
                "{m}"
            );
            assert!(
                flags
                    .iter()
                    .all(|f| !f["preferred"].as_array().unwrap().is_empty())
            );
        }
    }
}

// ---------------------------------------------------------------------------
// Scenario 1: an XLIFF comes back with "child pornography".

fn xliff_with_deprecated_term(d: &Path) {
    relais(d).arg("build").assert().success();
    relais(d)
        .args(["xliff", "export", "--locale", "en", "-o", "en.xlf"])
        .assert()
        .success();
    let xlf = std::fs::read_to_string(d.join("en.xlf")).unwrap();
    let mut spoilt = String::new();
    let mut in_unit = false;
    let mut done = false;
    for line in xlf.split_inclusive('\n') {
        in_unit |= line.contains("id=\"communique#la-fondation-pour\"");
        if in_unit && !done && line.contains("<target") && line.contains(GOOD_TERM) {
            spoilt.push_str(&line.replace(GOOD_TERM, "AI-generated child pornography"));
            done = true;
        } else {
            spoilt.push_str(line);
        }
    }
    assert!(done, "the exported unit changed");
    std::fs::write(d.join("en.xlf"), spoilt).unwrap();

    // Import: applied for review, reported as an error, not stored.
    let out = relais(d)
        .args(["xliff", "import", "en.xlf"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("error[glossary-deprecated]"), "{stdout}");
    let en = std::fs::read_to_string(en_file(d)).unwrap();
    let marked = en
        .lines()
        .take_while(|l| !l.starts_with("la-fondation-pour ="))
        .last()
        .unwrap();
    assert!(marked.contains("relais: review"), "{en}");

    // check fails; build leaves English out and publishes no wrong term.
    relais(d).arg("check").assert().code(1);
    relais(d).arg("build").assert().code(1);
    assert!(!d.join("dist/en").exists());
    assert!(!published(d).contains("child pornography"));
    no_unflagged_match_with(d, "child pornography");

    // Deleted and pretranslated again: never the wrong term unmarked.
    let en = std::fs::read_to_string(en_file(d)).unwrap();
    let kept: Vec<&str> = en
        .split("\n\n")
        .filter(|block| !block.contains("la-fondation-pour ="))
        .collect();
    std::fs::write(en_file(d), kept.join("\n\n")).unwrap();
    relais(d)
        .args(["pretranslate", "--locale", "en"])
        .assert()
        .success();
    let en = std::fs::read_to_string(en_file(d)).unwrap();
    let block = en
        .split("\n\n")
        .find(|b| b.contains("la-fondation-pour ="))
        .expect("refilled");
    let value = block
        .lines()
        .find(|l| l.starts_with("la-fondation-pour ="))
        .unwrap();
    assert!(
        !value.contains("child pornography") || block.contains("relais: review"),
        "{block}"
    );
}

#[test]
fn xliff_with_a_deprecated_term_is_never_published_stored_or_reused_repo() {
    let dir = repo_copy();
    xliff_with_deprecated_term(dir.path());
}

#[test]
fn xliff_with_a_deprecated_term_is_never_published_stored_or_reused_fresh() {
    let dir = fresh_project();
    // German is empty here: publish English alone.
    std::fs::write(
        dir.path().join("relais.toml"),
        std::fs::read_to_string(dir.path().join("relais.toml"))
            .unwrap()
            .replace("\"en\", \"de\"", "\"en\""),
    )
    .unwrap();
    xliff_with_deprecated_term(dir.path());
}

// ---------------------------------------------------------------------------
// Scenario 2: review accept of a forbidden term.

fn accept_forbidden(d: &Path) {
    spoil_en(d, "AI-generated child porn", true);
    let out = relais(d)
        .args(["review", "accept", "--locale", "en", "la-fondation-pour"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("error[glossary-forbidden]"), "{stdout}");
    assert!(stdout.contains("“child porn”"), "{stdout}");
    assert!(
        stdout.contains("= reason: "),
        "the glossary’s reason: {stdout}"
    );
    assert!(
        std::fs::read_to_string(en_file(d))
            .unwrap()
            .contains("# relais: review score=88"),
        "still waiting for review"
    );

    // Neither stored nor published.
    relais(d).arg("build").assert().code(1);
    assert!(!d.join("dist/en").exists());
    assert!(!published(d).contains("child porn"));
    for m in lookup_en(d) {
        assert!(!m["target"].as_str().unwrap().contains("child porn"), "{m}");
    }

    // --force needs a reason, and records it.
    relais(d)
        .args([
            "review",
            "accept",
            "--locale",
            "en",
            "--force",
            "la-fondation-pour",
        ])
        .assert()
        .code(2);
    relais(d)
        .args([
            "review",
            "accept",
            "--locale",
            "en",
            "la-fondation-pour",
            "--force",
            "--reason",
            "quotes the offenders' own words",
        ])
        .assert()
        .success();
    let en = std::fs::read_to_string(en_file(d)).unwrap();
    assert!(
        en.contains("# relais-ignore: glossary-forbidden@en quotes the offenders' own words"),
        "{en}"
    );
    assert!(!en.contains("# relais: review score=88"));
}

#[test]
fn review_accept_refuses_a_forbidden_term_repo() {
    let dir = repo_copy();
    accept_forbidden(dir.path());
}

#[test]
fn review_accept_refuses_a_forbidden_term_fresh() {
    let dir = fresh_project();
    accept_forbidden(dir.path());
}

// ---------------------------------------------------------------------------
// TM paths: tm import, tm add, sync, pretranslate.

#[test]
fn imported_and_added_units_with_avoided_terms_are_flagged_and_never_reused_silently() {
    let dir = repo_copy();
    let d = dir.path();
    std::fs::write(
        d.join("old.tmx"),
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header srclang=\"fr\" datatype=\"plaintext\" segtype=\"sentence\" adminlang=\"en\" o-tmf=\"x\" creationtool=\"x\" creationtoolversion=\"1\"/><body>\
             <tu><tuv xml:lang=\"fr\"><seg>{SOURCE_FONDATION}</seg></tuv><tuv xml:lang=\"en\"><seg>The Fondation pour l’Enfance calls for action against AI-generated child pornography.</seg></tuv></tu>\
             </body></tmx>\n"
        ),
    )
    .unwrap();
    relais(d)
        .args(["tm", "import", "old.tmx"])
        .assert()
        .success();
    let stats = relais(d).args(["tm", "stats", "--json"]).output().unwrap();
    assert_eq!(json(&stats.stdout)["flagged_units"], 1);

    relais(d)
        .args([
            "tm",
            "add",
            "--source",
            "fr",
            "--target",
            "en",
            "des contenus pédopornographiques",
            "child porn",
        ])
        .assert()
        .success()
        .stderr(predicates::str::contains("child porn"));
    let stats = relais(d).args(["tm", "stats", "--json"]).output().unwrap();
    assert_eq!(json(&stats.stdout)["flagged_units"], 2);

    no_unflagged_match_with(d, "child pornography");
    let human = relais(d)
        .args(["tm", "lookup", "--source", "fr", "--target", "en"])
        .arg(SOURCE_FONDATION)
        .output()
        .unwrap();
    let human = String::from_utf8_lossy(&human.stdout);
    assert!(human.contains("deprecated “child pornography”"), "{human}");
    assert!(human.contains("child sexual abuse material"), "{human}");

    let conc = relais(d)
        .args(["tm", "concordance", "--json", "child", "porn"])
        .output()
        .unwrap();
    let hits = json(&conc.stdout)["hits"].as_array().cloned().unwrap();
    assert!(!hits.is_empty());
    assert!(
        hits.iter()
            .all(|h| !h["glossary"].as_array().unwrap().is_empty())
    );

    // The only match for a missing message is flagged: filled for review,
    // naming the term.
    let en = std::fs::read_to_string(en_file(d)).unwrap();
    let kept: Vec<&str> = en
        .split("\n\n")
        .filter(|block| !block.contains("la-fondation-pour ="))
        .collect();
    std::fs::write(en_file(d), kept.join("\n\n")).unwrap();
    // The clean unit of the repository's own translation is not in this
    // TM (it was never synced): only the imported one can match.
    relais(d)
        .args(["pretranslate", "--locale", "en", "--min-score", "50"])
        .assert()
        .success();
    let en = std::fs::read_to_string(en_file(d)).unwrap();
    let block = en
        .split("\n\n")
        .find(|b| b.contains("la-fondation-pour ="))
        .expect("filled from the TM");
    assert!(block.contains("relais: review"), "{block}");
    assert!(block.contains("“child pornography”"), "{block}");
}

#[test]
fn sync_never_stores_a_translation_with_a_glossary_error() {
    let dir = repo_copy();
    let d = dir.path();
    // Reviewed (no mark) but wrong: check and build refuse it, and the TM
    // fill keeps it out.
    spoil_en(d, "AI-generated child porn", false);
    relais(d).arg("build").assert().code(1);
    for m in lookup_en(d) {
        assert!(!m["target"].as_str().unwrap().contains("child porn"), "{m}");
    }
    relais(d).arg("sync").assert().success();
    for m in lookup_en(d) {
        assert!(!m["target"].as_str().unwrap().contains("child porn"), "{m}");
    }
}

// ---------------------------------------------------------------------------
// Scenario 3: an untranslated language is not published as translated.

#[test]
fn an_unfinished_locale_is_not_published_and_says_why() {
    let dir = fresh_project();
    let d = dir.path();
    let out = relais(d).arg("build").output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("de not published: communique: 0 of 15"),
        "{stderr}"
    );
    assert!(d.join("dist/en/communique.html").exists());
    assert!(!d.join("dist/de").exists());
    let index = std::fs::read_to_string(d.join("dist/index.html")).unwrap();
    assert!(!index.contains("Deutsch"), "{index}");
    let en = std::fs::read_to_string(d.join("dist/en/communique.html")).unwrap();
    assert!(
        !en.contains("hreflang=\"de\""),
        "no link to an unpublished page"
    );

    // The status (JSON and page) says the same, with the reason.
    let status = relais(d).args(["status", "--json"]).output().unwrap();
    let status = json(&status.stdout);
    let de = status["locales"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["locale"] == "de")
        .unwrap()
        .clone();
    assert_eq!(de["publishable"], false);
    assert_eq!(de["holds"][0]["kind"], "incomplete");
    assert_eq!(de["holds"][0]["percent"], 0);
    let page = std::fs::read_to_string(d.join(".relais/status.html")).unwrap();
    assert!(
        page.contains("0 of 15 messages translated and reviewed"),
        "{page}"
    );

    relais(d).args(["build", "--strict"]).assert().code(1);
}

#[test]
fn a_lower_threshold_publishes_fallbacks_marked_in_the_source_language() {
    let dir = repo_copy();
    let d = dir.path();
    let es = d.join("locales/es/communique.ftl");
    let text = std::fs::read_to_string(&es).unwrap();
    let kept: Vec<&str> = text
        .split("\n\n")
        .filter(|block| !block.contains("identifier-et-proteger ="))
        .collect();
    std::fs::write(&es, kept.join("\n\n")).unwrap();

    relais(d).arg("build").assert().success();
    assert!(!d.join("dist/es").exists(), "14 of 15 is below 100 %");

    let toml = std::fs::read_to_string(d.join("relais.toml")).unwrap();
    let toml = toml.replace("[build]\n", "[build]\nmin_translated = 90\n");
    assert!(toml.contains("min_translated = 90"));
    std::fs::write(d.join("relais.toml"), toml).unwrap();
    relais(d).arg("build").assert().success();
    let page = std::fs::read_to_string(d.join("dist/es/communique.html")).unwrap();
    assert!(
        page.contains("<li lang=\"fr\">Identifier et protéger les enfants victimes,</li>"),
        "{page}"
    );
    assert!(page.contains("class=\"notice\""), "{page}");
    assert!(page.contains("aún no están traducidas"), "{page}");
    // A complete page has no notice.
    let de = std::fs::read_to_string(d.join("dist/de/communique.html")).unwrap();
    assert!(!de.contains("class=\"notice\""));
}
