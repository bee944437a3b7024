//! `relais check`: the localization linter.
//!
//! Compares each target locale's Fluent files with the source locale's and
//! reports findings, each with a stable check id ([`ids`]), a severity
//! (default per check, changed per check and per locale in `relais.toml`),
//! a locale, a file, a line and column, and the message id.
//!
//! * [`scope`]: what one run reads (a project or a Fluent tree) and the
//!   run itself ([`scope::check`]).
//! * [`inputs`]: which files to compare — a relais project (`relais.toml`
//!   documents and layout, plus the CLI's own catalogs under `i18n/`), or
//!   any Fluent tree given as `--files '{locale}/**/*.ftl'`.
//! * [`runner`]: reads and checks the files in parallel, one source file
//!   and its translations at a time (no more parsed files in memory than
//!   threads at work), applies suppressions and sorts the findings by
//!   (locale, file, line, column, check); [`emit`] makes each file's
//!   findings.
//! * The checks: [`parity`] (compare-locales' checks plus `$variable`
//!   references), [`plural`], [`content`] (empty, untranslated, numbers),
//!   [`typography`], and terminology through [`crate::glossary::TermChecker`].
//! * [`suppress`]: `# relais-ignore:` comments and `[[suppress]]`.
//! * [`summary`]: the [`Report`] of a run, with counts per locale.
//! * [`report`]: human, JSON, `JUnit` XML and SARIF output.

pub mod cldr_typography;
pub mod content;
pub mod emit;
pub mod ids;
pub mod inputs;
pub mod message;
pub mod numbers;
pub mod parity;
pub mod plural;
pub mod report;
pub mod runner;
pub mod scope;
pub mod settings;
pub mod summary;
pub mod suppress;
pub mod typography;

pub use inputs::{Plan, SetKind};
pub use runner::{Checker, run};
pub use settings::Settings;
pub use summary::{LocaleSummary, Report, Summary};
