//! A translation file (one document in one target locale) and the state
//! of each of its messages: the source hash it was translated from, and
//! whether it waits for review (`# relais: review score=NN origin=…`).
//!
//! A message marked for review counts as not translated for `sync` (it
//! does not go into the TM) and for `build` (it falls back to the source
//! locale); removing the mark, or `relais review accept`, accepts it.

use std::path::{Path, PathBuf};

use crate::error::Result;
use crate::fluent::FtlResource;
use crate::fluent::directives::{self, Directives};
use crate::fluent::pattern::pattern_to_segment;
use crate::fluent::resource::Edits;
use crate::model::Segment;

/// A message of a translation file.
#[derive(Debug, Clone)]
pub struct TargetMessage {
    /// Message id.
    pub id: String,
    /// Its value.
    pub value: Option<Segment>,
    /// Attributes.
    pub attributes: Vec<(String, Segment)>,
    /// Its `relais:` directives.
    pub directives: Directives,
    /// All comment lines.
    pub comments: Vec<String>,
    /// Index of the entry in the resource.
    pub entry: usize,
}

impl TargetMessage {
    /// Whether the message waits for review.
    pub fn needs_review(&self) -> bool {
        self.directives.review
    }

    /// The source hash the translation was made from, if recorded.
    pub fn source_hash(&self) -> Option<&str> {
        self.directives.get("source-hash")
    }
}

/// A translation file.
#[derive(Debug, Clone)]
pub struct TargetFile {
    /// Path.
    pub path: PathBuf,
    /// The parsed file (`None` when it does not exist yet).
    pub resource: Option<FtlResource>,
    /// Its messages.
    pub messages: Vec<TargetMessage>,
}

impl TargetFile {
    /// Loads a translation file; a missing file is an empty one.
    pub fn load(path: &Path) -> Result<TargetFile> {
        if !path.exists() {
            return Ok(TargetFile {
                path: path.to_path_buf(),
                resource: None,
                messages: Vec::new(),
            });
        }
        let resource = FtlResource::load(path)?;
        let messages = resource
            .messages()
            .map(|(entry, m)| {
                let comments: Vec<String> = m
                    .comment
                    .as_ref()
                    .map(|c| c.content.clone())
                    .unwrap_or_default();
                TargetMessage {
                    id: entry.id.clone().unwrap_or_default(),
                    value: m.value.as_ref().map(pattern_to_segment),
                    attributes: m
                        .attributes
                        .iter()
                        .map(|a| (a.id.name.clone(), pattern_to_segment(&a.value)))
                        .collect(),
                    directives: directives::parse(&comments),
                    comments,
                    entry: entry.index,
                }
            })
            .collect();
        Ok(TargetFile {
            path: path.to_path_buf(),
            resource: Some(resource),
            messages,
        })
    }

    /// A message by id.
    pub fn message(&self, id: &str) -> Option<&TargetMessage> {
        self.messages.iter().find(|m| m.id == id)
    }

    /// Removes the review mark of messages, returning how many changed.
    /// `ids` empty means every marked message.
    pub fn accept(&self, ids: &[String]) -> (Option<String>, Vec<String>) {
        self.accept_with(ids, &[], &[])
    }

    /// [`TargetFile::accept`], leaving out the messages `refused`, and
    /// writing the suppression lines `ignores` (`(message id, comment
    /// body)`, e.g. `relais-ignore: glossary-deprecated@en quoting the
    /// statute`) above the messages they name.
    pub fn accept_with(
        &self,
        ids: &[String],
        refused: &[String],
        ignores: &[(String, String)],
    ) -> (Option<String>, Vec<String>) {
        let Some(res) = &self.resource else {
            return (None, Vec::new());
        };
        let mut edits = Edits::default();
        let mut accepted = Vec::new();
        for m in &self.messages {
            if !m.needs_review()
                || (!ids.is_empty() && !ids.contains(&m.id))
                || refused.contains(&m.id)
            {
                continue;
            }
            let entry = &res.entries[m.entry];
            let text = res.entry_text(entry);
            // The review mark goes; the rest of its line (the source
            // hash) and every other line stay.
            let kept: String = text
                .split_inclusive('\n')
                .filter_map(|line| {
                    let Some(body) = line.trim_start().strip_prefix('#').map(str::trim) else {
                        return Some(line.to_string());
                    };
                    if !directives::parse(&[body]).review {
                        return Some(line.to_string());
                    }
                    let end = if line.ends_with("\r\n") { "\r\n" } else { "\n" };
                    directives::without_review(body).map(|l| format!("# {l}{end}"))
                })
                .collect();
            let kept = with_ignores(&kept, &m.id, ignores);
            edits.replace(entry.content.clone(), kept);
            accepted.push(m.id.clone());
        }
        if edits.is_empty() {
            return (None, accepted);
        }
        (Some(edits.apply(&res.text)), accepted)
    }
}

