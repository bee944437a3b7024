//! The XLIFF 1.2 writer: output valid against the strict schema
//! (`xliff-core-1.2-strict.xsd`), so no extension attributes or elements.

use std::fmt::Write as _;
use std::io::{self, Write};

use crate::formats::xliff::writer::codes::{CodeIds, code_text, invalid, pair_up, tag_attr};
use crate::formats::xliff::writer::unit::{NoteAbout, WriteFile, WriteNote, WriteUnit};
use crate::formats::xml::{escape_attr, escape_text};
use crate::model::{Inline, Tag};

pub(super) fn ctype_12(tag: &Tag, placeholder: bool) -> Option<String> {
    let t = tag_attr(tag, "type")?.trim();
    if t.is_empty() {
        return None;
    }
    let known: &[&str] = if placeholder {
        &["image", "pb", "lb"]
    } else {
        &["bold", "italic", "underlined", "link"]
    };
    Some(match t {
        t if t.starts_with("x-") => t.split_whitespace().collect::<Vec<_>>().join("-"),
        "ulined" if !placeholder => "underlined".to_string(),
        t if known.contains(&t) => t.to_string(),
        t => format!("x-{}", t.split_whitespace().collect::<Vec<_>>().join("-")),
    })
}

/// Streams an XLIFF 1.2 document (strict schema).
pub struct Xliff12Writer<W: Write> {
    out: W,
    source_lang: String,
    target_lang: String,
    in_file: bool,
    units: u64,
}

