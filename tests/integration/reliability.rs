//! Reliability, the way a user breaks it: hostile nesting, two commands at
//! once, a damaged TM, file modes under a umask, links in Markdown,
//! invalid bytes, paths that lead out of the project, huge inputs.

use std::fmt::Write as _;
use std::path::Path;

use crate::common::{corpus, fixture, json, relais, relais_std};

fn write(dir: &Path, rel: &str, text: &str) {
    let path = dir.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// Exit code and stderr of a command that must fail cleanly.
fn fails_cleanly(cmd: &mut assert_cmd::Command) -> (i32, String) {
    let out = cmd.output().unwrap();
    let code = out.status.code().expect("exited, not killed by a signal");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!stderr.contains("overflow"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    (code, stderr)
}

// ---------------------------------------------------------------------------
// 1. Deep nesting: a clear error with file:line:column, never exit 134.

#[test]
fn deeply_nested_input_is_an_error_not_a_stack_overflow() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let n = 20_000;
    write(
        d,
        "deep.tmx",
        &format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header srclang=\"en\" datatype=\"plaintext\" segtype=\"sentence\" adminlang=\"en\" o-tmf=\"x\" creationtool=\"x\" creationtoolversion=\"1\"/><body><tu><tuv xml:lang=\"en\"><seg>{}x{}</seg></tuv><tuv xml:lang=\"fr\"><seg>y</seg></tuv></tu></body></tmx>\n",
            "<hi>".repeat(n),
            "</hi>".repeat(n)
        ),
    );
    let g: String = (0..8000).map(|i| format!("<g id=\"{i}\">")).collect();
    write(
        d,
        "deep12.xlf",
        &format!(
            "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file original=\"a\" source-language=\"en\" target-language=\"fr\" datatype=\"plaintext\"><body><trans-unit id=\"1\"><source>{g}x{}</source><target>y</target></trans-unit></body></file></xliff>\n",
            "</g>".repeat(8000)
        ),
    );
    let pc: String = (0..8000).map(|i| format!("<pc id=\"{i}\">")).collect();
    write(
        d,
        "deep20.xlf",
        &format!(
            "<?xml version=\"1.0\"?>\n<xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"en\" trgLang=\"fr\"><file id=\"f\"><unit id=\"1\"><segment><source>{pc}x{}</source><target>y</target></segment></unit></file></xliff>\n",
            "</pc>".repeat(8000)
        ),
    );
    for file in ["deep.tmx", "deep12.xlf", "deep20.xlf"] {
        let (code, stderr) = fails_cleanly(relais(d).args(["tm", "import", file, "--tm", "tm"]));
        assert_eq!(code, 2, "{file}: {stderr}");
        assert!(stderr.contains(&format!("{file}:2:")), "{file}: {stderr}");
        assert!(stderr.contains("nested more than 256"), "{file}: {stderr}");
    }
    // Fluent: `relais check` in CI on a pull request with 10,000 nested `{`.
    write(d, "ftl/en/a.ftl", "msg = x\nother = y\n");
    write(
        d,
        "ftl/fr/a.ftl",
        &format!(
            "msg = {}\"x\"{}\nother = z\n",
            "{ ".repeat(10_000),
            " }".repeat(10_000)
        ),
    );
    let out = relais(d)
        .args([
            "check",
            "--source-locale",
            "en",
            "--files",
            "ftl/{locale}/a.ftl",
            "--json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let report = json(&out.stdout);
    let syntax: Vec<&serde_json::Value> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["check"] == "syntax-error")
        .collect();
    assert_eq!(syntax.len(), 1, "{report}");
    assert_eq!(syntax[0]["line"], 1);
    // Markdown: a source with ten thousand nested quotes.
    write(
        d,
        "p/source/doc.md",
        &format!("Intro.\n\n{}x\n", "> ".repeat(10_000)),
    );
    relais(&d.join("p"))
        .args([
            "init",
            "--source-locale",
            "fr",
            "--locale",
            "en",
            "--document",
            "doc=source/doc.md",
        ])
        .assert()
        .success();
    let (code, stderr) = fails_cleanly(relais(&d.join("p")).args(["extract", "source/doc.md"]));
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("doc.md:3:"), "{stderr}");
}

