//! How blocks get their ids, and keep them when the source is edited: a
//! readable slug of the block's first words; on re-extraction, unchanged
//! blocks are aligned by text (longest common subsequence) and edited ones
//! by position and similarity between unchanged neighbours.

use std::collections::HashSet;

use unicode_normalization::UnicodeNormalization;

use crate::fluent::FtlResource;
use crate::fluent::directives;
use crate::fluent::pattern::pattern_to_segment;
use crate::model::{BlockKind, SourceBlock};

/// A readable, stable message id from a block's text: the first three
/// words of two letters or more, folded to ASCII (`Selon les données…` →
/// `selon-les-donnees`), prefixed by the block kind when it would not
/// start with a letter or would read as a locale (`En 2024, la…` gives
/// `p-en-2024-la`, not `en-2024-la`).
pub fn slug(kind: BlockKind, text: &str) -> String {
    let plain = crate::publish::markup::strip(text);
    let folded: String = plain
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect::<String>()
        .to_lowercase();
    let words: Vec<String> = folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| w.len() >= 2)
        .take(3)
        .map(str::to_string)
        .collect();
    let mut id = words.join("-");
    if !id.starts_with(|c: char| c.is_ascii_alphabetic()) || reads_as_locale(&words) {
        id = if id.is_empty() {
            kind.as_directive()
        } else {
            format!("{}-{id}", kind.as_directive())
        };
    }
    id
}

/// Whether an id made of `words` would begin like a language tag: a
/// language code followed by a region (`fr-be`, `es-419`) or a variant
/// of digits (`en-2024`).
fn reads_as_locale(words: &[String]) -> bool {
    let [first, second, ..] = words else {
        return false;
    };
    let language = match first.len() {
        2 => isolang::Language::from_639_1(first).is_some(),
        3 => isolang::Language::from_639_3(first).is_some(),
        _ => false,
    };
    let subtag = second.starts_with(|c: char| c.is_ascii_digit())
        || (second.len() == 2 && isolang::Language::from_639_1(second).is_none());
    language && subtag
}

/// A message of an existing source file.
#[derive(Debug, Clone)]
pub(super) struct OldMessage {
    pub(super) id: String,
    pub(super) text: String,
    pub(super) kind: BlockKind,
    /// Comment lines that are not relais directives (translator notes,
    /// suppressions), kept across extractions.
    pub(super) kept_comments: Vec<String>,
}

pub(super) fn old_messages(resource: &FtlResource) -> Vec<OldMessage> {
    resource
        .messages()
        .map(|(entry, m)| {
            let lines: Vec<String> = m
                .comment
                .as_ref()
                .map(|c| c.content.clone())
                .unwrap_or_default();
            let d = directives::parse(&lines);
            OldMessage {
                id: entry.id.clone().unwrap_or_default(),
                text: m
                    .value
                    .as_ref()
                    .map(|v| pattern_to_segment(v).display_text())
                    .unwrap_or_default(),
                kind: d
                    .get("block")
                    .and_then(BlockKind::from_directive)
                    .unwrap_or(BlockKind::Paragraph),
                kept_comments: lines
                    .into_iter()
                    .filter(|l| !l.trim().starts_with(directives::PREFIX))
                    .collect(),
            }
        })
        .collect()
}

/// Longest common subsequence of equal texts: pairs (old index, new index).
pub(super) fn lcs_pairs(old: &[OldMessage], new: &[SourceBlock]) -> Vec<(usize, usize)> {
    let (n, m) = (old.len(), new.len());
    let mut dp = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            dp[i][j] = if old[i].text == new[j].text {
                dp[i + 1][j + 1] + 1
            } else {
                dp[i + 1][j].max(dp[i][j + 1])
            };
        }
    }
    let mut pairs = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        if old[i].text == new[j].text {
            pairs.push((i, j));
            i += 1;
            j += 1;
        } else if dp[i + 1][j] >= dp[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    pairs
}

pub(super) fn similarity(a: &str, b: &str) -> f64 {
    rapidfuzz::distance::indel::normalized_similarity(a.chars(), b.chars())
}

/// The old message each new block takes its id from: blocks whose text is
/// unchanged (aligned as a longest common subsequence), then, between
/// those anchors, edited blocks of the same kind by similarity (at least
/// one half).
pub(super) fn align(old: &[OldMessage], blocks: &[SourceBlock]) -> Vec<Option<usize>> {
    let mut assigned: Vec<Option<usize>> = vec![None; blocks.len()];
    let anchors = lcs_pairs(old, blocks);
    for (o, n) in &anchors {
        assigned[*n] = Some(*o);
    }
    // Between anchors, edited blocks keep their ids: pair by similarity.
    let mut bounds: Vec<(usize, usize)> = vec![(0, 0)];
    bounds.extend(anchors.iter().map(|(o, n)| (o + 1, n + 1)));
    let mut ends: Vec<(usize, usize)> = anchors.clone();
    ends.push((old.len(), blocks.len()));
    for ((o_start, n_start), (o_end, n_end)) in bounds.into_iter().zip(ends) {
        let mut used_old: HashSet<usize> = HashSet::new();
        for n in n_start..n_end {
            let best = (o_start..o_end)
                .filter(|o| !used_old.contains(o) && old[*o].kind == blocks[n].kind)
                .map(|o| (o, similarity(&old[o].text, &blocks[n].text)))
                .filter(|(_, s)| *s >= 0.5)
                .max_by(|a, b| a.1.partial_cmp(&b.1).unwrap_or(std::cmp::Ordering::Equal));
            if let Some((o, _)) = best {
                used_old.insert(o);
                assigned[n] = Some(o);
            }
        }
    }
    assigned
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_readable() {
        assert_eq!(
            slug(BlockKind::Paragraph, "Selon les données de l’Office"),
            "selon-les-donnees"
        );
        assert_eq!(
            slug(BlockKind::ListItem, "Lutter contre l’intensification et"),
            "lutter-contre-intensification"
        );
        assert_eq!(
            slug(BlockKind::Paragraph, "<em>29 octobre 2024</em>"),
            "p-29-octobre-2024"
        );
        assert_eq!(
            slug(BlockKind::Paragraph, "«\u{a0}La lutte contre"),
            "la-lutte-contre"
        );
        assert_eq!(
            slug(BlockKind::Paragraph, "— Angèle LEFRANC, Chargée"),
            "angele-lefranc-chargee"
        );
    }

    #[test]
    fn slugs_never_read_as_a_locale() {
        assert_eq!(
            slug(BlockKind::Paragraph, "En 2024, la Fondation"),
            "p-en-2024-la"
        );
        assert_eq!(
            slug(BlockKind::Heading(2), "De 1990 à 2000"),
            "h2-de-1990-2000"
        );
        assert_eq!(slug(BlockKind::ListItem, "Es 12 Punkte"), "li-es-12-punkte");
        // Ordinary words after a language-like first word stay as they are.
        assert_eq!(
            slug(BlockKind::Paragraph, "La lutte contre"),
            "la-lutte-contre"
        );
        assert_eq!(
            slug(BlockKind::Paragraph, "De la mobilisation"),
            "de-la-mobilisation"
        );
    }
}
