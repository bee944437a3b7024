//! Aho-Corasick automata over the normalised forms of one language's
//! terms, and the boundary rules that turn raw hits into term matches.
//!
//! Each term contributes patterns to one *view* (see
//! [`super::normalize`]): case and diacritics folded by default, case kept
//! for `case` terms, nothing folded for `exact` terms. Terms of one or two
//! words also go into the *joined* twin of their view (spaces and hyphens
//! dropped on both sides), which finds "cyber pédocriminalité" for
//! "cyberpédocriminalité", "Kinder-Pornografie" for "Kinderpornografie"
//! and "childporn" for "child porn". The automata run in overlapping
//! mode, so a long candidate that fails a boundary test never hides a
//! shorter one that passes.
//!
//! Boundaries: a match must start and end at word edges (the neighbouring
//! characters are not letters, digits or combining marks), so "minor" is
//! not found in "minority" nor "child" in "childhood". Apostrophes are not
//! word characters, which makes elided articles transparent: "l’IA",
//! "d’enfants", "dell’infanzia". `compound` terms skip the test and are
//! found inside longer words; deprecated and forbidden one-word terms of
//! German and Dutch are compound by default ("Kinderpornografievorwürfe").
//! Joined-view matches may span at most two joints.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, MatchKind};

use crate::glossary::inflect;
use crate::glossary::normalize::{
    Fold, char_at, char_before, is_hyphen, is_word_char, normalize, normalize_str,
};
use crate::lang::LangTag;
use crate::model::{Status, Term};

/// Shortest joined pattern (in bytes): shorter ones would glue unrelated
/// words together.
const MIN_JOINED_LEN: usize = 6;
/// Most joints (space or hyphen runs) a joined-view match may span.
const MAX_JOINTS: usize = 2;
/// Shortest piece between joints in a joined-view match: "Pedofilów i"
/// must not pass for the form "pedofilowi".
const MIN_PIECE_CHARS: usize = 3;

#[derive(Debug, Clone, Copy)]
struct Owner {
    term: usize,
    check_start: bool,
    check_end: bool,
    inflected: bool,
}

/// The distinct patterns of one view, with the terms each stands for.
#[derive(Default)]
struct PatternSet {
    patterns: Vec<String>,
    ids: HashMap<String, usize>,
    owners: Vec<Vec<Owner>>,
}

struct View {
    fold: Fold,
    automaton: AhoCorasick,
    owners: Vec<Vec<Owner>>,
}

/// A raw match of a term: its index in the glossary and the byte span in
/// the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Hit {
    /// Index of the term.
    pub term: usize,
    /// Start byte in the original text.
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
    /// Whether the hit came from a generated form rather than the term
    /// as written.
    pub inflected: bool,
}

/// The automata of one language.
pub struct LangMatcher {
    views: Vec<View>,
    patterns: usize,
}

impl std::fmt::Debug for LangMatcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LangMatcher")
            .field("views", &self.views.len())
            .field("patterns", &self.patterns)
            .finish()
    }
}

/// Whether a term is matched inside longer words.
pub fn is_compound(term: &Term) -> bool {
    if term.rules.compound {
        return true;
    }
    let lang = term.lang.language();
    matches!(lang, "de" | "nl")
        && term.status.is_avoided()
        && !term.rules.exact
        && !term.text.trim().contains(char::is_whitespace)
        && term.text.chars().count() >= 6
}

/// The view a term's patterns belong to.
fn view_of(term: &Term) -> Fold {
    match (term.rules.exact, term.rules.case_sensitive) {
        (true, true) => Fold::EXACT,
        (true, false) => Fold::ACCENTS,
        (false, true) => Fold::CASE,
        (false, false) => Fold::LOOSE,
    }
}

