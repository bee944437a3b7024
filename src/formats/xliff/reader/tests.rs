//! Tests of the XLIFF reader on real tools' files and broken ones.

use super::*;
use crate::error::Error;

fn read(text: &str) -> (Vec<XliffUnit>, Vec<Warning>) {
    let mut r = XliffReader::from_text(text, Path::new("t.xlf")).unwrap();
    let mut units = Vec::new();
    while let Some(u) = r.next_unit().unwrap() {
        units.push(u);
    }
    let w = r.take_warnings();
    (units, w)
}

fn read_err(text: &str) -> Error {
    let mut r = match XliffReader::from_text(text, Path::new("t.xlf")) {
        Ok(r) => r,
        Err(e) => return e,
    };
    loop {
        match r.next_unit() {
            Ok(Some(_)) => {}
            Ok(None) => panic!("no error"),
            Err(e) => return e,
        }
    }
}

const V12: &str = r#"<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" xmlns:q="MQXliff">"#;

#[test]
fn reads_units_languages_notes_and_state() {
    let doc = format!(
        r#"{V12}<file original="a.txt" source-language="en" target-language="fr" datatype="plaintext"><header><tool tool-id="t"/></header><body>
        <group id="g" translate="no"><trans-unit id="1"><source>Skip</source></trans-unit></group>
        <trans-unit id="2" resname="k" approved="yes"><source>Hello <x id="1"/></source><target state="final">Bonjour <x id="1"/></target>
          <note from="me">A note</note><alt-trans match-quality="80"><source>Hi</source><target>Salut</target></alt-trans></trans-unit>
        </body></file></xliff>"#
    );
    let (units, warnings) = read(&doc);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(units.len(), 2);
    assert!(
        !units[0].translate,
        "translate=no is inherited from the group"
    );
    let u = &units[1];
    assert_eq!(u.file.original.as_deref(), Some("a.txt"));
    assert_eq!(u.file.target_language.as_deref(), Some("fr"));
    assert_eq!(u.name.as_deref(), Some("k"));
    assert_eq!(u.approved, Some(true));
    assert_eq!(u.notes[0].text, "A note");
    assert_eq!(u.alt_trans[0].target.display_text(), "Salut");
    let s = &u.segments[0];
    assert_eq!(s.state.as_deref(), Some("final"));
    assert_eq!(s.source.display_text(), "Hello <x id=\"1\"/>");
    assert_eq!(
        s.target.as_ref().unwrap().codes()[0].attrs,
        [("x".to_string(), "1".to_string())]
    );
    assert_eq!(u.location.line, 3);
}

#[test]
fn trados_segments_split_with_their_confirmation_level() {
    let doc = format!(
        r#"{V12}<file original="d.doc" source-language="en" target-language="de" datatype="x"><body>
        <trans-unit id="u1"><source>One. <g id="5">Two.</g></source>
        <seg-source><mrk mtype="seg" mid="1">One.</mrk> <g id="5"><mrk mtype="seg" mid="2">Two.</mrk></g></seg-source>
        <target><mrk mtype="seg" mid="1">Eins.</mrk> <g id="5"><mrk mtype="seg" mid="2">Zwei<mrk mtype="x-sdl-deleted" sdl:revid="r">alt</mrk>.</mrk></g></target>
        <sdl:seg-defs><sdl:seg id="1" conf="Translated"><sdl:value key="created_by">ann</sdl:value><sdl:value key="created_on">04/24/2024 18:18:50</sdl:value></sdl:seg><sdl:seg id="2" conf="Draft"/></sdl:seg-defs>
        </trans-unit></body></file></xliff>"#
    );
    let (units, warnings) = read(&doc);
    assert!(warnings.is_empty(), "{warnings:?}");
    let segs = &units[0].segments;
    assert_eq!(segs.len(), 2);
    assert_eq!(segs[0].id.as_deref(), Some("1"));
    assert_eq!(segs[0].target.as_ref().unwrap().display_text(), "Eins.");
    assert_eq!(segs[0].tool_status.as_deref(), Some("Translated"));
    assert_eq!(segs[0].meta.created.as_deref(), Some("20240424T181850Z"));
    assert_eq!(segs[0].meta.created_by.as_deref(), Some("ann"));
    assert_eq!(segs[1].tool_status.as_deref(), Some("Draft"));
    let t = segs[1].target.as_ref().unwrap();
    // The deleted text is a code, not text.
    assert_eq!(t.matching_text(), "Zwei\u{FFFC}.");
    assert!(t.display_text().contains("alt</mrk>"));
}

