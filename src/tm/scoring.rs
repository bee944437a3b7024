//! Match scores and tiers, the way translators know them.
//!
//! | tier | score | when |
//! |---|---|---|
//! | `context` | 101 | exact, and the unit has the query's document context (`DOC:ID`) or previous segment |
//! | `exact` | 100 | identical text (Unicode NFC) and identical inline codes |
//! | `near-exact` | 95–99 | only case, whitespace, punctuation, numbers or inline codes differ |
//! | `fuzzy` | 0–94 | anything else, from word- and character-level edit distance |
//!
//! Texts are compared as their *matching text*: Unicode NFC, each inline
//! code one placeholder. Tokens are words (UAX #29, lowercased), numbers
//! (`40`, `1,000`, `3.5`: all share one token, so a changed number does not
//! cost a word) and inline codes; punctuation is not a token.
//!
//! **Near-exact**: the texts have the same words in the same order and as
//! many numbers and codes. The penalties are fixed, each counted once
//! however often it occurs, summed, and the score floored at 95:
//!
//! | difference | penalty |
//! |---|---|
//! | case of a letter | 1 |
//! | whitespace (added, removed, another kind of space) | 1 |
//! | punctuation or symbols (outside numbers) | 1 |
//! | a number's value or place | 2 |
//! | an inline code's content or place | 1 |
//!
//! (Two texts that differ in none of these ways but are not identical
//! still lose 1.)
//!
//! **Fuzzy**: with `n`, `m` the token counts of the two texts,
//! `Sw = 1 − word_edit_distance / max(n, m)` (Levenshtein over tokens) and
//! `Sc = 1 − char_edit_distance / max(chars)` over the lowercased,
//! whitespace-folded texts (punctuation included):
//!
//! `score = floor(100 × (w × Sw + (1 − w) × Sc))`, capped at 94,
//!
//! where `w = 0.8` when the longer text has 5 tokens or more and `w = 0.5`
//! for short texts, so that one typo in a two-word string is not a 50 %
//! match. Character similarity also breaks ties between equal scores.
//!
//! Every part of the score is symmetric in its two texts and
//! deterministic: `score(a, b) == score(b, a)`.
//!
//! Numbers that differ between the query and a match are listed in the
//! match's [`Diff`], so that a translator fixes them in the translation.

use serde::Serialize;

use crate::model::CODE_MARK;
use crate::tm::text::{self, TokenKind};

/// Match tier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Tier {
    /// Below 95.
    Fuzzy,
    /// 95–99.
    NearExact,
    /// 100.
    Exact,
    /// 101.
    Context,
}

impl Tier {
    /// The tier's name as shown and in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Tier::Fuzzy => "fuzzy",
            Tier::NearExact => "near-exact",
            Tier::Exact => "exact",
            Tier::Context => "context",
        }
    }
}

/// Near-exact penalty for a case difference.
pub const PENALTY_CASE: u32 = 1;
/// Near-exact penalty for a whitespace difference.
pub const PENALTY_WHITESPACE: u32 = 1;
/// Near-exact penalty for a punctuation difference.
pub const PENALTY_PUNCTUATION: u32 = 1;
/// Near-exact penalty for a number difference.
pub const PENALTY_NUMBERS: u32 = 2;
/// Near-exact penalty for an inline-code difference.
pub const PENALTY_CODES: u32 = 1;

/// A text prepared for scoring: computed once per query, or per
/// candidate.
#[derive(Debug, Clone)]
pub struct Prepared {
    /// NFC text with codes as [`CODE_MARK`].
    pub text: String,
    /// Native text of each code, in order.
    pub codes: Vec<String>,
    /// Token keys, hashed.
    pub tokens: Vec<u64>,
    /// Token texts as written (for diffs).
    pub token_texts: Vec<String>,
    /// Which tokens are numbers.
    pub token_kinds: Vec<TokenKind>,
    /// Lowercased, whitespace-folded characters (codes kept as marks).
    folded: Vec<char>,
}

impl Prepared {
    /// Prepares a matching text (codes as [`CODE_MARK`]) and its codes.
    pub fn new(matching_text: &str, codes: Vec<String>) -> Self {
        let text = text::nfc(matching_text).into_owned();
        let toks = text::tokenize(&text);
        let tokens = toks.iter().map(super::text::Token::hash).collect();
        let token_texts = toks.iter().map(|t| t.raw.to_string()).collect();
        let token_kinds = toks.iter().map(|t| t.kind).collect();
        let folded = text::fold_whitespace(&text.to_lowercase())
            .chars()
            .collect();
        Prepared {
            text,
            codes,
            tokens,
            token_texts,
            token_kinds,
            folded,
        }
    }

