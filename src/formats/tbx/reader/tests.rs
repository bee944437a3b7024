//! Tests of the TBX reader: dialects, statuses, notes, errors.

use super::*;
use crate::model::{Evidence, PartOfSpeech, Status, is_concept_id};

const V3: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="fr" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>t</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="C04">
      <descrip type="subjectField">child protection</descrip>
      <langSec xml:lang="en">
        <descripGrp><descrip type="definition">Material depicting abuse.</descrip><admin type="source">LG-2016</admin></descripGrp>
        <termSec>
          <term>child porn</term>
          <termNote type="partOfSpeech">noun</termNote>
          <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
          <note>[status=forbidden] [evidence=A] Never use:
             trivialising.</note>
        </termSec>
        <termSec>
          <term>galactic cluster</term>
          <termNote type="administrativeStatus">supersededTerm-admn-sts</termNote>
          <descripGrp><descrip type="context">ctx</descrip><admin type="source">http://example.org/a</admin></descripGrp>
        </termSec>
      </langSec>
    </conceptEntry>
    <conceptEntry id="C11">
      <note>[status=do-not-translate] Proper name.</note>
      <langSec xml:lang="fr"><termSec><term>OFMIN</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec></langSec>
    </conceptEntry>
  </body></text>
</tbx>"#;

#[test]
fn reads_statuses_prefixes_and_levels() {
    let doc = read_tbx_text(V3, Path::new("t.tbx")).unwrap();
    assert_eq!(doc.version, "2019");
    assert_eq!(doc.entries, 2);
    let d = &doc.data;
    assert_eq!(d.concepts[0].domain, "child protection");
    assert_eq!(d.concepts[0].definition, "Material depicting abuse.");
    let porn = &d.terms[0];
    assert_eq!(porn.status, Status::Forbidden);
    assert_eq!(porn.evidence, [Evidence::A]);
    assert_eq!(porn.note, "Never use: trivialising.");
    assert_eq!(porn.pos, Some(PartOfSpeech::Noun));
    let superseded = &d.terms[1];
    assert_eq!(superseded.status, Status::Deprecated);
    assert_eq!(superseded.note, "[tbx-status=supersededTerm-admn-sts]");
    // The context's source belongs to the term; the language
    // section's to every term of the language.
    assert_eq!(superseded.sources, ["example-org-a", "LG-2016"]);
    assert_eq!(
        d.sources
            .iter()
            .find(|s| s.key == "example-org-a")
            .unwrap()
            .url,
        "http://example.org/a"
    );
    assert_eq!(d.terms[2].status, Status::DoNotTranslate);
    assert_eq!(doc.dropped.get("context"), Some(&1));
}

#[test]
fn entries_without_ids_and_odd_ids_get_concept_ids() {
    let xml = r#"<martif type="TBX" xml:lang="en"><text><body>
            <termEntry><langSet xml:lang="en"><tig><term>a</term></tig></langSet></termEntry>
            <termEntry id="2_76365"><langSet xml:lang="en"><ntig><termGrp><term>b</term><termNote type="partOfSpeech">Noun</termNote></termGrp></ntig></langSet></termEntry>
            <termEntry id="2_76365"><langSet xml:lang="en"><tig><term>c</term></tig></langSet></termEntry>
        </body></text></martif>"#;
    let doc = read_tbx_text(xml, Path::new("my file.tbx")).unwrap();
    let ids: Vec<&str> = doc.data.concepts.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["my-file-1", "c2_76365", "c2_76365-2"]);
    assert!(ids.iter().all(|i| is_concept_id(i)));
    assert_eq!(doc.data.terms[1].pos, Some(PartOfSpeech::Noun));
}

#[test]
fn non_tbx_and_broken_xml_are_errors_with_position() {
    let e = read_tbx_text("<tmx version=\"1.4\"/>", Path::new("x.tbx")).unwrap_err();
    assert!(e.to_string().contains("not a TBX document"), "{e}");
    let e = read_tbx_text(
        "<martif>\n<text>\n<body></text></martif>",
        Path::new("x.tbx"),
    )
    .unwrap_err();
    assert_eq!(e.position().unwrap().0, 3, "{e}");
}