#[test]
fn unsegmented_targets_of_segmented_units() {
    let doc = format!(
        r#"{V12}<file original="d" source-language="en" target-language="de" datatype="x"><body>
        <trans-unit id="one"><source>A.</source><seg-source><mrk mtype="seg" mid="1">A.</mrk></seg-source><target>Ah.</target></trans-unit>
        <trans-unit id="two"><source>A. B.</source><seg-source><mrk mtype="seg" mid="1">A.</mrk> <mrk mtype="seg" mid="2">B.</mrk></seg-source><target>Ah. Be.</target></trans-unit>
        <trans-unit id="blank"><source>A. B.</source><seg-source><mrk mtype="seg" mid="1">A.</mrk> <mrk mtype="seg" mid="2">B.</mrk></seg-source><target>
        </target></trans-unit>
        </body></file></xliff>"#
    );
    let (units, warnings) = read(&doc);
    assert_eq!(
        units[0].segments[0].target.as_ref().unwrap().display_text(),
        "Ah."
    );
    assert!(units[1].segments.iter().all(|s| s.target.is_none()));
    assert_eq!(warnings.len(), 1, "only unit 'two' warns: {warnings:?}");
    assert_eq!(warnings[0].line, 3);
    assert!(
        warnings[0]
            .message
            .contains("not segmented like <seg-source>")
    );
}

#[test]
fn memoq_rid_pairs_and_status() {
    let doc = format!(
        r#"{V12}<file original="t.idml" source-language="de" target-language="en-us" datatype="x"><body>
        <trans-unit id="2" q:status="ManuallyConfirmed" q:lastchangedtimestamp="2020-03-31T09:38:37Z" q:lastchanginguser="TRA"><source xml:space="preserve">vom <bpt id="1" ctype="bold">{{}}</bpt><bpt id="2" rid="1">&lt;uf&gt;</bpt>Nikolaus<ept id="1">{{}}</ept><ept id="3" rid="1">&lt;/uf&gt;</ept></source></trans-unit>
        </body></file></xliff>"#
    );
    let (units, _) = read(&doc);
    let u = &units[0];
    assert_eq!(u.tool_status.as_deref(), Some("ManuallyConfirmed"));
    assert_eq!(u.meta.changed.as_deref(), Some("20200331T093837Z"));
    assert_eq!(u.meta.changed_by.as_deref(), Some("TRA"));
    let codes = u.segments[0].source.codes();
    let desc: Vec<(String, String)> = codes
        .iter()
        .map(|c| {
            (
                c.name.clone(),
                c.attrs
                    .iter()
                    .find(|(k, _)| k == "i")
                    .map(|(_, v)| v.clone())
                    .unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        desc,
        [
            ("bpt".into(), "1".into()),
            ("bpt".into(), "2".into()),
            ("ept".into(), "1".into()),
            ("ept".into(), "2".into())
        ]
    );
    assert_eq!(codes[0].attrs[2], ("type".to_string(), "bold".to_string()));
    assert_eq!(
        u.segments[0].source.display_text(),
        "vom {}<uf>Nikolaus{}</uf>"
    );
}

#[test]
fn sub_flows_and_empty_codes_keep_their_markup() {
    let doc = format!(
        r#"{V12}<file original="a" source-language="en" datatype="x"><body>
        <trans-unit id="1"><source><ph id="1">&lt;img alt="<sub>Alt</sub>"&gt;</ph><bpt id="2" ax:s="1" xmlns:ax="A"/>x<ept id="2"/></source></trans-unit>
        </body></file></xliff>"#
    );
    let (units, warnings) = read(&doc);
    assert!(warnings.is_empty(), "{warnings:?}");
    let seg = &units[0].segments[0].source;
    let codes = seg.codes();
    assert_eq!(codes[0].content.len(), 3, "text, sub, text");
    assert_eq!(codes[0].native_text(), "<img alt=\"\">");
    assert_eq!(
        codes[1].native_text(),
        "<bpt id=\"2\" ax:s=\"1\" xmlns:ax=\"A\"/>"
    );
    assert_eq!(codes[2].name, "ept");
}

#[test]
fn default_space_is_collapsed_and_preserve_is_kept() {
    let doc = format!(
        r#"{V12}<file original="a" source-language="en" target-language="fr" datatype="x"><body>
        <trans-unit id="1"><source>
          Two   words
        </source><target xml:space="preserve"> Deux  mots </target></trans-unit></body></file></xliff>"#
    );
    let (units, _) = read(&doc);
    let s = &units[0].segments[0];
    assert_eq!(s.source.display_text(), "Two words");
    assert_eq!(s.target.as_ref().unwrap().display_text(), " Deux  mots ");
}

#[test]
fn xliff_1_0_without_namespace_and_foreign_elements_are_read() {
    let doc = r#"<?xml version="1.0"?><xliff version='1.0'><iws:x xmlns:iws="I"/><file source-language='en' datatype='winres' original='n.exe'>
        <header></header><body><group restype='menu'><trans-unit id='1'><source>&amp;File</source></trans-unit>
        <trans-unit id='1'><source>Edit</source><q:c xmlns:q="Q">x</q:c></trans-unit></group></body></file></xliff>"#;
    let (units, warnings) = read(doc);
    assert_eq!(units.len(), 2);
    assert_eq!(units[0].segments[0].source.display_text(), "&File");
    assert!(units[0].file.target_language.is_none());
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].message.contains("duplicate trans-unit id '1'"));
}