impl<W: Write> Xliff12Writer<W> {
    /// Writes the XML declaration and `<xliff>`.
    pub fn start(mut out: W, source_lang: &str, target_lang: &str) -> io::Result<Self> {
        writeln!(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")?;
        writeln!(
            out,
            "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">"
        )?;
        Ok(Xliff12Writer {
            out,
            source_lang: source_lang.to_string(),
            target_lang: target_lang.to_string(),
            in_file: false,
            units: 0,
        })
    }

    /// Opens a `<file>` (closing the previous one).
    pub fn begin_file(&mut self, file: &WriteFile) -> io::Result<()> {
        self.end_file()?;
        writeln!(
            self.out,
            "  <file original=\"{}\" source-language=\"{}\" target-language=\"{}\" datatype=\"x-fluent\" tool-id=\"relais\">",
            escape_attr(&file.original),
            escape_attr(&self.source_lang),
            escape_attr(&self.target_lang)
        )?;
        writeln!(self.out, "    <header>")?;
        writeln!(
            self.out,
            "      <tool tool-id=\"relais\" tool-name=\"relais\" tool-version=\"{}\"/>",
            env!("CARGO_PKG_VERSION")
        )?;
        for note in &file.notes {
            self.note(note, 6)?;
        }
        writeln!(self.out, "    </header>")?;
        writeln!(self.out, "    <body>")?;
        self.in_file = true;
        Ok(())
    }

    /// Closes the open `<file>`, if any.
    pub fn end_file(&mut self) -> io::Result<()> {
        if self.in_file {
            writeln!(self.out, "    </body>")?;
            writeln!(self.out, "  </file>")?;
            self.in_file = false;
        }
        Ok(())
    }

    fn note(&mut self, note: &WriteNote, indent: usize) -> io::Result<()> {
        let mut attrs = String::new();
        if let Some(p) = note.priority {
            let _ = write!(attrs, " priority=\"{}\"", p.clamp(1, 10));
        }
        if let Some(from) = &note.from {
            let _ = write!(attrs, " from=\"{}\"", escape_attr(from));
        }
        let about = match note.about {
            NoteAbout::Source => "source",
            NoteAbout::Target => "target",
            NoteAbout::General => "general",
        };
        writeln!(
            self.out,
            "{}<note{attrs} annotates=\"{about}\">{}</note>",
            " ".repeat(indent),
            escape_text(&note.text)
        )
    }

    /// Writes one `trans-unit`.
    pub fn unit(&mut self, unit: &WriteUnit) -> io::Result<()> {
        if !self.in_file {
            return Err(invalid("XLIFF 1.2 writer: unit outside a <file>".into()));
        }
        let mut head = format!("      <trans-unit id=\"{}\"", escape_attr(&unit.id));
        if let Some(name) = &unit.name {
            let _ = write!(head, " resname=\"{}\"", escape_attr(name));
        }
        if !unit.translate {
            head.push_str(" translate=\"no\"");
        }
        head.push_str(" xml:space=\"preserve\">");
        writeln!(self.out, "{head}")?;
        let mut ids = CodeIds::default();
        let source = inline_12(&unit.source.0, &mut ids, true);
        writeln!(
            self.out,
            "        <source xml:lang=\"{}\">{source}</source>",
            escape_attr(&self.source_lang)
        )?;
        if let Some(target) = &unit.target {
            let text = inline_12(&target.0, &mut ids, false);
            writeln!(
                self.out,
                "        <target xml:lang=\"{}\" state=\"{}\">{text}</target>",
                escape_attr(&self.target_lang),
                unit.state.v12()
            )?;
        }
        if !unit.properties.is_empty() {
            writeln!(
                self.out,
                // No `name`: the schema wants group names unique in the file.
                "        <context-group purpose=\"information\">"
            )?;
            for (kind, value) in &unit.properties {
                if !kind.starts_with("x-") {
                    return Err(invalid(format!(
                        "XLIFF 1.2 context-type '{kind}' must start with x-"
                    )));
                }
                writeln!(
                    self.out,
                    "          <context context-type=\"{}\">{}</context>",
                    escape_attr(kind),
                    escape_text(value)
                )?;
            }
            writeln!(self.out, "        </context-group>")?;
        }
        for note in &unit.notes {
            self.note(note, 8)?;
        }
        for entry in &unit.glossary {
            let note = WriteNote {
                text: entry.describe(),
                from: Some("relais-glossary".into()),
                about: NoteAbout::Source,
                priority: Some(if entry.has_forbidden() { 1 } else { 3 }),
            };
            self.note(&note, 8)?;
        }
        for m in &unit.matches {
            let mut attrs = format!(" match-quality=\"{}\"", m.score);
            if let Some(origin) = &m.origin {
                let _ = write!(attrs, " origin=\"{}\"", escape_attr(origin));
            }
            writeln!(self.out, "        <alt-trans{attrs}>")?;
            let mut ids = CodeIds::default();
            let source = inline_12(&m.source.0, &mut ids, true);
            let target = inline_12(&m.target.0, &mut ids, false);
            writeln!(
                self.out,
                "          <source xml:lang=\"{}\">{source}</source>",
                escape_attr(&self.source_lang)
            )?;
            writeln!(
                self.out,
                "          <target xml:lang=\"{}\">{target}</target>",
                escape_attr(&self.target_lang)
            )?;
            writeln!(self.out, "        </alt-trans>")?;
        }
        writeln!(self.out, "      </trans-unit>")?;
        self.units += 1;
        Ok(())
    }

    /// Closes the document; returns the writer and the number of units.
    pub fn finish(mut self) -> io::Result<(W, u64)> {
        self.end_file()?;
        writeln!(self.out, "</xliff>")?;
        Ok((self.out, self.units))
    }
}

/// Code content for 1.2: text, with `sub` flows as `<sub>`.
pub(super) fn code_content_12(tag: &Tag) -> String {
    let mut out = String::new();
    for piece in &tag.content {
        match piece {
            Inline::Text(t) => out.push_str(&escape_text(t)),
            Inline::Tag(sub) if sub.name == "sub" => {
                out.push_str("<sub>");
                out.push_str(&escape_text(&code_text(sub)));
                out.push_str("</sub>");
            }
            Inline::Tag(other) => out.push_str(&escape_text(&code_text(other))),
        }
    }
    out
}

/// Inline content of a source (`source` true) or of its target, whose
/// codes reuse the source's ids.
pub(super) fn inline_12(pieces: &[Inline], ids: &mut CodeIds, source: bool) -> String {
    if !source {
        ids.reset_target();
    }
    inline_12_pieces(pieces, ids, source)
}

pub(super) fn inline_12_pieces(pieces: &[Inline], ids: &mut CodeIds, source: bool) -> String {
    let pairs = pair_up(pieces);
    let mut pair_ids: Vec<Option<String>> = vec![None; pieces.len()];
    let mut out = String::new();
    for (n, piece) in pieces.iter().enumerate() {
        let tag = match piece {
            Inline::Text(t) => {
                out.push_str(&escape_text(t));
                continue;
            }
            Inline::Tag(tag) => tag,
        };
        if tag.is_highlight() {
            out.push_str("<mrk mtype=\"x-relais-hi\">");
            out.push_str(&inline_12_pieces(&tag.content, ids, source));
            out.push_str("</mrk>");
            continue;
        }
        let id = match (tag.name.as_str(), pairs[n].0) {
            ("ept", Some(start)) => pair_ids[start].clone().unwrap_or_default(),
            _ => {
                let id = if source {
                    ids.source_id(tag)
                } else {
                    ids.target_id(tag)
                };
                pair_ids[n] = Some(id.clone());
                id
            }
        };
        let content = code_content_12(tag);
        match (tag.name.as_str(), pairs[n].0) {
            ("bpt", Some(_)) => {
                let ctype = ctype_12(tag, false)
                    .map(|c| format!(" ctype=\"{}\"", escape_attr(&c)))
                    .unwrap_or_default();
                let _ = write!(out, "<bpt id=\"{id}\"{ctype}>{content}</bpt>");
            }
            ("ept", Some(_)) => {
                let _ = write!(out, "<ept id=\"{id}\">{content}</ept>");
            }
            ("bpt" | "ept" | "it", _) => {
                let pos = if tag.name == "ept" || tag_attr(tag, "pos") == Some("end") {
                    "close"
                } else {
                    "open"
                };
                let ctype = ctype_12(tag, false)
                    .map(|c| format!(" ctype=\"{}\"", escape_attr(&c)))
                    .unwrap_or_default();
                let _ = write!(out, "<it id=\"{id}\" pos=\"{pos}\"{ctype}>{content}</it>");
            }
            _ => {
                let ctype = ctype_12(tag, true)
                    .map(|c| format!(" ctype=\"{}\"", escape_attr(&c)))
                    .unwrap_or_default();
                if content.is_empty() {
                    let _ = write!(out, "<x id=\"{id}\"{ctype}/>");
                } else {
                    let _ = write!(out, "<ph id=\"{id}\"{ctype}>{content}</ph>");
                }
            }
        }
    }
    out
}
