//! The CLI speaks the user's language; progress bars stay off pipes.

use assert_cmd::Command;

use crate::common::fixture;

/// The binary with only `LANG` set among the language variables.
fn with_lang(dir: &std::path::Path, lang: &str) -> Command {
    let mut cmd = Command::cargo_bin("relais").unwrap();
    cmd.current_dir(dir)
        .env("LANG", lang)
        .env("NO_COLOR", "1")
        .env_remove("RELAIS_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .env_remove("RELAIS_TM")
        .env_remove("RELAIS_PROJECT");
    cmd
}

fn stats_and_error(lang: &str) -> (String, String) {
    let dir = tempfile::tempdir().unwrap();
    with_lang(dir.path(), lang)
        .args(["tm", "add", "--source", "fr", "--target", "de", "Oui", "Ja"])
        .assert()
        .success();
    let out = with_lang(dir.path(), lang)
        .args(["tm", "stats"])
        .assert()
        .success();
    let stats = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let out = with_lang(dir.path(), lang)
        .args(["tm", "import", "missing.tmx"])
        .assert()
        .code(2);
    let error = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    (stats, error)
}

#[test]
fn german() {
    let (stats, error) = stats_and_error("de_DE.UTF-8");
    assert!(
        stats.contains("Einheiten") && stats.contains("Sprachen"),
        "{stats}"
    );
    assert!(
        error.starts_with("Fehler:") && error.contains("Datei oder Verzeichnis nicht gefunden"),
        "{error}"
    );
}

#[test]
fn french() {
    let (stats, error) = stats_and_error("fr_FR.UTF-8");
    assert!(
        stats.contains("unités") && stats.contains("Langues"),
        "{stats}"
    );
    assert!(
        error.starts_with("erreur\u{a0}:") && error.contains("fichier ou dossier introuvable"),
        "{error}"
    );
}

#[test]
fn unsupported_locale_falls_back_to_english() {
    let (stats, error) = stats_and_error("ja_JP.UTF-8");
    assert!(
        stats.contains("units") && stats.contains("Languages"),
        "{stats}"
    );
    assert!(
        error.starts_with("error:") && error.contains("no such file or directory"),
        "{error}"
    );
}

#[test]
fn relais_lang_wins_and_c_means_english() {
    let dir = tempfile::tempdir().unwrap();
    let out = with_lang(dir.path(), "fr_FR.UTF-8")
        .env("RELAIS_LANG", "de")
        .arg("--help")
        .assert()
        .success();
    assert!(String::from_utf8_lossy(&out.get_output().stdout).contains("Eine relais.toml anlegen"));
    let out = with_lang(dir.path(), "C").arg("--help").assert().success();
    assert!(String::from_utf8_lossy(&out.get_output().stdout).contains("Create a relais.toml"));
}

#[test]
fn no_progress_bar_or_colour_on_a_pipe() {
    let dir = tempfile::tempdir().unwrap();
    let out = with_lang(dir.path(), "en_US.UTF-8")
        .env_remove("NO_COLOR")
        .args(["tm", "import"])
        .arg(fixture("tmx/trados-twb8_leverage_test01_utf16le.tmx"))
        .assert()
        .success();
    let stderr = &out.get_output().stderr;
    assert!(
        !stderr.contains(&0x1b) && !stderr.contains(&b'\r'),
        "{}",
        String::from_utf8_lossy(stderr)
    );
    // The one-line summary is always there.
    assert_eq!(String::from_utf8_lossy(stderr).lines().count(), 1);
}

#[test]
fn progress_is_drawn_on_a_terminal() {
    // `script` (util-linux) runs the command on a pseudo-terminal.
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("notice: `script` not available; pseudo-terminal progress test skipped");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let bin = assert_cmd::cargo::cargo_bin("relais");
    let cmd = format!(
        "RELAIS_LANG=en {} --tm {} tm import {}",
        bin.display(),
        dir.path().join("tm").display(),
        fixture("tmx/trados-twb8_leverage_test01_utf16le.tmx").display()
    );
    let out = std::process::Command::new("script")
        .args(["-qec", &cmd, "/dev/null"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        out.stdout.contains(&0x1b) || out.stdout.contains(&b'\r'),
        "no terminal drawing: {}",
        String::from_utf8_lossy(&out.stdout)
    );
}

/// A refused document says why, with its position, in the user's language;
/// under `--json` the error has its own kind and the position in fields.
#[test]
fn tracked_changes_are_refused_in_the_users_language() {
    let dir = crate::common::office_project("okapi__OpenXML_text_reference_v1_2.docx", "");
    let stderr = |lang: &str| {
        let out = with_lang(dir.path(), lang)
            .args(["extract", "rapport.docx", "--document", "rapport"])
            .assert()
            .code(2);
        String::from_utf8(out.get_output().stderr.clone()).unwrap()
    };
    let german = stderr("de_DE.UTF-8");
    assert!(
        german.contains("word/document.xml:2:5725: nachverfolgte Änderungen (w:del)")
            && german.contains("--accept-changes"),
        "{german}"
    );
    let french = stderr("fr_FR.UTF-8");
    assert!(french.contains("modifications suivies (w:del)"), "{french}");
    let out = with_lang(dir.path(), "C")
        .args(["extract", "rapport.docx", "--document", "rapport", "--json"])
        .assert()
        .code(2);
    let json: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(json["error"]["kind"], "tracked_changes");
    assert_eq!(json["error"]["line"], 2);
    assert!(
        json["error"]["message"]
            .as_str()
            .unwrap()
            .starts_with("tracked changes (w:del)")
    );
}
