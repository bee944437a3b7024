//! XLIFF inline content as read, and its conversion into relais
//! [`Segment`]s.
//!
//! The reader first builds a small tree of [`Item`]s that follows the
//! XLIFF markup (text, codes, spans with translatable content, Trados-style
//! segment markers); [`to_segment`] then flattens one piece of it into a
//! segment whose codes are TMX-shaped (`ph`, `bpt`/`ept`, `it`, `sub`), so
//! that the TM matches, shows and exports them like any other code.
//!
//! Pairing: an opening code and its closing code in the same segment
//! become `bpt`/`ept` with a shared `i`; one whose partner lies outside the
//! segment (an XLIFF 2.0 `sc` closed in the next segment, a `g` cut by a
//! Trados segment boundary) becomes `it` with `pos="begin"`/`"end"`.

use crate::model::{Inline, Segment, Tag};

/// Which side of a pair a code is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Role {
    /// A placeholder (`x`, `ph`, a foreign element).
    Standalone,
    /// Opens a pair; the key identifies its partner (`bpt`, `bx`, `sc`, `sm`).
    Open(String),
    /// Closes a pair (`ept`, `ex`, `ec`, `em`).
    Close(String),
}

/// An inline code as read.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Code {
    /// Open, close or standalone.
    pub role: Role,
    /// The XLIFF `id` (kept as TMX `x` when it is a number).
    pub id: Option<String>,
    /// The code's type (`ctype` in 1.2, `subType` in 2.0), kept as TMX
    /// `type`.
    pub kind: Option<String>,
    /// 1.2 `assoc` on `ph` (same meaning in TMX).
    pub assoc: Option<String>,
    /// The native code: the original data when the file carries it,
    /// otherwise the XLIFF element as written.
    pub native: Vec<Inline>,
}

/// A piece of inline content.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Item {
    /// Character data.
    Text(String),
    /// A code.
    Code(Code),
    /// An element whose content is translatable (`g`, `mrk`, `pc`): a
    /// pair of codes around its content.
    Span {
        /// The XLIFF id of the element.
        id: Option<String>,
        /// `ctype` / `subType`.
        kind: Option<String>,
        /// Native text of the opening code.
        open: String,
        /// Native text of the closing code.
        close: String,
        /// Content.
        children: Vec<Item>,
    },
    /// A 1.2 `<mrk mtype="seg">`: one segment of a segmented unit.
    Seg {
        /// The `mid` attribute.
        mid: String,
        /// Content.
        children: Vec<Item>,
    },
}

/// The segment markers found in `items`, depth first, with their content.
pub(crate) fn segments(items: &[Item]) -> Vec<(&str, &[Item])> {
    let mut out = Vec::new();
    collect_segments(items, &mut out);
    out
}

fn collect_segments<'a>(items: &'a [Item], out: &mut Vec<(&'a str, &'a [Item])>) {
    for item in items {
        match item {
            Item::Seg { mid, children } => out.push((mid.as_str(), children.as_slice())),
            Item::Span { children, .. } => collect_segments(children, out),
            _ => {}
        }
    }
}

/// A code in document order, before pairing.
enum Flat {
    Text(String),
    Code { code: Code, span_key: Option<usize> },
}

