//! Writing messages as FTL that parses back to the intended value.
//!
//! Text is escaped where Fluent would read it differently: `{` and `}`
//! become `{"{"}` and `{"}"}`; leading and trailing spaces (which the
//! parser trims) become string literals; in multi-line values, a line
//! starting with `[`, `*` or `.` (variant or attribute syntax) has that
//! character escaped. Placeables (codes of type `x-fluent`) are written
//! as they are; other inline codes from foreign TMs are written as their
//! text. Multi-line values use the block layout with four-space indents,
//! as fluent-syntax's serializer does.

use crate::model::{Inline, Segment};
use std::fmt::Write as _;

/// Escapes literal text for a Fluent pattern (braces only).
pub fn escape_braces(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '{' => out.push_str("{\"{\"}"),
            '}' => out.push_str("{\"}\"}"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

fn literal(s: &str) -> String {
    let escaped = s.replace('\\', "\\\\").replace('"', "\\\"");
    format!("{{\"{escaped}\"}}")
}

/// A value laid out as lines (without indentation). `block` tells whether
/// it must be written on its own lines below `id =`.
pub struct Layout {
    /// The lines.
    pub lines: Vec<String>,
    /// Whether the block layout is needed.
    pub block: bool,
}

/// Lays out a segment as a Fluent value.
pub fn layout(seg: &Segment) -> Layout {
    // First pass: does the value span several lines?
    let block = seg.0.iter().any(|p| match p {
        Inline::Text(t) => t.contains('\n'),
        Inline::Tag(t) => t.native_text().contains('\n'),
    });
    let mut lines: Vec<String> = vec![String::new()];
    // Whether the current line has only received text so far (escapes
    // apply to text at the start of a line).
    let mut at_line_start = true;
    let push_text = |lines: &mut Vec<String>, at_line_start: &mut bool, text: &str| {
        for (i, part) in text.split('\n').enumerate() {
            if i > 0 {
                lines.push(String::new());
                *at_line_start = true;
            }
            if part.is_empty() {
                continue;
            }
            let mut escaped = escape_braces(part);
            if *at_line_start {
                let trimmed = escaped.trim_start_matches(' ');
                let lead = escaped.len() - trimmed.len();
                escaped = if lead > 0 {
                    format!("{}{}", literal(&" ".repeat(lead)), trimmed)
                } else if block && trimmed.starts_with(['[', '*', '.']) {
                    let first = &trimmed[..1];
                    format!("{}{}", literal(first), &trimmed[1..])
                } else {
                    trimmed.to_string()
                };
            }
            lines
                .last_mut()
                .expect("at least one line")
                .push_str(&escaped);
            *at_line_start = false;
        }
    };
    for piece in &seg.0 {
        match piece {
            Inline::Text(t) => push_text(&mut lines, &mut at_line_start, t),
            Inline::Tag(tag) if tag.is_fluent_code() => {
                let raw = tag.native_text();
                for (i, part) in raw.split('\n').enumerate() {
                    if i > 0 {
                        lines.push(String::new());
                    }
                    lines.last_mut().expect("at least one line").push_str(part);
                }
                at_line_start = false;
            }
            Inline::Tag(tag) => push_text(&mut lines, &mut at_line_start, &tag.native_text()),
        }
    }
    // Empty lines at the start or end of a block would be dropped.
    if block {
        while lines.first().is_some_and(std::string::String::is_empty) && lines.len() > 1 {
            lines.remove(0);
        }
        while lines.last().is_some_and(std::string::String::is_empty) && lines.len() > 1 {
            lines.pop();
        }
    }
    // Trailing spaces of the value would be trimmed by the parser.
    if let Some(last) = lines.last_mut() {
        let trimmed_len = last.trim_end_matches(' ').len();
        if trimmed_len < last.len() {
            let spaces = last.len() - trimmed_len;
            last.truncate(trimmed_len);
            last.push_str(&literal(&" ".repeat(spaces)));
        }
    }
    if lines.len() == 1 && lines[0].is_empty() {
        lines[0] = "{\"\"}".to_string();
    }
    Layout { lines, block }
}

/// The value part of a message line: ` text` or `\n    line\n    line`.
pub fn value_source(seg: &Segment) -> String {
    let l = layout(seg);
    if l.block {
        let mut out = String::new();
        for line in &l.lines {
            out.push('\n');
            if !line.is_empty() {
                out.push_str("    ");
                out.push_str(line);
            }
        }
        out
    } else {
        format!(" {}", l.lines[0])
    }
}

/// The flat FTL source of a segment (escaped text, placeables as written;
/// lines after the first indented by `indent` spaces).
pub fn segment_source(seg: &Segment, indent: usize) -> String {
    let l = layout(seg);
    let pad = " ".repeat(indent);
    l.lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            if i == 0 || line.is_empty() {
                line.clone()
            } else {
                format!("{pad}{line}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A message to write.
#[derive(Debug, Clone, Default)]
pub struct MessageSpec {
    /// Identifier.
    pub id: String,
    /// Comment lines (without `# `).
    pub comments: Vec<String>,
    /// Value.
    pub value: Option<Segment>,
    /// Attributes in order.
    pub attributes: Vec<(String, Segment)>,
}

/// The FTL source of a message, ending with a newline.
pub fn message_source(spec: &MessageSpec) -> String {
    let mut out = String::new();
    for c in &spec.comments {
        if c.is_empty() {
            out.push_str("#\n");
        } else {
            out.push_str("# ");
            out.push_str(c);
            out.push('\n');
        }
    }
    out.push_str(&spec.id);
    out.push_str(" =");
    if let Some(v) = &spec.value {
        out.push_str(&value_source(v));
    }
    out.push('\n');
    for (name, value) in &spec.attributes {
        let v = value_source(value);
        // Attribute blocks are indented one level more.
        let v = v.replace("\n    ", "\n        ");
        let _ = writeln!(out, "    .{name} ={v}");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fluent::pattern::pattern_to_segment;
    use crate::model::Tag;
    use fluent_syntax::ast;
    use proptest::prelude::*;

    fn parse_value(src: &str) -> Segment {
        let res = fluent_syntax::parser::parse(src.to_string())
            .unwrap_or_else(|(_, e)| panic!("{src:?}: {e:?}"));
        match res.body.into_iter().next() {
            Some(ast::Entry::Message(m)) => pattern_to_segment(&m.value.expect("value")),
            other => panic!("{other:?}"),
        }
    }

    fn round_trip(seg: &Segment) -> Segment {
        let src = message_source(&MessageSpec {
            id: "m".into(),
            value: Some(seg.clone()),
            ..Default::default()
        });
        parse_value(&src)
    }

    #[test]
    fn special_text_survives() {
        for text in [
            "Plain",
            "{ braces }",
            "  leading spaces",
            "trailing spaces  ",
            "two\nlines",
            "[not a variant]\n*bullet\n.dot",
            "line\n\n\nwith blanks",
            "quote \" and backslash \\",
        ] {
            assert_eq!(
                round_trip(&Segment::text(text)).display_text(),
                text,
                "{text:?}"
            );
        }
    }

    #[test]
    fn placeables_are_written_verbatim() {
        let mut seg = Segment::text("Bonjour ");
        seg.push_tag(Tag::fluent_placeable("{ $name }"));
        seg.push_text(" !");
        let src = message_source(&MessageSpec {
            id: "hello".into(),
            comments: vec!["relais: source-hash=1".into()],
            value: Some(seg.clone()),
            attributes: vec![("title".into(), Segment::text("Titre"))],
        });
        assert_eq!(
            src,
            "# relais: source-hash=1\nhello = Bonjour { $name } !\n    .title = Titre\n"
        );
        assert_eq!(round_trip(&seg), seg);
    }

    #[test]
    fn selects_survive() {
        let seg = parse_value(
            "m =\n    { $n ->\n        [one] un fichier\n       *[other] { $n } fichiers\n    }\n",
        );
        assert_eq!(round_trip(&seg), seg);
    }

    proptest! {
        #[test]
        fn any_text_round_trips(text in "[ a-zA-Z{}\\[\\]*.\"\\\\\n\u{a0}é]{1,30}") {
            let seg = Segment::text(&text);
            let back = round_trip(&seg).display_text();
            // Fluent cannot represent blank lines at the edges of a
            // multi-line value, nor spaces-only lines around them.
            let expected = if text.contains('\n') {
                text.trim_matches('\n').to_string()
            } else {
                text.clone()
            };
            if !expected.lines().any(|l| l.trim().is_empty() && !l.is_empty()) {
                prop_assert_eq!(back, expected);
            }
        }
    }
}
