//! TMX 1.4b writer.
//!
//! Writes a document that validates against the TMX 1.4b DTD: every
//! required header attribute, `xml:lang` on every variant, dates, props,
//! notes and inline codes exactly as stored, so that importing the export
//! gives back the same units.

use std::io::{self, Write};

use crate::formats::tmx::dtd::{ATTR_PROP_PREFIX, HEADER_ATTRS, TU_ATTRS, TUV_ATTRS, attr_allowed};
use crate::formats::xml::{escape_text, write_start};
use crate::model::HeaderInfo;
use crate::model::{Annotation, Inline, Unit, tmx_now};

/// Streams a TMX document.
pub struct TmxWriter<W: Write> {
    out: W,
    units: u64,
}

/// Header attributes relais always sets itself.
const OWN_ATTRS: [&str; 2] = ["creationtool", "creationtoolversion"];

impl<W: Write> TmxWriter<W> {
    /// Writes the XML declaration, `<tmx>` and the header. `base` is the
    /// header the units were imported with, when there is one: its
    /// attributes, props and notes are kept; `srclang` overrides its
    /// source language.
    pub fn start(mut out: W, base: Option<&HeaderInfo>, srclang: &str) -> io::Result<Self> {
        writeln!(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")?;
        writeln!(out, "<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">")?;
        writeln!(out, "<tmx version=\"1.4\">")?;

        let mut attrs: Vec<(String, String)> = vec![
            ("creationtool".into(), "relais".into()),
            (
                "creationtoolversion".into(),
                env!("CARGO_PKG_VERSION").into(),
            ),
        ];
        let defaults = [
            ("segtype", "sentence"),
            ("o-tmf", "relais"),
            ("adminlang", "en"),
            ("srclang", srclang),
            ("datatype", "plaintext"),
        ];
        let inherited: Vec<(String, String)> = base
            .map(|h| {
                h.attrs
                    .iter()
                    .filter(|(k, _)| !OWN_ATTRS.contains(&k.as_str()))
                    .cloned()
                    .collect()
            })
            .unwrap_or_default();
        for (name, default) in defaults {
            let value = if name == "srclang" {
                srclang.to_string()
            } else {
                inherited
                    .iter()
                    .find(|(k, _)| k.eq_ignore_ascii_case(name))
                    .map_or_else(|| default.to_string(), |(_, v)| v.clone())
            };
            attrs.push((name.to_string(), value));
        }
        // Other header attributes: as attributes where the DTD allows
        // them, as carrier props otherwise.
        let mut carried = Vec::new();
        for (k, v) in &inherited {
            if attrs.iter().any(|(a, _)| a.eq_ignore_ascii_case(k)) {
                continue;
            }
            if attr_allowed(HEADER_ATTRS, k, v) {
                attrs.push((k.clone(), v.clone()));
            } else {
                carried.push((k.clone(), v.clone()));
            }
        }
        if !attrs.iter().any(|(k, _)| k == "creationdate") {
            attrs.push(("creationdate".into(), tmx_now()));
        }
        let mut header = String::from("  ");
        let has_children = !carried.is_empty()
            || base
                .is_some_and(|h| !h.notes.is_empty() || !h.props.is_empty() || !h.udes.is_empty());
        write_start(&mut header, "header", &attrs, !has_children);
        writeln!(out, "{header}")?;
        if has_children {
            if let Some(h) = base {
                for note in &h.notes {
                    write_annotation(&mut out, "note", note, 4)?;
                }
                for ude in &h.udes {
                    writeln!(out, "    {ude}")?;
                }
            }
            write_carried(&mut out, &carried, 4)?;
            if let Some(h) = base {
                for prop in &h.props {
                    write_annotation(&mut out, "prop", prop, 4)?;
                }
            }
            writeln!(out, "  </header>")?;
        }
        writeln!(out, "  <body>")?;
        Ok(TmxWriter { out, units: 0 })
    }

    /// Writes one unit.
    pub fn unit(&mut self, unit: &Unit) -> io::Result<()> {
        let (attrs, carried) = split_attrs(&unit.attrs, TU_ATTRS);
        let mut tu = String::from("    ");
        write_start(&mut tu, "tu", &attrs, false);
        writeln!(self.out, "{tu}")?;
        for note in &unit.notes {
            write_annotation(&mut self.out, "note", note, 6)?;
        }
        write_carried(&mut self.out, &carried, 6)?;
        for prop in &unit.props {
            write_annotation(&mut self.out, "prop", prop, 6)?;
        }
        for variant in &unit.variants {
            let (known, carried) = split_attrs(&variant.attrs, TUV_ATTRS);
            let mut attrs = vec![("xml:lang".to_string(), variant.lang.clone())];
            attrs.extend(known);
            let mut tuv = String::from("      ");
            write_start(&mut tuv, "tuv", &attrs, false);
            writeln!(self.out, "{tuv}")?;
            for note in &variant.notes {
                write_annotation(&mut self.out, "note", note, 8)?;
            }
            write_carried(&mut self.out, &carried, 8)?;
            for prop in &variant.props {
                write_annotation(&mut self.out, "prop", prop, 8)?;
            }
            let mut seg = String::from("        <seg>");
            write_inline(&mut seg, &variant.seg.0);
            seg.push_str("</seg>");
            writeln!(self.out, "{seg}")?;
            writeln!(self.out, "      </tuv>")?;
        }
        writeln!(self.out, "    </tu>")?;
        self.units += 1;
        Ok(())
    }

    /// Closes the document and returns the writer and the unit count.
    pub fn finish(mut self) -> io::Result<(W, u64)> {
        writeln!(self.out, "  </body>")?;
        writeln!(self.out, "</tmx>")?;
        Ok((self.out, self.units))
    }
}

/// Splits attributes into those the DTD allows and the others.
type Attrs = Vec<(String, String)>;

fn split_attrs(attrs: &[(String, String)], allowed: &[&str]) -> (Attrs, Attrs) {
    attrs
        .iter()
        .cloned()
        .partition(|(k, v)| attr_allowed(allowed, k, v))
}

/// Writes attributes the DTD does not allow as `x-relais-attr:NAME` props.
fn write_carried<W: Write>(
    out: &mut W,
    carried: &[(String, String)],
    indent: usize,
) -> io::Result<()> {
    for (k, v) in carried {
        write_annotation(
            out,
            "prop",
            &Annotation::prop(&format!("{ATTR_PROP_PREFIX}{k}"), v.clone()),
            indent,
        )?;
    }
    Ok(())
}

fn write_annotation<W: Write>(
    out: &mut W,
    name: &str,
    a: &Annotation,
    indent: usize,
) -> io::Result<()> {
    let mut s = " ".repeat(indent);
    write_start(&mut s, name, &a.attrs, false);
    s.push_str(&escape_text(&a.text));
    s.push_str("</");
    s.push_str(name);
    s.push('>');
    writeln!(out, "{s}")
}

/// Serialises inline content (text and codes) as TMX markup.
pub fn write_inline(out: &mut String, pieces: &[Inline]) {
    for piece in pieces {
        match piece {
            Inline::Text(t) => out.push_str(&escape_text(t)),
            Inline::Tag(tag) => {
                if tag.content.is_empty() {
                    write_start(out, &tag.name, &tag.attrs, true);
                } else {
                    write_start(out, &tag.name, &tag.attrs, false);
                    write_inline(out, &tag.content);
                    out.push_str("</");
                    out.push_str(&tag.name);
                    out.push('>');
                }
            }
        }
    }
}
