//! XLIFF 1.2 and 2.0 writers for exports to translators' CAT tools.
//!
//! Both stream a document file by file and unit by unit, and write only
//! what the OASIS schemas allow: the 1.2 output validates against
//! `xliff-core-1.2-strict.xsd` (so no extension attributes or elements at
//! all), the 2.0 output against the core schema and the module schemas.
//!
//! | relais | XLIFF 1.2 | XLIFF 2.0 |
//! |---|---|---|
//! | unit id / name | `trans-unit@id` / `@resname` | `unit@id` (must be an XML NMTOKEN) / `@name` |
//! | source, target | `source`, `target` with `xml:lang` | one `segment` (`id="s1"`) |
//! | state | `target@state` (see [`TargetState`]) | `segment@state` (+ `subState="relais:review"`) |
//! | code with native text (`ph`, a Fluent placeable) | `<ph id="1">{ $name }</ph>` | `<ph id="1" dataRef="d1"/>` + `<data id="d1">` |
//! | code without native text | `<x id="1"/>` | `<ph id="1"/>` |
//! | `bpt`/`ept` pair | `<bpt id="2">`/`<ept id="2">` | `<pc>` when well nested, else `<sc>`/`<ec>`, with `dataRefStart`/`dataRefEnd` |
//! | `it` | `<it pos="open"/"close">` | `<sc isolated="yes">` / `<ec isolated="yes">` |
//! | `hi` (highlight) | `<mrk mtype="x-relais-hi">` | `<mrk id="m1">` |
//! | notes | `<note from annotates priority>` | `<notes><note category appliesTo priority>` |
//! | TM matches | `<alt-trans match-quality origin>` | `<mtc:matches><mtc:match ref="#s1" matchQuality origin type="tm">` |
//! | glossary | `<note from="relais-glossary" annotates="source">`, priority 1 when a forbidden term is listed | `<gls:glossary><gls:glossEntry>` with `relais:status` on each `gls:translation` |
//! | not to translate | `trans-unit@translate="no"` | `unit@translate="no"` |
//! | unit metadata (type, value) | `<context-group purpose="information"><context context-type="x-…">` | `<mda:metadata><mda:metaGroup category="relais"><mda:meta type="…">` |
//!
//! In 2.0 the codes of a unit's source and target are written with
//! `canDelete="no"`: they stand for Fluent placeables and markup the
//! translation must keep, and editors that honour the attribute stop a
//! translator from deleting them.
//!
//! A code keeps its inline id between source and target: target codes get
//! the id of the source code with the same kind and native text, so a CAT
//! tool pairs `{ $name }` in both.

mod codes;
mod unit;
mod v12;
mod v20;

#[cfg(test)]
mod tests;

pub use codes::is_nmtoken;
pub use unit::{
    GlossaryEntry, GlossaryStatus, GlossaryTerm, NoteAbout, TargetState, TmMatch, WriteFile,
    WriteNote, WriteUnit,
};
pub use v12::Xliff12Writer;
pub use v20::Xliff20Writer;
