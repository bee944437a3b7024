//! Tests of the import plan: codes mapped back, plural forms, states.

use crate::model::{Inline, Segment, Tag};
use crate::publish::markup::tags_to_codes;
use crate::publish::xliff::plan::codes::rebuild;

fn ph(s: &str) -> Tag {
    Tag::fluent_placeable(s)
}

fn seg(pieces: &[&str]) -> Segment {
    // `{…}` pieces are placeables, the rest text.
    let mut s = Segment::default();
    for p in pieces {
        if p.starts_with('{') {
            s.push_tag(ph(p));
        } else {
            s.push_text(p);
        }
    }
    s
}

/// A target as a tool writes it back: placeables without their type,
/// markup as bpt/ept pairs with their text.
fn from_tool(fluent: &Segment) -> Segment {
    let coded = tags_to_codes(fluent);
    Segment(
        coded
            .0
            .into_iter()
            .map(|p| match p {
                Inline::Tag(mut t) => {
                    t.attrs.retain(|(k, _)| k != "type");
                    Inline::Tag(t)
                }
                other => other,
            })
            .collect(),
    )
}

#[test]
fn codes_come_back_from_the_source() {
    let source = seg(&[
        "Vous avez ",
        "{ $count }",
        " messages dans <em>",
        "{ $folder }",
        "</em>.",
    ]);
    let target = from_tool(&seg(&[
        "In <em>",
        "{ $folder }",
        "</em> haben Sie ",
        "{ $count }",
        " Nachrichten.",
    ]));
    let out = rebuild(&target, &tags_to_codes(&source), &source, &[]).unwrap();
    assert_eq!(
        out,
        seg(&[
            "In <em>",
            "{ $folder }",
            "</em> haben Sie ",
            "{ $count }",
            " Nachrichten."
        ])
    );
    assert!(out.codes()[0].is_fluent_code());
}

#[test]
fn removed_repeated_unknown_and_misordered_codes_are_errors() {
    let source = seg(&[
        "Lire <a data-l10n-name=\"1\">le rapport</a> de ",
        "{ $name }",
    ]);
    let file_source = tags_to_codes(&source);
    let check = |target: Segment| {
        rebuild(&from_tool(&target), &file_source, &source, &[])
            .unwrap_err()
            .into_iter()
            .map(|p| format!("{} {}", p.kind, p.code))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        check(seg(&["Lesen Sie <a data-l10n-name=\"1\">den Bericht</a>"])),
        ["missing-code { $name }"]
    );
    assert_eq!(
        check(seg(&[
            "<a data-l10n-name=\"1\">Bericht</a> von ",
            "{ $name }",
            " und ",
            "{ $name }"
        ])),
        ["duplicate-code { $name }"]
    );
    assert_eq!(
        check(seg(&[
            "<a data-l10n-name=\"1\">Bericht</a> ",
            "{ $name }",
            "{ $other }"
        ])),
        ["unknown-code { $other }"]
    );
    // A tool that lets the closing code move before the opening one.
    let codes = file_source.codes();
    let (open, close) = (codes[0].clone(), codes[1].clone());
    let mut swapped = Segment::default();
    swapped.push_tag(close);
    swapped.push_text("Bericht");
    swapped.push_tag(open);
    swapped.push_tag(ph("{ $name }"));
    let problems = rebuild(&swapped, &file_source, &source, &[]).unwrap_err();
    assert_eq!(problems[0].kind, "code-order");
    assert_eq!(problems[0].code, "</a>");
}

#[test]
fn optional_placeables_may_be_left_out_or_added() {
    let source = seg(&["un message"]);
    let optional = vec!["{ $count }".to_string()];
    let with = rebuild(
        &from_tool(&seg(&["{ $count }", " Nachricht"])),
        &Segment::default(),
        &source,
        &optional,
    )
    .unwrap();
    assert_eq!(with.display_text(), "{ $count } Nachricht");
    let without = rebuild(
        &seg(&["eine Nachricht"]),
        &Segment::default(),
        &source,
        &optional,
    )
    .unwrap();
    assert_eq!(without.display_text(), "eine Nachricht");
}

#[test]
fn rewritten_codes_are_found_by_id_and_annotations_dropped() {
    let source = seg(&["Bonjour ", "{ $name }"]);
    // The file's source as a 1.2 reader sees it: ph with id 1.
    let mut file_source = Segment::text("Bonjour ");
    let mut code = ph("{ $name }");
    code.attrs.push(("x".into(), "1".into()));
    file_source.push_tag(code);
    // The tool wrote <x id="1"/> and a comment mark.
    let mut target = Segment::text("Hallo ");
    target.push_tag(Tag {
        name: "ph".into(),
        attrs: vec![("x".into(), "1".into())],
        content: vec![Inline::Text("<x id=\"1\"/>".into())],
    });
    target.push_tag(Tag {
        name: "bpt".into(),
        attrs: vec![("i".into(), "1".into())],
        content: vec![Inline::Text("<mrk mtype=\"x-comment\">".into())],
    });
    target.push_text("!");
    target.push_tag(Tag {
        name: "ept".into(),
        attrs: vec![("i".into(), "1".into())],
        content: vec![Inline::Text("</mrk>".into())],
    });
    let out = rebuild(&target, &file_source, &source, &[]).unwrap();
    assert_eq!(out, seg(&["Hallo ", "{ $name }", "!"]));
}
