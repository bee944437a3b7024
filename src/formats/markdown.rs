//! Markdown source documents: headings, paragraphs, ordered and
//! unordered lists (nested), block quotes; emphasis, strong emphasis,
//! inline code and links are kept as relais's inline markup.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use crate::error::{Error, Location, Result};
use crate::model::{BlockKind, SourceBlock};

/// The deepest nesting of block quotes, lists and inline markup relais
/// reads from Markdown. Real documents nest a few levels; thousands of
/// `>` or `**` would make messages no translator can work with and
/// renderers that recurse on them fragile.
pub const MAX_NESTING: usize = 64;

/// Reads a Markdown document; `path` names it in errors.
pub fn parse_markdown(text: &str, path: &Path) -> Result<Vec<SourceBlock>> {
    let mut reader = Reader::default();
    let mut depth = 0usize;
    for (event, range) in Parser::new_ext(text, Options::empty()).into_offset_iter() {
        match &event {
            Event::Start(_) => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Err(too_deep(text, range.start, path));
                }
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
        reader.event(event);
    }
    reader.finish();
    Ok(reader.blocks)
}

fn too_deep(text: &str, offset: usize, path: &Path) -> Error {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    Error::parse(
        Location::new(
            Some(path),
            crate::num::u64_sat(line),
            crate::num::u64_sat(column),
        ),
        format!(
            "block quotes, lists or emphasis nested more than {MAX_NESTING} deep; \
             relais refuses deeper Markdown"
        ),
    )
}

/// The blocks read so far and where the reader is: the block being read,
/// the enclosing lists (number, ordered) and block quotes.
#[derive(Default)]
struct Reader {
    blocks: Vec<SourceBlock>,
    current: Option<SourceBlock>,
    lists: Vec<(u32, bool)>,
    list_counter: u32,
    quote_depth: u32,
    quote_counter: u32,
    /// Inside a list item, whose paragraphs are the item's text.
    in_item_block: bool,
}

impl Reader {
    fn new_block(&self, kind: BlockKind) -> SourceBlock {
        let item = kind == BlockKind::ListItem;
        SourceBlock {
            kind,
            list: if item {
                self.lists.last().map(|l| l.0)
            } else {
                None
            },
            ordered: item && self.lists.last().is_some_and(|l| l.1),
            level: crate::num::u8_sat(self.lists.len().max(1)),
            quote: (self.quote_depth > 0).then_some(self.quote_counter),
            text: String::new(),
            links: BTreeMap::new(),
            segment: None,
        }
    }

    /// Ends the current block (kept when it has text).
    fn finish(&mut self) {
        if let Some(mut b) = self.current.take() {
            b.text = b.text.trim().to_string();
            if !b.text.is_empty() {
                self.blocks.push(b);
            }
        }
    }

    fn start(&mut self, kind: BlockKind) {
        self.finish();
        self.current = Some(self.new_block(kind));
    }

    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                let n = match level {
                    HeadingLevel::H1 => 1,
                    HeadingLevel::H2 => 2,
                    HeadingLevel::H3 => 3,
                    HeadingLevel::H4 => 4,
                    HeadingLevel::H5 => 5,
                    HeadingLevel::H6 => 6,
                };
                self.start(BlockKind::Heading(n));
            }
            Event::Start(Tag::Paragraph | Tag::CodeBlock(_)) => match self.current.as_mut() {
                // A loose list item: its paragraphs are the item's text.
                Some(item) if self.in_item_block => {
                    if !item.text.trim().is_empty() {
                        item.text.push('\n');
                    }
                }
                _ => self.start(BlockKind::Paragraph),
            },
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::CodeBlock) => {
                if !self.in_item_block {
                    self.finish();
                }
            }
            Event::Start(Tag::List(start)) => {
                self.finish();
                self.in_item_block = false;
                self.list_counter += 1;
                self.lists.push((self.list_counter, start.is_some()));
            }
            Event::End(TagEnd::List(_)) => {
                self.finish();
                self.lists.pop();
                self.in_item_block = false;
            }
            Event::Start(Tag::Item) => {
                self.start(BlockKind::ListItem);
                self.in_item_block = true;
            }
            Event::End(TagEnd::Item) => {
                self.finish();
                self.in_item_block = false;
            }
            Event::Start(Tag::BlockQuote(_)) => {
                self.finish();
                if self.quote_depth == 0 {
                    self.quote_counter += 1;
                }
                self.quote_depth += 1;
            }
            Event::End(TagEnd::BlockQuote(_)) => {
                self.finish();
                self.quote_depth = self.quote_depth.saturating_sub(1);
            }
            inline => {
                if self.current.is_none() {
                    self.current = Some(self.new_block(BlockKind::Paragraph));
                }
                if let Some(block) = self.current.as_mut() {
                    push_inline(block, inline);
                }
            }
        }
    }
}

/// Inline content: text, and relais markup for code, emphasis and links.
fn push_inline(block: &mut SourceBlock, event: Event<'_>) {
    match event {
        Event::Text(t) | Event::Html(t) | Event::InlineHtml(t) => {
            block.text.push_str(&t);
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
            let _ = write!(block.text, "<a data-l10n-name=\"{name}\">");
        }
        Event::End(TagEnd::Link) => block.text.push_str("</a>"),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MD: &str = "# Titre du *rapport*\n\n*29 octobre 2024*\n\nPremier paragraphe avec un [lien](https://example.org) et `code`.\nSuite du paragraphe.\n\n1. Un\n2. Deux\n   - imbriqué\n\n> « Citation »\n>\n> — Auteur\n";

    #[test]
    fn markdown_blocks_and_markup() {
        let b = parse_markdown(MD, Path::new("t.md")).unwrap();
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
    fn nesting_deeper_than_the_limit_is_an_error_with_position() {
        for deep in [
            format!("Intro.\n\n{}x\n", "> ".repeat(10_000)),
            format!("Intro.\n\n{}y\n", "- ".repeat(10_000)),
            format!(
                "Intro.\n\n{}z{}\n",
                "**".repeat(10_000),
                "**".repeat(10_000)
            ),
        ] {
            let err = parse_markdown(&deep, Path::new("deep.md"))
                .unwrap_err()
                .to_string();
            assert!(err.starts_with("deep.md:3:"), "{err}");
            assert!(err.contains("nested more than 64"), "{err}");
        }
        let fine = format!("{}x\n", "> ".repeat(MAX_NESTING - 1));
        assert_eq!(parse_markdown(&fine, Path::new("ok.md")).unwrap().len(), 1);
    }
}
