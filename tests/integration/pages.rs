//! The published pages: the index names the organisation, the document
//! and the date; every page has the language switcher at the top and the
//! bottom, in its own language, with the way back to the index; the
//! status page counts glossary errors among the errors. Rendered in
//! headless Chromium when it is installed.

use std::path::{Path, PathBuf};

use crate::common::relais;

fn copy_project(to: &Path) {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    for dir in ["source", "locales", "glossary"] {
        for entry in walkdir::WalkDir::new(repo.join(dir)).into_iter().flatten() {
            let dest = to.join(entry.path().strip_prefix(&repo).unwrap());
            if entry.file_type().is_dir() {
                std::fs::create_dir_all(&dest).unwrap();
            } else {
                std::fs::copy(entry.path(), &dest).unwrap();
            }
        }
    }
    std::fs::copy(repo.join("relais.toml"), to.join("relais.toml")).unwrap();
}

fn chromium() -> Option<&'static str> {
    ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|b| {
            std::process::Command::new(b)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        })
}

/// The DOM Chromium renders from `page`.
fn rendered(chromium: &str, page: &Path) -> String {
    let profile = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--dump-dom",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn index_names_the_organisation_the_document_and_the_date() {
    let dir = tempfile::tempdir().unwrap();
    copy_project(dir.path());
    let toml = dir.path().join("relais.toml");
    // The repository's relais.toml names the organisation and the date.
    let config = std::fs::read_to_string(&toml).unwrap();
    assert!(
        config.contains(
            "[build]\norganisation = \"Fondation pour l’Enfance\"\ndate = \"2024-10-29\"\n"
        )
    );
    relais(dir.path()).arg("build").assert().success();
    let index = std::fs::read_to_string(dir.path().join("dist/index.html")).unwrap();
    assert!(index.contains("<html lang=\"fr\""), "{index}");
    assert!(index.contains("<p class=\"organisation\">Fondation pour l’Enfance</p>"));
    assert!(index.contains("<h1>Rapport alarmant sur l’IA générative et la pédocriminalité</h1>"));
    assert!(index.contains("<time datetime=\"2024-10-29\">2024-10-29</time>"));
    assert!(!index.contains("<h1>relais</h1>") && !index.contains("relais —"));
    assert!(index.contains("aria-label=\"Langues\""));
    // Each language's name is kept on one line, each document on its own.
    assert!(index.contains(".language{font-weight:bold;white-space:nowrap}"));
    assert_eq!(index.matches("<span class=\"language\">").count(), 24);
    assert!(index.contains("<a href=\"de/communique.html\" hreflang=\"de\">Alarmierender Bericht"));

    // Without [build] date, the index shows SOURCE_DATE_EPOCH's day.
    let config = std::fs::read_to_string(&toml).unwrap();
    std::fs::write(&toml, config.replace("date = \"2024-10-29\"\n", "")).unwrap();
    relais(dir.path())
        .arg("build")
        .env("SOURCE_DATE_EPOCH", "1730160000")
        .assert()
        .success();
    let index = std::fs::read_to_string(dir.path().join("dist/index.html")).unwrap();
    assert!(index.contains("<time datetime=\"2024-10-29\">"), "{index}");
}

