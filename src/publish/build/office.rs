//! The translated office document of a locale: a document extracted from
//! DOCX, ODT or HTML (its source file's header says `format=`) is written
//! again in its own format, `dist/<locale>/<document>.<ext>`, with the
//! locale's messages in place of the source text (for HTML this replaces
//! the generic rendering).

use std::path::Path;

use crate::error::{Error, Result};
use crate::formats::office::{self, Format, Languages, Options};
use crate::model::Segment;
use crate::project::Project;
use crate::publish::document::{SourceDocument, source_hash};

/// The format and options recorded in a source file's header.
pub fn header(doc: &SourceDocument) -> Option<(Format, Options)> {
    let line = doc.resource.text.lines().next()?;
    let rest = line.strip_prefix("### relais:")?;
    let mut format = None;
    let mut options = Options::default();
    for word in rest.split_whitespace() {
        if let Some(f) = word.strip_prefix("format=") {
            format = Format::from_name(f);
        }
        if word == "accept-changes" {
            options.accept_changes = true;
        }
    }
    Some((format?, options))
}

/// Writes the translated document of `locale` when `doc` comes from an
/// office document; `segments` are its messages in order.
pub fn write(
    project: &Project,
    doc: &SourceDocument,
    source_locale: &str,
    locale: &str,
    dir: &Path,
    segments: Vec<Segment>,
) -> Result<()> {
    let Some((format, options)) = header(doc) else {
        return Ok(());
    };
    let config = project.require_config()?;
    let Some(source) = config
        .documents
        .iter()
        .find(|d| d.name == doc.name)
        .and_then(|d| d.source.as_ref())
        .map(|s| project.resolve(s))
    else {
        return Ok(());
    };
    let units = office::extract(&source, format, options)?;
    let stale = units.len() != doc.blocks.len()
        || units.iter().zip(&doc.blocks).any(|(u, b)| {
            b.hash
                .as_deref()
                .is_some_and(|h| h != source_hash(&u.segment))
        });
    if stale {
        return Err(Error::Usage(crate::t!(
            "build-office-stale",
            "document" => doc.name.as_str(),
            "source" => source.display().to_string()
        )));
    }
    let out = dir.join(format!("{}.{}", doc.name, format.extension()));
    office::build(
        &source,
        format,
        options,
        segments,
        Languages {
            source: source_locale.to_string(),
            target: locale.to_string(),
        },
        &out,
    )
}
