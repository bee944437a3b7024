//! `relais tm import` of XLIFF files end to end, on fixtures copied from
//! the shared corpus (permissive licences, see tests/fixtures/SOURCES.md).

use predicates::prelude::*;

use crate::common::{fixture, json, json_lines, relais};

fn lookup(
    dir: &std::path::Path,
    text: &str,
    source: &str,
    target: &str,
    extra: &[&str],
) -> serde_json::Value {
    let out = relais(dir)
        .args([
            "tm", "lookup", text, "--source", source, "--target", target, "--json",
        ])
        .args(extra)
        .assert()
        .success();
    json(&out.get_output().stdout)
}

#[test]
fn xliff12_translated_units_are_imported_and_found() {
    let dir = tempfile::tempdir().unwrap();
    let out = relais(dir.path())
        .args(["tm", "import", "--json"])
        .arg(fixture("xliff/maxprograms-javapm_alttrans.xlf"))
        .assert()
        .success();
    let r = &json_lines(&out.get_output().stdout)[0];
    assert_eq!(r["format"], "xliff");
    assert_eq!(r["encoding"], "UTF-8");
    assert_eq!(
        (
            r["units_read"].as_u64(),
            r["added"].as_u64(),
            r["skipped"].as_u64()
        ),
        (Some(98), Some(90), Some(8))
    );
    assert_eq!(r["warnings"].as_array().unwrap().len(), 0);

    let found = lookup(dir.path(), "Language Rule", "en", "es", &[]);
    assert_eq!(found["matches"][0]["score"], 100);
    assert_eq!(found["matches"][0]["target"], "Regla de idioma");
    // The unit id is the context: an in-context lookup scores 101.
    let context = "/home/rmraya/workspace/SRXEditor/src/com/maxprograms/srxeditor/srxeditor.properties#LangMapEditor.0";
    let found = lookup(
        dir.path(),
        "Language Rule",
        "en",
        "es",
        &["--context", context],
    );
    assert_eq!(found["matches"][0]["score"], 101);
    // Approved with state="needs-review-translation": approved wins.
    assert_eq!(
        lookup(dir.path(), "About...", "en", "es", &[])["matches"][0]["target"],
        "Acerca de..."
    );
    // alt-trans proposals are not translations: the TM has 90 units.
    let out = relais(dir.path())
        .args(["tm", "stats", "--json"])
        .assert()
        .success();
    assert_eq!(json(&out.get_output().stdout)["units"], 90);
}

#[test]
fn trados_segments_are_split_and_only_confirmed_ones_kept() {
    let dir = tempfile::tempdir().unwrap();
    relais(dir.path())
        .args(["tm", "import"])
        .arg(fixture("xliff/trados-studio-2009_TS09-12-Test01.sdlxliff"))
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "45 units read, 1 added, 0 merged, 44 skipped",
        ));
    let found = lookup(dir.path(), "Getting Started", "en", "de", &[]);
    assert_eq!(found["matches"][0]["target"], "Erste Schritte");
    assert_eq!(found["matches"][0]["source_lang"], "en");
    // A segment with an empty target is not in the TM.
    let none = lookup(
        dir.path(),
        "Finding a location for your photo printer",
        "en",
        "de",
        &["--exact"],
    );
    assert_eq!(none["matches"].as_array().unwrap().len(), 0);
}

#[test]
fn xliff20_segments_are_imported_by_state() {
    let dir = tempfile::tempdir().unwrap();
    let out = relais(dir.path())
        .args(["tm", "import", "--json"])
        .arg(fixture("xliff/xliff2_okapi_test01.xlf"))
        .assert()
        .success();
    let r = &json_lines(&out.get_output().stdout)[0];
    assert_eq!(
        (
            r["units_read"].as_u64(),
            r["added"].as_u64(),
            r["skipped"].as_u64()
        ),
        (Some(5), Some(2), Some(3))
    );
    assert_eq!(
        lookup(dir.path(), "Sample segment.", "en", "fr", &[])["matches"][0]["target"],
        "Exemple de segment."
    );
    assert_eq!(
        lookup(dir.path(), "Segment's content.", "en", "fr", &[])["matches"][0]["target"],
        "Contenu du segment."
    );
}

#[test]
fn signed_off_xtm_segments_are_imported() {
    let dir = tempfile::tempdir().unwrap();
    relais(dir.path())
        .args(["tm", "import"])
        .arg(fixture("xliff/xtm_StatusSample.docx.xlf"))
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "8 units read, 3 added, 0 merged, 5 skipped",
        ));
    let found = lookup(dir.path(), "Exact match segment.", "en-US", "pl", &[]);
    assert_eq!(
        found["matches"][0]["target"],
        "Exact match segment (translated)."
    );
    assert_eq!(found["matches"][0]["target_lang"], "pl-PL");
}

