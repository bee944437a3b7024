//! `relais extract`: a source document (Markdown or plain text) into the
//! source locale's Fluent file, one message per block.
//!
//! * Markdown: headings, paragraphs, ordered and unordered lists (nested),
//!   block quotes; emphasis, strong emphasis, inline code and links are
//!   kept as markup (see [`super::markup`]); the structure goes into
//!   `# relais: block=…` directives and each message records
//!   `source-hash=…` of its text.
//! * Plain text: paragraphs are separated by blank lines (or are single
//!   lines when the file has no blank line); lines starting with `- `,
//!   `* `, `• ` are list items, with `1. `, `1) ` or `1 – ` ordered ones.
//!
//! Run again on an edited source, it keeps the id of every unchanged block
//! (aligned by text) and of every edited one (aligned by position and
//! similarity between unchanged neighbours), gives new ids only to new
//! blocks, keeps translator comments and suppressions, and reports which
//! messages changed so their translations can be reviewed.

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use serde::Serialize;
use unicode_normalization::UnicodeNormalization;

use crate::error::Result;
use crate::files::{atomic_write_str, read_text};
use crate::fluent::FtlResource;
use crate::fluent::directives;
use crate::fluent::pattern::pattern_to_segment;
use crate::fluent::writer::{MessageSpec, message_source};
use crate::model::Segment;
use crate::publish::document::{BlockKind, source_hash};

/// A block read from the source document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceBlock {
    /// Kind.
    pub kind: BlockKind,
    /// List number (per document) for list items.
    pub list: Option<u32>,
    /// Ordered list.
    pub ordered: bool,
    /// List nesting level.
    pub level: u8,
    /// Quote number for blocks inside a block quote.
    pub quote: Option<u32>,
    /// Text with inline markup.
    pub text: String,
    /// Link targets by name.
    pub links: BTreeMap<String, String>,
}

