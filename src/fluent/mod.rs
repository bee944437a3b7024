//! Fluent resources as relais reads, analyses and writes them.
//!
//! * [`resource`]: parsing a `.ftl` file with fluent-syntax, with file,
//!   line and column for every entry and every syntax error, and the byte
//!   span of each entry so a file can be edited entry by entry while every
//!   untouched entry keeps its exact text (comments, layout, blank lines).
//! * [`pattern`]: what a message says — its text with placeables as
//!   protected codes ([`crate::model::Segment`]), its select expressions —
//!   and the canonical FTL source of expressions.
//! * [`references`]: the variables, messages, terms and functions a
//!   pattern refers to (one walk for every caller).
//! * [`writer`]: writing a message (value, attributes, comments) as FTL,
//!   escaping text so it parses back to the same value.
//! * [`directives`]: relais's own comments (`# relais: …`,
//!   `# relais-ignore: …`).
//!
//! Traps handled here (see `../shared/reference/fluent.md`): a BOM is
//! stripped (and reported) before parsing; byte offsets from the parser are
//! turned into lines and columns; adjacent text elements are merged.

pub mod directives;
pub mod parser_input;
pub mod pattern;
pub mod references;
pub mod resource;
pub mod writer;

pub use resource::{EntryKind, FtlEntry, FtlResource, SyntaxError};