#[test]
fn pages_have_the_switcher_at_the_top_and_the_bottom_in_their_language() {
    let dir = tempfile::tempdir().unwrap();
    copy_project(dir.path());
    relais(dir.path()).arg("build").assert().success();
    let page_path = dir.path().join("dist/de/communique.html");
    let de = std::fs::read_to_string(&page_path).unwrap();
    let top = de
        .find("<nav class=\"switcher top\" aria-label=\"Sprachen\">")
        .unwrap();
    let bottom = de
        .find("<nav class=\"switcher bottom\" aria-label=\"Sprachen\">")
        .unwrap();
    assert!(top < de.find("<article>").unwrap() && bottom > de.find("</article>").unwrap());
    assert_eq!(
        de.matches("<a href=\"../index.html\">Alle Sprachen</a>")
            .count(),
        2
    );
    assert_eq!(
        de.matches("aria-current=\"page\">Deutsch</a>").count(),
        2,
        "the current language is a list item like the others"
    );
    assert!(!de.contains("aria-label=\"languages\""));
    let fr = std::fs::read_to_string(dir.path().join("dist/fr/communique.html")).unwrap();
    assert!(fr.contains("aria-label=\"Langues\"") && fr.contains(">Toutes les langues</a>"));

    let Some(chromium) = chromium() else {
        eprintln!("notice: Chromium not installed; headless rendering check skipped");
        return;
    };
    let dom = rendered(chromium, &page_path);
    assert_eq!(dom.matches("class=\"switcher ").count(), 2, "{dom}");
    assert!(dom.contains("Alle Sprachen"));
    let index = rendered(chromium, &dir.path().join("dist/index.html"));
    assert_eq!(index.matches("class=\"language\"").count(), 24, "{index}");
}

#[test]
fn status_page_counts_glossary_errors_and_folds_tm_pairs() {
    let dir = tempfile::tempdir().unwrap();
    copy_project(dir.path());
    // A forbidden term in the English translation: a glossary error.
    let en = dir.path().join("locales/en/communique.ftl");
    let text = std::fs::read_to_string(&en).unwrap();
    assert!(text.contains("involving child sexual abuse material"));
    std::fs::write(
        &en,
        text.replacen(
            "involving child sexual abuse material",
            "involving child porn",
            1,
        ),
    )
    .unwrap();
    // A TM unit in en-US folds with the en units.
    let tmx = dir.path().join("us.tmx");
    std::fs::write(
        &tmx,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header creationtool=\"t\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" srclang=\"fr\" datatype=\"plaintext\"/><body><tu><tuv xml:lang=\"fr\"><seg>Bonjour à tous</seg></tuv><tuv xml:lang=\"en-US\"><seg>Hello everyone</seg></tuv></tu></body></tmx>\n",
    )
    .unwrap();
    relais(dir.path()).arg("build").assert().failure();
    relais(dir.path())
        .args(["tm", "import", "us.tmx"])
        .assert()
        .success();
    relais(dir.path())
        .args(["status", "--html", ".relais/status.html"])
        .assert()
        .success();
    let page_path = dir.path().join(".relais/status.html");
    let page = std::fs::read_to_string(&page_path).unwrap();
    let row = page
        .lines()
        .find(|l| l.starts_with("<tr><td lang=\"en\">"))
        .unwrap();
    // Errors is the 8th cell: not 0 for a locale held back by its glossary.
    let cells: Vec<&str> = row.split("<td").collect();
    assert!(!cells[7].contains(">0<"), "{row}");
    assert!(row.contains("<strong>no</strong>"), "{row}");
    assert!(!page.contains("<th>Glossary</th>"));
    assert!(page.contains("<details class=\"findings\" id=\"locale-en\" open>"));
    assert!(page.contains("<details class=\"findings\" id=\"locale-de\">"));
    assert!(page.contains("td:first-child,th:first-child{text-align:left;white-space:nowrap}"));
    assert!(
        page.contains("<code>en</code> – <code>fr</code>")
            || page.contains("<code>fr</code> – <code>en</code>")
    );
    assert!(!page.contains("<code>en-US</code>"), "{page}");

    // status --help shows where build writes the page.
    let help = relais(dir.path())
        .args(["status", "--help"])
        .env("RELAIS_LANG", "en")
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&help.stdout).contains("relais status --html .relais/status.html")
    );

    let Some(chromium) = chromium() else {
        eprintln!("notice: Chromium not installed; headless rendering check skipped");
        return;
    };
    let dom = rendered(chromium, &page_path);
    assert_eq!(
        dom.matches("<details class=\"findings\"").count(),
        23,
        "{dom}"
    );
}
