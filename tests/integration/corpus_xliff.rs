//! Every XLIFF file of the shared corpus through `tm import`: the units
//! read and the translated units added, per file, as counted by reading
//! each file (segments per `trans-unit`/`segment`, and which of them have a
//! target with text in a translated state — see
//! `relais::formats::xliff::import`); the invalid files fail with line and
//! column and leave the TM untouched; what was imported exports as valid
//! TMX and comes back unchanged.

use std::path::Path;

use relais::formats::xliff::XliffReader;
use relais::lang::LangTag;
use relais::model::Unit;
use relais::tm::exchange::{ExportFilter, ImportOptions, export_tmx, import_file};
use relais::tm::{OpenOptions, Tm};

use crate::common::corpus;

/// (file, units read = segments, added, skipped). Nothing merges: every
/// translated segment has its own `ORIGINAL#ID` context.
const EXPECTED: &[(&str, u64, u64, u64)] = &[
    // 5 units; unit 53 has 3 <mrk mtype="seg"> segments; 92 is translate="no".
    // Unit 93 is codes plus one Wingdings character (U+F098): text, so imported.
    ("across-1.1_de-en.xlf", 7, 6, 1),
    // 3 approved units with state="final".
    ("crowdin-1.1_en-ca.xliff", 3, 3, 0),
    // 10 units, all state="new" with empty targets.
    ("interop-now_xliffdoc_Peanut_Butter.xlf", 10, 0, 10),
    // 7 units, 11 segments: unit 1 translate="no", the others needs-translation.
    ("madcap-lingo-7_about_the.htm.xlf", 11, 0, 11),
    // 3 <file>s, two with <body/>; one segmented unit with an empty target.
    ("matecat_file-with-emoji.xliff", 1, 0, 1),
    // 98 units: 89 approved with a target, 1 approved needs-review-translation
    // (approved wins), 8 without a target.
    ("maxprograms-javapm_alttrans.xlf", 98, 90, 8),
    // 119 units, all mq:status="NotStarted", empty or whitespace targets.
    ("memoq-4.0.24_MQ-12-Test01.xlf", 119, 0, 119),
    // Units 1 and 3 ManuallyConfirmed; unit 2 translate="no" (locked).
    ("memoq-9.0.18_de-en.mqxliff", 3, 2, 1),
    // 13 units: unit 2 approved, unit 3 a copy of the source without state
    // (imported); the rest without target, with an empty one or translate="no".
    ("okapi-rainbow_RB-11-Test01_xliff11.xlf", 13, 2, 11),
    // 88 units, all needs-translation with empty targets (matches in alt-trans).
    ("ontram_alttrans_de-en.xlf", 88, 0, 88),
    // XLIFF 1.0, 158 units, no targets.
    ("passolo-3.0_xliff10.xlf", 158, 0, 158),
    // 42 units: 22 translate="no", 4 code-only units, 16 units with 19 segments;
    // only mid 1 ("Getting Started") is translated (conf="Translated").
    ("trados-studio-2009_TS09-12-Test01.sdlxliff", 45, 1, 44),
    // One segment, conf="Draft".
    ("trados-studio_track-changes.sdlxliff", 1, 0, 1),
    // 8 approved units, but no target-language: nothing without --target.
    ("translate-toolkit_states_xliff11.xlf", 8, 0, 8),
    // 4 units, 3 with targets (no state).
    ("worldserver-10.4.2_pt-BR.xlf", 4, 3, 1),
    // en → en: nothing to import.
    ("xcode-apple_plural-dict.xliff", 7, 0, 7),
    // 8 units: t1, t2, t8 signed-off; the others have empty targets.
    ("xtm_StatusSample.docx.xlf", 8, 3, 5),
    // XLIFF 2.0.
    ("xliff2_angular-i18n.xliff", 2, 0, 2),
    ("xliff2_matecat_pcec.xlf", 21, 0, 21),
    // Unit 2's target has no state: imported.
    ("xliff2_oasis_toRewrite2_in.xlf", 2, 1, 1),
    // tu1: segment 1 translated, segment 2 target without state.
    ("xliff2_okapi_test01.xlf", 5, 2, 3),
    // 29 <file>s, 519 units, all final.
    ("xliff2_openxliff-3.13_java_es_mda-mtc.xlf", 519, 519, 0),
    // 9 units, 10 segments, state="final" but empty targets.
    ("xliff2_phrase-memsource_uber.xliff", 10, 0, 10),
    ("xliff2_weblate_cs.xliff2", 4, 1, 3),
];

