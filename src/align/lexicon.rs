//! Bilingual lexicon: which source words translate which target words.
//!
//! The aligner counts a source word as matched in a candidate bead when one
//! of its translations occurs on the other side. A lexicon comes from three
//! places, all merged into one [`Lexicon`]:
//!
//! * the caller (later: the translation memory and the glossary of the
//!   language pair), through [`Lexicon::insert`], [`Lexicon::insert_phrase`]
//!   or [`Lexicon::train`] on the memory's sentence pairs;
//! * self-training: the aligner's first pass yields confident 1-1 beads and
//!   [`Lexicon::train`] learns word pairs from them for the second pass
//!   (hunalign's `-realign` idea), so the aligner gains from lexical cues
//!   even when nobody supplies a lexicon.
//!
//! Training is association by the Dice coefficient over sentence pairs: a
//! pair of words that occur together in the same sentence pair far more
//! often than apart is taken as a translation. It needs no iteration and
//! gives usable pairs from a few hundred sentence pairs (function words
//! and frequent content words); rarer words are left to the cognate and
//! identical-token cues of the scorer.

use std::collections::HashMap;

use rustc_hash::FxHashMap;

use super::tokens::{TokenKind, tokenize};

/// A bilingual word lexicon (source word → target words with a strength
/// in 0..1). Words are stored lower-cased, as the tokenizer gives them.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    entries: HashMap<String, Vec<(String, f32)>>,
}

/// Settings of [`Lexicon::train`].
#[derive(Debug, Clone)]
pub struct TrainOptions {
    /// Minimum number of sentence pairs in which both words occur.
    pub min_count: u32,
    /// Minimum Dice coefficient `2·c(s,t) / (c(s) + c(t))`.
    pub min_dice: f32,
    /// At most this many translations are kept per source word.
    pub max_translations: usize,
    /// Words shorter than this (in characters) are ignored unless they
    /// occur often enough to reach `min_count` anyway; single letters are
    /// always ignored.
    pub min_word_chars: usize,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            min_count: 2,
            min_dice: 0.4,
            max_translations: 3,
            min_word_chars: 2,
        }
    }
}

impl Lexicon {
    /// An empty lexicon.
    pub fn new() -> Self {
        Lexicon::default()
    }

    /// Number of source words with at least one translation.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the lexicon has no entry.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Number of (source word, target word) pairs.
    pub fn pair_count(&self) -> usize {
        self.entries.values().map(Vec::len).sum()
    }

    /// Adds a word pair; `strength` (clamped to 0..1) says how sure the
    /// pair is. Both words are normalised as the tokenizer does (lower
    /// case, NFC). A pair already present keeps the larger strength.
    /// Entries of several words go through [`Lexicon::insert_phrase`].
    pub fn insert(&mut self, source_word: &str, target_word: &str, strength: f32) {
        let source = normalise_words(source_word);
        let target = normalise_words(target_word);
        if source.len() == 1 && target.len() == 1 {
            self.insert_normalised(&source[0], &target[0], strength);
        } else {
            self.insert_phrase(source_word, target_word);
        }
    }

    /// Adds a multi-word pair (a glossary term and its translation). Word
    /// order differs between languages (`child sexual abuse material`,
    /// `matériel d’abus sexuels sur enfants`), so every content word of one
    /// side (three letters or more) is paired with every content word of
    /// the other, at a strength shared out between them.
    pub fn insert_phrase(&mut self, source: &str, target: &str) {
        let content = |words: Vec<String>| -> Vec<String> {
            words
                .into_iter()
                .filter(|w| w.chars().count() >= 3)
                .collect()
        };
        let source = content(normalise_words(source));
        let target = content(normalise_words(target));
        if source.is_empty() || target.is_empty() {
            return;
        }
        let strength = 1.0 / crate::num::f32_from_usize(source.len().max(target.len()));
        for s in &source {
            for t in &target {
                self.insert_normalised(s, t, strength);
            }
        }
    }

    fn insert_normalised(&mut self, source: &str, target: &str, strength: f32) {
        let strength = strength.clamp(0.0, 1.0);
        let list = self.entries.entry(source.to_string()).or_default();
        match list.iter_mut().find(|(t, _)| t == target) {
            Some(entry) => entry.1 = entry.1.max(strength),
            None => list.push((target.to_string(), strength)),
        }
    }

    /// The translations of a (normalised) source word.
    pub fn translations(&self, source_word: &str) -> &[(String, f32)] {
        self.entries.get(source_word).map_or(&[], Vec::as_slice)
    }