// ---------------------------------------------------------------------------
// 2. Two commands at once on one project keep both changes.

/// A project with ten French sentences, a German XLIFF translating the
/// first five, and a TM with exact matches for the last five.
fn two_writers_project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let mut md = String::new();
    for i in 1..=10 {
        let _ = write!(md, "Phrase numéro {i} du rapport annuel.\n\n");
    }
    write(d, "source/doc.md", &md);
    relais(d)
        .args([
            "init",
            "--source-locale",
            "fr",
            "--locale",
            "de",
            "--document",
            "doc=source/doc.md",
        ])
        .assert()
        .success();
    relais(d)
        .args(["extract", "source/doc.md"])
        .assert()
        .success();
    relais(d)
        .args([
            "xliff",
            "export",
            "--locale",
            "de",
            "--version",
            "1.2",
            "-o",
            "de.xlf",
        ])
        .assert()
        .success();
    let mut xml = std::fs::read_to_string(d.join("de.xlf")).unwrap();
    for i in 1..=5 {
        let source = format!("Phrase numéro {i} du rapport annuel.</source>");
        let at = xml.find(&source).unwrap() + source.len();
        xml.insert_str(
            at,
            &format!("<target xml:lang=\"de\" state=\"translated\">Satz Nummer {i} des Jahresberichts.</target>"),
        );
    }
    std::fs::write(d.join("de.xlf"), xml).unwrap();
    for i in 6..=10 {
        relais(d)
            .args([
                "tm",
                "add",
                "--source",
                "fr",
                "--target",
                "de",
                &format!("Phrase numéro {i} du rapport annuel."),
                &format!("Satz Nummer {i} des Jahresberichts."),
            ])
            .assert()
            .success();
    }
    dir
}

#[test]
fn xliff_import_and_pretranslate_at_once_keep_both_changes() {
    let dir = two_writers_project();
    let d = dir.path();
    let de = d.join("locales/de/doc.ftl");
    for run in 0..20 {
        let _ = std::fs::remove_file(&de);
        let mut import = relais_std(d);
        import.args(["--wait", "60", "xliff", "import", "de.xlf"]);
        let mut pretranslate = relais_std(d);
        pretranslate.args(["--wait", "60", "pretranslate", "--locale", "de"]);
        let (a, b) = if run % 2 == 0 {
            (import.spawn().unwrap(), pretranslate.spawn().unwrap())
        } else {
            (pretranslate.spawn().unwrap(), import.spawn().unwrap())
        };
        for child in [a, b] {
            let out = child.wait_with_output().unwrap();
            assert!(out.status.success(), "run {run}: {out:?}");
        }
        let text = std::fs::read_to_string(&de).unwrap();
        for i in 1..=10 {
            assert!(
                text.contains(&format!("Satz Nummer {i} des Jahresberichts.")),
                "run {run}: sentence {i} lost:\n{text}"
            );
        }
    }
}

#[test]
fn a_busy_project_gives_a_clear_locked_error() {
    let dir = two_writers_project();
    let d = dir.path();
    let lock_path = d.join(".relais/project.lock");
    let lock = relais::lock::FileLock::acquire(
        &lock_path,
        relais::lock::LockKind::Project,
        std::time::Duration::ZERO,
        "sync",
    )
    .unwrap();
    let (code, stderr) =
        fails_cleanly(relais(d).args(["--wait", "0", "pretranslate", "--locale", "de"]));
    assert_eq!(code, 2);
    assert!(stderr.contains("another relais process"), "{stderr}");
    assert!(stderr.contains("sync"), "{stderr}");
    // Reading commands are not held up.
    relais(d)
        .args(["check"])
        .assert()
        .code(predicates::ord::le(1));
    drop(lock);
    relais(d)
        .args(["pretranslate", "--locale", "de"])
        .assert()
        .success();
}