#[test]
fn invalid_xliff_is_an_error_with_position_and_the_tm_is_untouched() {
    let dir = tempfile::tempdir().unwrap();
    relais(dir.path())
        .args(["tm", "import"])
        .arg(fixture("xliff/xtm_StatusSample.docx.xlf"))
        .assert()
        .success();
    // Well-formed but invalid XLIFF 2.0: a duplicate <data> id.
    let out = relais(dir.path())
        .args(["tm", "import", "--json"])
        .arg(fixture(
            "xliff/NEGATIVE_xliff2_oasis_bad_DataIdNotUnique.xlf",
        ))
        .assert()
        .code(2);
    let doc = &json_lines(&out.get_output().stdout)[0];
    assert_eq!(doc["error"]["kind"], "parse");
    assert_eq!(
        (
            doc["error"]["line"].as_u64(),
            doc["error"]["column"].as_u64()
        ),
        (Some(7), Some(5))
    );
    assert!(
        doc["error"]["message"]
            .as_str()
            .unwrap()
            .contains("duplicate data id 'd1twice'")
    );
    // Not well-formed: a raw control character.
    relais(dir.path())
        .args(["tm", "import"])
        .arg(fixture("xliff/NEGATIVE_invalid_xml_char_entity.xlf"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "NEGATIVE_invalid_xml_char_entity.xlf:8:29: character U+0003 is not allowed in XML",
        ));
    let out = relais(dir.path())
        .args(["tm", "stats", "--json"])
        .assert()
        .success();
    assert_eq!(json(&out.get_output().stdout)["units"], 3);
}

#[test]
fn several_files_each_reported_and_a_bad_one_fails_the_run() {
    let dir = tempfile::tempdir().unwrap();
    let out = relais(dir.path())
        .args(["tm", "import", "--json"])
        .arg(fixture(
            "xliff/NEGATIVE_xliff2_oasis_bad_DataIdNotUnique.xlf",
        ))
        .arg(fixture("xliff/xliff2_okapi_test01.xlf"))
        .assert()
        .code(2);
    let lines = json_lines(&out.get_output().stdout);
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert_eq!(lines[0]["error"]["line"], 7);
    assert_eq!(lines[1]["added"], 2);
    assert!(
        lines[2]["error"]["message"]
            .as_str()
            .unwrap()
            .contains("1 of 2 files")
    );
}

#[test]
fn utf16_and_gzipped_xliff_import() {
    let dir = tempfile::tempdir().unwrap();
    let xliff = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"fr\" trgLang=\"pl\"><file id=\"f\"><unit id=\"u\"><segment state=\"final\"><source>Enfant</source><target>Dziecko</target></segment></unit></file></xliff>\n";
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(xliff.encode_utf16().flat_map(u16::to_le_bytes));
    std::fs::write(dir.path().join("u16.xlf"), &bytes).unwrap();
    let gz = std::fs::File::create(dir.path().join("plain.xliff.gz")).unwrap();
    let mut encoder = flate2::write::GzEncoder::new(gz, flate2::Compression::default());
    std::io::Write::write_all(
        &mut encoder,
        xliff
            .replace("UTF-16", "UTF-8")
            .replace("Enfant", "Mère")
            .as_bytes(),
    )
    .unwrap();
    encoder.finish().unwrap();
    let out = relais(dir.path())
        .args(["tm", "import", "--json", "u16.xlf", "plain.xliff.gz"])
        .assert()
        .success();
    let reports = json_lines(&out.get_output().stdout);
    assert_eq!(reports[0]["added"], 1);
    assert!(
        reports[0]["encoding"]
            .as_str()
            .unwrap()
            .starts_with("UTF-16"),
        "{}",
        reports[0]
    );
    assert_eq!(reports[1]["added"], 1);
    assert_eq!(
        lookup(dir.path(), "Enfant", "fr", "pl", &[])["matches"][0]["target"],
        "Dziecko"
    );
    assert_eq!(
        lookup(dir.path(), "Mère", "fr", "pl", &[])["matches"][0]["target"],
        "Dziecko"
    );
}

#[test]
fn target_language_for_files_without_one() {
    let dir = tempfile::tempdir().unwrap();
    let xliff = r#"<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.1" xmlns="urn:oasis:names:tc:xliff:document:1.1">
  <file original="m.txt" source-language="en" datatype="plaintext"><body>
    <trans-unit id="1"><source>Yes</source><target>Oui</target></trans-unit>
  </body></file>
</xliff>
"#;
    std::fs::write(dir.path().join("m.xliff"), xliff).unwrap();
    relais(dir.path())
        .args(["tm", "import", "m.xliff"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "m.xliff:4:5: the file does not name its source or target language",
        ))
        .stderr(predicate::str::contains(
            "1 unit read, 0 added, 0 merged, 1 skipped",
        ));
    relais(dir.path())
        .args(["tm", "import", "m.xliff", "--target", "fr-FR"])
        .assert()
        .success()
        .stderr(predicate::str::contains("1 unit read, 1 added"));
    assert_eq!(
        lookup(dir.path(), "Yes", "en", "fr", &[])["matches"][0]["target"],
        "Oui"
    );
}
