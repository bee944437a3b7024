//! Tests of the XLIFF writers: codes, states, matches and glossary
//! entries in both versions, and schema validation with xmllint.

use std::path::{Path, PathBuf};
use std::process::Command;

use std::io;

use super::*;
use crate::formats::xliff::XliffReader;
use crate::formats::xliff::writer::codes::{CodeIds, is_nmtoken};
use crate::formats::xliff::writer::v12::inline_12;
use crate::formats::xliff::writer::v20::Content20;
use crate::model::Tag;
use crate::model::{Inline, Segment};

fn placeable(s: &str) -> Tag {
    Tag::fluent_placeable(s)
}

/// A source with every kind of code, and its translation.
fn sample_segments() -> (Segment, Segment) {
    let mut source = Segment::text("Bonjour ");
    source.push_tag(placeable("{ $name }"));
    source.push_text(", lisez ");
    source.push_tag(Tag {
        name: "bpt".into(),
        attrs: vec![("i".into(), "1".into()), ("type".into(), "bold".into())],
        content: vec![Inline::Text("<b>".into())],
    });
    source.push_text("le rapport");
    source.push_tag(Tag {
        name: "ept".into(),
        attrs: vec![("i".into(), "1".into())],
        content: vec![Inline::Text("</b>".into())],
    });
    source.push_tag(Tag {
        name: "it".into(),
        attrs: vec![("pos".into(), "begin".into())],
        content: vec![Inline::Text("<span>".into())],
    });
    source.push_tag(Tag {
        name: "ph".into(),
        attrs: Vec::new(),
        content: Vec::new(),
    });
    source.push_tag(Tag {
        name: "hi".into(),
        attrs: Vec::new(),
        content: vec![Inline::Text("  & < >".into())],
    });
    let mut target = Segment::text("Hallo ");
    target.push_tag(placeable("{ $name }"));
    target.push_text(", lesen Sie den ");
    target.push_tag(Tag {
        name: "bpt".into(),
        attrs: vec![("i".into(), "1".into())],
        content: vec![Inline::Text("<b>".into())],
    });
    target.push_text("Bericht");
    target.push_tag(Tag {
        name: "ept".into(),
        attrs: vec![("i".into(), "1".into())],
        content: vec![Inline::Text("</b>".into())],
    });
    (source, target)
}

fn sample_units() -> Vec<WriteUnit> {
    let (source, target) = sample_segments();
    let glossary = vec![GlossaryEntry {
        term: "pédopornographie".into(),
        origin: Some("csam".into()),
        translations: vec![
            GlossaryTerm {
                text: "Darstellungen sexualisierter Gewalt gegen Kinder".into(),
                status: GlossaryStatus::Preferred,
                reason: None,
            },
            GlossaryTerm {
                text: "Kinderpornografie".into(),
                status: GlossaryStatus::Forbidden,
                reason: Some("minimises the abuse".into()),
            },
        ],
        definition: Some("Material depicting child sexual abuse".into()),
    }];
    vec![
        WriteUnit {
            id: "communique.intro".into(),
            name: Some("communique#intro".into()),
            source: source.clone(),
            target: Some(target.clone()),
            state: TargetState::NeedsReview,
            notes: vec![WriteNote {
                text: "Headline".into(),
                from: Some("relais".into()),
                about: NoteAbout::Source,
                priority: Some(2),
            }],
            matches: vec![
                TmMatch {
                    source: source.clone(),
                    target: target.clone(),
                    score: 101,
                    origin: Some("communique:intro".into()),
                },
                TmMatch {
                    source: Segment::text("Lisez le rapport"),
                    target: Segment::text("Lesen Sie den Bericht"),
                    score: 87,
                    origin: None,
                },
            ],
            glossary,
            translate: true,
            properties: vec![("x-relais-source-hash".into(), "00ff".into())],
        },
        WriteUnit {
            id: "communique.empty".into(),
            name: None,
            source: Segment::text("Rien \"à\" traduire"),
            target: None,
            state: TargetState::New,
            notes: Vec::new(),
            matches: Vec::new(),
            glossary: Vec::new(),
            translate: false,
            properties: vec![("x-relais-source-hash".into(), "0a0b".into())],
        },
    ]
}

fn file() -> WriteFile {
    WriteFile {
        id: "communique".into(),
        original: "locales/fr/communique.ftl".into(),
        notes: vec![WriteNote::new("Press release")],
    }
}