// ---------------------------------------------------------------------------
// 3. A damaged TM: a clear message, verify, repair from tracked files.

#[test]
fn a_damaged_tm_is_detected_and_rebuilt_from_tracked_files() {
    let dir = two_writers_project();
    let d = dir.path();
    write(
        d,
        "memories/partner.tsv",
        "Le rapport\tDer Bericht\nLa fondation\tDie Stiftung\n",
    );
    let out = relais(d)
        .args([
            "tm",
            "import",
            "memories/partner.tsv",
            "--columns",
            "source,target",
            "--source",
            "fr",
            "--target",
            "de",
        ])
        .assert()
        .success();
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(stderr.contains("recorded in [tm] imports"), "{stderr}");
    let config = std::fs::read_to_string(d.join("relais.toml")).unwrap();
    assert!(config.contains("memories/partner.tsv"), "{config}");
    assert!(config.contains("memories/tm-add.tmx"), "{config}");
    relais(d)
        .args(["xliff", "import", "de.xlf"])
        .assert()
        .success();
    let units = |d: &Path| -> u64 {
        let out = relais(d).args(["tm", "stats", "--json"]).assert().success();
        json(&out.get_output().stdout)["units"].as_u64().unwrap()
    };
    let before = units(d);
    assert!(before >= 12, "{before}");
    relais(d).args(["tm", "verify"]).assert().success();

    // A half-written snapshot, as a full disk leaves it, is cleared on open.
    let tm = d.join(".relais/tm");
    std::fs::write(tm.join("snap.00000000FFFFFFFF.generating"), b"").unwrap();
    assert_eq!(units(d), before);

    // Damage the store's data file.
    let db = tm.join("db");
    let mut bytes = std::fs::read(&db).unwrap();
    for b in bytes.iter_mut().skip(512) {
        *b ^= 0x5A;
    }
    std::fs::write(&db, bytes).unwrap();
    let out = relais(d).args(["tm", "verify"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(matches!(out.status.code(), Some(1 | 2)), "{out:?}");
    assert!(stderr.contains("relais tm repair"), "{stderr}");

    let out = relais(d)
        .args(["tm", "repair", "--json"])
        .assert()
        .success();
    let report = json(&out.get_output().stdout);
    assert!(report["kept_at"].as_str().unwrap().contains("tm.damaged-"));
    assert_eq!(units(d), before, "{report}");
    relais(d).args(["tm", "verify"]).assert().success();
    // What tm add and tm import put in is there again.
    let out = relais(d)
        .args([
            "tm",
            "lookup",
            "--source",
            "fr",
            "--target",
            "de",
            "La fondation",
            "--json",
        ])
        .assert()
        .success();
    assert!(String::from_utf8_lossy(&out.get_output().stdout).contains("Die Stiftung"));
}

// ---------------------------------------------------------------------------
// 4. Files people can read; temporary files cleaned.

#[cfg(unix)]
#[test]
fn written_files_follow_the_umask_and_keep_their_mode() {
    use std::os::unix::fs::PermissionsExt;
    let dir = two_writers_project();
    let d = dir.path();
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let run = |args: &str| {
        let bin = assert_cmd::cargo::cargo_bin("relais");
        let status = std::process::Command::new("sh")
            .current_dir(d)
            .env("RELAIS_LANG", "en")
            .arg("-c")
            .arg(format!("umask 022; exec '{}' {args}", bin.display()))
            .status()
            .unwrap();
        assert!(status.success(), "{args}");
    };
    // A temporary file a killed build left behind.
    write(d, "dist/de/.relais-999999999-aBcDeF.tmp", "partial");
    run("pretranslate --locale de");
    let de = d.join("locales/de/doc.ftl");
    assert_eq!(mode(&de), 0o644);
    std::fs::set_permissions(&de, std::fs::Permissions::from_mode(0o640)).unwrap();
    run("xliff import de.xlf");
    assert_eq!(mode(&de), 0o640, "an edited file keeps its mode");
    run("build --out dist");
    for entry in walkdir::WalkDir::new(d.join("dist")) {
        let entry = entry.unwrap();
        if entry.file_type().is_file() {
            assert_eq!(mode(entry.path()), 0o644, "{}", entry.path().display());
            assert!(!entry.file_name().to_string_lossy().starts_with(".relais-"));
        }
    }
    assert_eq!(mode(&d.join(".relais/status.html")), 0o644);
    run("tm export -o out.tmx");
    assert_eq!(mode(&d.join("out.tmx")), 0o644);
}

// ---------------------------------------------------------------------------
// 5. Markdown output: links kept, no HTML injected.

#[test]
fn published_markdown_keeps_links_and_cannot_carry_raw_html() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(
        d,
        "source/doc.md",
        "Voir [Paris](https://fr.wikipedia.org/wiki/Paris_(France)) et [ceci](<https://x.org/a\"><script>alert(1)</script>>).\n",
    );
    relais(d)
        .args([
            "init",
            "--source-locale",
            "fr",
            "--locale",
            "en",
            "--document",
            "doc=source/doc.md",
        ])
        .assert()
        .success();
    relais(d)
        .args(["extract", "source/doc.md"])
        .assert()
        .success();
    relais(d).args(["build"]).assert().success();
    let md = std::fs::read_to_string(d.join("dist/fr/doc.md")).unwrap();
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new(&md));
    assert!(
        html.contains(r#"<a href="https://fr.wikipedia.org/wiki/Paris_(France)">Paris</a>"#),
        "{md}\n{html}"
    );
    assert!(!html.contains("<script"), "{md}\n{html}");
    assert_eq!(html.matches("<a ").count(), 2, "{md}\n{html}");
}

// ---------------------------------------------------------------------------
// 6. Invalid UTF-8, paths out of the project, symlinks.

#[test]
fn an_invalid_byte_in_a_utf8_tmx_is_an_error_with_its_position() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(
        d.join("bad.tmx"),
        b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header srclang=\"en\" datatype=\"plaintext\" segtype=\"sentence\" adminlang=\"en\" o-tmf=\"x\" creationtool=\"x\" creationtoolversion=\"1\"/><body>\n<tu><tuv xml:lang=\"en\"><seg>caf\xE9</seg></tuv><tuv xml:lang=\"fr\"><seg>caf\xC3\xA9</seg></tuv></tu></body></tmx>\n",
    )
    .unwrap();
    let (code, stderr) = fails_cleanly(relais(d).args(["tm", "import", "bad.tmx", "--tm", "tm"]));
    assert_eq!(code, 2);
    assert!(stderr.contains("bad.tmx:3:32: invalid UTF-8"), "{stderr}");
}