#[test]
fn foreign_inline_elements_become_codes() {
    let doc = format!(
        r#"{V12}<file original="a" source-language="en" datatype="x"><body>
        <trans-unit id="1"><source>a<q:ch xmlns:q="MQXliff" val="nbsp"/>b</source></trans-unit></body></file></xliff>"#
    );
    let (units, warnings) = read(&doc);
    assert_eq!(
        units[0].segments[0].source.display_text(),
        "a<q:ch xmlns:q=\"MQXliff\" val=\"nbsp\"/>b"
    );
    assert_eq!(warnings.len(), 1);
}

const V20: &str = r#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr">"#;

#[test]
fn xliff2_units_segments_data_and_codes() {
    let doc = format!(
        r##"{V20}<file id="f1" original="doc.ftl"><notes><note>file</note></notes><group id="g" translate="no"><unit id="u0"><segment><source>No</source></segment></unit></group>
        <unit id="u1" name="msg"><mtc:matches xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0"><mtc:match ref="#s1" matchQuality="80"><originalData><data id="d1">X</data></originalData><source>Hi <ph id="1" dataRef="d1"/></source><target>Salut <ph id="1" dataRef="d1"/></target></mtc:match></mtc:matches>
          <notes><note id="n1" category="c">Unit note</note></notes>
          <originalData><data id="d1">{{ $name }}</data><data id="d2">&lt;b&gt;</data><data id="d3">&lt;/b&gt;</data></originalData>
          <segment id="s1" state="translated" subState="relais:review"><source>Hi <ph id="1" dataRef="d1"/>, <pc id="2" dataRefStart="d2" dataRefEnd="d3">bold</pc><sc id="3"/>x<cp hex="0001"/><cp hex="E9"/></source>
            <target>Salut <ph id="1" dataRef="d1"/></target></segment>
          <ignorable><source> </source></ignorable>
          <segment id="s2"><source>y<ec startRef="3"/></source></segment>
        </unit></file></xliff>"##
    );
    let (units, warnings) = read(&doc);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(units.len(), 2);
    assert!(!units[0].translate);
    let u = &units[1];
    assert_eq!(u.file.source_language.as_deref(), Some("en"));
    assert_eq!(u.file.id.as_deref(), Some("f1"));
    assert_eq!(u.name.as_deref(), Some("msg"));
    assert_eq!(u.notes[0].text, "Unit note");
    assert_eq!(u.alt_trans.len(), 1);
    assert_eq!(
        u.alt_trans[0].target.display_text(),
        "Salut X",
        "the match has its own originalData"
    );
    assert_eq!(u.segments.len(), 2, "ignorable is not a segment");
    let s1 = &u.segments[0];
    assert_eq!(s1.state.as_deref(), Some("translated"));
    assert_eq!(s1.sub_state.as_deref(), Some("relais:review"));
    assert_eq!(
        s1.source.display_text(),
        "Hi { $name }, <b>bold</b><sc id=\"3\"/>x<cp hex=\"0001\"/>é"
    );
    let names: Vec<&str> = s1.source.codes().iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["ph", "bpt", "ept", "it", "ph"]);
    assert_eq!(
        s1.target.as_ref().unwrap().display_text(),
        "Salut { $name }"
    );
    assert_eq!(
        u.segments[1].source.codes()[0].attrs[0],
        ("pos".to_string(), "end".to_string())
    );
}

