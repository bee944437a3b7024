//! Office documents (DOCX, ODT, HTML) as translatable units and back, with
//! the skeleton approach: each part is read into a light tree that keeps
//! the bytes of every tag; every paragraph, heading, list item, table
//! cell, footnote and endnote paragraph, text-box paragraph, caption,
//! header and footer paragraph becomes a unit, and so do image alt text
//! and the document's title, subject, description and keywords. Everything
//! else is the skeleton, copied back
//! byte for byte when the translated document is written.
//!
//! * [`model`]: paragraphs, run formats, links and codes; messages with
//!   markup and placeables, and back ([`markup`] reads the markup).
//! * [`tree`]: the byte-range XML tree.
//! * [`package`]: ZIP packages (untouched entries copied raw, in order).
//! * [`docx`], [`odt`], [`html`]: the three readers and writers.
//!
//! One pass does both jobs: reading, each unit is recorded; writing, the
//! same pass asks for each unit's translation in the same order and
//! writes it in place of the source text.

pub mod docx;
pub mod html;
pub mod markup;
pub mod model;
pub mod odt;
pub mod package;
pub mod tree;

use std::collections::BTreeMap;
use std::path::Path;

use crate::error::{Error, Result};
use crate::model::{BlockKind, Inline, Segment};

use model::{OutPiece, Para};

/// A document format read by this module.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Office Open XML word processing (`.docx`).
    Docx,
    /// OpenDocument text (`.odt`).
    Odt,
    /// HTML (`.html`, `.htm`, `.xhtml`).
    Html,
}

impl Format {
    /// The format of a file, by its extension.
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Format::from_name(&ext)
    }

    /// The format of a `--format` value or an extension.
    pub fn from_name(name: &str) -> Option<Format> {
        match name.to_ascii_lowercase().as_str() {
            "docx" => Some(Format::Docx),
            "odt" => Some(Format::Odt),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            _ => None,
        }
    }

    /// The extension of files in this format.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Docx => "docx",
            Format::Odt => "odt",
            Format::Html => "html",
        }
    }
}

/// Reading options.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Accept tracked changes (keep insertions, drop deletions) instead of
    /// refusing the document.
    pub accept_changes: bool,
}

/// A translatable unit of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    /// Block kind.
    pub kind: BlockKind,
    /// List id for list items.
    pub list: Option<u32>,
    /// Nesting level.
    pub level: u8,
    /// The message value: text with markup and placeables.
    pub segment: Segment,
    /// The text as the source file shows it.
    pub text: String,
    /// Link targets by name.
    pub links: BTreeMap<String, String>,
    /// The package part it comes from (`word/document.xml`,
    /// `content.xml`…; empty for HTML).
    pub part: String,
    /// Whether it is an attribute's text (alt text, a title) rather than a
    /// paragraph.
    pub attribute: bool,
}

/// Languages for writing a translated document.
#[derive(Debug, Clone)]
pub struct Languages {
    /// The source locale (its language's tags are rewritten).
    pub source: String,
    /// The target locale.
    pub target: String,
}

/// One pass over a document: records units, and when writing hands out
/// their translations in the same order.
pub struct Pass {
    /// The units met so far.
    pub units: Vec<Unit>,
    targets: Option<Vec<Segment>>,
    /// Options.
    pub options: Options,
    /// The languages, when writing.
    pub languages: Option<Languages>,
    /// The package part being read.
    pub part: String,
}

impl Pass {
    /// A reading pass.
    pub fn reading(options: Options) -> Self {
        Pass {
            units: Vec::new(),
            targets: None,
            options,
            languages: None,
            part: String::new(),
        }
    }

    /// A writing pass with the translations of the units in order.
    pub fn writing(options: Options, targets: Vec<Segment>, languages: Languages) -> Self {
        Pass {
            units: Vec::new(),
            targets: Some(targets),
            options,
            languages: Some(languages),
            part: String::new(),
        }
    }

