//! relais: translation memory, terminology and Fluent publication for
//! sensitive multilingual content.
//!
//! The library holds everything; the `relais` binary only parses the
//! command line and calls [`cli::run`].
//!
//! * [`align`]: alignment of a text with its translation (paragraphs,
//!   sentences, beads with a confidence score).
//! * [`tm`]: the sled-backed translation memory (exact, fuzzy and
//!   concordance search; TMX and TSV exchange).
//! * [`glossary`]: the glossary of sensitive terminology (TSV files,
//!   term recognition, glossary findings).
//! * [`formats`]: readers and writers for the exchange formats (TMX,
//!   TBX, TSV).
//! * [`lang`]: language tags, negotiation, plural categories.
//! * [`project`]: `relais.toml` and the project layout.
//! * [`check`]: `relais check`, the localization linter.
//! * [`cli`]: the subcommands.

pub mod align;
pub mod check;
pub mod cli;
pub mod error;
pub mod files;
pub mod fluent;
pub mod formats;
pub mod glossary;
pub mod i18n;
pub mod lang;
pub mod project;
pub mod publish;
pub mod tm;

pub use error::{Error, Result};