fn write12() -> String {
    let mut w = Xliff12Writer::start(Vec::new(), "fr", "de").unwrap();
    w.begin_file(&file()).unwrap();
    for u in sample_units() {
        w.unit(&u).unwrap();
    }
    let (out, n) = w.finish().unwrap();
    assert_eq!(n, 2);
    String::from_utf8(out).unwrap()
}

fn write20() -> String {
    let mut w = Xliff20Writer::start(Vec::new(), "fr", "de").unwrap();
    w.begin_file(&file()).unwrap();
    for u in sample_units() {
        w.unit(&u).unwrap();
    }
    let (out, n) = w.finish().unwrap();
    assert_eq!(n, 2);
    String::from_utf8(out).unwrap()
}

#[test]
fn xliff12_output_maps_codes_states_matches_and_glossary() {
    let xml = write12();
    assert!(xml.contains(
        "<source xml:lang=\"fr\">Bonjour <ph id=\"1\" ctype=\"x-fluent\">{ $name }</ph>, lisez <bpt id=\"2\" ctype=\"bold\">&lt;b&gt;</bpt>le rapport<ept id=\"2\">&lt;/b&gt;</ept><it id=\"3\" pos=\"open\">&lt;span&gt;</it><x id=\"4\"/><mrk mtype=\"x-relais-hi\">  &amp; &lt; &gt;</mrk></source>"
    ), "{xml}");
    assert!(xml.contains("state=\"needs-review-translation\">Hallo <ph id=\"1\" ctype=\"x-fluent\">{ $name }</ph>, lesen Sie den <bpt id=\"2\">"), "{xml}");
    assert!(
        xml.contains("<alt-trans match-quality=\"101\" origin=\"communique:intro\">"),
        "{xml}"
    );
    assert!(
        xml.contains("<context context-type=\"x-relais-source-hash\">00ff</context>"),
        "{xml}"
    );
    assert!(
        xml.contains("<trans-unit id=\"communique.empty\" translate=\"no\""),
        "{xml}"
    );
    assert!(xml.contains("<note priority=\"1\" from=\"relais-glossary\" annotates=\"source\">Glossary: pédopornographie → Darstellungen sexualisierter Gewalt gegen Kinder (preferred); Kinderpornografie (FORBIDDEN: minimises the abuse)"), "{xml}");

    // Read back: same units, same texts and codes.
    let mut r = XliffReader::from_text(&xml, Path::new("out.xlf")).unwrap();
    let unit = r.next_unit().unwrap().unwrap();
    assert_eq!(
        unit.properties,
        [("x-relais-source-hash".to_string(), "00ff".to_string())]
    );
    let seg = &unit.segments[0];
    assert_eq!(seg.state.as_deref(), Some("needs-review-translation"));
    let units = sample_units();
    // The highlight comes back as a pair of codes around its text.
    assert_eq!(
        seg.source.matching_text(),
        format!(
            "{}\u{FFFC}",
            units[0]
                .source
                .matching_text()
                .replace("  &", "\u{FFFC}  &")
        )
    );
    assert_eq!(
        seg.source.display_text(),
        "Bonjour { $name }, lisez <b>le rapport</b><span><x id=\"4\"/><mrk mtype=\"x-relais-hi\">  & < ></mrk>"
    );
    assert_eq!(
        seg.target.as_ref().unwrap().display_text(),
        units[0].target.as_ref().unwrap().display_text()
    );
    assert_eq!(unit.alt_trans.len(), 2);
    let empty = r.next_unit().unwrap().unwrap();
    assert_eq!(
        empty.segments[0].source.display_text(),
        "Rien \"à\" traduire"
    );
    assert!(empty.segments[0].target.is_none());
    assert!(r.next_unit().unwrap().is_none());
    assert!(r.take_warnings().is_empty());
}