/// Converts items into a segment. Segment markers are transparent (their
/// content is kept); with `preserve` false, runs of whitespace in text
/// collapse to one space and the segment is trimmed (`xml:space="default"`).
pub(crate) fn to_segment(items: &[Item], preserve: bool) -> Segment {
    let mut flat = Vec::new();
    let mut spans = 0usize;
    flatten(items, &mut flat, &mut spans);
    if !preserve {
        collapse_whitespace(&mut flat);
    }
    // Pair openers with closers: the most recent open code of the same key.
    let keys: Vec<Option<(bool, String)>> = flat
        .iter()
        .map(|f| match f {
            Flat::Code { code, span_key } => {
                let key = |k: &str| match span_key {
                    Some(n) => format!("\u{0}span{n}"),
                    None => k.to_string(),
                };
                match &code.role {
                    Role::Open(k) => Some((true, key(k))),
                    Role::Close(k) => Some((false, key(k))),
                    Role::Standalone => None,
                }
            }
            Flat::Text(_) => None,
        })
        .collect();
    let mut partner: Vec<Option<usize>> = vec![None; flat.len()];
    let mut open: Vec<(String, usize)> = Vec::new();
    for (i, key) in keys.iter().enumerate() {
        match key {
            Some((true, k)) => open.push((k.clone(), i)),
            Some((false, k)) => {
                if let Some(p) = open.iter().rposition(|(o, _)| o == k) {
                    let (_, j) = open.remove(p);
                    partner[i] = Some(j);
                    partner[j] = Some(i);
                }
            }
            None => {}
        }
    }
    let mut pair_numbers: Vec<Option<usize>> = vec![None; flat.len()];
    let mut next_pair = 1;
    let mut seg = Segment::default();
    for (i, f) in flat.into_iter().enumerate() {
        match f {
            Flat::Text(t) => seg.push_text(&t),
            Flat::Code { code, .. } => {
                let is_open = matches!(keys[i], Some((true, _)));
                let tag = match (&code.role, partner[i]) {
                    (Role::Standalone, _) => {
                        let mut attrs = Vec::new();
                        push_x(&mut attrs, &code);
                        if let Some(a) = &code.assoc {
                            attrs.push(("assoc".into(), a.clone()));
                        }
                        push_type(&mut attrs, &code);
                        Tag {
                            name: "ph".into(),
                            attrs,
                            content: code.native,
                        }
                    }
                    (_, Some(j)) => {
                        let n = if is_open {
                            let n = next_pair;
                            next_pair += 1;
                            pair_numbers[i] = Some(n);
                            n
                        } else {
                            pair_numbers[j].unwrap_or(0)
                        };
                        let mut attrs = vec![("i".to_string(), n.to_string())];
                        if is_open {
                            push_x(&mut attrs, &code);
                            push_type(&mut attrs, &code);
                        }
                        Tag {
                            name: if is_open { "bpt" } else { "ept" }.into(),
                            attrs,
                            content: code.native,
                        }
                    }
                    (_, None) => {
                        let mut attrs = vec![(
                            "pos".to_string(),
                            if is_open { "begin" } else { "end" }.to_string(),
                        )];
                        push_x(&mut attrs, &code);
                        push_type(&mut attrs, &code);
                        Tag {
                            name: "it".into(),
                            attrs,
                            content: code.native,
                        }
                    }
                };
                seg.push_tag(tag);
            }
        }
    }
    seg
}

fn push_x(attrs: &mut Vec<(String, String)>, code: &Code) {
    // TMX `x` is a number; other XLIFF ids stay in the native text only.
    if let Some(id) = &code.id
        && !id.is_empty()
        && id.bytes().all(|b| b.is_ascii_digit())
    {
        attrs.push(("x".into(), id.clone()));
    }
}

fn push_type(attrs: &mut Vec<(String, String)>, code: &Code) {
    if let Some(kind) = &code.kind {
        attrs.push(("type".into(), kind.clone()));
    }
}

fn flatten(items: &[Item], out: &mut Vec<Flat>, spans: &mut usize) {
    for item in items {
        match item {
            Item::Text(t) => out.push(Flat::Text(t.clone())),
            Item::Code(c) => out.push(Flat::Code {
                code: c.clone(),
                span_key: None,
            }),
            Item::Span {
                id,
                kind,
                open,
                close,
                children,
            } => {
                *spans += 1;
                let n = *spans;
                out.push(Flat::Code {
                    code: Code {
                        role: Role::Open(String::new()),
                        id: id.clone(),
                        kind: kind.clone(),
                        assoc: None,
                        native: vec![Inline::Text(open.clone())],
                    },
                    span_key: Some(n),
                });
                flatten(children, out, spans);
                out.push(Flat::Code {
                    code: Code {
                        role: Role::Close(String::new()),
                        id: id.clone(),
                        kind: None,
                        assoc: None,
                        native: vec![Inline::Text(close.clone())],
                    },
                    span_key: Some(n),
                });
            }
            Item::Seg { children, .. } => flatten(children, out, spans),
        }
    }
}

fn is_xml_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

/// `xml:space="default"`: whitespace runs become one space, and the
/// segment loses leading and trailing whitespace.
fn collapse_whitespace(flat: &mut Vec<Flat>) {
    for f in flat.iter_mut() {
        if let Flat::Text(t) = f {
            let mut out = String::with_capacity(t.len());
            let mut in_space = false;
            for c in t.chars() {
                if is_xml_space(c) {
                    if !in_space {
                        out.push(' ');
                    }
                    in_space = true;
                } else {
                    out.push(c);
                    in_space = false;
                }
            }
            *t = out;
        }
    }
    if let Some(Flat::Text(t)) = flat.first_mut() {
        *t = t.trim_start_matches(is_xml_space).to_string();
    }
    if let Some(Flat::Text(t)) = flat.last_mut() {
        *t = t.trim_end_matches(is_xml_space).to_string();
    }
    flat.retain(|f| !matches!(f, Flat::Text(t) if t.is_empty()));
}