/// Reads a Markdown document.
pub fn parse_markdown(text: &str) -> Vec<SourceBlock> {
    let parser = Parser::new_ext(text, Options::empty());
    let mut blocks = Vec::new();
    let mut current: Option<SourceBlock> = None;
    let mut lists: Vec<(u32, bool)> = Vec::new();
    let mut list_counter = 0u32;
    let mut quote_depth = 0u32;
    let mut quote_counter = 0u32;
    let mut in_item_block = false;
    let new_block = |kind: BlockKind,
                     lists: &[(u32, bool)],
                     quote_depth: u32,
                     quote_counter: u32| SourceBlock {
        kind,
        list: if kind == BlockKind::ListItem {
            lists.last().map(|l| l.0)
        } else {
            None
        },
        ordered: kind == BlockKind::ListItem && lists.last().is_some_and(|l| l.1),
        level: lists.len().max(1) as u8,
        quote: (quote_depth > 0).then_some(quote_counter),
        text: String::new(),
        links: BTreeMap::new(),
    };
    let finish = |current: &mut Option<SourceBlock>, blocks: &mut Vec<SourceBlock>| {
        if let Some(mut b) = current.take() {
            b.text = b.text.trim().to_string();
            if !b.text.is_empty() {
                blocks.push(b);
            }
        }
    };
    for event in parser {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                finish(&mut current, &mut blocks);
                let n = match level {
                    HeadingLevel::H1 => 1,
                    HeadingLevel::H2 => 2,
                    HeadingLevel::H3 => 3,
                    HeadingLevel::H4 => 4,
                    HeadingLevel::H5 => 5,
                    HeadingLevel::H6 => 6,
                };
                current = Some(new_block(
                    BlockKind::Heading(n),
                    &lists,
                    quote_depth,
                    quote_counter,
                ));
            }
            Event::Start(Tag::Paragraph) | Event::Start(Tag::CodeBlock(_)) => {
                match current.as_mut() {
                    // A loose list item: its paragraphs are the item's text.
                    Some(item) if in_item_block => {
                        if !item.text.trim().is_empty() {
                            item.text.push('\n');
                        }
                    }
                    _ => {
                        finish(&mut current, &mut blocks);
                        current = Some(new_block(
                            BlockKind::Paragraph,
                            &lists,
                            quote_depth,
                            quote_counter,
                        ));
                    }
                }
            }
            Event::End(TagEnd::Paragraph)
            | Event::End(TagEnd::Heading(_))
            | Event::End(TagEnd::CodeBlock) => {
                if !in_item_block {
                    finish(&mut current, &mut blocks);
                }
            }
            Event::Start(Tag::List(start)) => {
                finish(&mut current, &mut blocks);
                in_item_block = false;
                list_counter += 1;
                lists.push((list_counter, start.is_some()));
            }
            Event::End(TagEnd::List(_)) => {
                finish(&mut current, &mut blocks);
                lists.pop();
                in_item_block = false;
            }
            Event::Start(Tag::Item) => {
                finish(&mut current, &mut blocks);
                current = Some(new_block(
                    BlockKind::ListItem,
                    &lists,
                    quote_depth,
                    quote_counter,
                ));
                in_item_block = true;
            }
            Event::End(TagEnd::Item) => {
                finish(&mut current, &mut blocks);
                in_item_block = false;
            }
            Event::Start(Tag::BlockQuote(_)) => {
                finish(&mut current, &mut blocks);
                if quote_depth == 0 {
                    quote_counter += 1;
                }
                quote_depth += 1;
            }
            Event::End(TagEnd::BlockQuote(_)) => {
                finish(&mut current, &mut blocks);
                quote_depth = quote_depth.saturating_sub(1);
            }
            other => {
                let block = current.get_or_insert_with(|| {
                    new_block(BlockKind::Paragraph, &lists, quote_depth, quote_counter)
                });
                match other {
                    Event::Text(t) | Event::Html(t) | Event::InlineHtml(t) => {
                        block.text.push_str(&t)
                    }
                    Event::Code(c) => {
                        block.text.push_str("<code>");
                        block.text.push_str(&c);
                        block.text.push_str("</code>");
                    }
                    Event::SoftBreak => block.text.push(' '),
                    Event::HardBreak => block.text.push('\n'),
                    Event::Start(Tag::Emphasis) => block.text.push_str("<em>"),
                    Event::End(TagEnd::Emphasis) => block.text.push_str("</em>"),
                    Event::Start(Tag::Strong) => block.text.push_str("<strong>"),
                    Event::End(TagEnd::Strong) => block.text.push_str("</strong>"),
                    Event::Start(Tag::Link { dest_url, .. }) => {
                        let name = (block.links.len() + 1).to_string();
                        block.links.insert(name.clone(), dest_url.to_string());
                        block
                            .text
                            .push_str(&format!("<a data-l10n-name=\"{name}\">"));
                    }
                    Event::End(TagEnd::Link) => block.text.push_str("</a>"),
                    _ => {}
                }
            }
        }
    }
    finish(&mut current, &mut blocks);
    blocks
}

/// Reads a plain-text document.
pub fn parse_plain_text(text: &str) -> Vec<SourceBlock> {
    let has_blank_lines =
        text.lines().any(|l| l.trim().is_empty()) && text.trim().lines().count() > 1;
    let mut paragraphs: Vec<String> = Vec::new();
    if has_blank_lines {
        let mut current = String::new();
        for line in text.lines() {
            if line.trim().is_empty() {
                if !current.is_empty() {
                    paragraphs.push(std::mem::take(&mut current));
                }
            } else if is_list_line(line).is_some() {
                // List items are blocks of their own even without blank lines.
                if !current.is_empty() {
                    paragraphs.push(std::mem::take(&mut current));
                }
                paragraphs.push(line.trim().to_string());
            } else {
                if !current.is_empty() {
                    current.push(' ');
                }
                current.push_str(line.trim());
            }
        }
        if !current.is_empty() {
            paragraphs.push(current);
        }
    } else {
        paragraphs = text
            .lines()
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty())
            .collect();
    }
    let mut blocks = Vec::new();
    let mut list_counter = 0u32;
    let mut in_list: Option<bool> = None;
    for p in paragraphs {
        match is_list_line(&p) {
            Some((ordered, rest)) => {
                if in_list != Some(ordered) {
                    list_counter += 1;
                    in_list = Some(ordered);
                }
                blocks.push(SourceBlock {
                    kind: BlockKind::ListItem,
                    list: Some(list_counter),
                    ordered,
                    level: 1,
                    quote: None,
                    text: rest.to_string(),
                    links: BTreeMap::new(),
                });
            }
            None => {
                in_list = None;
                blocks.push(SourceBlock {
                    kind: BlockKind::Paragraph,
                    list: None,
                    ordered: false,
                    level: 1,
                    quote: None,
                    text: p,
                    links: BTreeMap::new(),
                });
            }
        }
    }
    blocks
}

