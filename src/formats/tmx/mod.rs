//! TMX 1.4b (Translation Memory eXchange): streaming reader and writer.

pub mod dtd;
pub mod reader;
pub mod writer;

pub use reader::{TmxReader, read_all};
pub use writer::TmxWriter;

#[cfg(test)]
mod round_trip_tests {
    use std::path::Path;

    use proptest::prelude::*;

    use super::{TmxReader, TmxWriter};
    use crate::model::{Annotation, Inline, Segment, Tag, Unit, Variant};

    fn text() -> impl Strategy<Value = String> {
        // XML-special characters, whitespace, non-Latin scripts, astral plane.
        proptest::string::string_regex(
            "[a-zA-Z0-9 <>&\"'=;é中文ß\u{a0}\u{2019}\t\n\r\u{1F600}-]{1,16}",
        )
        .unwrap()
    }

    fn code() -> impl Strategy<Value = Tag> {
        (
            prop_oneof![
                Just("bpt"),
                Just("ept"),
                Just("ph"),
                Just("it"),
                Just("ut"),
                Just("hi")
            ],
            proptest::collection::vec(text(), 0..2),
            0u8..20,
        )
            .prop_map(|(name, content, n)| {
                let attrs = match name {
                    "bpt" | "ept" => vec![("i".to_string(), n.to_string())],
                    "it" => vec![(
                        "pos".to_string(),
                        if n % 2 == 0 { "begin" } else { "end" }.to_string(),
                    )],
                    "ph" => vec![
                        ("x".to_string(), n.to_string()),
                        ("type".to_string(), "x-fluent".to_string()),
                    ],
                    _ => Vec::new(),
                };
                Tag {
                    name: name.to_string(),
                    attrs,
                    content: content.into_iter().take(1).map(Inline::Text).collect(),
                }
            })
    }

    fn segment() -> impl Strategy<Value = Segment> {
        proptest::collection::vec(
            prop_oneof![text().prop_map(Inline::Text), code().prop_map(Inline::Tag)],
            0..6,
        )
        .prop_map(|pieces| {
            let mut seg = Segment::default();
            for p in pieces {
                match p {
                    Inline::Text(t) => seg.push_text(&t),
                    Inline::Tag(t) => seg.push_tag(t),
                }
            }
            seg
        })
    }

    fn lang() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("en"),
            Just("EN_gb"),
            Just("fr-FR"),
            Just("fra"),
            Just("de"),
            Just("zh-Hans"),
            Just("pl"),
            Just("ar"),
            Just("PL-01"),
        ]
        .prop_map(str::to_string)
    }

    fn annotation() -> impl Strategy<Value = Annotation> {
        (text(), proptest::option::of(text())).prop_map(|(t, kind)| match kind {
            Some(k) => Annotation::prop(&format!("x-{}", k.len()), t),
            None => Annotation::note(t),
        })
    }

    fn unit() -> impl Strategy<Value = Unit> {
        (
            proptest::collection::vec(
                (
                    lang(),
                    segment(),
                    proptest::collection::vec(annotation(), 0..2),
                ),
                1..4,
            ),
            proptest::collection::vec(annotation(), 0..3),
            proptest::option::of(text()),
        )
            .prop_map(|(variants, annotations, tuid)| {
                let mut unit = Unit::default();
                if let Some(id) = tuid {
                    unit.set_attr("tuid", id);
                }
                unit.set_attr("creationdate", "20241029T120000Z");
                // A non-TMX attribute travels as a carrier prop.
                unit.attrs.push(("x-custom".into(), "v".into()));
                for a in annotations {
                    if a.kind().is_some() {
                        unit.props.push(a);
                    } else {
                        unit.notes.push(a);
                    }
                }
                for (lang, seg, notes) in variants {
                    let mut v = Variant::new(&lang, "");
                    v.seg = seg;
                    v.attrs.push(("changeid".into(), "relais".into()));
                    v.notes = notes.into_iter().filter(|n| n.kind().is_none()).collect();
                    unit.variants.push(v);
                }
                unit
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(128))]
        #[test]
        fn write_then_read_gives_the_same_units(units in proptest::collection::vec(unit(), 1..6)) {
            let mut buf = Vec::new();
            let mut writer = TmxWriter::start(&mut buf, None, "*all*").unwrap();
            for u in &units {
                writer.unit(u).unwrap();
            }
            writer.finish().unwrap();
            let text = String::from_utf8(buf).unwrap();
            let mut reader = TmxReader::from_text(&text, Path::new("prop.tmx")).unwrap();
            let mut read = Vec::new();
            while let Some(u) = reader.next_unit().unwrap() {
                read.push(u);
            }
            prop_assert_eq!(read, units);
        }
    }
}
