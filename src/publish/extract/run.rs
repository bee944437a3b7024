//! The extraction of one document: read the source, align the ids with
//! the existing source file, write it with its directives, and register a
//! new document in `relais.toml`.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::path::Path;

use serde::Serialize;

use crate::error::{Error, Result};
use crate::files::{atomic_write_str, read_text};
use crate::fluent::writer::{MessageSpec, message_source};
use crate::fluent::{FtlResource, directives};
use crate::formats::office::{self, Format};
use crate::formats::{markdown::parse_markdown, plain_text::parse_plain_text};
use crate::model::{BlockKind, Segment, SourceBlock};
use crate::project::{Project, is_identifier};
use crate::publish::document::source_hash;
use crate::publish::extract::ids::{align, old_messages, slug};
use crate::t;

/// A message whose source text changed.
#[derive(Debug, Clone, Serialize)]
pub struct ChangedMessage {
    /// Message id (kept).
    pub id: String,
    /// Previous text.
    pub old: String,
    /// New text.
    pub new: String,
}

/// What `extract` did.
#[derive(Debug, Clone, Serialize)]
pub struct ExtractReport {
    /// Document name.
    pub document: String,
    /// The Fluent file written.
    pub file: String,
    /// Messages in the file.
    pub messages: usize,
    /// Unchanged messages.
    pub unchanged: usize,
    /// Messages whose text changed (ids kept; translations need review).
    pub changed: Vec<ChangedMessage>,
    /// New messages.
    pub added: Vec<String>,
    /// Messages removed from the source.
    pub removed: Vec<String>,
}

/// The format of a source document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceFormat {
    /// Markdown.
    Markdown,
    /// Plain text.
    Text,
    /// DOCX, ODT or HTML.
    Office(Format),
}

impl SourceFormat {
    /// A `--format` value (`md`, `txt`, `docx`, `odt`, `html`).
    pub fn from_name(name: &str) -> Option<SourceFormat> {
        match name.to_ascii_lowercase().as_str() {
            "md" | "markdown" => Some(SourceFormat::Markdown),
            "txt" | "text" => Some(SourceFormat::Text),
            other => Format::from_name(other).map(SourceFormat::Office),
        }
    }

    /// The format of a file by its extension (plain text when unknown).
    pub fn of_path(path: &Path) -> SourceFormat {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or_default();
        match SourceFormat::from_name(ext) {
            Some(f) => f,
            None => SourceFormat::Text,
        }
    }

    /// The name written in the source file's header.
    pub fn name(self) -> &'static str {
        match self {
            SourceFormat::Markdown => "md",
            SourceFormat::Text => "txt",
            SourceFormat::Office(f) => f.extension(),
        }
    }
}

/// How to read a source document.
#[derive(Debug, Clone, Copy, Default)]
pub struct ReadOptions {
    /// The format (default: by extension).
    pub format: Option<SourceFormat>,
    /// Accept tracked changes in office documents.
    pub accept_changes: bool,
}

/// The blocks of a source document and its format.
pub fn read_blocks(
    source: &Path,
    options: ReadOptions,
) -> Result<(Vec<SourceBlock>, SourceFormat)> {
    let format = options
        .format
        .unwrap_or_else(|| SourceFormat::of_path(source));
    let blocks = match format {
        SourceFormat::Markdown => parse_markdown(&read_text(source)?.0, source)?,
        SourceFormat::Text => parse_plain_text(&read_text(source)?.0),
        SourceFormat::Office(f) => office::extract(
            source,
            f,
            office::Options {
                accept_changes: options.accept_changes,
            },
        )?
        .into_iter()
        .map(|u| SourceBlock {
            kind: u.kind,
            list: u.list,
            ordered: false,
            level: if u.kind == BlockKind::ListItem {
                u.level
            } else {
                1
            },
            quote: None,
            text: u.text,
            links: u.links,
            segment: Some(u.segment),
        })
        .collect(),
    };
    Ok((blocks, format))
}

