//! The publication pipeline, from a source document to published pages:
//!
//! ```text
//! source.md ──extract──► locales/<src>/<doc>.ftl ──pretranslate──► locales/<lang>/<doc>.ftl
//!                                  │                    (TM matches, glossary hints)
//!                                  └──────── sync ──► TM ◄── reviewed translations
//! build ──► dist/<lang>/<doc>.html, .md, dist/index.html
//! ```
//!
//! * [`align`]: `relais align`, a document and its translation into
//!   sentence pairs.
//! * [`extract`]: Markdown or plain text into the source Fluent file.
//! * [`document`]: a document's structure as the source file records it.
//! * [`target`]: translation files and review marks; [`review`]: `review
//!   accept`.
//! * [`pretranslate`], [`sync`], [`build`], [`render`]: the commands.
//! * [`fill`]: the TM filled from the tracked files (`build`, a rebuilt
//!   TM).
//! * [`memories`]: what `tm import` and `tm add` record so the TM can be
//!   rebuilt.
//! * [`repair`]: a new TM in place of a damaged one (`tm repair`).
//! * [`gate`]: the check findings that keep a locale from publication.
//! * [`term_flags`]: the avoided glossary terms flagged on TM units.
//! * [`status`]: progress per locale, as a table, JSON or an HTML page.
//! * [`markup`]: the inline markup kept in message text.
//! * [`notices`]: notices printed on published pages, in their language.
//! * [`xliff`]: the round trip with translators' CAT tools (`relais xliff
//!   export` / `import`).

pub mod align;
pub mod build;
pub mod document;
pub mod extract;
pub mod fill;
pub mod gate;
pub mod hints;
pub mod markup;
pub mod memories;
pub mod notices;
pub mod pretranslate;
pub mod render;
pub mod repair;
pub mod review;
pub mod status;
pub mod sync;
pub mod target;
pub mod term_flags;
pub mod xliff;
