//! `relais extract`: a source document (Markdown, plain text, DOCX, ODT or
//! HTML) into the
//! source locale's Fluent file, one message per block.
//!
//! * Markdown: headings, paragraphs, ordered and unordered lists (nested),
//!   block quotes; emphasis, strong emphasis, inline code and links are
//!   kept as markup (see [`crate::publish::markup`]); the structure goes into
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

//!
//! * [`ids`]: block ids and how they survive edits.
//! * [`run`]: one document's extraction.
//!
//! The readers of source documents are in `crate::formats`
//! ([`markdown`](crate::formats::markdown),
//! [`plain_text`](crate::formats::plain_text)); they give
//! [`SourceBlock`](crate::model::SourceBlock)s.

pub mod ids;
pub mod run;

pub use ids::slug;
pub use run::{
    ChangedMessage, ExtractReport, ReadOptions, SourceFormat, extract, extract_document,
    extract_with, read_blocks,
};