/// `entry` (a message with its comment) with the suppression lines of
/// `ignores` that name `id` written just above the message itself.
fn with_ignores(entry: &str, id: &str, ignores: &[(String, String)]) -> String {
    let lines: Vec<&(String, String)> = ignores.iter().filter(|(i, _)| i == id).collect();
    if lines.is_empty() {
        return entry.to_string();
    }
    let end = if entry.contains("\r\n") { "\r\n" } else { "\n" };
    let mut out = String::with_capacity(entry.len() + 80 * lines.len());
    let mut written = false;
    for line in entry.split_inclusive('\n') {
        if !written && !line.starts_with('#') && line.trim_start().starts_with(id) {
            for (_, body) in &lines {
                out.push_str("# ");
                out.push_str(body);
                out.push_str(end);
            }
            written = true;
        }
        out.push_str(line);
    }
    out
}

/// Whether a translation was made from another version of its source.
///
/// The translation's `source-hash` answers when it has one. A hand-written
/// translation has none: then the TM answers, when `sync` has stored the
/// translation before — the unit with this document context whose target
/// is this very translation records the source it was made from.
pub fn is_outdated(
    tm: &crate::tm::Tm,
    message: &TargetMessage,
    source: &Segment,
    context: &str,
    source_locale: &crate::lang::LangTag,
    target_locale: &crate::lang::LangTag,
) -> crate::error::Result<bool> {
    let current = crate::publish::document::source_hash(source);
    if let Some(h) = message.source_hash() {
        return Ok(h != current);
    }
    let Some(value) = &message.value else {
        return Ok(false);
    };
    // Reverse lookup: the translation as query, in context.
    let q = crate::tm::lookup::Query {
        segment: crate::publish::markup::tags_to_codes(value),
        source: target_locale.clone(),
        target: source_locale.clone(),
        context: Some(context.to_string()),
        prev: None,
        min_score: 101,
        limit: 1,
    };
    let wanted = crate::publish::markup::tags_to_codes(source).display_text();
    Ok(crate::tm::lookup::lookup(tm, &q)?
        .first()
        .is_some_and(|m| m.target != wanted))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn review_marks_and_accept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("de.ftl");
        std::fs::write(
            &path,
            "### relais: document=d\n\n# relais: review score=87 origin=d:a\n# Kontext: Titel\na = Eins\n\n# relais: source-hash=12\nb = Zwei\n",
        )
        .unwrap();
        let f = TargetFile::load(&path).unwrap();
        assert!(f.message("a").unwrap().needs_review());
        assert_eq!(f.message("b").unwrap().source_hash(), Some("12"));
        let (text, accepted) = f.accept(&[]);
        assert_eq!(accepted, ["a"]);
        let text = text.unwrap();
        assert!(text.contains("# Kontext: Titel\na = Eins"), "{text}");
        assert!(!text.contains("review"));
        // A source hash on the review line is kept.
        std::fs::write(
            &path,
            "# relais: review score=80 origin=d:a source-hash=99\na = Eins\n",
        )
        .unwrap();
        let (text, _) = TargetFile::load(&path).unwrap().accept(&[]);
        assert_eq!(text.unwrap(), "# relais: source-hash=99\na = Eins\n");
    }

    #[test]
    fn accept_with_refusals_and_suppressions() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("en.ftl");
        std::fs::write(
            &path,
            "# relais: review score=80 origin=d:a\na = One\n\n# relais: review score=90 origin=d:b\nb = Two\n",
        )
        .unwrap();
        let f = TargetFile::load(&path).unwrap();
        let ignore = (
            "a".to_string(),
            "relais-ignore: glossary-deprecated@en quoting the statute".to_string(),
        );
        let (text, accepted) = f.accept_with(&[], &["b".to_string()], &[ignore]);
        assert_eq!(accepted, ["a"]);
        let text = text.unwrap();
        assert!(
            text.starts_with(
                "# relais-ignore: glossary-deprecated@en quoting the statute\na = One\n"
            ),
            "{text}"
        );
        assert!(
            text.contains("# relais: review score=90 origin=d:b\nb = Two"),
            "{text}"
        );
    }
}
