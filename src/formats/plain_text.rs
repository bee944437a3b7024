//! Plain-text source documents: paragraphs are separated by blank lines
//! (or are single lines when the file has no blank line); lines starting
//! with `- `, `* `, `• ` are list items, with `1. `, `1) ` or `1 – `
//! ordered ones.

use std::collections::BTreeMap;

use crate::model::{BlockKind, SourceBlock};

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
                    segment: None,
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
                    segment: None,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_paragraphs_and_lists() {
        let b = parse_plain_text("Un.\nDeux :\n1 – Identifier,\n2 – Engager,\nFin.\n");
        assert_eq!(b.len(), 5);
        assert_eq!(b[2].kind, BlockKind::ListItem);
        assert_eq!(b[2].text, "Identifier,");
        assert!(b[2].ordered);
        assert_eq!(b[4].kind, BlockKind::Paragraph);
    }
}