    /// Prepares plain text without codes.
    pub fn plain(text: &str) -> Self {
        Self::new(text, Vec::new())
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// True when the text has no token.
    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// The numbers of the text, as written.
    pub fn numbers(&self) -> Vec<&str> {
        self.token_texts
            .iter()
            .zip(&self.token_kinds)
            .filter(|(_, k)| **k == TokenKind::Number)
            .map(|(t, _)| t.as_str())
            .collect()
    }
}

/// The weight of the word-level similarity for texts whose longer one has
/// `max_tokens` tokens.
pub fn word_weight(max_tokens: usize) -> f64 {
    if max_tokens >= 5 { 0.8 } else { 0.5 }
}

/// A score with its tier.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Score {
    /// 0–101.
    pub score: u32,
    /// The tier.
    pub tier: Tier,
    /// Character-level similarity (0–1), the tie-breaker.
    pub char_similarity: f64,
}

/// The word tokens (lowercased, hashed) in order: what must be equal for
/// a near-exact match.
fn words(p: &Prepared) -> impl Iterator<Item = u64> + '_ {
    p.tokens
        .iter()
        .zip(&p.token_kinds)
        .filter(|(_, k)| **k == TokenKind::Word)
        .map(|(t, _)| *t)
}

/// Punctuation marks outside numbers, in order.
fn punctuation_outside_numbers(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    for (i, c) in chars.iter().enumerate() {
        if c.is_alphanumeric() || c.is_whitespace() || *c == CODE_MARK {
            continue;
        }
        let between_digits = i > 0
            && i + 1 < chars.len()
            && chars[i - 1].is_numeric()
            && chars[i + 1].is_numeric()
            && matches!(c, '.' | ',' | '\'' | '\u{2019}' | '\u{202F}' | '\u{A0}');
        if !between_digits {
            out.push(*c);
        }
    }
    out
}

/// Whitespace layout: the whitespace runs in order, each kept exactly
/// (a leading or trailing run counts too), so that a moved number or
/// punctuation mark is not also a whitespace difference.
fn whitespace_layout(text: &str) -> Vec<&str> {
    let mut runs = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                runs.push(&text[s..i]);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        runs.push(&text[s..]);
    }
    runs
}

fn kind_count(p: &Prepared, kind: TokenKind) -> usize {
    p.token_kinds.iter().filter(|k| **k == kind).count()
}

/// Where the tokens of a kind are: the number of words before each.
fn places(p: &Prepared, kind: TokenKind) -> Vec<usize> {
    let mut words = 0;
    let mut out = Vec::new();
    for k in &p.token_kinds {
        if *k == TokenKind::Word {
            words += 1;
        } else if *k == kind {
            out.push(words);
        }
    }
    out
}

/// Scores a candidate against a query. `same_context` says whether the
/// candidate has the query's document context or previous segment.
pub fn score(query: &Prepared, candidate: &Prepared, same_context: bool) -> Score {
    let char_similarity = rapidfuzz::distance::levenshtein::normalized_similarity(
        query.folded.iter().copied(),
        candidate.folded.iter().copied(),
    );
    if query.text == candidate.text {
        if query.codes == candidate.codes {
            let tier = if same_context {
                Tier::Context
            } else {
                Tier::Exact
            };
            return Score {
                score: if same_context { 101 } else { 100 },
                tier,
                char_similarity,
            };
        }
        return Score {
            score: 100 - PENALTY_CODES,
            tier: Tier::NearExact,
            char_similarity,
        };
    }
    if words(query).eq(words(candidate))
        && kind_count(query, TokenKind::Number) == kind_count(candidate, TokenKind::Number)
        && kind_count(query, TokenKind::Code) == kind_count(candidate, TokenKind::Code)
    {
        let mut penalty = 0;
        let letters = |t: &str| -> String { t.chars().filter(|c| c.is_alphabetic()).collect() };
        if letters(&query.text) != letters(&candidate.text) {
            penalty += PENALTY_CASE;
        }
        if query.numbers() != candidate.numbers()
            || places(query, TokenKind::Number) != places(candidate, TokenKind::Number)
        {
            penalty += PENALTY_NUMBERS;
        }
        if punctuation_outside_numbers(&query.text) != punctuation_outside_numbers(&candidate.text)
        {
            penalty += PENALTY_PUNCTUATION;
        }
        if whitespace_layout(&query.text) != whitespace_layout(&candidate.text) {
            penalty += PENALTY_WHITESPACE;
        }
        if query.codes != candidate.codes
            || places(query, TokenKind::Code) != places(candidate, TokenKind::Code)
        {
            penalty += PENALTY_CODES;
        }
        if penalty == 0 {
            // Differences the aspects above do not see (e.g. a symbol
            // inside a number): still not identical.
            penalty = 1;
        }
        return Score {
            score: 100u32.saturating_sub(penalty).max(95),
            tier: Tier::NearExact,
            char_similarity,
        };
    }
    let n = query.tokens.len();
    let m = candidate.tokens.len();
    let longest = n.max(m);
    let word_similarity = if longest == 0 {
        1.0
    } else {
        let d = rapidfuzz::distance::levenshtein::distance(
            query.tokens.iter().copied(),
            candidate.tokens.iter().copied(),
        );
        1.0 - crate::num::f64_from_usize(d) / crate::num::f64_from_usize(longest)
    };
    let w = word_weight(longest);
    let raw = w * word_similarity + (1.0 - w) * char_similarity;
    let score = crate::num::floor_u32(raw * 100.0 + 1e-9).min(94);
    Score {
        score,
        tier: Tier::Fuzzy,
        char_similarity,
    }
}

