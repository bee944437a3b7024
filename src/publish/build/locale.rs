//! Publishing each locale: its messages formatted with fluent-bundle and
//! rendered into `dist/<locale>/<document>.html` and `.md`.
//!
//! A message that is missing, or waits for review, falls back to the
//! source locale with a warning (`--strict` makes that an error). A
//! locale with blocking findings, or whose messages fail to format, is
//! not published: it gets no `dist/<locale>/`.

use std::path::{Path, PathBuf};

use crate::check::ids;
use crate::error::{Error, Result};
use crate::model::BlockKind;
use crate::model::Finding;
use crate::project::Project;
use crate::publish::build::bundle::{FLUENT_ERROR, bundle, format_message, problem};
use crate::publish::build::report::{DocumentOutput, LocaleOutput};
use crate::publish::document::SourceDocument;
use crate::publish::gate::{Gate, Hold};
use crate::publish::render::{self, Page, Texts};
use crate::publish::target::TargetFile;

/// What every locale's build shares.
pub struct Publication<'a> {
    /// The project.
    pub project: &'a Project,
    /// Output directory.
    pub out: &'a Path,
    /// Fallbacks are errors.
    pub strict: bool,
    /// The source locale.
    pub source: &'a str,
    /// The locales published (linked from every page), the source first.
    pub locales: &'a [String],
    /// The documents.
    pub docs: &'a [SourceDocument],
}

/// A document formatted in one locale, not yet written.
struct Formatted<'d> {
    doc: &'d SourceDocument,
    texts: Texts,
    segments: Vec<crate::model::Segment>,
    fallbacks: Vec<String>,
}

impl Publication<'_> {
    /// Builds one locale: nothing is written when it has blocking findings,
    /// formatting errors, or is less translated than `[build]
    /// min_translated` (`held`, from the status); its old output is then
    /// removed. Warnings about fallbacks are added to `warnings`.
    pub fn build_locale(
        &self,
        locale: &str,
        gate: &Gate,
        held: Vec<Hold>,
        warnings: &mut Vec<String>,
    ) -> Result<LocaleOutput> {
        let mut out = LocaleOutput {
            locale: locale.to_string(),
            published: false,
            documents: Vec::new(),
            problems: gate.blocking(locale),
            held,
        };
        let dir = self.out.join(locale);
        if out.problems.is_empty() && out.held.is_empty() {
            let mut formatted = Vec::new();
            for doc in self.docs {
                let (f, problems) = self.format_document(locale, doc, warnings)?;
                out.problems.extend(problems);
                formatted.push(f);
            }
            // Formatting errors would show as raw placeables: not published.
            if out.problems.is_empty() {
                for f in formatted {
                    out.documents.push(self.write_document(locale, &dir, f)?);
                }
                out.published = true;
                return Ok(out);
            }
        }
        if dir.exists() {
            std::fs::remove_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
        }
        Ok(out)
    }

    /// A document's messages in `locale`, with the source's where the
    /// locale has none or waits for review.
    fn format_document<'d>(
        &self,
        locale: &str,
        doc: &'d SourceDocument,
        warnings: &mut Vec<String>,
    ) -> Result<(Formatted<'d>, Vec<Finding>)> {
        let (source_bundle, _) = bundle(self.source, &doc.path)?;
        let path = self.project.resource_path(locale, &doc.name);
        let (target_bundle, mut problems) = bundle(locale, &path)?;
        let target = TargetFile::load(&path)?;
        let mut texts = Texts::new();
        let mut segments = Vec::new();
        let mut fallbacks = Vec::new();
        for block in &doc.blocks {
            let usable = locale == self.source
                || target.message(&block.id).is_some_and(|m| !m.needs_review());
            let mut errors = Vec::new();
            let text = if usable {
                format_message(&target_bundle, &block.id, &mut errors)
            } else {
                None
            };
            segments.push(
                text.as_ref()
                    .and_then(|_| target.message(&block.id))
                    .and_then(|m| m.value.clone())
                    .or_else(|| doc.segment(&block.id))
                    .unwrap_or_default(),
            );
            let text = text.unwrap_or_else(|| {
                if locale != self.source {
                    fallbacks.push(block.id.clone());
                }
                format_message(&source_bundle, &block.id, &mut errors).unwrap_or_default()
            });
            for e in errors {
                let mut p = problem(FLUENT_ERROR, locale, &path, e);
                p.message_id = Some(block.id.clone());
                problems.push(p);
            }
            texts.insert(block.id.clone(), text);
        }
        if !fallbacks.is_empty() {
            let message = crate::t!(
                "build-fallback",
                "locale" => locale,
                "document" => doc.name.as_str(),
                "count" => fallbacks.len(),
                "ids" => fallbacks.join(", ")
            );
            if self.strict {
                problems.push(problem(ids::MISSING_MESSAGE, locale, &path, message));
            } else {
                warnings.push(message);
            }
        }
        Ok((
            Formatted {
                doc,
                texts,
                segments,
                fallbacks,
            },
            problems,
        ))
    }

    /// Writes a formatted document as HTML and Markdown.
    fn write_document(&self, locale: &str, dir: &Path, f: Formatted<'_>) -> Result<DocumentOutput> {
        let doc = f.doc;
        let title = doc
            .blocks
            .iter()
            .find(|b| matches!(b.kind, BlockKind::Heading(_)))
            .and_then(|b| f.texts.get(&b.id))
            .map_or_else(|| doc.name.clone(), |t| crate::publish::markup::strip(t));
        let alternates: Vec<(String, String)> = self
            .locales
            .iter()
            .map(|l| (l.clone(), format!("../{l}/{}.html", doc.name)))
            .collect();
        // Paragraphs shown in the source language say so: their own
        // `lang`, and a notice in the page's language.
        let fallbacks = render::Fallbacks {
            lang: self.source,
            ids: &f.fallbacks,
        };
        let body = render::html_body_with(&doc.blocks, &f.texts, fallbacks);
        let mut notices = Vec::new();
        if !f.fallbacks.is_empty() {
            notices.push(crate::publish::notices::fallback_notice(locale));
        }
        if !self.project.config.is_reviewed(locale) {
            notices.push(crate::publish::notices::unreviewed_notice(locale));
        }
        let html = render::html_page(&Page {
            locale,
            title: &title,
            body: &body,
            alternates: &alternates,
            notices: &notices,
            index: Some("../index.html"),
        });
        let html_path: PathBuf = dir.join(format!("{}.html", doc.name));
        let md_path = dir.join(format!("{}.md", doc.name));
        self.project.write_file(&html_path, &html)?;
        self.project
            .write_file(&md_path, &render::markdown(&doc.blocks, &f.texts))?;
        crate::publish::build::office::write(
            self.project,
            doc,
            self.source,
            locale,
            dir,
            f.segments,
        )?;
        Ok(DocumentOutput {
            document: doc.name.clone(),
            title,
            html: html_path.display().to_string(),
            markdown: md_path.display().to_string(),
            fallbacks: f.fallbacks,
        })
    }
}
