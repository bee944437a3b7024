//! `relais xliff export` / `import`: the round trip with a translator's
//! CAT tool, in XLIFF 1.2 and 2.0, on a small project (a placeable, a
//! plural select, markup, a link with an attribute, a select left to
//! Fluent) and on the shipped press release.

use std::path::{Path, PathBuf};
use std::process::Command;

use regex::Regex;

use crate::common::{fixture, json, relais};

/// A copy of the test project.
fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture("xliff-project"), dir.path());
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let dest = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&dest).unwrap();
        } else {
            std::fs::copy(entry.path(), &dest).unwrap();
        }
    }
}

fn read(dir: &Path, rel: &str) -> String {
    std::fs::read_to_string(dir.join(rel)).unwrap()
}

fn export(dir: &Path, locale: &str, version: &str) -> String {
    let out = format!("{locale}-{version}.xlf");
    relais(dir)
        .args([
            "xliff",
            "export",
            "--locale",
            locale,
            "--version",
            version,
            "-o",
            &out,
        ])
        .assert()
        .success();
    read(dir, &out)
}

/// The vendored OASIS schemas.
fn schemas() -> PathBuf {
    fixture("xliff-schemas")
}

/// Validates `file` against `schema` with xmllint, offline; `false` (with
/// a notice) when xmllint is not installed.
fn validate(file: &Path, schema: &str) -> bool {
    let Ok(output) = Command::new("xmllint")
        .env("XML_CATALOG_FILES", schemas().join("catalog.xml"))
        .args(["--noout", "--nonet", "--schema"])
        .arg(schemas().join(schema))
        .arg(file)
        .output()
    else {
        eprintln!(
            "notice: xmllint not found (Debian: libxml2-utils); XLIFF schema validation skipped"
        );
        return false;
    };
    assert!(
        output.status.success(),
        "{} does not validate against {schema}:\n{}",
        file.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    true
}

fn validate_version(file: &Path, version: &str) {
    if version == "1.2" {
        validate(file, "1.2/xliff-core-1.2-strict.xsd");
    } else if validate(file, "2.0/xliff_core_2.0.xsd") {
        validate(file, "2.0/xliff-2.0-with-modules.xsd");
    }
}

/// The start and end of unit `id` in an XLIFF document.
fn unit_range(xml: &str, id: &str) -> (usize, usize) {
    let start = xml
        .find(&format!(" id=\"{id}\""))
        .unwrap_or_else(|| panic!("no unit {id}"));
    let end = ["</trans-unit>", "</unit>"]
        .iter()
        .filter_map(|t| xml[start..].find(t).map(|p| start + p + t.len()))
        .min()
        .unwrap();
    (start, end)
}

/// What a CAT tool writes when the translator types `template` as the
/// target of unit `id` and confirms it: `{0}`, `{1}`, … stand for the
/// codes of the unit's source, in source order, copied as the tool shows
/// them (so they may move inside the sentence).
fn translate(xml: &str, id: &str, template: &str) -> String {
    let (start, end) = unit_range(xml, id);
    let unit = &xml[start..end];
    let s = unit.find("<source").unwrap();
    let s = s + unit[s..].find('>').unwrap() + 1;
    let e = unit.find("</source>").unwrap();
    let codes_re = Regex::new(
        r#"<(ph|bpt|ept|it)\b[^>]*>.*?</(ph|bpt|ept|it)>|<(x|ph|sc|ec)\b[^>]*/>|<pc\b[^>]*>|</pc>"#,
    )
    .unwrap();
    let codes: Vec<&str> = codes_re
        .find_iter(&unit[s..e])
        .map(|m| m.as_str())
        .collect();
    let mut target = template.to_string();
    for (i, c) in codes.iter().enumerate() {
        target = target.replace(&format!("{{{i}}}"), c);
    }
    let v2 = unit.contains("<segment");
    let mut unit = unit.to_string();
    // Drop a target already there.
    let target_re = Regex::new(r#"(?s)\s*<target\b[^>]*>.*?</target>"#).unwrap();
    unit = target_re.replace(&unit, "").into_owned();
    let element = if v2 {
        unit = Regex::new(r#"<segment id="s1"[^>]*>"#)
            .unwrap()
            .replace(&unit, r#"<segment id="s1" state="translated">"#)
            .into_owned();
        format!("<target>{target}</target>")
    } else {
        format!("<target xml:lang=\"de\" state=\"translated\">{target}</target>")
    };
    let e = unit.find("</source>").unwrap() + "</source>".len();
    unit.insert_str(e, &format!("\n        {element}"));
    format!("{}{unit}{}", &xml[..start], &xml[end..])
}

/// What a CAT tool writes when the reviewer confirms unit `id` as it is.
fn confirm(xml: &str, id: &str) -> String {
    let (start, end) = unit_range(xml, id);
    let unit = xml[start..end]
        .replace("state=\"needs-review-translation\"", "state=\"translated\"")
        .replace(" subState=\"relais:review\"", "");
    format!("{}{unit}{}", &xml[..start], &xml[end..])
}

fn uid(version: &str, key: &str) -> String {
    if version == "2.0" {
        key.replace('#', ":")
    } else {
        key.to_string()
    }
}

/// The translator's work on the German export.
fn translated(xml: &str, version: &str) -> String {
    let id = |k: &str| uid(version, k);
    let mut x = xml.to_string();
    // The placeables move: the folder comes first in German.
    x = translate(
        &x,
        &id("notices#unread"),
        "In {1} haben Sie {0} ungelesene Nachrichten.",
    );
    x = translate(
        &x,
        &id("notices#files#one"),
        "Eine Datei wurde hinzugefügt.",
    );
    x = translate(
        &x,
        &id("notices#files#other"),
        "{0} Dateien wurden hinzugefügt.",
    );
    x = translate(
        &x,
        &id("notices#read-more"),
        "{0}Den Bericht{1} online lesen",
    );
    x = translate(
        &x,
        &id("notices#read-more.title"),
        "Der vollständige Bericht",
    );
    x = translate(&x, &id("notices#download"), "Herunterladen");
    confirm(&x, &id("notices#intro"))
}

const EXPECTED_DE: &str = r#"### relais: document=notices

title = Jahresbericht

# relais: source-hash=68cb1c6f18b22c24
unread = In { $folder } haben Sie { $count } ungelesene Nachrichten.

# relais: source-hash=18254f2fc21f76fc
files =
    { $count ->
        [one] Eine Datei wurde hinzugefügt.
       *[other] { $count } Dateien wurden hinzugefügt.
    }

# relais: source-hash=c1b8f2a756db648b
intro = Lesen Sie den <em>Bericht</em> über Missbrauchsdarstellungen.

# relais: source-hash=1fda3c590ec561d1
read-more = <a data-l10n-name="1">Den Bericht</a> online lesen
    .title = Der vollständige Bericht

greeting =
    { $gender ->
        [female] Willkommen, liebe Leserin
       *[other] Willkommen
    }!

# relais: source-hash=ecf9028aeabcf7c0
download = Herunterladen
"#;

fn round_trip(version: &str) {
    let dir = project();
    let p = dir.path();
    let xml = export(p, "de", version);
    validate_version(&p.join(format!("de-{version}.xlf")), version);
    // Ids, states and codes as documented.
    if version == "1.2" {
        assert!(
            xml.contains("<trans-unit id=\"notices#files#one\""),
            "{xml}"
        );
        assert!(xml.contains("state=\"needs-review-translation\""), "{xml}");
        assert!(
            xml.contains("<ph id=\"1\" ctype=\"x-fluent\">{ $count }</ph>"),
            "{xml}"
        );
    } else {
        assert!(
            xml.contains("<unit id=\"notices:files:one\" name=\"notices#files#one\""),
            "{xml}"
        );
        assert!(
            xml.contains("state=\"translated\" subState=\"relais:review\""),
            "{xml}"
        );
        assert!(xml.contains("<data id=\"d1\">{ $count }</data>"), "{xml}");
    }
    // Source comments are notes, relais directives and suppressions not.
    assert!(xml.contains("Button label: keep it short."), "{xml}");
    assert!(!xml.contains("relais-ignore"), "{xml}");
    assert!(!xml.contains("link.1="), "{xml}");
    let done = translated(&xml, version);
    std::fs::write(p.join("done.xlf"), &done).unwrap();
    validate_version(&p.join("done.xlf"), version);
    let out = relais(p)
        .args(["xliff", "import", "done.xlf", "--json"])
        .assert()
        .success();
    let report = json(&out.get_output().stdout);
    assert_eq!(report["errors"].as_array().unwrap().len(), 0, "{report}");
    assert_eq!(report["locale"], "de");
    assert_eq!(report["applied"], 7, "{report}");
    assert_eq!(report["unchanged"], 1, "{report}");
    let actions: Vec<(String, String)> = report["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["message_id"].as_str().unwrap().to_string(),
                c["action"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        actions,
        [
            ("unread".into(), "added".into()),
            ("files".into(), "added".into()),
            ("intro".into(), "accepted".into()),
            ("read-more".into(), "added".into()),
            ("download".into(), "added".into())
        ]
    );
    assert_eq!(read(p, "locales/de/notices.ftl"), EXPECTED_DE);
    // Reviewed translations are in the TM, as sync stores them.
    assert!(report["tm"]["added"].as_u64().unwrap() >= 5, "{report}");
    let out = relais(p)
        .args([
            "tm",
            "lookup",
            "--source",
            "fr",
            "--target",
            "de",
            "Télécharger",
            "--json",
        ])
        .assert()
        .success();
    assert!(String::from_utf8_lossy(&out.get_output().stdout).contains("Herunterladen"));
    // The result passes `relais check`.
    relais(p)
        .args(["check", "--locale", "de"])
        .assert()
        .success();
    // Importing again changes nothing.
    let out = relais(p)
        .args(["xliff", "import", "done.xlf", "--json"])
        .assert()
        .success();
    let again = json(&out.get_output().stdout);
    assert_eq!(again["changes"].as_array().unwrap().len(), 0, "{again}");
    assert_eq!(read(p, "locales/de/notices.ftl"), EXPECTED_DE);
}

#[test]
fn round_trip_through_xliff_1_2() {
    round_trip("1.2");
}

#[test]
fn round_trip_through_xliff_2_0() {
    round_trip("2.0");
}

/// The German file before any import.
fn before(dir: &Path) -> Vec<u8> {
    std::fs::read(dir.join("locales/de/notices.ftl")).unwrap()
}

fn assert_untouched(dir: &Path, bytes: &[u8]) {
    assert_eq!(
        std::fs::read(dir.join("locales/de/notices.ftl")).unwrap(),
        bytes,
        "the locale file changed"
    );
    assert!(!dir.join("locales/pl/notices.ftl").exists());
}

#[test]
fn a_deleted_placeable_is_an_error_and_nothing_is_written() {
    for version in ["1.2", "2.0"] {
        let dir = project();
        let p = dir.path();
        let xml = translated(&export(p, "de", version), version);
        // The translator dropped { $count } from "unread"; the other units
        // are fine, but nothing may be written.
        let xml = translate(
            &xml,
            &uid(version, "notices#unread"),
            "In {1} haben Sie ungelesene Nachrichten.",
        );
        std::fs::write(p.join("bad.xlf"), xml).unwrap();
        let bytes = before(p);
        let out = relais(p)
            .args(["xliff", "import", "bad.xlf"])
            .assert()
            .code(1);
        let stdout = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
        let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
        let id = uid(version, "notices#unread");
        assert!(
            stdout.contains(&format!(
                "error[missing-code]: bad.xlf:{}",
                line_of(&read(p, "bad.xlf"), &id)
            )),
            "{stdout}"
        );
        assert!(
            stdout.contains(&format!(
                "{id}: the translation lacks the code {{ $count }}"
            )),
            "{stdout}"
        );
        assert!(
            stderr.contains("one unit error: nothing was written"),
            "{stderr}"
        );
        assert_untouched(p, &bytes);
        let out = relais(p)
            .args(["xliff", "import", "bad.xlf", "--json"])
            .assert()
            .code(1);
        let report = json(&out.get_output().stdout);
        assert_eq!(report["errors"][0]["kind"], "missing-code");
        assert_eq!(report["errors"][0]["unit_id"], id.as_str());
        assert_eq!(report["errors"][0]["code"], "{ $count }");
        assert_eq!(report["changes"].as_array().unwrap().len(), 0);
        assert_untouched(p, &bytes);
    }
}

/// The line of unit `id` in an XLIFF document.
fn line_of(xml: &str, id: &str) -> usize {
    let (start, _) = unit_range(xml, id);
    xml[..start].matches('\n').count() + 1
}

#[test]
fn an_unknown_id_is_an_error_and_nothing_is_written() {
    let dir = project();
    let p = dir.path();
    let xml = translated(&export(p, "de", "1.2"), "1.2")
        .replace("id=\"notices#download\"", "id=\"notices#downloads\"");
    std::fs::write(p.join("bad.xlf"), xml).unwrap();
    let bytes = before(p);
    let out = relais(p)
        .args(["xliff", "import", "bad.xlf", "--json"])
        .assert()
        .code(1);
    let report = json(&out.get_output().stdout);
    let errors = report["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 1, "{report}");
    assert_eq!(errors[0]["kind"], "unknown-id");
    assert_eq!(errors[0]["unit_id"], "notices#downloads");
    assert!(errors[0]["line"].as_u64().unwrap() > 1);
    assert_untouched(p, &bytes);
    // A plural form the target language does not have is unknown too.
    let xml = translated(&export(p, "de", "2.0"), "2.0")
        .replace("id=\"notices:files:one\"", "id=\"notices:files:few\"");
    std::fs::write(p.join("bad.xlf"), xml).unwrap();
    let out = relais(p)
        .args(["xliff", "import", "bad.xlf"])
        .assert()
        .code(1);
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(
        stdout.contains("error[unknown-id]") && stdout.contains("notices:files:few"),
        "{stdout}"
    );
    assert_untouched(p, &bytes);
}

#[test]
fn a_stale_source_is_reported_and_not_applied() {
    for version in ["1.2", "2.0"] {
        let dir = project();
        let p = dir.path();
        let xml = export(p, "de", version);
        let xml = translate(
            &xml,
            &uid(version, "notices#unread"),
            "In {1} haben Sie {0} ungelesene Nachrichten.",
        );
        std::fs::write(p.join("de.xlf"), xml).unwrap();
        // The author edits the source after the export.
        let fr = read(p, "locales/fr/notices.ftl").replace("non lus", "à lire");
        std::fs::write(p.join("locales/fr/notices.ftl"), fr).unwrap();
        let bytes = before(p);
        let out = relais(p)
            .args(["xliff", "import", "de.xlf"])
            .assert()
            .code(1);
        let stdout = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
        assert!(
            stdout.contains("warning[source-changed]: de.xlf:"),
            "{stdout}"
        );
        assert!(
            stdout.contains(&format!(
                "the source of {} changed since the export",
                uid(version, "notices#unread")
            )),
            "{stdout}"
        );
        assert_untouched(p, &bytes);
        let out = relais(p)
            .args(["xliff", "import", "de.xlf", "--json"])
            .assert()
            .code(1);
        let report = json(&out.get_output().stdout);
        assert_eq!(report["stale"][0]["kind"], "source-changed");
        assert_eq!(report["stale"][0]["message_id"], "unread");
        assert_eq!(report["errors"].as_array().unwrap().len(), 0);
    }
}

#[test]
fn a_stale_unit_does_not_hold_back_the_others() {
    let dir = project();
    let p = dir.path();
    let xml = translated(&export(p, "de", "1.2"), "1.2");
    std::fs::write(p.join("de.xlf"), xml).unwrap();
    let fr = read(p, "locales/fr/notices.ftl").replace("non lus", "à lire");
    std::fs::write(p.join("locales/fr/notices.ftl"), fr).unwrap();
    relais(p)
        .args(["xliff", "import", "de.xlf"])
        .assert()
        .code(1);
    let de = read(p, "locales/de/notices.ftl");
    assert!(!de.contains("ungelesene"), "{de}");
    assert!(de.contains("download = Herunterladen"), "{de}");
}

#[test]
fn a_malformed_file_exits_2_with_line_and_column() {
    let dir = project();
    let p = dir.path();
    let xml = translated(&export(p, "de", "1.2"), "1.2");
    // Cut short inside the fourth unit.
    let broken = &xml[..xml.match_indices("</trans-unit>").nth(3).unwrap().0];
    std::fs::write(p.join("broken.xlf"), broken).unwrap();
    let bytes = before(p);
    let out = relais(p)
        .args(["xliff", "import", "broken.xlf"])
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(
        Regex::new(r"broken\.xlf:\d+:\d+: ")
            .unwrap()
            .is_match(&stderr),
        "{stderr}"
    );
    assert_untouched(p, &bytes);
    // Not well-formed: a mismatched end tag.
    let bad = xml.replacen("</source>", "</sourc>", 1);
    std::fs::write(p.join("bad.xlf"), bad).unwrap();
    let out = relais(p)
        .args(["xliff", "import", "bad.xlf", "--json"])
        .assert()
        .code(2);
    let report = json(&out.get_output().stdout);
    assert_eq!(report["error"]["kind"], "parse");
    assert!(report["error"]["line"].as_u64().unwrap() > 1);
    assert!(report["error"]["column"].as_u64().is_some());
    assert_untouched(p, &bytes);
}

#[test]
fn dry_run_reports_and_writes_nothing() {
    let dir = project();
    let p = dir.path();
    let xml = translated(&export(p, "de", "2.0"), "2.0");
    std::fs::write(p.join("de.xlf"), xml).unwrap();
    let bytes = before(p);
    let out = relais(p)
        .args(["xliff", "import", "de.xlf", "--dry-run"])
        .assert()
        .success();
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(
        stdout.contains("locales/de/notices.ftl: unread: added"),
        "{stdout}"
    );
    assert!(
        stdout.contains("  + unread = In { $folder } haben Sie { $count } ungelesene Nachrichten."),
        "{stdout}"
    );
    assert!(
        stdout.contains("  - # relais: review score=87 origin=notices:title"),
        "{stdout}"
    );
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(stderr.contains("dry run: nothing was written"), "{stderr}");
    assert_untouched(p, &bytes);
}

#[test]
fn a_forbidden_term_is_written_for_review_and_reported() {
    let dir = project();
    let p = dir.path();
    let xml = translated(&export(p, "de", "1.2"), "1.2");
    let xml = translate(
        &xml,
        "notices#intro",
        "Lesen Sie den {0}Bericht{1} über Kinderpornos.",
    );
    std::fs::write(p.join("de.xlf"), xml).unwrap();
    let out = relais(p)
        .args(["xliff", "import", "de.xlf"])
        .assert()
        .code(1);
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(
        stdout.contains("error[glossary-forbidden]: “Kinderpornos” is forbidden in German"),
        "{stdout}"
    );
    assert!(
        stdout.contains("--> locales/de/notices.ftl:16:"),
        "{stdout}"
    );
    let de = read(p, "locales/de/notices.ftl");
    assert!(
        de.contains("# relais: review origin=xliff source-hash=c1b8f2a756db648b\nintro = Lesen Sie den <em>Bericht</em> über Kinderpornos.\n"),
        "{de}"
    );
    // The other translations are written as usual.
    assert!(de.contains("download = Herunterladen"), "{de}");
    // A message waiting for review is not stored in the TM.
    let out = relais(p)
        .args([
            "tm",
            "lookup",
            "--source",
            "fr",
            "--target",
            "de",
            "--json",
            "Lisez le <em>rapport</em> sur les contenus pédocriminels.",
        ])
        .assert()
        .success();
    assert!(!String::from_utf8_lossy(&out.get_output().stdout).contains("Kinderpornos"));
}

#[test]
fn polish_plural_forms_become_one_select() {
    let dir = project();
    let p = dir.path();
    let xml = export(p, "pl", "2.0");
    validate_version(&p.join("pl-2.0.xlf"), "2.0");
    for form in ["one", "few", "many", "other"] {
        assert!(
            xml.contains(&format!("<unit id=\"notices:files:{form}\"")),
            "{xml}"
        );
    }
    assert!(
        xml.contains("Plural form “few” of pl for $count (numbers such as 2, 3, 4, 22, 23, …)"),
        "{xml}"
    );
    let lang = |x: String| x.replace("xml:lang=\"de\"", "xml:lang=\"pl\"");
    // Only one form translated: the message is not written.
    let partial = lang(translate(&xml, "notices:files:one", "Dodano jeden plik."));
    std::fs::write(p.join("pl.xlf"), &partial).unwrap();
    let out = relais(p)
        .args(["xliff", "import", "pl.xlf", "--json"])
        .assert()
        .success();
    let report = json(&out.get_output().stdout);
    assert_eq!(
        report["skipped"][0]["kind"], "incomplete-plural",
        "{report}"
    );
    assert!(!p.join("locales/pl/notices.ftl").exists());
    // Every form: one select, `other` the default. A form may leave out
    // the number ("jeden plik") or show it where the source does not.
    let mut all = translate(&partial, "notices:files:few", "Dodano {0} pliki.");
    all = translate(&all, "notices:files:many", "Dodano {0} plików.");
    all = translate(&all, "notices:files:other", "Dodano {0} pliku.");
    std::fs::write(p.join("pl.xlf"), lang(all)).unwrap();
    relais(p)
        .args(["xliff", "import", "pl.xlf"])
        .assert()
        .success();
    assert_eq!(
        read(p, "locales/pl/notices.ftl"),
        "### relais: document=notices\n\n# relais: source-hash=18254f2fc21f76fc\nfiles =\n    { $count ->\n        [one] Dodano jeden plik.\n        [few] Dodano { $count } pliki.\n        [many] Dodano { $count } plików.\n       *[other] Dodano { $count } pliku.\n    }\n"
    );
}

#[test]
fn selects_other_than_plurals_stay_in_fluent() {
    let dir = project();
    let p = dir.path();
    let xml = export(p, "de", "1.2");
    assert!(
        xml.contains(
            "<trans-unit id=\"notices#greeting\" resname=\"notices#greeting\" translate=\"no\""
        ),
        "{xml}"
    );
    assert!(xml.contains("Edit it in locales/de/notices.ftl."), "{xml}");
    // A tool that changes it anyway: reported, not applied.
    let (start, end) = unit_range(&xml, "notices#greeting");
    let changed = format!(
        "{}{}{}",
        &xml[..start],
        xml[start..end].replace("liebe Leserin", "liebe Leserin und Leser"),
        &xml[end..]
    );
    std::fs::write(p.join("de.xlf"), changed).unwrap();
    let bytes = before(p);
    let out = relais(p)
        .args(["xliff", "import", "de.xlf", "--json"])
        .assert()
        .success();
    let report = json(&out.get_output().stdout);
    assert_eq!(report["skipped"][0]["kind"], "fluent-only", "{report}");
    assert_untouched(p, &bytes);
}

/// The shipped press release, with its TM and glossary: every unit of
/// every locale, TM matches and glossary entries, valid XLIFF.
#[test]
fn the_press_release_exports_valid_xliff() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let work = tempfile::tempdir().unwrap();
    let tm = work.path().join("tm");
    let tm = tm.to_str().unwrap();
    let project = root.to_str().unwrap();
    relais(work.path())
        .args(["--project", project, "--tm", tm, "sync"])
        .assert()
        .success();
    for version in ["1.2", "2.0"] {
        let out = work.path().join(format!("de-{version}.xlf"));
        let run = relais(work.path())
            .args(["--project", project, "--tm", tm, "xliff", "export"])
            .args(["--locale", "de", "--version", version, "--json", "-o"])
            .arg(&out)
            .assert()
            .success();
        let report = json(&run.get_output().stdout);
        assert_eq!(report["units"], 15, "{report}");
        assert_eq!(report["translated"], 15, "{report}");
        assert!(report["matches"].as_u64().unwrap() >= 15, "{report}");
        assert!(report["forbidden_terms"].as_u64().unwrap() >= 1, "{report}");
        let xml = std::fs::read_to_string(&out).unwrap();
        if version == "1.2" {
            assert!(xml.contains("<alt-trans match-quality=\"101\" origin=\"communique:"));
            assert!(xml.contains("from=\"relais-glossary\""));
            assert!(xml.contains("FORBIDDEN"));
        } else {
            assert!(xml.contains("<mtc:match "));
            assert!(xml.contains("<gls:glossEntry>"));
            // Forbidden terms are named in the definition, never offered
            // as a translation.
            assert!(xml.contains("FORBIDDEN: "));
            assert!(!xml.contains("relais:status=\"forbidden\""));
            assert!(!xml.contains("relais:status=\"deprecated\""));
        }
        assert!(
            xml.contains("&lt;a data-l10n-name=\"1\"&gt;"),
            "links are codes"
        );
        validate_version(&out, version);
    }
}

#[test]
fn a_translation_sent_back_for_review_keeps_the_review_mark() {
    let dir = project();
    let p = dir.path();
    let xml = export(p, "de", "1.2");
    // The translator rewrites the fuzzy-filled message but leaves it for
    // review; and confirms a new one.
    let xml = translate(
        &xml,
        "notices#intro",
        "Lesen Sie den {0}Bericht{1} über Missbrauchsdarstellungen im Netz.",
    );
    let (start, end) = unit_range(&xml, "notices#intro");
    let xml = format!(
        "{}{}{}",
        &xml[..start],
        xml[start..end].replace("state=\"translated\"", "state=\"needs-review-translation\""),
        &xml[end..]
    );
    let xml = translate(&xml, "notices#download", "Herunterladen");
    std::fs::write(p.join("de.xlf"), xml).unwrap();
    let out = relais(p)
        .args(["xliff", "import", "de.xlf", "--json"])
        .assert()
        .success();
    let report = json(&out.get_output().stdout);
    let de = read(p, "locales/de/notices.ftl");
    assert!(
        de.contains("# relais: review origin=xliff source-hash=c1b8f2a756db648b\nintro = Lesen Sie den <em>Bericht</em> über Missbrauchsdarstellungen im Netz.\n"),
        "{de}"
    );
    assert_eq!(report["changes"][0]["action"], "updated");
    assert_eq!(report["changes"][0]["review"], true);
    // Only the reviewed translation went into the TM.
    assert!(report["tm"]["added"].as_u64().unwrap() >= 1, "{report}");
    let out = relais(p)
        .args([
            "tm",
            "lookup",
            "--source",
            "fr",
            "--target",
            "de",
            "--json",
            "Lisez le <em>rapport</em> sur les contenus pédocriminels.",
        ])
        .assert()
        .success();
    assert!(!String::from_utf8_lossy(&out.get_output().stdout).contains("im Netz"));
}

#[test]
fn export_arguments_are_checked() {
    let dir = project();
    let p = dir.path();
    // Not a locale of the project.
    relais(p)
        .args(["xliff", "export", "--locale", "it", "-o", "it.xlf"])
        .assert()
        .code(2);
    relais(p)
        .args(["xliff", "export", "--locale", "de", "--document", "nope"])
        .assert()
        .code(2);
    // The XLIFF itself goes to stdout without -o: --json has no room.
    relais(p)
        .args(["xliff", "export", "--locale", "de", "--json"])
        .assert()
        .code(2);
    let out = relais(p)
        .args(["xliff", "export", "--locale", "DE", "--version", "2.0"])
        .assert()
        .success();
    let xml = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(xml.starts_with("<?xml"), "{xml}");
    assert!(xml.contains("trgLang=\"de\""), "{xml}");
    assert!(!p.join("it.xlf").exists());
}

#[test]
fn an_xliff_for_another_language_is_refused() {
    let dir = project();
    let p = dir.path();
    let xml = export(p, "de", "1.2").replace("target-language=\"de\"", "target-language=\"it\"");
    std::fs::write(p.join("it.xlf"), xml).unwrap();
    let bytes = before(p);
    let out = relais(p)
        .args(["xliff", "import", "it.xlf"])
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(
        stderr.contains("target language it is not one of the project’s locales"),
        "{stderr}"
    );
    assert_untouched(p, &bytes);
}

#[test]
fn a_piece_given_twice_is_an_error() {
    let dir = project();
    let p = dir.path();
    let xml = translated(&export(p, "de", "1.2"), "1.2");
    let (start, end) = unit_range(&xml, "notices#download");
    // The same unit again, under the 2.0 form of its id.
    let copy = xml[start..end].replace("id=\"notices#download\"", "id=\"notices:download\"");
    let doubled = format!("{}\n      <trans-unit{copy}{}", &xml[..end], &xml[end..]);
    std::fs::write(p.join("de.xlf"), doubled).unwrap();
    let bytes = before(p);
    let out = relais(p)
        .args(["xliff", "import", "de.xlf", "--json"])
        .assert()
        .code(1);
    let report = json(&out.get_output().stdout);
    assert_eq!(report["errors"][0]["kind"], "duplicate-id", "{report}");
    assert_eq!(report["errors"][0]["unit_id"], "notices:download");
    assert_untouched(p, &bytes);
}