    /// Whether the pass writes.
    pub fn writes(&self) -> bool {
        self.targets.is_some()
    }

    /// Records a paragraph; returns the pieces to write: its translation
    /// on a writing pass, else (or without one) its source.
    pub fn para<F, C>(&mut self, para: &Para<F, C>) -> Vec<OutPiece> {
        let m = model::to_message(para);
        let n = self.units.len();
        self.units.push(Unit {
            kind: para.kind,
            list: para.list,
            level: para.level,
            segment: m.segment,
            text: m.text,
            links: m.links,
            part: self.part.clone(),
            attribute: false,
        });
        match self.targets.as_ref().and_then(|t| t.get(n)) {
            Some(target) => model::from_message(para, target),
            None => model::source_pieces(para),
        }
    }

    /// Records a plain-text unit (alt text, title); when writing, returns
    /// its translation as plain text.
    pub fn plain(&mut self, text: &str) -> Option<String> {
        let n = self.units.len();
        let trimmed = text.trim();
        self.units.push(Unit {
            kind: BlockKind::Paragraph,
            list: None,
            level: 1,
            segment: Segment::text(trimmed),
            text: trimmed.to_string(),
            links: BTreeMap::new(),
            part: self.part.clone(),
            attribute: true,
        });
        let target = self.targets.as_ref()?.get(n)?;
        let mut out = String::new();
        for inline in &target.0 {
            match inline {
                Inline::Text(t) => {
                    for tok in markup::tokenize(t) {
                        if let markup::Tok::Text(s) = tok {
                            out.push_str(s);
                        }
                    }
                }
                Inline::Tag(t) => out.push_str(&t.native_text()),
            }
        }
        let lead = &text[..text.len() - text.trim_start().len()];
        let trail = &text[text.trim_end().len()..];
        Some(format!("{lead}{out}{trail}"))
    }

    /// The target language tag, when writing.
    pub fn target_lang(&self) -> Option<&str> {
        self.languages.as_ref().map(|l| l.target.as_str())
    }

    /// Whether a language tag is the source's language (same primary
    /// subtag), so that writing rewrites it to the target's.
    pub fn is_source_lang(&self, tag: &str) -> bool {
        self.languages
            .as_ref()
            .is_some_and(|l| primary(tag).eq_ignore_ascii_case(primary(&l.source)))
    }
}

/// The primary language subtag of a tag.
pub fn primary(tag: &str) -> &str {
    tag.split(['-', '_']).next().unwrap_or(tag)
}

/// The error for a document that has tracked changes.
pub fn tracked_changes_error(path: &Path, xml: &str, offset: usize, what: &str) -> Error {
    let (line, column) = tree::line_column(xml, offset);
    Error::TrackedChanges {
        location: crate::error::Location::new(Some(path), line, column),
        element: what.to_string(),
    }
}

/// Reads the units of a document.
pub fn extract(path: &Path, format: Format, options: Options) -> Result<Vec<Unit>> {
    let mut pass = Pass::reading(options);
    match format {
        Format::Docx => {
            docx::run(path, &mut pass)?;
        }
        Format::Odt => {
            odt::run(path, &mut pass)?;
        }
        Format::Html => {
            html::run(path, &mut pass)?;
        }
    }
    Ok(pass.units)
}

/// Writes the translated document: `targets` are the units' translations
/// in the order [`extract`] gives the units.
pub fn build(
    path: &Path,
    format: Format,
    options: Options,
    targets: Vec<Segment>,
    languages: Languages,
    out: &Path,
) -> Result<()> {
    let mut pass = Pass::writing(options, targets, languages);
    let bytes = match format {
        Format::Docx => docx::run(path, &mut pass)?,
        Format::Odt => odt::run(path, &mut pass)?,
        Format::Html => html::run(path, &mut pass)?,
    };
    crate::files::atomic_write(out, |w| w.write_all(&bytes))
}