/// True when the segment has translatable text (not only codes and
/// whitespace).
pub fn has_text(seg: &Segment) -> bool {
    fn any_text(pieces: &[Inline]) -> bool {
        pieces.iter().any(|p| match p {
            Inline::Text(t) => !t.trim().is_empty(),
            Inline::Tag(t) if t.is_highlight() => any_text(&t.content),
            Inline::Tag(_) => false,
        })
    }
    any_text(&seg.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(role: Role, id: &str, native: &str) -> Item {
        Item::Code(Code {
            role,
            id: Some(id.into()),
            kind: None,
            assoc: None,
            native: vec![Inline::Text(native.into())],
        })
    }

    fn text(s: &str) -> Item {
        Item::Text(s.into())
    }

    fn names(seg: &Segment) -> Vec<String> {
        seg.0
            .iter()
            .map(|p| match p {
                Inline::Text(t) => format!("'{t}'"),
                Inline::Tag(t) => {
                    let attrs: Vec<String> =
                        t.attrs.iter().map(|(k, v)| format!("{k}={v}")).collect();
                    format!("{}[{}]", t.name, attrs.join(","))
                }
            })
            .collect()
    }

    #[test]
    fn codes_pair_within_the_segment_and_dangle_as_it() {
        let items = vec![
            code(Role::Open("bpt:1".into()), "1", "<b>"),
            text("bold"),
            code(Role::Close("bpt:1".into()), "1", "</b>"),
            code(Role::Open("sc:2".into()), "2", "<i>"),
            text("open"),
            code(Role::Close("sc:9".into()), "9", "</u>"),
        ];
        let seg = to_segment(&items, true);
        assert_eq!(
            names(&seg),
            [
                "bpt[i=1,x=1]",
                "'bold'",
                "ept[i=1]",
                "it[pos=begin,x=2]",
                "'open'",
                "it[pos=end,x=9]"
            ]
        );
        assert_eq!(seg.display_text(), "<b>bold</b><i>open</u>");
    }

    #[test]
    fn spans_become_pairs_and_segments_are_found() {
        let items = vec![
            text(" lead "),
            Item::Seg {
                mid: "1".into(),
                children: vec![
                    text("Hello "),
                    Item::Span {
                        id: Some("g1".into()),
                        kind: Some("bold".into()),
                        open: "<g id=\"g1\">".into(),
                        close: "</g>".into(),
                        children: vec![text("world")],
                    },
                ],
            },
            Item::Seg {
                mid: "2".into(),
                children: vec![text("Again.")],
            },
        ];
        let segs = segments(&items);
        assert_eq!(segs.len(), 2);
        assert_eq!(segs[1].0, "2");
        let first = to_segment(segs[0].1, true);
        assert_eq!(
            names(&first),
            ["'Hello '", "bpt[i=1,type=bold]", "'world'", "ept[i=1]"]
        );
        assert_eq!(first.display_text(), "Hello <g id=\"g1\">world</g>");
    }

    #[test]
    fn same_keys_nest_like_elements() {
        // memoQ writes <bpt id="2" rid="1"> … <ept id="3" rid="1">.
        let items = vec![
            code(Role::Open("bpt:1".into()), "1", "a"),
            code(Role::Open("bpt:1".into()), "2", "b"),
            code(Role::Close("bpt:1".into()), "3", "c"),
            code(Role::Close("bpt:1".into()), "4", "d"),
        ];
        let seg = to_segment(&items, true);
        assert_eq!(
            names(&seg),
            ["bpt[i=1,x=1]", "bpt[i=2,x=2]", "ept[i=2]", "ept[i=1]"]
        );
    }

    #[test]
    fn default_space_collapses_and_trims() {
        let items = vec![
            text("\n  Hello \t\n world "),
            code(Role::Standalone, "1", "{x}"),
            text(" \n"),
        ];
        let seg = to_segment(&items, false);
        assert_eq!(names(&seg), ["'Hello world '", "ph[x=1]"]);
        let kept = to_segment(&items, true);
        assert_eq!(kept.display_text(), "\n  Hello \t\n world {x} \n");
    }

    #[test]
    fn has_text_ignores_codes_and_space() {
        let seg = to_segment(&[code(Role::Standalone, "1", "x"), text("  ")], true);
        assert!(!has_text(&seg));
        assert!(has_text(&to_segment(&[text("\u{F098}")], true)));
    }
}