#[test]
fn xliff2_duplicate_ids_are_errors_with_position() {
    let dup_data = format!(
        "{V20}<file id=\"f\"><unit id=\"1\"><originalData>\n<data id=\"d\">a</data>\n  <data id=\"d\">b</data></originalData><segment><source/></segment></unit></file></xliff>"
    );
    let err = read_err(&dup_data);
    assert_eq!(err.position(), Some((3, 3)), "{err}");
    assert!(err.to_string().contains("duplicate data id 'd'"), "{err}");

    let dup_unit = format!(
        "{V20}<file id=\"f\"><unit id=\"1\"><segment><source/></segment></unit>\n<group id=\"1\"/></file></xliff>"
    );
    assert_eq!(read_err(&dup_unit).position(), Some((2, 1)));

    let dup_inline = format!(
        "{V20}<file id=\"f\"><unit id=\"1\"><segment id=\"a\"><source><ph id=\"a\"/></source></segment></unit></file></xliff>"
    );
    assert!(
        read_err(&dup_inline)
            .to_string()
            .contains("duplicate <ph> id 'a'")
    );

    // The same id in source and target is how 2.0 pairs them.
    let same = format!(
        "{V20}<file id=\"f\"><unit id=\"1\"><segment><source><ph id=\"1\"/></source><target><ph id=\"1\"/></target></segment></unit></file></xliff>"
    );
    assert_eq!(read(&same).0.len(), 1);

    let bad_ref = format!(
        "{V20}<file id=\"f\"><unit id=\"1\"><segment><source><ph id=\"1\" dataRef=\"x\"/></source></segment></unit></file></xliff>"
    );
    assert!(
        read_err(&bad_ref)
            .to_string()
            .contains("dataRef=\"x\" refers to no <data>")
    );

    let bad_ec = format!(
        "{V20}<file id=\"f\"><unit id=\"1\"><segment><source><ec startRef=\"9\"/></source></segment></unit></file></xliff>"
    );
    assert!(read_err(&bad_ec).to_string().contains("startRef=\"9\""));

    let two_files = format!(
        "{V20}<file id=\"f\"><unit id=\"1\"><segment><source/></segment></unit></file><file id=\"f\"/></xliff>"
    );
    assert!(
        read_err(&two_files)
            .to_string()
            .contains("duplicate file id 'f'")
    );
}

/// Reads a document to its end through the TM import; `Err` is fine,
/// a panic is not.
fn drain(text: &str) -> Result<usize> {
    let reader = XliffReader::from_text(text, Path::new("t.xlf"))?;
    let mut source = crate::formats::xliff::XliffUnitSource::new(reader, Default::default());
    let mut n = 0;
    while source.next_unit()?.is_some() {
        n += 1;
    }
    Ok(n)
}