#[test]
fn xliff20_output_maps_codes_states_matches_and_glossary() {
    let xml = write20();
    assert!(
        xml.contains("<segment id=\"s1\" state=\"translated\" subState=\"relais:review\">"),
        "{xml}"
    );
    assert!(xml.contains(
        "<source>Bonjour <ph id=\"1\" dataRef=\"d1\" canDelete=\"no\"/>, lisez <pc id=\"2\" dataRefStart=\"d2\" dataRefEnd=\"d3\" canDelete=\"no\">le rapport</pc><sc id=\"3\" isolated=\"yes\" dataRef=\"d4\" canDelete=\"no\"/><ph id=\"4\" canDelete=\"no\"/><mrk id=\"m1\">  &amp; &lt; &gt;</mrk></source>"
    ), "{xml}");
    assert!(xml.contains("<target>Hallo <ph id=\"1\" dataRef=\"d1\" canDelete=\"no\"/>, lesen Sie den <pc id=\"2\" dataRefStart=\"d2\" dataRefEnd=\"d3\" canDelete=\"no\">Bericht</pc></target>"), "{xml}");
    assert!(
        xml.contains("<mda:meta type=\"x-relais-source-hash\">00ff</mda:meta>"),
        "{xml}"
    );
    assert!(
        xml.contains("<unit id=\"communique.empty\" translate=\"no\""),
        "{xml}"
    );
    // Proposals are not protected: they are only shown.
    assert!(xml.contains("<source>Lisez le rapport</source>"), "{xml}");
    assert!(xml.contains("<data id=\"d1\">{ $name }</data>"), "{xml}");
    assert!(xml.contains("<mtc:match id=\"tm1\" ref=\"#s1\" type=\"tm\" matchQuality=\"100\" subType=\"relais:in-context\" origin=\"communique:intro\">"), "{xml}");
    // A forbidden term is never offered as a translation: it is named,
    // with its reason, in the definition.
    assert!(
        !xml.contains(">Kinderpornografie</gls:translation>"),
        "{xml}"
    );
    assert!(
        xml.contains("FORBIDDEN: Kinderpornografie (minimises the abuse)</gls:definition>"),
        "{xml}"
    );
    assert!(xml.contains("relais:status=\"preferred\">Darstellungen sexualisierter Gewalt gegen Kinder</gls:translation>"), "{xml}");
    assert!(
        xml.contains("<segment id=\"s1\" state=\"initial\">"),
        "{xml}"
    );

    let mut r = XliffReader::from_text(&xml, Path::new("out.xlf")).unwrap();
    let unit = r.next_unit().unwrap().unwrap();
    assert_eq!(unit.id.as_deref(), Some("communique.intro"));
    assert_eq!(
        unit.properties,
        [("x-relais-source-hash".to_string(), "00ff".to_string())]
    );
    assert_eq!(unit.name.as_deref(), Some("communique#intro"));
    assert_eq!(unit.notes[0].text, "Headline");
    let seg = &unit.segments[0];
    assert_eq!(seg.sub_state.as_deref(), Some("relais:review"));
    let units = sample_units();
    assert_eq!(
        seg.source.matching_text(),
        format!(
            "{}\u{FFFC}",
            units[0]
                .source
                .matching_text()
                .replace("  &", "\u{FFFC}  &")
        )
    );
    assert_eq!(
        seg.target.as_ref().unwrap().display_text(),
        units[0].target.as_ref().unwrap().display_text()
    );
    assert_eq!(seg.source.codes()[0].native_text(), "{ $name }");
    assert_eq!(unit.alt_trans.len(), 2);
    assert_eq!(
        unit.alt_trans[1].target.display_text(),
        "Lesen Sie den Bericht"
    );
    assert_eq!(
        unit.alt_trans[0].target.display_text(),
        units[0].target.as_ref().unwrap().display_text()
    );
    assert!(r.next_unit().unwrap().is_some());
    assert!(r.next_unit().unwrap().is_none());
    assert!(r.take_warnings().is_empty());
}

#[test]
fn crossing_pairs_use_sc_ec_and_unmatched_ept_is_isolated() {
    let tag = |name: &str, i: &str, text: &str| {
        Inline::Tag(Tag {
            name: name.into(),
            attrs: vec![("i".into(), i.into())],
            content: vec![Inline::Text(text.into())],
        })
    };
    let pieces = vec![
        tag("bpt", "1", "<b>"),
        Inline::Text("a".into()),
        tag("bpt", "2", "<i>"),
        Inline::Text("b".into()),
        tag("ept", "1", "</b>"),
        tag("ept", "2", "</i>"),
        tag("ept", "7", "</u>"),
    ];
    let mut content = Content20::default();
    let out = content.inline(&pieces, true);
    assert_eq!(
        out,
        "<sc id=\"1\" dataRef=\"d1\"/>a<pc id=\"2\" dataRefStart=\"d2\" dataRefEnd=\"d3\">b<ec startRef=\"1\" dataRef=\"d4\"/></pc><ec id=\"3\" isolated=\"yes\" dataRef=\"d5\"/>"
    );
    let mut ids = CodeIds::default();
    assert_eq!(
        inline_12(&pieces, &mut ids, true),
        "<bpt id=\"1\">&lt;b&gt;</bpt>a<bpt id=\"2\">&lt;i&gt;</bpt>b<ept id=\"1\">&lt;/b&gt;</ept><ept id=\"2\">&lt;/i&gt;</ept><it id=\"3\" pos=\"close\">&lt;/u&gt;</it>"
    );
}