#[test]
fn project_paths_cannot_lead_out_of_the_project() {
    let outer = tempfile::tempdir().unwrap();
    let d = outer.path().join("project");
    std::fs::create_dir_all(&d).unwrap();
    write(&d, "source/doc.md", "Une phrase.\n");
    for layout in [
        "../out/{locale}/{document}.ftl",
        "/tmp/{locale}/{document}.ftl",
    ] {
        write(
            &d,
            "relais.toml",
            &format!(
                "source_locale = \"fr\"\nlocales = [\"de\"]\nlayout = \"{layout}\"\n\n[[documents]]\nname = \"doc\"\nsource = \"source/doc.md\"\n"
            ),
        );
        let (code, stderr) = fails_cleanly(relais(&d).args(["extract", "source/doc.md"]));
        assert_eq!(code, 2, "{layout}: {stderr}");
        assert!(stderr.contains("outside the project"), "{stderr}");
    }
    assert!(!outer.path().join("out").exists());
    #[cfg(unix)]
    {
        std::fs::remove_file(d.join("relais.toml")).unwrap();
        relais(&d)
            .args([
                "init",
                "--source-locale",
                "fr",
                "--locale",
                "de",
                "--document",
                "doc=source/doc.md",
            ])
            .assert()
            .success();
        relais(&d)
            .args(["extract", "source/doc.md"])
            .assert()
            .success();
        let elsewhere = outer.path().join("elsewhere");
        std::fs::create_dir_all(&elsewhere).unwrap();
        std::os::unix::fs::symlink(&elsewhere, d.join("locales/de")).unwrap();
        relais(&d)
            .args([
                "tm",
                "add",
                "--source",
                "fr",
                "--target",
                "de",
                "Une phrase.",
                "Ein Satz.",
            ])
            .assert()
            .success();
        let (code, stderr) = fails_cleanly(relais(&d).args(["pretranslate", "--locale", "de"]));
        assert_eq!(code, 2, "{stderr}");
        assert!(stderr.contains("symbolic link"), "{stderr}");
        assert_eq!(std::fs::read_dir(&elsewhere).unwrap().count(), 0);
    }
}

