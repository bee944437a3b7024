//! TBX (ISO 30042) termbases: import of every version real tools write,
//! export as TBX-Basic v3.
//!
//! **Import** ([`read_tbx`]) reads, streaming, with line and column in
//! every error:
//! * TBX v2 (ISO 30042:2008): `martif` root, `termEntry` / `langSet` /
//!   `tig` or `ntig`/`termGrp`, as TBX-Basic, LISA samples, SDLX,
//!   Across, translate5, Glossary Converter and Translate Toolkit write
//!   it, also with a `martif` root in the 2019 namespace (Weblate);
//! * TBX v3 (ISO 30042:2019): `tbx` root, `conceptEntry` / `langSec` /
//!   `termSec`, TBX-Basic, TBX-Min and TBX-Core, in DCA style
//!   (`<termNote type="partOfSpeech">`) and DCT style (`<min:partOfSpeech>`);
//! * the pre-standard TBX-Min of 2013 (`<TBX dialect="TBX-Min">`,
//!   `entry` / `langGroup` / `termGroup` / `termStatus`);
//! * in any encoding the XML declaration or a byte-order mark names
//!   (UTF-8 with BOM, UTF-16, windows-1254, …).
//!
//! What is kept: concepts (id, subject field → domain, definition, notes,
//! sources), terms (text, language, status, part of speech, notes,
//! sources) and the `[status=…]`, `[evidence=…]`, `[match=…]` and
//! `[review=…]` note prefixes relais writes. Other data categories
//! (contexts, transactions, cross-references, term types, …) are
//! counted in [`TbxDocument::dropped`] and left out.
//!
//! **Statuses.** `administrativeStatus` (also `normativeAuthorization`,
//! and TBX-Min's `termStatus`) maps to relais statuses:
//!
//! | TBX | relais |
//! |---|---|
//! | `preferredTerm-admn-sts`, `preferred`, `standardizedTerm-admn-sts` | preferred |
//! | `admittedTerm-admn-sts`, `admitted`, `legalTerm-admn-sts`, `regulatedTerm-admn-sts` | admitted |
//! | `deprecatedTerm-admn-sts`, `supersededTerm-admn-sts`, `notRecommended`, `obsolete`, `deprecated` | deprecated |
//! | none | admitted |
//!
//! A note starting with `[status=forbidden]`, `[status=do-not-translate]`
//! (or any relais status) overrides the mapping (terminology.md §6.3); a
//! concept-level `[status=do-not-translate]` note, or Weblate's
//! `Translation needed: No`, makes the concept's preferred and unmarked
//! terms do-not-translate. A TBX value that does not map back to itself
//! (superseded, legal, regulated, standardized) is kept in the note as
//! `[tbx-status=VALUE]`, so an export writes `supersededTerm-admn-sts`
//! again.
//!
//! **Export** ([`write_tbx`]) writes TBX-Basic v3, DCA style, valid
//! against the official core RELAX NG schema and the TBX-Basic dialect
//! rules: relais's five statuses become the four TBX-Basic values plus a
//! note prefix, as terminology.md §6.3 documents:
//!
//! | relais | `administrativeStatus` | note |
//! |---|---|---|
//! | preferred | `preferredTerm-admn-sts` | |
//! | admitted | `admittedTerm-admn-sts` | |
//! | deprecated | `deprecatedTerm-admn-sts` | `[status=deprecated] reason` |
//! | forbidden | `deprecatedTerm-admn-sts` | `[status=forbidden] reason` |
//! | do-not-translate | `preferredTerm-admn-sts` (+ `termType` `acronym` or `fullForm`) | `[status=do-not-translate] reason` |
//!
//! Evidence labels, match directives and reviews travel as
//! `[evidence=A,G]`, `[match=case; forms=a|b]` and `[review=promote=error
//! by=NAME date=…]` prefixes of the same note; source keys as `<admin
//! type="source">`; the bibliography as a `<refObjectSec
//! type="sources">` in `<back>`, one `refObject` per key with `key`,
//! `title` and `url` items.

mod conventions;
mod reader;
mod writer;

pub use conventions::{NOTE_PREFIXES, TBX_NAMESPACE, split_note_prefixes};
pub use reader::{TbxDocument, read_tbx, read_tbx_text};
pub use writer::{ExportReport, TbxExportOptions, export_tbx, write_tbx};