/// (file, line, column, what the message says) of files that must be
/// rejected.
const INVALID: &[(&str, u64, u64, &str)] = &[
    // A raw U+0003 in the target: not an XML character.
    ("NEGATIVE_invalid_xml_char_entity.xlf", 8, 29, "U+0003"),
    // Two <data id="d1twice"> in one <originalData>.
    (
        "NEGATIVE_xliff2_oasis_bad_DataIdNotUnique.xlf",
        7,
        5,
        "duplicate data id 'd1twice'",
    ),
    // &para; without a DTD declaring it: not well-formed XML.
    ("ibm-opentm2_undefined-entity.xlf", 67, 42, "&para;"),
];

fn open_tm(dir: &Path, name: &str) -> Tm {
    Tm::open(&dir.join(name), &OpenOptions::default()).unwrap()
}

fn units_of(tm: &Tm) -> Vec<Unit> {
    let mut units: Vec<Unit> = tm.iter().map(|r| r.unwrap().1.unit).collect();
    units.sort_by_key(|u| format!("{u:?}"));
    units
}

#[test]
fn every_corpus_xliff_imports_its_translated_segments() {
    let Some(corpus) = corpus("corpus XLIFF test") else {
        return;
    };
    let dir = corpus.join("xliff");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let hidden = indicatif::ProgressBar::hidden();
    for name in &names {
        assert!(
            EXPECTED.iter().any(|e| e.0 == name) || INVALID.iter().any(|e| e.0 == name),
            "{name}: a corpus file without expected counts"
        );
    }
    let mut total_added = 0;
    for (name, read, added, skipped) in EXPECTED {
        let tmp = tempfile::tempdir().unwrap();
        let mut tm = open_tm(tmp.path(), "tm");
        let report = import_file(&mut tm, &dir.join(name), &ImportOptions::default(), &hidden)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(
            (
                report.units_read,
                report.added,
                report.skipped,
                report.merged
            ),
            (*read, *added, *skipped, 0),
            "{name}: (read, added, skipped, merged)"
        );
        assert_eq!(tm.unit_count(), *added, "{name}");
        assert!(
            report.warnings.iter().all(|w| w.line > 0 && w.column > 0),
            "{name}"
        );
        total_added += added;
        if *added == 0 {
            continue;
        }
        // Imported units carry their context and export as TMX that
        // imports back to the same units.
        let units = units_of(&tm);
        assert!(
            units
                .iter()
                .all(|u| u.context().is_some_and(|c| c.contains('#'))),
            "{name}: context"
        );
        assert!(units.iter().all(|u| u.variants.len() == 2), "{name}");
        let out = tmp.path().join("out.tmx");
        export_tmx(&tm, &out, &ExportFilter::default(), &hidden).unwrap();
        assert_tmx_valid(&out, name);
        let mut again = open_tm(tmp.path(), "again");
        import_file(&mut again, &out, &ImportOptions::default(), &hidden).unwrap();
        assert_eq!(
            units_of(&again),
            units,
            "{name}: TMX round trip changed units"
        );
    }
    assert_eq!(total_added, 633);
}

#[test]
fn invalid_corpus_files_fail_with_position_and_change_nothing() {
    let Some(corpus) = corpus("corpus XLIFF test") else {
        return;
    };
    let dir = corpus.join("xliff");
    let hidden = indicatif::ProgressBar::hidden();
    let tmp = tempfile::tempdir().unwrap();
    let mut tm = open_tm(tmp.path(), "tm");
    import_file(
        &mut tm,
        &dir.join("crowdin-1.1_en-ca.xliff"),
        &ImportOptions::default(),
        &hidden,
    )
    .unwrap();
    let before = units_of(&tm);
    let imports = tm.state().imports.len();
    for (name, line, column, message) in INVALID {
        let err = import_file(&mut tm, &dir.join(name), &ImportOptions::default(), &hidden)
            .expect_err(&format!("{name} must be rejected"));
        assert_eq!(err.position(), Some((*line, *column)), "{name}: {err}");
        assert!(err.to_string().contains(message), "{name}: {err}");
        assert!(
            err.to_string().contains(name),
            "{name}: the message names the file: {err}"
        );
    }
    assert_eq!(units_of(&tm), before);
    assert_eq!(tm.state().imports.len(), imports);
    drop(tm);
    let reopened = open_tm(tmp.path(), "tm");
    assert_eq!(units_of(&reopened), before);
}

