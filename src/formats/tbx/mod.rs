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

mod reader;
mod writer;

pub use reader::{TbxDocument, read_tbx, read_tbx_text};
pub use writer::{ExportReport, TbxExportOptions, export_tbx, write_tbx};

/// The TBX 2019 namespace.
pub const TBX_NAMESPACE: &str = "urn:iso:std:iso:30042:ed-2";

/// Note prefixes relais reads and writes, in writing order.
pub const NOTE_PREFIXES: [&str; 5] = ["status", "tbx-status", "evidence", "match", "review"];

/// Splits the `[key=value]` prefixes relais knows from the start of a
/// note: returns the prefixes and the rest of the text.
pub fn split_note_prefixes(note: &str) -> (Vec<(String, String)>, String) {
    let mut rest = note.trim_start();
    let mut prefixes = Vec::new();
    while let Some(inner) = rest.strip_prefix('[') {
        let Some(close) = inner.find(']') else { break };
        let Some((key, value)) = inner[..close].split_once('=') else {
            break;
        };
        if !NOTE_PREFIXES.contains(&key.trim()) {
            break;
        }
        prefixes.push((key.trim().to_string(), value.trim().to_string()));
        rest = inner[close + 1..].trim_start();
    }
    (prefixes, rest.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn note_prefixes_are_split() {
        let (p, rest) =
            split_note_prefixes("[status=forbidden] [evidence=G] Never use: trivialising.");
        assert_eq!(
            p,
            [
                ("status".to_string(), "forbidden".to_string()),
                ("evidence".to_string(), "G".to_string())
            ]
        );
        assert_eq!(rest, "Never use: trivialising.");
        let (p, rest) = split_note_prefixes("[evidence] EN preferred term");
        assert!(p.is_empty());
        assert_eq!(rest, "[evidence] EN preferred term");
        let (p, _) = split_note_prefixes(
            "[match=case; forms=a|b][review=promote=error by=X Y date=2025-01-01]",
        );
        assert_eq!(p[0].1, "case; forms=a|b");
        assert_eq!(p[1].1, "promote=error by=X Y date=2025-01-01");
    }
}
