//! relais: translation memory, terminology and Fluent publication for
//! sensitive multilingual content. The library holds everything; the
//! `relais` binary only calls [`cli::main_entry`].
//!
//! # Module map
//!
//! The data flows top-down: a folder uses only the folders of the layers
//! below it (and, within the operations layer, `publish` uses `check`,
//! never the reverse). No two files import each other. The test
//! `tests/integration/layering.rs` holds the code to this map.
//!
//! | layer | folder | owns | may use |
//! |---|---|---|---|
//! | commands | [`cli`] | argument parsing, printing, exit codes; one file per command, each calling one library function; `ctx` (project, TM, glossary as every command opens them), `output`, `errors`, `help` and `usage` (help and clap's errors in the user's language), `args` | everything below |
//! | operations | [`publish`] | what `extract`, `pretranslate`, `sync`, `build` (TM `fill`, check `gate`, publication, office documents, status page), `status`, `review`, `align` and the XLIFF round trip do, end to end; documents and their rendering | `check` and everything below |
//! | | [`check`] | `relais check`: which files (`inputs`, `scope`), the checks (`parity`, `plural`, `content`, `numbers`, `typography`, terms through the glossary), suppressions, the report and its formats | domain, formats, ground |
//! | domain | [`tm`] | the sled store (`store`), tokens and postings, scoring, `lookup`, `concordance`, `exchange` (`tm import` / `export`) | formats, ground |
//! | | [`glossary`] | the loaded glossary (`termbase`), TSV files, recognition (`normalize`, `inflect`, `matcher`), findings (`verify`, `term_checker`), merge, import/export, term pane | formats, ground |
//! | | [`align`] | sentence segmentation and the alignment of a text with its translation (paragraphs, then sentences; beads with a confidence score) | ground (`error`) |
//! | | [`fluent`] | Fluent resources with positions, patterns as segments, references, the writer, `# relais:` directives | ground |
//! | formats | [`formats`] | reading and writing files: the XML layer, TMX, TBX, XLIFF, TSV, Markdown and plain-text source documents, and the DOCX, ODT and HTML filters (`office`) | ground only |
//! | ground | [`model`] | the shared types: segments and codes, TM units and headers, glossary concepts and terms, document blocks, findings and severities | `error`, `lang` |
//! | | [`lang`], [`error`], [`files`], [`lock`], [`num`], [`json`], [`style`], [`sys`], [`i18n`], [`project`] | language tags and plurals; the error type; atomic writes and encodings; the project and TM locks; number conversions; JSON documents; terminal styles; freed memory back to the system; the CLI's own messages; `relais.toml` | each other, bottom-up |
//!
//! Where to start: a command's file in `cli/` names the library function
//! it calls; that function's module doc says what it does and why.

pub mod align;
pub mod check;
pub mod cli;
pub mod error;
pub mod files;
pub mod fluent;
pub mod formats;
pub mod glossary;
pub mod i18n;
pub mod json;
pub mod lang;
pub mod lock;
pub mod model;
pub mod num;
pub mod project;
pub mod publish;
pub mod style;
pub mod sys;
pub mod tm;

pub use error::{Error, Result};