// ---------------------------------------------------------------------------
// 7. Huge inputs: bounded memory, clear limits.

#[test]
fn a_huge_stdin_line_is_refused_with_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let line = "x".repeat(3 << 20);
    let (code, stderr) = fails_cleanly(
        relais(dir.path())
            .args([
                "tm", "lookup", "--stdin", "--source", "en", "--target", "fr", "--tm", "tm",
            ])
            .write_stdin(format!("short query\n{line}\n")),
    );
    assert_eq!(code, 2);
    assert!(
        stderr.contains("<stdin>:2:1: line longer than 1 MiB"),
        "{stderr}"
    );
}

/// Large files are checked in parts; a part boundary must change nothing.
/// Every fixture's report is the same read in 1 KiB parts.
#[test]
fn checking_in_parts_gives_the_same_report() {
    let fixtures = [
        ("mozilla-send", Some("en-US")),
        ("suppressions", Some("en")),
        ("duplicate-id", Some("en")),
        ("missing-file", Some("en")),
        ("syntax-error", Some("en")),
        ("project", None),
    ];
    for (name, source) in fixtures {
        let dir = fixture(&format!("check/{name}"));
        let report = |part_kib: Option<&str>| {
            let mut cmd = relais(&dir);
            if let Some(k) = part_kib {
                cmd.env("RELAIS_CHECK_PART_KIB", k);
            }
            match source {
                Some(s) => cmd.args(["check", "--source-locale", s, "--files", "{locale}/*.ftl"]),
                None => cmd.args(["--project", ".", "check"]),
            };
            json(&cmd.arg("--json").output().unwrap().stdout)
        };
        assert_eq!(report(None), report(Some("1")), "{name}");
    }
    let Some(corpus) = corpus("checking_in_parts_gives_the_same_report (Thunderbird)") else {
        return;
    };
    let tree = tempfile::tempdir().unwrap();
    let status = std::process::Command::new("tar")
        .current_dir(tree.path())
        .args(["xzf"])
        .arg(corpus.join("big/thunderbird-ftl.tar.gz"))
        .status()
        .unwrap();
    assert!(status.success());
    let root = tree.path().join("thunderbird");
    let report = |part_kib: Option<&str>| {
        let mut cmd = relais(&root);
        if let Some(k) = part_kib {
            cmd.env("RELAIS_CHECK_PART_KIB", k);
        }
        cmd.args([
            "check",
            "--source-locale",
            "en-US",
            "--files",
            "{locale}/**/*.ftl",
            "--json",
        ]);
        json(&cmd.output().unwrap().stdout)
    };
    assert_eq!(report(None), report(Some("1")));
}