#[test]
fn a_target_language_can_be_given_for_files_without_one() {
    let Some(corpus) = corpus("corpus XLIFF test") else {
        return;
    };
    let file = corpus.join("xliff/translate-toolkit_states_xliff11.xlf");
    let tmp = tempfile::tempdir().unwrap();
    let mut tm = open_tm(tmp.path(), "tm");
    let options = ImportOptions {
        target: Some(LangTag::parse("fr").unwrap()),
        ..Default::default()
    };
    let report = import_file(&mut tm, &file, &options, &indicatif::ProgressBar::hidden()).unwrap();
    // All 8 units are approved="yes"; the unknown "fake" and the
    // Translate Toolkit states do not matter then.
    assert_eq!((report.units_read, report.added), (8, 8));
    let units = units_of(&tm);
    let one = units
        .iter()
        .find(|u| u.variants[0].seg.display_text() == "One")
        .unwrap();
    assert_eq!(one.variants[1].lang, "fr");
    assert_eq!(one.variants[1].seg.display_text(), "Un");
    assert_eq!(one.context(), Some("file.txt#1"));
}

#[test]
fn segments_codes_and_metadata_from_real_files() {
    let Some(corpus) = corpus("corpus XLIFF test") else {
        return;
    };
    let dir = corpus.join("xliff");
    let hidden = indicatif::ProgressBar::hidden();
    let tmp = tempfile::tempdir().unwrap();
    let mut tm = open_tm(tmp.path(), "tm");
    for name in [
        "across-1.1_de-en.xlf",
        "memoq-9.0.18_de-en.mqxliff",
        "xliff2_oasis_toRewrite2_in.xlf",
    ] {
        import_file(&mut tm, &dir.join(name), &ImportOptions::default(), &hidden).unwrap();
    }
    let units = units_of(&tm);
    let find = |source: &str| {
        units
            .iter()
            .find(|u| u.variants[0].seg.display_text() == source)
            .unwrap_or_else(|| panic!("no unit with source {source:?}"))
    };
    // Across: the first <mrk mtype="seg"> of unit 53, with its code.
    let across = find("<p_in>Testtext eins");
    assert_eq!(across.variants[1].seg.display_text(), "<p_in>testtext one");
    assert_eq!(across.variants[1].lang, "en-EN");
    assert_eq!(across.context(), Some("test.docx#53"));
    assert_eq!(
        find("Testtext zwei").variants[1].seg.display_text(),
        "text text two"
    );
    // memoQ: languages as written, change metadata.
    let memoq = find("Das ist das Haus");
    assert_eq!(memoq.variants[1].lang, "en-us");
    assert_eq!(memoq.attr("changedate"), Some("20200331T093837Z"));
    assert_eq!(memoq.attr("changeid"), Some("TRA_01"));
    assert_eq!(memoq.attr("creationid"), Some("TRA_01"));
    // OASIS 2.0: an isolated <ec> and a target-only <ph> stay codes.
    let oasis = units.iter().find(|u| u.context() == Some("f1#2")).unwrap();
    assert_eq!(oasis.variants[0].seg.matching_text(), "text\u{FFFC}[   ]");
    assert_eq!(
        oasis.variants[1].seg.matching_text(),
        "texte\u{FFFC}[   ]\u{FFFC}"
    );
    let codes = oasis.variants[1].seg.codes();
    assert_eq!(codes[0].name, "it");
    assert_eq!(codes[1].native_text(), "<ph id=\"trgOnly\"/>");
}

#[test]
fn every_valid_corpus_file_reads_with_the_reader_alone() {
    let Some(corpus) = corpus("corpus XLIFF test") else {
        return;
    };
    for (name, read, ..) in EXPECTED {
        let mut reader = XliffReader::open(&corpus.join("xliff").join(name)).unwrap();
        let mut segments = 0;
        while let Some(unit) = reader.next_unit().unwrap_or_else(|e| panic!("{name}: {e}")) {
            segments += unit.segments.len() as u64;
        }
        assert_eq!(segments, *read, "{name}");
    }
}

fn assert_tmx_valid(file: &Path, name: &str) {
    let dtd = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tmx14b.dtd");
    let Ok(output) = std::process::Command::new("xmllint")
        .arg("--noout")
        .arg("--dtdvalid")
        .arg(&dtd)
        .arg(file)
        .output()
    else {
        eprintln!("notice: xmllint not found; TMX validation of XLIFF imports skipped");
        return;
    };
    assert!(
        output.status.success(),
        "{name}: TMX export of the imported units is not valid TMX 1.4b:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
}
