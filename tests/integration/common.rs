//! Helpers shared by the end-to-end tests.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// The `relais` binary, in English, without colour, in `dir`.
pub fn relais(dir: &Path) -> Command {
    Command::from_std(relais_std(dir))
}

/// The same as [`relais`], as a plain `std` command, for tests that stream
/// its output.
pub fn relais_std(dir: &Path) -> std::process::Command {
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("relais"));
    cmd.current_dir(dir)
        .env("RELAIS_LANG", "en")
        .env("NO_COLOR", "1")
        .env_remove("RELAIS_TM")
        .env_remove("RELAIS_PROJECT");
    cmd
}

/// A fixture file.
pub fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(rel)
}

/// The shared corpus, when present (CI); `None` on a user's clone, with a
/// printed notice so a skipped test is visible.
pub fn corpus(test: &str) -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("notice: {test} skipped: ../shared/corpus is absent");
        None
    }
}

/// Parses stdout as one JSON document.
pub fn json(output: &[u8]) -> serde_json::Value {
    serde_json::from_slice(output)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(output)))
}

/// Parses stdout as JSON lines.
pub fn json_lines(output: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(output)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

/// The installed Chromium, if any.
pub fn chromium() -> Option<&'static str> {
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
pub fn rendered(chromium: &str, page: &Path) -> String {
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

/// Runs `relais ARGS` in `dir`, asserts it succeeded (showing its stderr
/// otherwise) and returns its stdout.
pub fn stdout_of(dir: &Path, args: &[&str]) -> Vec<u8> {
    let out = relais(dir).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "relais {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// A project translating one office fixture (`office/NAME`, copied as
/// `rapport.EXT`) from English into French, every locale published
/// whatever its progress, with `extra` appended to its `relais.toml`.
pub fn office_project(name: &str, extra: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let ext = Path::new(name).extension().unwrap().to_string_lossy();
    std::fs::copy(
        fixture(&format!("office/{name}")),
        dir.path().join(format!("rapport.{ext}")),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("relais.toml"),
        format!(
            "source_locale = \"en\"\nlocales = [\"fr\"]\n{extra}\n[build]\nmin_translated = 0\n"
        ),
    )
    .unwrap();
    dir
}
