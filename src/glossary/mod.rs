//! The glossary of sensitive terminology: concepts with per-language
//! terms and statuses, read from diff-friendly TSV files (or TBX), term
//! recognition in real text, and the glossary findings `relais check`,
//! `pretranslate` and the XLIFF export reuse.
//!
//! ```no_run
//! use relais::glossary::Glossary;
//! use relais::lang::LangTag;
//! # fn main() -> relais::Result<()> {
//! let glossary = Glossary::load(&["glossary/terms.tsv".into()])?;
//! let fr = LangTag::parse("fr")?;
//! let en = LangTag::parse("en")?;
//! for m in glossary.find(&fr, "Les contenus pédopornographiques générés par l’IA") {
//!     println!("{} {} {:?}", m.concept, m.status, m.span);
//! }
//! let findings = glossary.verify(&fr, &en, "Les contenus pédopornographiques", "child porn");
//! assert_eq!(findings[0].check, "glossary-forbidden");
//! # Ok(()) }
//! ```
//!
//! * [`termbase`]: [`Glossary`], the loaded glossary with its recognisers
//!   ([`Glossary::find`], [`Glossary::verify`]).
//! * [`tsv`]: `terms.tsv`, `concepts.tsv`, `sources.tsv` (format, checks).
//! * [`normalize`], [`inflect`], [`matcher`]: how terms are recognised
//!   (folding, inflection per language, boundaries, longest match).
//! * [`verify`]: the `glossary-*` findings and their severities.
//! * [`merge`]: merging imported terms into the glossary files;
//!   [`exchange`]: `glossary import` and `glossary export`.
//! * [`pane`]: the term pane of `glossary lookup`; [`diagnostic`]:
//!   glossary findings shown the way rustc shows diagnostics.
//! * [`term_checker`]: the glossary as `relais check`'s source of
//!   terminology findings ([`TermChecker`]).
//!
//! TBX exchange lives in [`crate::formats::tbx`].

pub mod diagnostic;
pub mod exchange;
pub mod inflect;
pub mod matcher;
pub mod merge;
pub mod normalize;
pub mod pane;
pub mod term_checker;
pub mod termbase;
pub mod tsv;
pub mod verify;

pub use matcher::LangMatcher;
pub use term_checker::{TermChecker, TermFinding, TermUnit};
pub use termbase::{DEFAULT_FILE, Glossary, TermMatch, is_tbx};
pub use verify::{Applied, Finding, Side, apply_config};
