//! TBX files from other tools (../shared/corpus/tbx): every valid file
//! imports, the ill-formed one is rejected with its position, and TBX →
//! TSV → TBX round trips keep every term, status and note, with exports
//! that validate against the official core schema.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use relais::formats::tbx::{TbxExportOptions, export_tbx, read_tbx};
use relais::glossary::tsv;
use relais::model::Status;

use crate::common::{corpus, json, relais};
use crate::glossary_cli::validate_with_xmllint;

/// Terms relais reads from each valid corpus file (MANIFEST.tsv counts
/// `<term>` elements; the differences are empty `<term/>`s in the SDLX
/// export, and terms repeated in one entry in the CRITI, Glossary
/// Converter and Microsoft files, which are kept once).
const EXPECTED_TERMS: &[(&str, usize)] = &[
    ("across_tbx-export.tbx", 2),
    ("glossary-converter_term-import.tbx", 4),
    ("ltac_tbx-basic_v3_DCA_astronomy.tbx", 113),
    ("ltac_tbx-basic_v3_DCT_astronomy.tbx", 113),
    ("ltac_tbx-core_v3_good.tbx", 113),
    ("ltac_tbx-min_v3_DCA_astronomy.tbx", 113),
    ("ltac_tbx2008_basic_criti-export.tbx", 47),
    ("microsoft-terminology-collection_en-ca.tbx", 11598),
    ("okapi_ibm_sample.tbx", 11),
    ("okapi_medtronic_12langs.tbx", 62),
    ("okapi_sdlx-termbase_martif_ntig.tbx", 472),
    ("okapi_test02_windows-1254.tbx", 2),
    ("omegat_sampleTBXfile_utf8bom.tbx", 2),
    ("translate5_specialchars.tbx", 1),
    ("translate5_tbx-export_multi-variant.tbx", 14),
    ("weblate_fr-extended-metadata_ns.tbx", 4),
    ("weblate_translate-toolkit_cs.tbx", 8),
];

const NEGATIVE: &str = "ltac_NEGATIVE_poorly_formed_xml.tbx";

fn tbx_dir(test: &str) -> Option<PathBuf> {
    corpus(test).map(|c| c.join("tbx"))
}

fn statuses(terms: &[relais::model::Term]) -> BTreeMap<Status, usize> {
    let mut out = BTreeMap::new();
    for t in terms {
        *out.entry(t.status).or_default() += 1;
    }
    out
}