/// `Some((ordered, text))` for a list line.
fn is_list_line(line: &str) -> Option<(bool, &str)> {
    let t = line.trim_start();
    for bullet in ["- ", "* ", "• ", "– "] {
        if let Some(rest) = t.strip_prefix(bullet) {
            return Some((false, rest.trim()));
        }
    }
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return None;
    }
    let rest = &t[digits..];
    for sep in [". ", ") ", " – ", " - ", " — "] {
        if let Some(r) = rest.strip_prefix(sep) {
            return Some((true, r.trim()));
        }
    }
    None
}

/// A readable, stable message id from a block's text: the first three
/// words of two letters or more, folded to ASCII (`Selon les données…` →
/// `selon-les-donnees`), prefixed by the block kind when it would not
/// start with a letter.
pub fn slug(kind: BlockKind, text: &str) -> String {
    let plain = crate::publish::markup::strip(text);
    let folded: String = plain
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect::<String>()
        .to_lowercase();
    let words: Vec<String> = folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| w.len() >= 2)
        .take(3)
        .map(str::to_string)
        .collect();
    let mut id = words.join("-");
    if !id.starts_with(|c: char| c.is_ascii_alphabetic()) {
        id = if id.is_empty() {
            kind.as_directive()
        } else {
            format!("{}-{id}", kind.as_directive())
        };
    }
    id
}

/// A message of an existing source file.
#[derive(Debug, Clone)]
struct OldMessage {
    id: String,
    text: String,
    kind: BlockKind,
    /// Comment lines that are not relais directives (translator notes,
    /// suppressions), kept across extractions.
    kept_comments: Vec<String>,
}

fn old_messages(resource: &FtlResource) -> Vec<OldMessage> {
    resource
        .messages()
        .map(|(entry, m)| {
            let lines: Vec<String> = m
                .comment
                .as_ref()
                .map(|c| c.content.clone())
                .unwrap_or_default();
            let d = directives::parse(&lines);
            OldMessage {
                id: entry.id.clone().unwrap_or_default(),
                text: m
                    .value
                    .as_ref()
                    .map(|v| pattern_to_segment(v).display_text())
                    .unwrap_or_default(),
                kind: d
                    .get("block")
                    .and_then(BlockKind::from_directive)
                    .unwrap_or(BlockKind::Paragraph),
                kept_comments: lines
                    .into_iter()
                    .filter(|l| !l.trim().starts_with(directives::PREFIX))
                    .collect(),
            }
        })
        .collect()
}

/// Longest common subsequence of equal texts: pairs (old index, new index).
fn lcs_pairs(old: &[OldMessage], new: &[SourceBlock]) -> Vec<(usize, usize)> {
    let (n, m) = (old.len(), new.len());
    let mut dp = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            dp[i][j] = if old[i].text == new[j].text {
                dp[i + 1][j + 1] + 1
            } else {
                dp[i + 1][j].max(dp[i][j + 1])
            };
        }
    }
    let mut pairs = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        if old[i].text == new[j].text {
            pairs.push((i, j));
            i += 1;
            j += 1;
        } else if dp[i + 1][j] >= dp[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    pairs
}

fn similarity(a: &str, b: &str) -> f64 {
    rapidfuzz::distance::indel::normalized_similarity(a.chars(), b.chars())
}

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