    /// All entries, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str, f32)> {
        self.entries
            .iter()
            .flat_map(|(s, ts)| ts.iter().map(move |(t, w)| (s.as_str(), t.as_str(), *w)))
    }

    /// Adds every pair of `other`.
    pub fn extend(&mut self, other: &Lexicon) {
        for (s, t, w) in other.iter() {
            self.insert_normalised(s, t, w);
        }
    }

    /// Learns a lexicon from sentence pairs (translation memory units, or
    /// the confident beads of a first alignment pass) by Dice association
    /// of the words that occur in both sides of the same pairs.
    /// Identical words are left out: the scorer matches them anyway.
    pub fn train<'a, I>(pairs: I, options: &TrainOptions) -> Lexicon
    where
        I: IntoIterator<Item = (&'a str, &'a str)>,
    {
        let mut vocabulary: FxHashMap<String, u32> = FxHashMap::default();
        let mut intern = |w: String| -> u32 {
            let next = crate::num::u32_sat(vocabulary.len());
            *vocabulary.entry(w).or_insert(next)
        };
        let mut source_count: FxHashMap<u32, u32> = FxHashMap::default();
        let mut target_count: FxHashMap<u32, u32> = FxHashMap::default();
        let mut joint: FxHashMap<(u32, u32), u32> = FxHashMap::default();
        for (source, target) in pairs {
            let mut s: Vec<u32> = content_words(source, options)
                .into_iter()
                .map(&mut intern)
                .collect();
            let mut t: Vec<u32> = content_words(target, options)
                .into_iter()
                .map(&mut intern)
                .collect();
            s.sort_unstable();
            s.dedup();
            t.sort_unstable();
            t.dedup();
            for &w in &s {
                *source_count.entry(w).or_default() += 1;
            }
            for &w in &t {
                *target_count.entry(w).or_default() += 1;
            }
            for &ws in &s {
                for &wt in &t {
                    if ws != wt {
                        *joint.entry((ws, wt)).or_default() += 1;
                    }
                }
            }
        }
        let words: FxHashMap<u32, &str> =
            vocabulary.iter().map(|(w, &id)| (id, w.as_str())).collect();
        let mut candidates: FxHashMap<u32, Vec<(u32, f32)>> = FxHashMap::default();
        for (&(s, t), &c) in &joint {
            if c < options.min_count {
                continue;
            }
            let dice = 2.0 * crate::num::f32_from_u32(c)
                / crate::num::f32_from_u32(source_count[&s] + target_count[&t]);
            if dice >= options.min_dice {
                candidates.entry(s).or_default().push((t, dice));
            }
        }
        let mut lexicon = Lexicon::new();
        for (s, mut list) in candidates {
            // Highest Dice first; ties by word so that training is deterministic.
            list.sort_by(|a, b| {
                b.1.total_cmp(&a.1)
                    .then_with(|| words[&a.0].cmp(words[&b.0]))
            });
            list.truncate(options.max_translations);
            for (t, dice) in list {
                lexicon.insert_normalised(words[&s], words[&t], dice);
            }
        }
        lexicon
    }
}

fn normalise_words(text: &str) -> Vec<String> {
    tokenize(text)
        .into_iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.text)
        .collect()
}

fn content_words(text: &str, options: &TrainOptions) -> Vec<String> {
    tokenize(text)
        .into_iter()
        .filter(|t| {
            t.kind == TokenKind::Word && t.text.chars().count() >= options.min_word_chars.max(2)
        })
        .map(|t| t.text)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insert_normalises_case_and_keeps_the_stronger_pair() {
        let mut lex = Lexicon::new();
        lex.insert("Berg", "Montagne", 0.4);
        lex.insert("berg", "montagne", 0.9);
        assert_eq!(lex.translations("berg"), [("montagne".to_string(), 0.9)]);
        assert_eq!(lex.pair_count(), 1);
    }

    #[test]
    fn phrases_pair_content_words() {
        let mut lex = Lexicon::new();
        lex.insert_phrase("child sexual abuse material", "matériel d’abus sexuels");
        let t: Vec<_> = lex
            .translations("abuse")
            .iter()
            .map(|(w, _)| w.as_str())
            .collect();
        assert_eq!(t, ["matériel", "abus", "sexuels"]);
        assert!(lex.translations("d").is_empty());
    }

    #[test]
    fn training_finds_words_that_travel_together() {
        let pairs = [
            ("der Berg ist hoch", "la montagne est haute"),
            ("der Berg ruft", "la montagne appelle"),
            ("ein Tal ist tief", "la vallée est profonde"),
            ("das Tal und der Berg", "la vallée et la montagne"),
        ];
        let lex = Lexicon::train(pairs.iter().copied(), &TrainOptions::default());
        let berg: Vec<_> = lex
            .translations("berg")
            .iter()
            .map(|(w, _)| w.as_str())
            .collect();
        assert_eq!(berg.first(), Some(&"montagne"));
        let tal: Vec<_> = lex
            .translations("tal")
            .iter()
            .map(|(w, _)| w.as_str())
            .collect();
        assert_eq!(tal.first(), Some(&"vallée"));
        // "ist" and "est" occur together twice but "est" never with "ruft".
        assert!(lex.translations("ruft").is_empty());
    }
}