#[test]
fn every_valid_tbx_of_the_corpus_imports() {
    let Some(dir) = tbx_dir("every_valid_tbx_of_the_corpus_imports") else {
        return;
    };
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter(|n| n.ends_with(".tbx"))
        .collect();
    names.sort();
    for name in &names {
        if name == NEGATIVE {
            continue;
        }
        let expected = EXPECTED_TERMS
            .iter()
            .find(|(n, _)| n == name)
            .unwrap_or_else(|| panic!("{name} is not in EXPECTED_TERMS"))
            .1;
        let doc = read_tbx(&dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(doc.data.terms.len(), expected, "{name}");
        assert!(
            doc.data.terms.iter().all(|t| !t.text.trim().is_empty()),
            "{name}"
        );
        assert!(
            doc.data
                .concepts
                .iter()
                .all(|c| relais::model::is_concept_id(&c.id)),
            "{name}"
        );
    }
    let read = |n: &str| read_tbx(&dir.join(n)).unwrap();

    // Encodings: windows-1254 (0xDD, 0xFD are İ, ı there) and UTF-8 with
    // a byte-order mark.
    let turkish = read("okapi_test02_windows-1254.tbx");
    assert_eq!(turkish.encoding, "windows-1254");
    assert_eq!(turkish.data.terms[1].text, "tr term with: éá and İı");
    assert_eq!(turkish.data.terms[1].lang.as_str(), "tr");
    assert_eq!(
        read("omegat_sampleTBXfile_utf8bom.tbx").data.terms[0].text,
        "alpha smoothing factor"
    );

    // TBX v3, DCA and DCT styles, give the same glossary.
    let dca = read("ltac_tbx-basic_v3_DCA_astronomy.tbx");
    let dct = read("ltac_tbx-basic_v3_DCT_astronomy.tbx");
    assert_eq!(
        (dca.version, dca.style.as_deref(), dct.style.as_deref()),
        ("2019", Some("dca"), Some("dct"))
    );
    let key = |d: &relais::formats::tbx::TbxDocument| -> Vec<(String, String, Status, Option<&'static str>, String)> {
        d.data.terms.iter().map(|t| (t.concept.clone(), t.text.clone(), t.status, t.pos.map(relais::model::PartOfSpeech::as_str), t.note.clone())).collect()
    };
    assert_eq!(key(&dca), key(&dct));
    assert_eq!(dca.data.concepts[0].domain, "General");
    // 12 preferred, 16 admitted and 81 terms without a status (admitted),
    // 3 deprecated and 1 superseded (deprecated).
    let expected = BTreeMap::from([
        (Status::Preferred, 12),
        (Status::Admitted, 97),
        (Status::Deprecated, 4),
    ]);
    assert_eq!(statuses(&dca.data.terms), expected);

    // Statuses of TBX 2008 files and Weblate's martif in the 2019
    // namespace.
    let medtronic = read("okapi_medtronic_12langs.tbx");
    assert_eq!(
        statuses(&medtronic.data.terms).get(&Status::Deprecated),
        Some(&2)
    );
    let weblate = read("weblate_fr-extended-metadata_ns.tbx");
    assert_eq!(weblate.version, "2008");
    assert!(
        weblate.data.terms[..2]
            .iter()
            .all(|t| t.status == Status::Deprecated),
        "obsolete"
    );
    assert!(
        weblate.data.terms[2..]
            .iter()
            .all(|t| t.status == Status::DoNotTranslate),
        "Translation needed: No"
    );
    assert!(
        weblate.data.terms[2]
            .note
            .contains("Do not translate error codes.")
    );
    let t5 = read("translate5_tbx-export_multi-variant.tbx");
    let legal = t5
        .data
        .terms
        .iter()
        .find(|t| t.text == "Valve terminal legal")
        .unwrap();
    assert_eq!(legal.status, Status::Admitted);
    assert!(legal.note.starts_with("[tbx-status=legalTerm-admn-sts]"));
    // Glossary Converter writes two <term>s in one <tig>.
    assert_eq!(
        read("glossary-converter_term-import.tbx")
            .data
            .terms
            .iter()
            .filter(|t| t.lang.as_str() == "de")
            .count(),
        3
    );
}

#[test]
fn the_ill_formed_tbx_is_rejected_with_line_and_column() {
    let Some(dir) = tbx_dir("the_ill_formed_tbx_is_rejected_with_line_and_column") else {
        return;
    };
    let file = dir.join(NEGATIVE);
    let err = read_tbx(&file).unwrap_err();
    assert_eq!(err.position(), Some((42, 6)), "{err}");
    let tmp = tempfile::tempdir().unwrap();
    let out = relais(tmp.path())
        .args(["glossary", "import", "--json"])
        .arg(&file)
        .assert()
        .code(2);
    let doc = json(&out.get_output().stdout);
    assert_eq!(doc["error"]["kind"], "parse");
    assert_eq!(
        (
            doc["error"]["line"].as_u64(),
            doc["error"]["column"].as_u64()
        ),
        (Some(42), Some(6))
    );
    assert!(
        !tmp.path().join("glossary/terms.tsv").exists(),
        "nothing written"
    );
}

/// (concept, language, term, status, note) of every term, sorted.
fn term_keys(terms: &[relais::model::Term]) -> Vec<(String, String, String, Status, String)> {
    let mut out: Vec<_> = terms
        .iter()
        .map(|t| {
            (
                t.concept.clone(),
                t.lang.to_string(),
                t.text.clone(),
                t.status,
                t.note.clone(),
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn tbx_to_tsv_to_tbx_keeps_every_term_status_and_note() {
    let Some(dir) = tbx_dir("tbx_to_tsv_to_tbx_keeps_every_term_status_and_note") else {
        return;
    };
    for (name, _) in EXPECTED_TERMS {
        let first = read_tbx(&dir.join(name)).unwrap();
        let tmp = tempfile::tempdir().unwrap();
        let terms_file = tmp.path().join("terms.tsv");
        tsv::save_set(&terms_file, &first.data).unwrap();
        let from_tsv = tsv::load_set(&terms_file)
            .unwrap_or_else(|e| panic!("{name}: the TSV does not load back: {e}"));
        let exported = tmp.path().join("out.tbx");
        export_tbx(&exported, &from_tsv, &TbxExportOptions::default()).unwrap();
        if *name != "microsoft-terminology-collection_en-ca.tbx" {
            validate_with_xmllint(&exported);
        }
        let second = read_tbx(&exported).unwrap();
        assert_eq!(
            term_keys(&second.data.terms),
            term_keys(&first.data.terms),
            "{name}"
        );
        assert_eq!(second.data.sources, first.data.sources, "{name}");
        for (a, b) in first.data.concepts.iter().zip(&second.data.concepts) {
            assert_eq!(
                (&a.id, &a.domain, &a.definition, &a.note),
                (&b.id, &b.domain, &b.definition, &b.note),
                "{name}"
            );
        }
        // And the superseded status comes back as TBX wrote it.
        if name.contains("basic_v3_DCA") {
            let xml = std::fs::read_to_string(&exported).unwrap();
            assert!(xml.contains(">supersededTerm-admn-sts<"), "{name}");
        }
    }
}

#[test]
fn a_large_termbase_exports_and_validates() {
    let Some(dir) = tbx_dir("a_large_termbase_exports_and_validates") else {
        return;
    };
    let doc = read_tbx(&dir.join("microsoft-terminology-collection_en-ca.tbx")).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("ms.tbx");
    let report = export_tbx(&out, &doc.data, &TbxExportOptions::default()).unwrap();
    assert_eq!(report.terms, 11598);
    validate_with_xmllint(Path::new(&out));
}