/// Extracts `source` into the Fluent file `target` (merging with what is
/// there), writing it atomically unless `dry_run`.
pub fn extract(
    source: &Path,
    source_rel: &str,
    document: &str,
    target: &Path,
    dry_run: bool,
) -> Result<ExtractReport> {
    extract_with(
        source,
        source_rel,
        document,
        target,
        dry_run,
        ReadOptions::default(),
    )
}

/// [`extract`] with reading options.
pub fn extract_with(
    source: &Path,
    source_rel: &str,
    document: &str,
    target: &Path,
    dry_run: bool,
    options: ReadOptions,
) -> Result<ExtractReport> {
    let (blocks, format) = read_blocks(source, options)?;
    let old = if target.exists() {
        old_messages(&FtlResource::load(target)?)
    } else {
        Vec::new()
    };

    let assigned = align(&old, &blocks);
    let mut used_ids: HashSet<String> = assigned
        .iter()
        .flatten()
        .map(|o| old[*o].id.clone())
        .collect();
    let mut report = ExtractReport {
        document: document.to_string(),
        file: target.display().to_string(),
        messages: blocks.len(),
        unchanged: 0,
        changed: Vec::new(),
        added: Vec::new(),
        removed: Vec::new(),
    };
    let mut out = format!("### relais: document={document} source={source_rel}");
    if let SourceFormat::Office(f) = format {
        let _ = write!(out, " format={}", f.extension());
        if options.accept_changes {
            out.push_str(" accept-changes");
        }
    }
    out.push('\n');
    for (n, block) in blocks.iter().enumerate() {
        let (id, comments) = match assigned[n] {
            Some(o) => {
                if old[o].text == block.text {
                    report.unchanged += 1;
                } else {
                    report.changed.push(ChangedMessage {
                        id: old[o].id.clone(),
                        old: old[o].text.clone(),
                        new: block.text.clone(),
                    });
                }
                (old[o].id.clone(), old[o].kept_comments.clone())
            }
            None => {
                let base = slug(block.kind, &block.text);
                let mut id = base.clone();
                let mut k = 2;
                while used_ids.contains(&id) {
                    id = format!("{base}-{k}");
                    k += 1;
                }
                used_ids.insert(id.clone());
                report.added.push(id.clone());
                (id, Vec::new())
            }
        };
        let seg = block
            .segment
            .clone()
            .unwrap_or_else(|| Segment::text(&block.text));
        let mut all_comments = vec![block_directives(block, &seg)];
        all_comments.extend(comments);
        out.push('\n');
        out.push_str(&message_source(&MessageSpec {
            id,
            comments: all_comments,
            value: Some(seg),
            attributes: Vec::new(),
        }));
    }
    let kept: HashSet<usize> = assigned.iter().flatten().copied().collect();
    report.removed = (0..old.len())
        .filter(|o| !kept.contains(o))
        .map(|o| old[o].id.clone())
        .collect();
    if !dry_run {
        atomic_write_str(target, &out)?;
    }
    Ok(report)
}

/// The `# relais:` directive of a block: its structure and the hash of
/// its text.
fn block_directives(block: &SourceBlock, seg: &Segment) -> String {
    let mut pairs: Vec<(&str, String)> = vec![("block", block.kind.as_directive())];
    if let Some(list) = block.list {
        pairs.push(("list", list.to_string()));
        if block.ordered {
            pairs.push(("ordered", String::new()));
        }
        if block.level > 1 {
            pairs.push(("level", block.level.to_string()));
        }
    }
    if let Some(q) = block.quote {
        pairs.push(("quote", q.to_string()));
    }
    let link_keys: Vec<String> = block.links.keys().map(|k| format!("link.{k}")).collect();
    for (key, url) in link_keys.iter().zip(block.links.values()) {
        pairs.push((key.as_str(), url.clone()));
    }
    pairs.push(("source-hash", source_hash(seg)));
    directives::format(&pairs)
}

