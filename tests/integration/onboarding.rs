//! A new project's first commands: `init` says what to run next and
//! writes a commented `relais.toml`, refuses a document that does not
//! exist; `build` before `extract` says to extract; `pretranslate` with
//! an empty TM writes a skeleton of every message that check and build
//! still see as missing; extracted ids never read as a locale.

use std::path::Path;

use crate::common::relais;

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn write_source(dir: &Path) {
    std::fs::create_dir_all(dir.join("source")).unwrap();
    std::fs::write(
        dir.join("source/note.md"),
        "# Note de la Fondation\n\nEn 2024, la Fondation a publié un rapport.\n\nSelon les données de l’Office, 40\u{a0}% des affaires.\n",
    )
    .unwrap();
}

#[test]
fn init_refuses_a_missing_document_and_says_what_to_run_next() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let out = relais(d)
        .args(["init", "--source-locale", "fr", "--locale", "de"])
        .args(["--document", "note=source/note.md"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("the source of document note does not exist"),
        "{}",
        stderr(&out)
    );
    assert!(!d.join("relais.toml").exists());

    write_source(d);
    let out = relais(d)
        .args(["init", "--source-locale", "fr", "--locale", "de"])
        .args(["--document", "note=source/note.md"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("next steps:"), "{err}");
    assert!(
        err.contains(
            "relais extract source/note.md   # the document’s messages → locales/fr/note.ftl"
        ),
        "{err}"
    );
    for step in ["relais pretranslate", "relais check", "relais build"] {
        assert!(err.contains(step), "{step}: {err}");
    }
    let toml = std::fs::read_to_string(d.join("relais.toml")).unwrap();
    assert!(toml.starts_with("# relais project."), "{toml}");
    assert!(toml.contains("# The language the documents are written in.\nsource_locale = \"fr\""));
    assert!(toml.contains("# [build]\n# min_translated = 100\n"));
    assert!(toml.lines().filter(|l| l.starts_with('#')).count() >= 10);
    // In French, the steps and the comments follow the user's language.
    let out = relais(d)
        .env("RELAIS_LANG", "fr")
        .args(["init", "--force", "--source-locale", "fr", "--locale", "de"])
        .output()
        .unwrap();
    assert!(
        stderr(&out).contains("étapes suivantes\u{a0}:"),
        "{}",
        stderr(&out)
    );
    let toml = std::fs::read_to_string(d.join("relais.toml")).unwrap();
    assert!(toml.contains("# La langue dans laquelle les documents sont rédigés."));
}

#[test]
fn build_before_extract_says_to_extract_then_pretranslate_writes_a_skeleton() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write_source(d);
    relais(d)
        .args(["init", "--source-locale", "fr", "--locale", "de"])
        .args(["--document", "note=source/note.md"])
        .assert()
        .success();
    let out = relais(d).arg("build").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains(
            "locales/fr/note.ftl does not exist: run `relais extract source/note.md --document note` first"
        ),
        "{}",
        stderr(&out)
    );

    let out = relais(d)
        .args(["extract", "source/note.md"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let fr = std::fs::read_to_string(d.join("locales/fr/note.ftl")).unwrap();
    // « En 2024, … » does not give an id that reads as a locale.
    assert!(fr.contains("\np-en-2024-la = En 2024"), "{fr}");
    assert!(!fr.contains("\nen-2024"), "{fr}");

    // An empty TM: nothing matches, the file is created all the same.
    relais(d)
        .args(["pretranslate", "--locale", "de"])
        .assert()
        .success();
    let de = std::fs::read_to_string(d.join("locales/de/note.ftl")).unwrap();
    for id in ["note-de-la", "p-en-2024-la", "selon-les-donnees"] {
        assert!(de.contains(&format!("\n# {id} = ")), "{id}:\n{de}");
        assert!(
            !de.contains(&format!("\n{id} = ")),
            "{id} is a message:\n{de}"
        );
    }
    assert!(de.contains("# Not translated yet: translate the message below"));
    // check and build still see every message as missing.
    let out = relais(d).args(["check", "--json"]).output().unwrap();
    let report = crate::common::json(&out.stdout);
    let missing: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["check"] == "missing-message" && f["locale"] == "de")
        .filter_map(|f| f["message_id"].as_str())
        .collect();
    assert_eq!(
        missing,
        ["note-de-la", "p-en-2024-la", "selon-les-donnees"],
        "{report}"
    );
    relais(d).arg("build").assert().success();
    assert!(!d.join("dist/de").exists());
    assert!(d.join("dist/fr/note.html").exists());
}

#[test]
fn a_bare_ia_is_artificial_intelligence_not_generative_ai() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::create_dir_all(d.join("glossary")).unwrap();
    for f in ["terms.tsv", "concepts.tsv", "sources.tsv"] {
        std::fs::copy(repo.join("glossary").join(f), d.join("glossary").join(f)).unwrap();
    }
    relais(d)
        .args(["init", "--source-locale", "fr", "--locale", "en"])
        .assert()
        .success();
    let lookup = |text: &str| {
        let out = relais(d)
            .args([
                "glossary", "lookup", "--source", "fr", "--target", "en", text,
            ])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    for text in [
        "les contenus générés par l’IA",
        "le rôle de l’intelligence artificielle",
    ] {
        let found = lookup(text);
        assert!(found.contains("C22-AI"), "{text}: {found}");
        assert!(!found.contains("C10-generative-AI"), "{text}: {found}");
        assert!(found.contains("artificial intelligence"), "{text}: {found}");
    }
    let found = lookup("l’IA générative");
    assert!(
        found.contains("C10-generative-AI") && !found.contains("C22-AI"),
        "{found}"
    );
}

/// `--tm` is shown only where a command opens the TM, `--wait` only where
/// it waits for a lock; both are still accepted everywhere.
#[test]
fn help_shows_tm_and_wait_only_where_they_matter() {
    let dir = tempfile::tempdir().unwrap();
    let help = |args: &[&str]| {
        let out = relais(dir.path())
            .args(args)
            .arg("--help")
            .env("LANG", "C")
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    for args in [&["check"][..], &["init"], &["glossary", "list"], &["man"]] {
        let h = help(args);
        assert!(
            !h.contains("--tm") && !h.contains("--wait"),
            "{args:?}:\n{h}"
        );
    }
    for args in [
        &["extract"][..],
        &["review", "accept"],
        &["glossary", "import"],
    ] {
        let h = help(args);
        assert!(
            !h.contains("--tm") && h.contains("--wait"),
            "{args:?}:\n{h}"
        );
    }
    for args in [
        &["tm", "lookup"][..],
        &["build"],
        &["pretranslate"],
        &["xliff", "import"],
    ] {
        let h = help(args);
        assert!(h.contains("--tm") && h.contains("--wait"), "{args:?}:\n{h}");
    }
    std::fs::create_dir_all(dir.path().join("en")).unwrap();
    std::fs::write(dir.path().join("en/a.ftl"), "a = A\n").unwrap();
    relais(dir.path())
        .args(["check", "--tm", "x", "--wait", "3", "--source-locale", "en"])
        .args(["--files", "{locale}/a.ftl"])
        .assert()
        .success();
}
