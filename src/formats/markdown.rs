//! Markdown source documents: headings, paragraphs, ordered and
//! unordered lists (nested), block quotes; emphasis, strong emphasis,
//! inline code and links are kept as relais's inline markup.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use crate::model::{BlockKind, SourceBlock};

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
        level: crate::num::u8_sat(lists.len().max(1)),
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
            Event::Start(Tag::Paragraph | Tag::CodeBlock(_)) => {
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
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::CodeBlock) => {
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
        }
    }
    finish(&mut current, &mut blocks);
    blocks
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
}