#[test]
fn moved_placeables_keep_their_ids_in_the_target() {
    let mut source = Segment::default();
    source.push_tag(placeable("{ $a }"));
    source.push_text(" et ");
    source.push_tag(placeable("{ $b }"));
    let mut target = Segment::default();
    target.push_tag(placeable("{ $b }"));
    target.push_text(" und ");
    target.push_tag(placeable("{ $a }"));
    target.push_tag(placeable("{ $c }"));
    let mut ids = CodeIds::default();
    inline_12(&source.0, &mut ids, true);
    assert_eq!(
        inline_12(&target.0, &mut ids, false),
        "<ph id=\"2\" ctype=\"x-fluent\">{ $b }</ph> und <ph id=\"1\" ctype=\"x-fluent\">{ $a }</ph><ph id=\"3\" ctype=\"x-fluent\">{ $c }</ph>"
    );
    let mut content = Content20::default();
    content.inline(&source.0, true);
    assert_eq!(
        content.inline(&target.0, false),
        "<ph id=\"2\" dataRef=\"d2\"/> und <ph id=\"1\" dataRef=\"d1\"/><ph id=\"3\" dataRef=\"d3\"/>"
    );
}

#[test]
fn ids_must_be_nmtokens_in_xliff20() {
    let mut w = Xliff20Writer::start(Vec::new(), "fr", "de").unwrap();
    w.begin_file(&file()).unwrap();
    let mut unit = sample_units().remove(1);
    unit.id = "communique#intro".into();
    assert_eq!(
        w.unit(&unit).unwrap_err().kind(),
        io::ErrorKind::InvalidInput
    );
    assert!(is_nmtoken("communique.intro:few"));
    assert!(!is_nmtoken("a b"));
    assert!(!is_nmtoken(""));
}

/// The vendored OASIS schemas and their catalog.
fn schemas() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/xliff-schemas")
}

/// Runs xmllint offline; `None` (with a notice) when it is missing.
fn xmllint(schema: &Path, xml: &str, name: &str) -> Option<(bool, String)> {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join(name);
    std::fs::write(&file, xml).unwrap();
    let Ok(output) = Command::new("xmllint")
        .env("XML_CATALOG_FILES", schemas().join("catalog.xml"))
        .arg("--noout")
        .arg("--nonet")
        .arg("--schema")
        .arg(schema)
        .arg(&file)
        .output()
    else {
        eprintln!(
            "notice: xmllint not found (Debian: libxml2-utils); XLIFF schema validation skipped"
        );
        return None;
    };
    Some((
        output.status.success(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    ))
}

#[test]
fn xliff12_output_validates_against_the_strict_schema() {
    let schema = schemas().join("1.2/xliff-core-1.2-strict.xsd");
    let Some((ok, log)) = xmllint(&schema, &write12(), "out12.xlf") else {
        return;
    };
    assert!(ok, "{log}");
    // The check can fail: a unit without its required id does.
    let broken = write12().replace("<trans-unit id=\"communique.empty\"", "<trans-unit");
    let (ok, _) = xmllint(&schema, &broken, "broken12.xlf").unwrap();
    assert!(!ok, "validation must reject a trans-unit without id");
}

#[test]
fn xliff20_output_validates_against_core_and_modules() {
    let xml = write20();
    for schema in ["2.0/xliff_core_2.0.xsd", "2.0/xliff-2.0-with-modules.xsd"] {
        let Some((ok, log)) = xmllint(&schemas().join(schema), &xml, "out20.xlf") else {
            return;
        };
        assert!(ok, "{schema}: {log}");
    }
    let broken = xml.replace(" ref=\"#s1\"", "");
    let (ok, _) = xmllint(
        &schemas().join("2.0/xliff-2.0-with-modules.xsd"),
        &broken,
        "broken20.xlf",
    )
    .unwrap();
    assert!(!ok, "the module schema must reject mtc:match without ref");
}
