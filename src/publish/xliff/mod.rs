//! XLIFF round trip with translators' CAT tools: `relais xliff export`
//! writes a locale's translation work as XLIFF 1.2 or 2.0, `relais xliff
//! import` takes the translator's file back into `locales/<locale>/`.
//!
//! * [`units`]: what a translator gets — the units, their ids, their
//!   source and the current translation.
//! * [`export`]: the XLIFF document, with TM matches, glossary terms and
//!   notes.
//! * [`plan`] (`relais xliff import`): validation, mapping back,
//!   rebuilding Fluent messages, the edits to the translation files and
//!   the TM units.
//!
//! # Units and ids
//! One `<file>` per document. One unit per message value and one per
//! attribute, whose id names the document, the message and the attribute:
//!
//! | piece | XLIFF 1.2 `trans-unit@id` | XLIFF 2.0 `unit@id` |
//! |---|---|---|
//! | value of `inbox` in document `notices` | `notices#inbox` | `notices:inbox` |
//! | attribute `.title` | `notices#inbox.title` | `notices:inbox.title` |
//! | plural form `few` | `notices#inbox#few` | `notices:inbox:few` |
//! | number key `[0]` of the source | `notices#inbox#0` | `notices:inbox:0` |
//!
//! XLIFF 2.0 ids must be XML NMTOKENs, which exclude `#`; `:` takes its
//! place. Since document names, message ids and attribute names contain
//! neither `#`, `:` nor `.`, each id reads back to exactly one piece. In
//! both versions `resname` (1.2) / `name` (2.0) holds the `#` form.
//!
//! # Select expressions
//! A *plural* select (the pattern's only select, at its top level, keys
//! that are CLDR categories or numbers) becomes one unit per plural
//! category of the target language, plus one per number key of the
//! source. Each unit is the whole sentence: the text around the select
//! with the select replaced by the nearest source variant (the variant
//! with the same key, else the default). On import the forms are written
//! back as one select over the whole pattern (`{ $count -> [one] … *[other]
//! … }`, number keys first, `other` the default). The placeables of the
//! selector's own variable (`{ $count }`) may appear in any form or be left
//! out, since languages differ in which forms show the number; every other
//! code belongs to its form. A translation is written back only when every
//! form has one (from the file or already in the locale).
//!
//! Every other select (on a gender or a term attribute, nested, several in
//! one pattern, or a translation that uses one where the source has none)
//! stays in Fluent: its unit has `translate="no"`, shows the source and the
//! current translation, and carries a note saying to edit the `.ftl` file.
//!
//! # States
//!
//! | relais | XLIFF 1.2 `target@state` | XLIFF 2.0 `segment` |
//! |---|---|---|
//! | no translation | no `<target>` | `state="initial"`, no `<target>` |
//! | translated | `translated` | `state="translated"` |
//! | marked `# relais: review …` | `needs-review-translation` | `state="translated" subState="relais:review"` |
//!
//! On import, 1.2 `translated`, `signed-off`, `final` or `approved="yes"`,
//! 2.0 `translated`, `reviewed`, `final`, and a target without any state
//! are translations; 1.2 `needs-review-*` and 2.0 `subState="relais:review"`
//! are translations to review (written with the review mark); 1.2 `new`,
//! `needs-translation`, `needs-adaptation`, `needs-l10n` and 2.0 `initial`
//! are drafts, not applied. Trados `conf` and memoQ `mq:status` decide when
//! there is no `state`, as in `relais tm import`.
//!
//! # Inline codes
//! Fluent placeables and relais markup are protected codes with their
//! text kept: 1.2 `<ph ctype="x-fluent">{ $count }</ph>` and
//! `<bpt ctype="x-relais-markup">&lt;em&gt;</bpt>…<ept>`, 2.0 `<ph
//! dataRef>`/`<pc dataRefStart dataRefEnd>` with `originalData`
//! (`canDelete="no"`). On import a code is recognised by its original text
//! (or, when a tool replaced it, by its id in the unit's source) and
//! rebuilt from the current source, so whatever a tool does to the
//! markup, the message gets the project's own placeables back.
//! Annotations a tool adds (`<mrk>`) are dropped, their text kept.
//!
//! # Stale units
//! Each unit records the hash of its source text (1.2 `<context-group
//! purpose="information"><context context-type="x-relais-source-hash">`, 2.0
//! `<mda:meta type="x-relais-source-hash">`). A unit whose current source
//! has another hash (or, when a tool dropped the metadata, whose `<source>`
//! differs from the current source) is stale: not applied, reported.

pub mod export;
pub mod plan;
pub mod units;

pub use export::{ExportOptions, ExportReport, XliffFormat, export};
pub use plan::{ImportReport, Plan, import, plan};
pub use units::{DocumentUnits, UnitKey, UnitKind};