/// Gives a lowercase generated form the case shape of the term's words
/// (for `case` terms): all-caps words stay all-caps, capitalised words
/// capitalised.
fn recase(original: &str, form: &str) -> String {
    let words: Vec<&str> = original.split(' ').collect();
    let forms: Vec<&str> = form.split(' ').collect();
    if words.len() != forms.len() {
        return form.to_string();
    }
    words
        .iter()
        .zip(forms)
        .map(|(w, f)| {
            let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
            if letters.len() > 1 && letters.iter().all(|c| c.is_uppercase()) {
                f.to_uppercase()
            } else if w.chars().next().is_some_and(char::is_uppercase) {
                let mut cs = f.chars();
                match cs.next() {
                    Some(first) => first.to_uppercase().chain(cs).collect(),
                    None => String::new(),
                }
            } else {
                f.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every pattern of a term: (view, normalised pattern, inflected).
pub fn term_patterns(term: &Term) -> Vec<(Fold, String, bool)> {
    let fold = view_of(term);
    let lang = term.lang.language();
    let inflect = !term.rules.exact && term.status != Status::DoNotTranslate;
    let compound = is_compound(term);
    let mut out: Vec<(Fold, String, bool)> = Vec::new();
    let variants = if inflect {
        inflect::spelling_variants(lang, &term.text)
    } else {
        vec![term.text.clone()]
    };
    for (vi, variant) in variants.iter().enumerate() {
        if inflect {
            let loose = normalize_str(variant, Fold::LOOSE);
            let words: Vec<&str> = loose.split(' ').collect();
            let shaped = normalize_str(variant, fold);
            let head = if lang == "de" {
                let cased = normalize_str(variant, Fold::CASE);
                inflect::german_head(&cased.split(' ').collect::<Vec<_>>())
            } else {
                None
            };
            for (fi, form) in inflect::forms(
                lang,
                &words,
                head,
                term.pos,
                term.status.is_avoided(),
                compound,
            )
            .into_iter()
            .enumerate()
            {
                let pattern = if fold == Fold::LOOSE {
                    form
                } else {
                    recase(&shaped, &form)
                };
                out.push((fold, pattern, vi > 0 || fi > 0));
            }
        } else {
            out.push((fold, normalize_str(variant, fold), vi > 0));
        }
    }
    for extra in &term.rules.forms {
        out.push((fold, normalize_str(extra, fold), true));
    }
    let few_words = normalize_str(&term.text, Fold::LOOSE).split(' ').count() <= 2;
    if few_words {
        let joined: Vec<(Fold, String, bool)> = out
            .iter()
            .filter(|(_, p, _)| p.split(' ').count() <= 2)
            .map(|(f, p, i)| (f.joined(), p.replace(' ', ""), *i))
            .filter(|(_, p, _)| p.len() >= MIN_JOINED_LEN)
            .collect();
        out.extend(joined);
    }
    out.retain(|(_, p, _)| !p.is_empty());
    out
}

impl LangMatcher {
    /// Builds the automata for the terms of `lang` (same primary language)
    /// among `terms`.
    pub fn build(terms: &[Term], lang: &LangTag) -> LangMatcher {
        let mut by_view: HashMap<Fold, PatternSet> = HashMap::new();
        for (index, term) in terms.iter().enumerate() {
            if !term.lang.same_language(lang) {
                continue;
            }
            let compound = is_compound(term);
            for (fold, pattern, inflected) in term_patterns(term) {
                let set = by_view.entry(fold).or_default();
                let first = pattern.chars().next().is_some_and(is_word_char);
                let last = pattern.chars().next_back().is_some_and(is_word_char);
                let id = match set.ids.get(&pattern) {
                    Some(&id) => id,
                    None => {
                        set.ids.insert(pattern.clone(), set.patterns.len());
                        set.patterns.push(pattern);
                        set.owners.push(Vec::new());
                        set.patterns.len() - 1
                    }
                };
                let owner = Owner {
                    term: index,
                    check_start: first && !compound,
                    check_end: last && !compound,
                    inflected,
                };
                let list = &mut set.owners[id];
                match list.iter_mut().find(|o| o.term == index) {
                    // The same pattern from the term itself and from a
                    // form: count it as the term itself.
                    Some(o) => o.inflected &= inflected,
                    None => list.push(owner),
                }
            }
        }
        let mut views = Vec::new();
        let mut count = 0;
        let mut folds: Vec<Fold> = by_view.keys().copied().collect();
        folds.sort();
        for fold in folds {
            let set = by_view.remove(&fold).expect("key exists");
            count += set.patterns.len();
            let automaton = AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .build(&set.patterns)
                .expect("term patterns are plain strings");
            views.push(View {
                fold,
                automaton,
                owners: set.owners,
            });
        }
        LangMatcher {
            views,
            patterns: count,
        }
    }

    /// Number of distinct patterns.
    pub fn pattern_count(&self) -> usize {
        self.patterns
    }

    /// Every hit in `text` that passes the boundary rules, overlapping
    /// hits included, without duplicates.
    pub fn hits(&self, text: &str) -> Vec<Hit> {
        let mut out: Vec<Hit> = Vec::new();
        for view in &self.views {
            let norm = normalize(text, view.fold);
            for m in view.automaton.find_overlapping_iter(&norm.text) {
                if !norm.on_char_edge(m.start()) || !norm.on_char_edge(m.end()) {
                    continue;
                }
                let (start, end) = norm.original_span(m.start(), m.end());
                if view.fold.joined && !joined_span_ok(&text[start..end]) {
                    continue;
                }
                for owner in &view.owners[m.pattern().as_usize()] {
                    if owner.check_start && char_before(text, start).is_some_and(is_word_char) {
                        continue;
                    }
                    if owner.check_end && char_at(text, end).is_some_and(is_word_char) {
                        continue;
                    }
                    out.push(Hit {
                        term: owner.term,
                        start,
                        end,
                        inflected: owner.inflected,
                    });
                }
            }
        }
        // One hit per (term, span), preferring the term as written.
        out.sort_by_key(|h| (h.term, h.start, h.end, h.inflected));
        out.dedup_by_key(|h| (h.term, h.start, h.end));
        out
    }
}

/// Whether a joined-view match is plausible: at most [`MAX_JOINTS`]
/// runs of spaces and hyphens, and no piece between them shorter than
/// [`MIN_PIECE_CHARS`].
fn joined_span_ok(s: &str) -> bool {
    let pieces: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || is_hyphen(c))
        .filter(|p| !p.is_empty())
        .collect();
    pieces.len() <= MAX_JOINTS + 1 && pieces.iter().all(|p| p.chars().count() >= MIN_PIECE_CHARS)
}

/// Keeps the longest hits that do not overlap: longest first, then
/// leftmost. Hits of other terms with exactly the same span as a kept hit
/// are kept too (a homonym shared by two concepts); for one concept, the
/// term as written wins over an inflected form of another. The result is
/// in text order.
pub fn select_longest(mut hits: Vec<Hit>, terms: &[Term]) -> Vec<Hit> {
    hits.sort_by_key(|h| {
        (
            std::cmp::Reverse(h.end - h.start),
            h.start,
            h.inflected,
            h.term,
        )
    });
    let mut kept: Vec<Hit> = Vec::new();
    for h in hits {
        let same_span: Vec<&Hit> = kept
            .iter()
            .filter(|k| k.start == h.start && k.end == h.end)
            .collect();
        if !same_span.is_empty() {
            if same_span
                .iter()
                .all(|k| terms[k.term].concept != terms[h.term].concept)
            {
                kept.push(h);
            }
            continue;
        }
        if kept.iter().all(|k| h.end <= k.start || h.start >= k.end) {
            kept.push(h);
        }
    }
    kept.sort_by_key(|h| (h.start, h.end, h.term));
    kept
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::MatchRules;

    fn term(lang: &str, text: &str, status: Status) -> Term {
        Term::new("C", LangTag::parse(lang).unwrap(), text, status)
    }

    fn found(terms: &[Term], lang: &str, text: &str) -> Vec<String> {
        let m = LangMatcher::build(terms, &LangTag::parse(lang).unwrap());
        select_longest(m.hits(text), terms)
            .iter()
            .map(|h| text[h.start..h.end].to_string())
            .collect()
    }

    #[test]
    fn word_boundaries_block_partial_words() {
        let terms = [
            term("en", "minor", Status::Admitted),
            term("en", "child", Status::Preferred),
        ];
        assert!(found(&terms, "en", "a minority of childhood cases").is_empty());
        assert_eq!(
            found(&terms, "en", "Minors and children"),
            ["Minors", "children"]
        );
    }

    #[test]
    fn longest_match_wins_and_shorter_survive_failed_longer() {
        let terms = [
            term("en", "child porn", Status::Forbidden),
            term("en", "child pornography", Status::Deprecated),
            term("en", "child", Status::Preferred),
        ];
        assert_eq!(
            found(&terms, "en", "child pornography"),
            ["child pornography"]
        );
        // "child porn" fails its end boundary in "child pornographic": only
        // "child" remains.
        assert_eq!(found(&terms, "en", "child pornographic"), ["child"]);
    }

    #[test]
    fn joined_view_finds_space_and_hyphen_variants() {
        let terms = [
            term("fr", "cyberpédocriminalité", Status::Preferred),
            term("en", "cyber-paedocriminality", Status::Forbidden),
        ];
        for text in [
            "la cyberpe\u{301}docriminalite\u{301}",
            "la cyber-pédocriminalité",
            "la cyber pédocriminalité",
            "la Cyberpédocriminalité",
        ] {
            assert_eq!(found(&terms, "fr", text).len(), 1, "{text}");
        }
        for text in [
            "cyber-paedocriminality",
            "cyber paedocriminality",
            "cyberpaedocriminality",
            "cyber–\npaedocriminality",
        ] {
            assert_eq!(found(&terms, "en", text).len(), 1, "{text}");
        }
        // A one-letter word glued to a term is not one of its forms.
        let mut pedofil = term("pl", "pedofil", Status::Deprecated);
        pedofil.rules.compound = true;
        assert_eq!(
            found(&[pedofil], "pl", "Pedofilów i pornografia"),
            ["Pedofilów"]
        );
    }

    #[test]
    fn compound_terms_are_found_inside_words() {
        let terms = [term("de", "Kinderpornografie", Status::Deprecated)];
        assert_eq!(
            found(&terms, "de", "die Kinderpornografievorwürfe"),
            ["Kinderpornografie"]
        );
        assert_eq!(
            found(&terms, "de", "Anti-Kinderpornographie-Gesetz"),
            ["Kinderpornographie"]
        );
        let preferred = [term("de", "Kind", Status::Preferred)];
        assert!(found(&preferred, "de", "Kindergarten").is_empty());
    }

    #[test]
    fn case_sensitive_and_exact_terms() {
        let mut ia = term("fr", "IA", Status::Preferred);
        ia.rules = MatchRules {
            case_sensitive: true,
            ..Default::default()
        };
        let terms = [ia];
        assert_eq!(found(&terms, "fr", "l’IA générative"), ["IA"]);
        assert!(found(&terms, "fr", "il y a").is_empty());
        // `exact`: no inflection, accents as written, case folded.
        let mut exact = term("en", "Office mineurs", Status::Admitted);
        exact.rules.exact = true;
        assert_eq!(
            found(&[exact.clone()], "en", "the Office Mineurs"),
            ["Office Mineurs"]
        );
        assert_eq!(
            found(&[exact.clone()], "en", "the Office\nmineurs"),
            ["Office\nmineurs"]
        );
        assert!(found(&[exact.clone()], "en", "the Office mineur").is_empty());
        let mut accents = term("fr", "pédophile", Status::Deprecated);
        accents.rules.exact = true;
        assert!(found(&[accents.clone()], "fr", "pedophile").is_empty());
        assert_eq!(found(&[accents.clone()], "fr", "PÉDOPHILE"), ["PÉDOPHILE"]);
        // `case; exact`: nothing folded.
        accents.rules.case_sensitive = true;
        assert!(found(&[accents], "fr", "PÉDOPHILE").is_empty());
    }

    #[test]
    fn recasing_follows_the_term() {
        assert_eq!(recase("Kinderporno", "kinderpornos"), "Kinderpornos");
        assert_eq!(recase("OFMIN", "ofmins"), "OFMINS");
        assert_eq!(recase("a b", "c"), "c");
    }
}