/// One change between a query and a match's source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// `replace`, `insert` (in the match, not in the query) or `delete`
    /// (in the query, not in the match).
    pub op: &'static str,
    /// Words of the query.
    pub query: String,
    /// Words of the match.
    pub tm: String,
}

/// A number that differs between query and match.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NumberChange {
    /// The number in the query.
    pub query: Option<String>,
    /// The number in the match.
    pub tm: Option<String>,
}

/// What differs between a query and a match's source.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Diff {
    /// Word-level changes (equal runs left out).
    pub changes: Vec<Change>,
    /// Numbers that differ, so a translator can fix them in the target.
    pub numbers: Vec<NumberChange>,
}

/// Word-level diff of two prepared texts (tokens as written).
pub fn diff(query: &Prepared, candidate: &Prepared) -> Diff {
    let a = &query.tokens;
    let b = &candidate.tokens;
    // Texts this long are not diffed word by word (quadratic table).
    if a.len() * b.len() > 250_000 {
        return Diff::default();
    }
    let (n, m) = (a.len(), b.len());
    let mut dp = vec![vec![0u32; m + 1]; n + 1];
    for (i, row) in dp.iter_mut().enumerate() {
        row[0] = crate::num::u32_sat(i);
    }
    for (j, cell) in dp[0].iter_mut().enumerate() {
        *cell = crate::num::u32_sat(j);
    }
    for i in 1..=n {
        for j in 1..=m {
            let sub = dp[i - 1][j - 1] + u32::from(a[i - 1] != b[j - 1]);
            dp[i][j] = sub.min(dp[i - 1][j] + 1).min(dp[i][j - 1] + 1);
        }
    }
    // Backtrace into (op, i, j) steps.
    let mut steps = Vec::new();
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        if i > 0 && j > 0 && dp[i][j] == dp[i - 1][j - 1] + u32::from(a[i - 1] != b[j - 1]) {
            steps.push((
                if a[i - 1] == b[j - 1] {
                    "equal"
                } else {
                    "replace"
                },
                Some(i - 1),
                Some(j - 1),
            ));
            i -= 1;
            j -= 1;
        } else if i > 0 && dp[i][j] == dp[i - 1][j] + 1 {
            steps.push(("delete", Some(i - 1), None));
            i -= 1;
        } else {
            steps.push(("insert", None, Some(j - 1)));
            j -= 1;
        }
    }
    steps.reverse();
    let mut out = Diff::default();
    let mut current: Option<Change> = None;
    for (op, qi, ti) in steps {
        let q_num = qi.filter(|&k| query.token_kinds[k] == TokenKind::Number);
        let t_num = ti.filter(|&k| candidate.token_kinds[k] == TokenKind::Number);
        let numbers_differ = match (q_num, t_num) {
            (Some(x), Some(y)) => query.token_texts[x] != candidate.token_texts[y],
            (Some(_), None) | (None, Some(_)) => true,
            (None, None) => false,
        };
        if numbers_differ {
            out.numbers.push(NumberChange {
                query: q_num.map(|k| query.token_texts[k].clone()),
                tm: t_num.map(|k| candidate.token_texts[k].clone()),
            });
        }
        let is_change = op != "equal" || numbers_differ;
        if !is_change {
            if let Some(c) = current.take() {
                out.changes.push(c);
            }
            continue;
        }
        let op = if op == "equal" { "replace" } else { op };
        let q_word = qi.map_or("", |k| query.token_texts[k].as_str());
        let t_word = ti.map_or("", |k| candidate.token_texts[k].as_str());
        match current.as_mut() {
            Some(c) => {
                if c.op != op {
                    c.op = "replace";
                }
                append_word(&mut c.query, q_word);
                append_word(&mut c.tm, t_word);
            }
            None => {
                current = Some(Change {
                    op,
                    query: q_word.to_string(),
                    tm: t_word.to_string(),
                });
            }
        }
    }
    if let Some(c) = current {
        out.changes.push(c);
    }
    out
}

