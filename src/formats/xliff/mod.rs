//! XLIFF (XML Localisation Interchange File Format): a streaming reader
//! for XLIFF 1.0, 1.1, 1.2 and 2.0 as real tools write it, the translated
//! units it contributes to the TM, and writers for XLIFF 1.2 and 2.0 that
//! validate against the OASIS schemas.
//!
//! * [`reader`]: [`XliffReader`] reads one unit at a time from any
//!   encoding (through [`crate::formats::xml::XmlInput`]), with line and
//!   column on every warning and error; `reader/v1.rs` and `reader/v2.rs`
//!   hold what differs between the versions.
//! * [`document`]: what the reader gives ([`XliffUnit`], [`XliffSegment`],
//!   …) and the namespaces relais recognises.
//! * [`tm_source`]: which segments are translations, and how they become
//!   TM units ([`XliffUnitSource`], used by `relais tm import`).
//! * [`writer`]: [`Xliff12Writer`] and [`Xliff20Writer`] for exports.
//! * `inline`: XLIFF inline elements into relais codes.
//!
//! # What the reader understands
//! XLIFF 1.x: `file` (`original`, `source-language`, `target-language`),
//! nested `group`s (`translate` and `xml:space` are inherited),
//! `trans-unit` (`id`, `resname`, `translate`, `approved`), `source`,
//! `seg-source` with `<mrk mtype="seg">` segmentation (Trados sdlxliff,
//! Across, `MadCap`, `MateCat`), `target` (`state`, `state-qualifier`),
//! `note`, `alt-trans`, `context-group` (its `context` elements as unit
//! properties). Vendor data that decides whether a segment is
//! confirmed is read too: Trados `sdl:seg-defs` (`conf`, `created_by`,
//! `created_on`, `last_modified_by`, `modified_on`) and memoQ `mq:status`
//! with its commit and change timestamps. XLIFF 1.0 files (Passolo) and
//! files without the XLIFF namespace (`MadCap` Lingo) are read as 1.2.
//!
//! XLIFF 2.0: `file` (`id`, `original`), nested `group`s, `unit` (`id`,
//! `name`, `translate`), `notes`, `originalData`/`data`, `segment` (`id`,
//! `state`, `subState`) and `ignorable` (part of the unit, not a segment).
//! Translation candidates (`mtc:matches`) are read like 1.2 `alt-trans`,
//! `mda:metadata` as unit properties; other module and extension elements
//! (`gls:glossary`,
//! `fs:`, `slr:`, vendor namespaces) are skipped. The id constraints of the
//! specification are enforced, because a file that breaks them cannot be
//! mapped back reliably: `file` ids unique in the document, `group` and
//! `unit` ids unique in their `file`, `data` ids unique in their
//! `originalData`, `note` ids unique in their `notes`, segment, ignorable
//! and inline-element ids unique in their unit (target elements repeat
//! their source counterpart's id, so they form their own scope), every
//! `dataRef`/`dataRefStart`/`dataRefEnd` names a `data` of the unit, and
//! every `ec startRef` an `sc` of the unit. A violation is an error with
//! line and column. In XLIFF 1.x, duplicate `trans-unit` ids only warn
//! (Passolo writes them).
//!
//! Elements are recognised by namespace: anything outside the XLIFF
//! namespaces (or no namespace) is an extension and is skipped, wherever it
//! is (`WorldServer` and `OnTram` put their data before `<file>`, memoQ and
//! Trados inside units). Unknown XLIFF elements are skipped with a warning.
//! XML that is not well-formed is an error with line and column: an entity
//! other than the five XML predefines one (`&para;` without a DTD, as
//! IBM `OpenTM2` writes it) is a fatal well-formedness error in XML 1.0, and
//! relais rejects the file rather than guess what the author meant.
//!
//! # Inline markup
//! Every code becomes a protected code of a relais [`Segment`](crate::model::Segment), shaped like
//! TMX inline markup so that matching, display and `tm export` treat it
//! like any code, with the XLIFF markup or the original data kept as its
//! content so nothing is lost:
//!
//! | XLIFF | relais code | content (native text) |
//! |---|---|---|
//! | 1.2 `x`, 2.0 `ph` | `ph` | 2.0: the `data` it refers to; otherwise the element as written (`<x id="1"/>`) |
//! | 1.2 `ph` | `ph` (`assoc` kept) | its content (original code, `sub` flows as TMX `sub`) |
//! | 1.2 `bpt`/`ept`, `bx`/`ex`; 2.0 `sc`/`ec`, `sm`/`em` | `bpt`/`ept` when both ends are in the segment, else `it` (`pos="begin"`/`"end"`) | the original code or its data; the element as written when it has none |
//! | 1.2 `it` | `it` | its content |
//! | 1.2 `g`, `mrk`; 2.0 `pc`, `mrk` | a `bpt` before and an `ept` after their text, which stays translatable text | the start tag as written (`<g id="1" ctype="bold">`) or 2.0 `dataRefStart` data; the end tag or `dataRefEnd` data |
//! | Trados `<mrk mtype="x-sdl-deleted">` | `ph` | the whole element: deleted text is not part of the translation |
//! | 2.0 `cp` | text | — (a character XML cannot hold, such as U+0001, stays a `ph` with `<cp hex="…"/>`) |
//! | any other element | `ph` (with a warning) | the element as written |
//!
//! `bpt`/`ept` pairs are numbered `i="1"`, `i="2"`, … per segment; a
//! numeric XLIFF `id` is kept as TMX `x`, `ctype` (1.2) or `subType` (2.0)
//! as `type`. Other attributes of codes that carry original data (`crc`,
//! `xid`, `equiv-text`, 2.0 `canCopy`, …) are not kept.
//!
//! Whitespace: with `xml:space="default"` (the default, inherited from any
//! enclosing element), runs of spaces, tabs and newlines collapse to one
//! space and each segment is trimmed; with `xml:space="preserve"` text is
//! kept exactly.

pub mod document;
mod inline;
pub mod reader;
pub mod tm_source;
pub mod writer;

pub use document::{
    AltTrans, NS_GLS, NS_MDA, NS_MQ, NS_MTC, NS_RELAIS, NS_SDL, NS_XLIFF_12, NS_XLIFF_20, NS_XML,
    UnitMeta, XliffFile, XliffSegment, XliffUnit, XliffVersion, to_tmx_date,
};
pub use inline::has_text;
pub use reader::XliffReader;
pub use tm_source::{SkipReason, Verdict, XliffImportOptions, XliffUnitSource, verdict};
pub use writer::{
    GlossaryEntry, GlossaryStatus, GlossaryTerm, NoteAbout, TargetState, TmMatch, WriteFile,
    WriteNote, WriteUnit, Xliff12Writer, Xliff20Writer,
};