/// `relais extract` on a project: extracts `source` (an absolute path)
/// into the source locale's file of `document` (default: the document of
/// `relais.toml` whose source it is), and registers a new document in
/// `relais.toml` (appended, so the rest of the file is kept as written).
pub fn extract_document(
    project: &Project,
    source: &Path,
    document: Option<&str>,
    dry_run: bool,
    options: ReadOptions,
) -> Result<ExtractReport> {
    let config = project.require_config()?;
    if !source.is_file() {
        return Err(Error::io(
            source,
            std::io::Error::new(std::io::ErrorKind::NotFound, "no such file"),
        ));
    }
    let rel = source.strip_prefix(&project.root).unwrap_or(source);
    let name = match document {
        Some(n) => n.to_string(),
        None => config
            .documents
            .iter()
            .find(|d| {
                d.source
                    .as_ref()
                    .is_some_and(|s| project.resolve(s) == source)
            })
            .map(|d| d.name.clone())
            .ok_or_else(|| Error::Usage(t!("extract-needs-document")))?,
    };
    if !is_identifier(&name) {
        return Err(Error::Usage(format!(
            "'{name}' is not a valid document name (letters, digits, - and _)"
        )));
    }
    let target = project.resource_path(project.source_locale(), &name);
    crate::files::ensure_within(&project.root, &target)?;
    let rel_text = rel.to_string_lossy().replace('\\', "/");
    let report = extract_with(source, &rel_text, &name, &target, dry_run, options)?;
    if !dry_run && !config.documents.iter().any(|d| d.name == name) {
        project.register_document(&name, &rel_text)?;
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn re_extraction_keeps_ids_and_reports_changes() {
        let dir = tempfile::tempdir().unwrap();
        let src = dir.path().join("doc.md");
        let ftl = dir.path().join("doc.ftl");
        std::fs::write(
            &src,
            "# Titre\n\nPremier paragraphe inchangé.\n\nDeuxième paragraphe à modifier.\n",
        )
        .unwrap();
        let first = extract(&src, "doc.md", "doc", &ftl, false).unwrap();
        assert_eq!(
            first.added,
            [
                "titre",
                "premier-paragraphe-inchange",
                "deuxieme-paragraphe-modifier"
            ]
        );
        // A translator note survives re-extraction.
        let text = std::fs::read_to_string(&ftl).unwrap().replace(
            "premier-paragraphe-inchange =",
            "# Note: keep it short.\npremier-paragraphe-inchange =",
        );
        std::fs::write(&ftl, text).unwrap();
        std::fs::write(
            &src,
            "# Titre\n\nNouveau paragraphe.\n\nPremier paragraphe inchangé.\n\nDeuxième paragraphe, modifié.\n",
        )
        .unwrap();
        let second = extract(&src, "doc.md", "doc", &ftl, false).unwrap();
        assert_eq!(second.unchanged, 2);
        assert_eq!(second.added, ["nouveau-paragraphe"]);
        assert_eq!(second.changed.len(), 1);
        assert_eq!(second.changed[0].id, "deuxieme-paragraphe-modifier");
        assert!(second.removed.is_empty());
        let out = std::fs::read_to_string(&ftl).unwrap();
        let order: Vec<&str> = out
            .lines()
            .filter(|l| l.contains(" = "))
            .map(|l| l.split(" = ").next().unwrap())
            .collect();
        assert_eq!(
            order,
            [
                "titre",
                "nouveau-paragraphe",
                "premier-paragraphe-inchange",
                "deuxieme-paragraphe-modifier"
            ]
        );
        let r = FtlResource::parse(out, Path::new("doc.ftl"));
        assert!(r.errors.is_empty());
        let (_, m) = r.message("premier-paragraphe-inchange").unwrap();
        assert!(
            m.comment
                .as_ref()
                .unwrap()
                .content
                .iter()
                .any(|l| l == "Note: keep it short."),
            "{:?}",
            m.comment
        );
    }
}