fn append_word(s: &mut String, w: &str) {
    if w.is_empty() {
        return;
    }
    if !s.is_empty() {
        s.push(' ');
    }
    s.push_str(w);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(a: &str, b: &str) -> Score {
        score(&Prepared::plain(a), &Prepared::plain(b), false)
    }

    #[test]
    fn exact_and_context() {
        assert_eq!(s("Le rapport.", "Le rapport.").score, 100);
        assert_eq!(s("Le rapport.", "Le rapport.").tier, Tier::Exact);
        let c = score(&Prepared::plain("Oui"), &Prepared::plain("Oui"), true);
        assert_eq!((c.score, c.tier), (101, Tier::Context));
    }

    #[test]
    fn near_exact_penalties_are_fixed() {
        assert_eq!(s("Le rapport.", "le rapport.").score, 100 - PENALTY_CASE);
        assert_eq!(
            s("Le rapport.", "Le  rapport.").score,
            100 - PENALTY_WHITESPACE
        );
        assert_eq!(
            s("Le rapport.", "Le rapport !").score,
            100 - PENALTY_PUNCTUATION - PENALTY_WHITESPACE
        );
        assert_eq!(
            s("40 % des cas", "50 % des cas").score,
            100 - PENALTY_NUMBERS
        );
        assert_eq!(s("Le rapport.", "le rapport").tier, Tier::NearExact);
        // Everything at once: floored at 95.
        assert_eq!(s("Le  rapport de 2024.", "le rapport de 2025 !").score, 95);
        let with_codes = Prepared::new(&format!("Cliquez {CODE_MARK}ici"), vec!["<b>".into()]);
        let other_codes = Prepared::new(&format!("Cliquez {CODE_MARK}ici"), vec!["<i>".into()]);
        assert_eq!(
            score(&with_codes, &other_codes, false).score,
            100 - PENALTY_CODES
        );
        let no_codes = Prepared::plain("Cliquez ici");
        assert_eq!(score(&with_codes, &no_codes, false).tier, Tier::Fuzzy);
    }

    #[test]
    fn typographic_apostrophes_are_punctuation() {
        let sc = s(
            "L’IA générative aggrave la situation.",
            "L'IA générative aggrave la situation.",
        );
        assert_eq!(
            (sc.score, sc.tier),
            (100 - PENALTY_PUNCTUATION, Tier::NearExact)
        );
    }

    #[test]
    fn numbers_inside_numbers_are_not_punctuation() {
        assert_eq!(s("1,000 cases", "1.000 cases").score, 100 - PENALTY_NUMBERS);
    }

    #[test]
    fn one_word_changed_in_a_sentence_is_a_high_fuzzy() {
        let sc = s(
            "La Fondation publie aujourd'hui un rapport préoccupant sur l'IA.",
            "La Fondation publie aujourd'hui un rapport alarmant sur l'IA.",
        );
        assert_eq!(sc.tier, Tier::Fuzzy);
        assert!((80..95).contains(&sc.score), "{}", sc.score);
    }

    #[test]
    fn short_strings_use_character_similarity() {
        // One typo in two words: word similarity 0.5, characters 0.9.
        let sc = s("Hello world", "Hello wrld");
        assert!(sc.score >= 70, "{}", sc.score);
        assert!(s("Hello world", "Goodbye").score < 30);
    }

    #[test]
    fn scores_are_symmetric() {
        let pairs = [
            ("Je suis content.", "Je suis très content."),
            (
                "Rejoignez-nous dans notre engagement",
                "Rejoignez nous pour notre engagement !",
            ),
            ("a b c d e f", "f e d c b a"),
        ];
        for (a, b) in pairs {
            assert_eq!(s(a, b), s(b, a), "{a} / {b}");
        }
    }

    #[test]
    fn moved_numbers_and_codes_are_near_exact() {
        assert_eq!(
            s("2 pommes et des poires", "pommes et 2 des poires").score,
            100 - PENALTY_NUMBERS
        );
        let bold_word = Prepared::new(
            &format!("Cliquez {CODE_MARK}ici{CODE_MARK} maintenant"),
            vec!["<b>".into(), "</b>".into()],
        );
        let bold_both = Prepared::new(
            &format!("Cliquez {CODE_MARK}ici maintenant{CODE_MARK}"),
            vec!["<b>".into(), "</b>".into()],
        );
        let sc = score(&bold_word, &bold_both, false);
        assert_eq!((sc.score, sc.tier), (100 - PENALTY_CODES, Tier::NearExact));
        // A number where the other text has a code is more than a
        // near-exact difference.
        let code = Prepared::new(&format!("Page {CODE_MARK} sur 10"), vec!["{ $n }".into()]);
        assert_eq!(
            score(&code, &Prepared::plain("Page 3 sur 10"), false).tier,
            Tier::Fuzzy
        );
    }

    #[test]
    fn fuzzy_scores_follow_the_documented_formula() {
        // 8 tokens, one replaced: Sw = 7/8; w = 0.8.
        let (a, b) = (
            "Le rapport identifie trois enjeux majeurs cette année.",
            "Le rapport identifie quatre enjeux majeurs cette année.",
        );
        let pa = Prepared::plain(a);
        let pb = Prepared::plain(b);
        let sc = rapidfuzz::distance::levenshtein::normalized_similarity(
            pa.folded.iter().copied(),
            pb.folded.iter().copied(),
        );
        let expected = crate::num::floor_u32((0.8 * 7.0 / 8.0 + 0.2 * sc) * 100.0 + 1e-9);
        assert_eq!(s(a, b).score, expected);
        // Two tokens, w = 0.5.
        let (a, b) = ("Hello world", "Hello wrld");
        let expected =
            crate::num::floor_u32((0.5 * 0.5 + 0.5 * (1.0f64 - 1.0 / 11.0)) * 100.0 + 1e-9);
        assert_eq!(s(a, b).score, expected);
    }

    #[test]
    fn fuzzy_never_reaches_95() {
        let sc = s(
            "un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf vingt",
            "un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf vingts",
        );
        assert_eq!((sc.score, sc.tier), (94, Tier::Fuzzy));
    }

    proptest::proptest! {
        #[test]
        fn score_is_symmetric(a in text_strategy(), b in text_strategy(), context: bool) {
            let (pa, pb) = (Prepared::plain(&a), Prepared::plain(&b));
            let ab = score(&pa, &pb, context);
            let ba = score(&pb, &pa, context);
            proptest::prop_assert_eq!(ab, ba);
            proptest::prop_assert!(ab.score <= 101);
            proptest::prop_assert_eq!(ab.score >= 100, a == b);
        }
    }

    /// Short texts from a small vocabulary, so that pairs often share words,
    /// numbers, case and punctuation variants.
    fn text_strategy() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let piece = prop_oneof![
            Just("le".to_string()),
            Just("Le".to_string()),
            Just("rapport".to_string()),
            Just("enjeux".to_string()),
            Just("été".to_string()),
            Just("40".to_string()),
            Just("1,5".to_string()),
            Just(",".to_string()),
            Just(" !".to_string()),
            Just("  ".to_string()),
            "[a-zé]{1,6}",
        ];
        proptest::collection::vec(piece, 0..8).prop_map(|p| p.join(" "))
    }

    #[test]
    fn diff_reports_changed_words_and_numbers() {
        let d = diff(
            &Prepared::plain("40 % des affaires ont conduit à des actes"),
            &Prepared::plain("30 % des affaires ont mené à des actes"),
        );
        assert_eq!(
            d.numbers,
            [NumberChange {
                query: Some("40".into()),
                tm: Some("30".into())
            }]
        );
        let ops: Vec<_> = d
            .changes
            .iter()
            .map(|c| (c.query.as_str(), c.tm.as_str()))
            .collect();
        assert_eq!(ops, [("40", "30"), ("conduit", "mené")]);
    }
}
