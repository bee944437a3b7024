//! `relais status`: table, JSON and the self-contained HTML page, which
//! must render in headless Chromium with one bar per locale.

use std::path::{Path, PathBuf};

use crate::common::{json, relais};

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

#[test]
fn status_counts_and_json() {
    let dir = tempfile::tempdir().unwrap();
    copy_project(dir.path());
    // One German message missing, one waiting for review.
    let de = dir.path().join("locales/de/communique.ftl");
    let text = std::fs::read_to_string(&de).unwrap();
    let text = text
        .lines()
        .filter(|l| !l.starts_with("engager-une-reponse"))
        .collect::<Vec<_>>()
        .join("\n")
        .replace(
            "identifier-et-proteger =",
            "# relais: review score=88 origin=communique:x\nidentifier-et-proteger =",
        );
    std::fs::write(&de, text).unwrap();
    let out = relais(dir.path())
        .args(["status", "--json"])
        .assert()
        .success();
    let doc = json(&out.get_output().stdout);
    let de = doc["locales"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["locale"] == "de")
        .unwrap();
    assert_eq!(de["messages"], 15);
    assert_eq!(de["translated"], 13);
    assert_eq!(de["review"], 1);
    assert_eq!(de["missing"], 1);
    assert!(de["words_to_translate"].as_u64().unwrap() >= 12);
    assert_eq!(de["percent"], 86);
    let out = relais(dir.path()).arg("status").assert().success();
    let table = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(
        table
            .lines()
            .any(|l| l.starts_with("de ") && l.contains("13/15") && l.ends_with(" 86%")),
        "{table}"
    );
}

#[test]
fn html_page_has_one_bar_per_locale_and_renders_in_chromium() {
    let dir = tempfile::tempdir().unwrap();
    copy_project(dir.path());
    relais(dir.path())
        .args(["status", "--html", "dist/status.html"])
        .assert()
        .success();
    let page_path = dir.path().join("dist/status.html");
    let page = std::fs::read_to_string(&page_path).unwrap();
    assert_eq!(page.matches("<g class=\"locale\"").count(), 23);
    assert_eq!(page.matches("<rect class=\"bar ").count(), 23);
    assert!(page.contains("<svg") && page.contains("<style>"));
    for external in ["<script", "src=\"http", "href=\"http", "@import", "url("] {
        assert!(!page.contains(external), "the page fetches {external}");
    }
    // build writes it too, outside dist/ by default.
    relais(dir.path()).arg("build").assert().success();
    assert!(dir.path().join(".relais/status.html").exists());

    let Some(chromium) = ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|b| {
            std::process::Command::new(b)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        })
    else {
        eprintln!(
            "notice: Chromium not installed; headless rendering check skipped (.ci/run installs it)"
        );
        return;
    };
    let profile = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--dump-dom",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("file://{}", page_path.display()))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let dom = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        dom.matches("class=\"bar ").count(),
        23,
        "rendered DOM:\n{dom}"
    );
    assert!(dom.contains("Deutsch"));
}