/// Extracts `source` into the Fluent file `target` (merging with what is
/// there), writing it atomically unless `dry_run`.
pub fn extract(
    source: &Path,
    source_rel: &str,
    document: &str,
    target: &Path,
    dry_run: bool,
) -> Result<ExtractReport> {
    let (text, _) = read_text(source)?;
    let is_markdown = source
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| matches!(e.to_ascii_lowercase().as_str(), "md" | "markdown"));
    let blocks = if is_markdown {
        parse_markdown(&text)
    } else {
        parse_plain_text(&text)
    };
    let old = if target.exists() {
        old_messages(&FtlResource::load(target)?)
    } else {
        Vec::new()
    };

    // Align old messages with new blocks.
    let mut assigned: Vec<Option<usize>> = vec![None; blocks.len()];
    let anchors = lcs_pairs(&old, &blocks);
    for (o, n) in &anchors {
        assigned[*n] = Some(*o);
    }
    // Between anchors, edited blocks keep their ids: pair by similarity.
    let mut bounds: Vec<(usize, usize)> = vec![(0, 0)];
    bounds.extend(anchors.iter().map(|(o, n)| (o + 1, n + 1)));
    let mut ends: Vec<(usize, usize)> = anchors.clone();
    ends.push((old.len(), blocks.len()));
    for ((o_start, n_start), (o_end, n_end)) in bounds.into_iter().zip(ends) {
        let mut used_old: HashSet<usize> = HashSet::new();
        for n in n_start..n_end {
            let best = (o_start..o_end)
                .filter(|o| !used_old.contains(o) && old[*o].kind == blocks[n].kind)
                .map(|o| (o, similarity(&old[o].text, &blocks[n].text)))
                .filter(|(_, s)| *s >= 0.5)
                .max_by(|a, b| a.1.partial_cmp(&b.1).unwrap_or(std::cmp::Ordering::Equal));
            if let Some((o, _)) = best {
                used_old.insert(o);
                assigned[n] = Some(o);
            }
        }
    }

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
    let mut out = format!("### relais: document={document} source={source_rel}\n");
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
        let seg = Segment::text(&block.text);
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
        pairs.push(("source-hash", source_hash(&seg)));
        let mut all_comments = vec![directives::format(&pairs)];
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

#[cfg(test)]
mod tests {
    use super::*;

    const MD: &str = "# Titre du *rapport*\n\n*29 octobre 2024*\n\nPremier paragraphe avec un [lien](https://example.org) et `code`.\nSuite du paragraphe.\n\n1. Un\n2. Deux\n   - imbriqué\n\n> « Citation »\n>\n> — Auteur\n";

    #[test]
    fn markdown_blocks_and_markup() {
        let b = parse_markdown(MD);
        let kinds: Vec<_> = b.iter().map(|x| x.kind).collect();
        assert_eq!(
            kinds,
            [
                BlockKind::Heading(1),
                BlockKind::Paragraph,
                BlockKind::Paragraph,
                BlockKind::ListItem,
                BlockKind::ListItem,
                BlockKind::ListItem,
                BlockKind::Paragraph,
                BlockKind::Paragraph
            ]
        );
        assert_eq!(b[0].text, "Titre du <em>rapport</em>");
        assert_eq!(
            b[2].text,
            "Premier paragraphe avec un <a data-l10n-name=\"1\">lien</a> et <code>code</code>. Suite du paragraphe."
        );
        assert_eq!(b[2].links["1"], "https://example.org");
        assert!(b[3].ordered && b[3].list == b[4].list);
        assert_eq!(b[5].level, 2);
        assert!(!b[5].ordered);
        assert_eq!(b[6].quote, Some(1));
        assert_eq!(b[7].quote, Some(1));
    }

    #[test]
    fn plain_text_paragraphs_and_lists() {
        let b = parse_plain_text("Un.\nDeux :\n1 – Identifier,\n2 – Engager,\nFin.\n");
        assert_eq!(b.len(), 5);
        assert_eq!(b[2].kind, BlockKind::ListItem);
        assert_eq!(b[2].text, "Identifier,");
        assert!(b[2].ordered);
        assert_eq!(b[4].kind, BlockKind::Paragraph);
    }

    #[test]
    fn slugs_are_readable() {
        assert_eq!(
            slug(BlockKind::Paragraph, "Selon les données de l’Office"),
            "selon-les-donnees"
        );
        assert_eq!(
            slug(BlockKind::ListItem, "Lutter contre l’intensification et"),
            "lutter-contre-intensification"
        );
        assert_eq!(
            slug(BlockKind::Paragraph, "<em>29 octobre 2024</em>"),
            "p-29-octobre-2024"
        );
        assert_eq!(
            slug(BlockKind::Paragraph, "«\u{a0}La lutte contre"),
            "la-lutte-contre"
        );
        assert_eq!(
            slug(BlockKind::Paragraph, "— Angèle LEFRANC, Chargée"),
            "angele-lefranc-chargee"
        );
    }

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
