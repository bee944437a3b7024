//! Documents as relais publishes them: a sequence of blocks (headings,
//! paragraphs, list items, possibly in quotes) whose text carries relais's
//! inline markup (`*em*`, `**strong**`, `` `code` ``, `[text](name)`).
//!
//! * [`SourceBlock`]: a block as a document reader gives it (the Markdown
//!   and plain-text readers of `crate::formats`), before it has an id.
//! * [`Block`]: a block of a project's document, as the source locale's
//!   Fluent file records it (`# relais: block=…` directives) and the
//!   renderer lays it out.

use std::collections::BTreeMap;

/// What a block is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// A heading of level 1–6.
    Heading(u8),
    /// A paragraph.
    Paragraph,
    /// A list item.
    ListItem,
}

impl BlockKind {
    /// The directive value (`h1`, `p`, `li`).
    pub fn as_directive(self) -> String {
        match self {
            BlockKind::Heading(n) => format!("h{n}"),
            BlockKind::Paragraph => "p".into(),
            BlockKind::ListItem => "li".into(),
        }
    }

    /// Reads a directive value.
    pub fn from_directive(s: &str) -> Option<BlockKind> {
        match s {
            "p" => Some(BlockKind::Paragraph),
            "li" => Some(BlockKind::ListItem),
            h if h.len() == 2 && h.starts_with('h') => {
                let n = h[1..].parse::<u8>().ok()?;
                (1..=6).contains(&n).then_some(BlockKind::Heading(n))
            }
            _ => None,
        }
    }
}

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
    /// The message value when the reader gives placeables (office
    /// documents); otherwise the value is `text`.
    pub segment: Option<crate::model::Segment>,
}

/// One message of a document, with its structure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// Message id.
    pub id: String,
    /// Kind.
    pub kind: BlockKind,
    /// List id for list items.
    pub list: Option<String>,
    /// Whether the list is ordered.
    pub ordered: bool,
    /// Nesting level of list items (1 = top).
    pub level: u8,
    /// Quote group id, for blocks inside a block quote.
    pub quote: Option<String>,
    /// Link targets by name.
    pub links: BTreeMap<String, String>,
    /// Hash of the source text recorded by `extract`.
    pub hash: Option<String>,
}
