//! What relais writes into TBX beyond the standard's data categories, and
//! reads back: the namespace of TBX 2019 documents and the `[key=value]`
//! prefixes of notes that carry a row's status, evidence, match rules and
//! review; concept ids made from TBX entry ids.

use std::collections::HashSet;

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

/// A concept id from an entry id that is not one.
pub fn concept_id_from(raw: &str) -> String {
    let mut s: String = raw
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '-'
            }
        })
        .collect();
    s = s.trim_matches('-').to_string();
    if !s
        .chars()
        .next()
        .is_some_and(|c| c.is_alphabetic() || c == '_')
    {
        s.insert(0, 'c');
    }
    s
}

/// Makes `id` unique among `used` by appending `-2`, `-3`, ….
pub fn unique(id: String, used: &mut HashSet<String>) -> String {
    if used.insert(id.clone()) {
        return id;
    }
    let mut n = 2;
    loop {
        let candidate = format!("{id}-{n}");
        if used.insert(candidate.clone()) {
            return candidate;
        }
        n += 1;
    }
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
