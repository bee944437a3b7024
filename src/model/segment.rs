//! Segments: text with inline codes, the type every layer of relais
//! shares (TM variants, Fluent patterns, XLIFF segments, rendered
//! documents).
//!
//! Inline codes keep their element name and attributes as TMX writes
//! them (`bpt`, `ept`, `it`, `ph`, `ut`, `hi`, `sub`), so a segment read
//! from one format can be written to another without loss. Fluent
//! placeables are `ph` codes of type [`CODE_TYPE_FLUENT`].

use serde::{Deserialize, Serialize};

/// The code type relais uses for Fluent placeables (`{ $name }`).
pub const CODE_TYPE_FLUENT: &str = "x-fluent";

/// One inline element of a segment.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Inline {
    /// Translatable text.
    Text(String),
    /// An inline code (TMX `bpt`, `ept`, `it`, `ph`, `ut`), a highlight
    /// (`hi`, whose content is translatable) or a `sub` flow.
    Tag(Tag),
}

/// An inline element with its attributes and content.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Tag {
    /// Element name as TMX spells it: `bpt`, `ept`, `it`, `ph`, `ut`,
    /// `hi` or `sub`.
    pub name: String,
    /// Attributes in document order.
    pub attrs: Vec<(String, String)>,
    /// Content: native code text and `sub` elements for codes, text and
    /// codes for `hi` and `sub`.
    pub content: Vec<Inline>,
}

impl Tag {
    /// True for elements whose content is translatable (`hi`, `sub`).
    pub fn is_highlight(&self) -> bool {
        self.name == "hi"
    }

    /// The code's native text (the original markup it stands for).
    pub fn native_text(&self) -> String {
        let mut out = String::new();
        for piece in &self.content {
            match piece {
                Inline::Text(t) => out.push_str(t),
                Inline::Tag(t) if t.name == "sub" => {}
                Inline::Tag(t) => out.push_str(&t.native_text()),
            }
        }
        out
    }

    /// Whether the code is a Fluent placeable ([`Tag::fluent_placeable`]).
    pub fn is_fluent_code(&self) -> bool {
        self.name == "ph"
            && self
                .attrs
                .iter()
                .any(|(k, v)| k == "type" && v == CODE_TYPE_FLUENT)
    }

    /// A Fluent placeable as a protected code.
    pub fn fluent_placeable(source: &str) -> Self {
        Tag {
            name: "ph".into(),
            attrs: vec![("type".into(), CODE_TYPE_FLUENT.into())],
            content: vec![Inline::Text(source.into())],
        }
    }
}

/// The placeholder character inline codes become in matching text.
pub const CODE_MARK: char = '\u{FFFC}';

/// A segment: text with inline codes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Segment(pub Vec<Inline>);

impl Segment {
    /// A segment of plain text.
    pub fn text(s: impl Into<String>) -> Self {
        let s = s.into();
        if s.is_empty() {
            Segment(Vec::new())
        } else {
            Segment(vec![Inline::Text(s)])
        }
    }

    /// True when the segment has no text and no codes.
    pub fn is_empty(&self) -> bool {
        self.0
            .iter()
            .all(|p| matches!(p, Inline::Text(t) if t.is_empty()))
    }

    /// Text for matching: translatable text with each code replaced by
    /// [`CODE_MARK`]; `hi` content counts as text.
    pub fn matching_text(&self) -> String {
        let mut out = String::new();
        push_matching(&self.0, &mut out);
        out
    }

    /// The codes of the segment in order (not counting `hi`).
    pub fn codes(&self) -> Vec<&Tag> {
        let mut out = Vec::new();
        collect_codes(&self.0, &mut out);
        out
    }

    /// Text for display: Fluent placeables shown as their source, other
    /// codes as their native text, highlights as their content.
    pub fn display_text(&self) -> String {
        let mut out = String::new();
        push_display(&self.0, &mut out);
        out
    }

    /// Appends text, merging with a preceding text piece.
    pub fn push_text(&mut self, s: &str) {
        if s.is_empty() {
            return;
        }
        if let Some(Inline::Text(last)) = self.0.last_mut() {
            last.push_str(s);
        } else {
            self.0.push(Inline::Text(s.to_string()));
        }
    }

    /// Appends an inline element.
    pub fn push_tag(&mut self, tag: Tag) {
        self.0.push(Inline::Tag(tag));
    }
}

fn push_matching(pieces: &[Inline], out: &mut String) {
    for piece in pieces {
        match piece {
            Inline::Text(t) => out.push_str(t),
            Inline::Tag(t) if t.is_highlight() => push_matching(&t.content, out),
            Inline::Tag(_) => out.push(CODE_MARK),
        }
    }
}

fn collect_codes<'a>(pieces: &'a [Inline], out: &mut Vec<&'a Tag>) {
    for piece in pieces {
        if let Inline::Tag(t) = piece {
            if t.is_highlight() {
                collect_codes(&t.content, out);
            } else {
                out.push(t);
            }
        }
    }
}

fn push_display(pieces: &[Inline], out: &mut String) {
    for piece in pieces {
        match piece {
            Inline::Text(t) => out.push_str(t),
            Inline::Tag(t) if t.is_highlight() => push_display(&t.content, out),
            Inline::Tag(t) => out.push_str(&t.native_text()),
        }
    }
}

/// A byte span in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// Byte after the last.
    pub end: usize,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matching_text_masks_codes_but_keeps_highlighted_text() {
        let mut seg = Segment::text("Click ");
        seg.push_tag(Tag {
            name: "bpt".into(),
            attrs: vec![("i".into(), "1".into())],
            content: vec![Inline::Text("<b>".into())],
        });
        seg.push_text("here");
        seg.push_tag(Tag {
            name: "hi".into(),
            attrs: vec![],
            content: vec![Inline::Text(" now".into())],
        });
        seg.push_tag(Tag::fluent_placeable("{ $n }"));
        assert_eq!(
            seg.matching_text(),
            format!("Click {CODE_MARK}here now{CODE_MARK}")
        );
        assert_eq!(seg.display_text(), "Click <b>here now{ $n }");
        assert_eq!(seg.codes().len(), 2);
    }
}