fn damage_samples() -> [String; 2] {
    [
        format!(
            r#"{V12}<file original="d" source-language="en" target-language="de" datatype="x"><body><group id="g">
            <trans-unit id="1" approved="yes"><source>A <g id="1">b</g> <bpt id="2">&lt;i&gt;</bpt>c<ept id="2">&lt;/i&gt;</ept><x id="3"/></source>
            <seg-source><mrk mtype="seg" mid="1">A <g id="1">b</g></mrk> <mrk mtype="seg" mid="2">c<ph id="4">&lt;br/&gt;<sub>s</sub></ph></mrk></seg-source>
            <target><mrk mtype="seg" mid="1">Ä <g id="1">b</g></mrk> <mrk mtype="seg" mid="2">ç<it id="5" pos="open">x</it></mrk></target>
            <note>n</note><alt-trans><target>t</target></alt-trans><sdl:seg-defs><sdl:seg id="1" conf="Translated"/></sdl:seg-defs></trans-unit>
            </group></body></file></xliff>"#
        ),
        format!(
            r##"{V20}<file id="f"><group id="g"><unit id="u"><mtc:matches xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0"><mtc:match ref="#s"><source>a</source><target>b</target></mtc:match></mtc:matches>
            <notes><note id="n">x</note></notes><originalData><data id="d1">&lt;b&gt;<cp hex="1"/></data></originalData>
            <segment id="s" state="final"><source><pc id="1" dataRefStart="d1">a<sc id="2"/>b</pc><ph id="3"/><mrk id="m" translate="no">c</mrk><sm id="4"/><em startRef="4"/></source>
            <target><pc id="1" dataRefStart="d1">ä<sc id="2"/>b<ec startRef="2"/></pc><cp hex="E9"/></target></segment><ignorable><source> </source></ignorable></unit></group></file></xliff>"##
        ),
    ]
}

#[test]
fn samples_for_damage_tests_read() {
    let [v12, v20] = damage_samples();
    assert_eq!(drain(&v12).unwrap(), 2);
    assert_eq!(drain(&v20).unwrap(), 1);
}

#[test]
fn truncated_input_is_an_error_never_a_panic() {
    for doc in damage_samples() {
        for cut in (0..doc.len()).filter(|&i| doc.is_char_boundary(i)) {
            let text = &doc[..cut];
            if let Err(e) = drain(text) {
                assert!(e.position().is_some(), "{e}");
            } else {
                panic!("a document cut at byte {cut} was read without error");
            }
        }
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]
    #[test]
    fn damaged_input_never_panics(
        which in 0usize..2,
        edits in proptest::collection::vec((0usize..4000, proptest::sample::select(vec!["<", ">", "&", "\"", "/", "=", "</g>", "<mrk mtype=\"seg\">", "<ec startRef=\"9\"/>", "\u{1}", "é"])), 1..4),
    ) {
        let mut doc = damage_samples()[which].clone();
        for (at, piece) in edits {
            let mut at = at % (doc.len() + 1);
            while !doc.is_char_boundary(at) {
                at -= 1;
            }
            doc.insert_str(at, piece);
        }
        let _ = drain(&doc);
    }
}

#[test]
fn not_xliff_and_broken_files_are_errors() {
    let err = read_err("<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"/>");
    assert_eq!(err.position(), Some((2, 1)));
    assert!(err.to_string().contains("not an XLIFF document"));
    let err = read_err(&format!(
        "{V12}<file original=\"a\" source-language=\"en\" datatype=\"x\"><body>\n<trans-unit id=\"1\"><source>a &para; b</source></trans-unit></body></file></xliff>"
    ));
    assert_eq!(err.position(), Some((2, 30)), "{err}");
    let err = read_err(&format!(
        "{V12}<file original=\"a\" source-language=\"en\" datatype=\"x\"><body><trans-unit id=\"1\"><source>a"
    ));
    assert!(err.position().is_some());
}
