//! The cost of a bead: how unlikely it is that these source sentences and
//! these target sentences translate each other.
//!
//! A bead's cost is the sum of three terms (lower is better):
//!
//! * a **prior** per bead shape (1-1 cheap, 0-1 and 2-2 dear), as in Gale
//!   and Church;
//! * a **length** term: Gale and Church's normal model of the difference
//!   between the target length and the source length times the document's
//!   length ratio, `−ln P(|δ| ≥ observed)`, weighted by
//!   [`ScoreParams::length_weight`];
//! * a **lexical gain**, subtracted: the weighted count of the tokens of
//!   each side that find a partner on the other side of the bead. A
//!   source token finds one when the target side has the same token
//!   (numbers, names, markup, anchoring punctuation), a cognate (same first
//!   [`ScoreParams::cognate_chars`] letters, diacritics ignored) or one of
//!   its lexicon translations. Tokens are weighted by their rarity in the
//!   document (inverse sentence frequency), so a shared place name or year
//!   counts for much, a shared article for little.
//!
//! The gain is additive over tokens, and every sentence lies in exactly one
//! bead, so the dynamic programme prefers the segmentation in which most
//! tokens find their partners, and merges a sentence into a bead only when
//! its tokens match there.
//!
//! For speed, token matching is done once per *sentence pair* near the
//! diagonal ([`PairTable`]): each pair stores which tokens of each side
//! found a partner, as bit masks, and a bead's gain combines the masks of
//! its sentence pairs with a bitwise or.

use rustc_hash::FxHashMap as HashMap;

use super::lexicon::Lexicon;
use super::tokens::{Token, TokenKind, cognate_key};

/// A bead shape: number of source and target sentences.
pub type Shape = (u8, u8);

/// Parameters of the bead cost. The defaults were tuned on the Text+Berg
/// development set (German–French) and checked on news (NTREX).
#[derive(Debug, Clone)]
pub struct ScoreParams {
    /// Bead shapes with their prior cost (`−ln` of a probability-like
    /// weight). Shapes not listed are never produced.
    pub shapes: Vec<(Shape, f32)>,
    /// Weight of the Gale–Church length term.
    pub length_weight: f32,
    /// Variance of the length difference per character (Gale and Church
    /// found 6.8 on the Canadian Hansard).
    pub length_variance: f32,
    /// Weight of the lexical gain.
    pub lexical_weight: f32,
    /// Cognates share this many first letters (diacritics ignored).
    pub cognate_chars: usize,
    /// Identical words count as a match from this many characters on.
    pub identical_min_chars: usize,
    /// A token found in `idf_norm`-th of the sentences or fewer gets the
    /// full weight 1; more frequent tokens get `ln(N/df)/ln(idf_norm)`.
    pub idf_norm: f32,
    /// Lowest token weight.
    pub min_token_weight: f32,
    /// Factor on the weight of numbers.
    pub number_factor: f32,
    /// Factor on the weight of anchoring punctuation.
    pub punct_factor: f32,
    /// Factor on the weight of a token matched only through a cognate.
    pub cognate_factor: f32,
    /// Cost added per `ln(1 + characters)` of a sentence left without
    /// partner (a long sentence is less likely to be untranslated than a
    /// title or an OCR fragment).
    pub unmatched_length_cost: f32,
}

impl Default for ScoreParams {
    fn default() -> Self {
        ScoreParams {
            shapes: vec![
                ((1, 1), 0.0),
                ((1, 2), 2.0),
                ((2, 1), 2.0),
                ((0, 1), 3.5),
                ((1, 0), 3.0),
                ((2, 2), 5.0),
                ((1, 3), 5.0),
                ((3, 1), 5.0),
            ],
            length_weight: 1.5,
            length_variance: 6.8,
            lexical_weight: 1.0,
            cognate_chars: 5,
            identical_min_chars: 2,
            idf_norm: 50.0,
            min_token_weight: 0.05,
            number_factor: 2.0,
            punct_factor: 0.5,
            cognate_factor: 1.0,
            unmatched_length_cost: 0.0,
        }
    }
}

impl ScoreParams {
    /// Parameters for aligning paragraphs: the sentence parameters, whose
    /// length and lexical terms grow with the text and so weigh more
    /// against the priors on longer units.
    pub fn for_paragraphs() -> ScoreParams {
        ScoreParams::default()
    }
}

/// Per-sentence data of one side, ready for matching.
#[derive(Debug)]
struct Side {
    lengths: Vec<f32>,
    /// Per sentence, per feature (at most 64): weight.
    weights: Vec<Vec<f32>>,
}

/// Everything the scorer needs about both texts, built once per lexicon.
#[derive(Debug)]
pub(crate) struct Prepared {
    source: Side,
    target: Side,
    /// Per source sentence, per feature: the keys it matches.
    source_keys: Vec<Vec<Vec<u32>>>,
    /// Key → (target sentence, feature index), sorted by sentence.
    postings: HashMap<u32, Vec<(u32, u8)>>,
    /// Per source sentence, per feature: whether its keys are unique in
    /// both texts (an anchor candidate).
    source_unique: Vec<Vec<bool>>,
    /// Target characters per source character over the whole text.
    pub ratio: f32,
    params: ScoreParams,
}

const MAX_FEATURES: usize = 64;

/// Distinct tokens of a sentence with the key that identifies them.
fn distinct(tokens: &[Token]) -> Vec<&Token> {
    let mut seen: Vec<&Token> = Vec::with_capacity(tokens.len());
    for t in tokens {
        if !seen.iter().any(|s| s.kind == t.kind && s.text == t.text) {
            seen.push(t);
        }
    }
    seen
}

/// Numbers for token texts, one table per key space.
#[derive(Default)]
struct Interner {
    spaces: [HashMap<String, u32>; 5],
    next: u32,
}

impl Interner {
    fn id(&mut self, space: u8, text: &str) -> u32 {
        let table = &mut self.spaces[space as usize];
        if let Some(&id) = table.get(text) {
            return id;
        }
        let id = self.next;
        self.next += 1;
        table.insert(text.to_string(), id);
        id
    }
    fn get(&self, space: u8, text: &str) -> Option<u32> {
        self.spaces[space as usize].get(text).copied()
    }
}

// Key spaces: identical tokens of each kind, and cognate prefixes.
const SPACE_WORD: u8 = 0;
const SPACE_NUMBER: u8 = 1;
const SPACE_PUNCT: u8 = 2;
const SPACE_MARKUP: u8 = 3;
const SPACE_COGNATE: u8 = 4;

fn space_of(kind: TokenKind) -> u8 {
    match kind {
        TokenKind::Word => SPACE_WORD,
        TokenKind::Number => SPACE_NUMBER,
        TokenKind::Punct => SPACE_PUNCT,
        TokenKind::Markup => SPACE_MARKUP,
    }
}

impl Prepared {
    /// Prepares the tokenized sentences of both sides (`lengths` in
    /// characters) for scoring with `lexicon`.
    pub(crate) fn new(
        source_tokens: &[Vec<Token>],
        source_lengths: &[usize],
        target_tokens: &[Vec<Token>],
        target_lengths: &[usize],
        lexicon: &Lexicon,
        params: &ScoreParams,
    ) -> Prepared {
        let source_distinct: Vec<Vec<&Token>> = source_tokens.iter().map(|t| distinct(t)).collect();
        let target_distinct: Vec<Vec<&Token>> = target_tokens.iter().map(|t| distinct(t)).collect();
        let source_df = document_frequency(&source_distinct);
        let target_df = document_frequency(&target_distinct);

        // Order each sentence's features by weight so that the cap of 64
        // drops the least informative ones.
        let source_feats = by_weight(source_distinct, &source_df, params);
        let target_feats = by_weight(target_distinct, &target_df, params);

        let mut interner = Interner::default();
        // Target side: postings of each feature's keys.
        let mut postings: HashMap<u32, Vec<(u32, u8)>> = HashMap::default();
        for (j, feats) in target_feats.iter().enumerate() {
            for (f, (token, _, _)) in feats.iter().enumerate() {
                for key in target_keys(token, params, &mut interner) {
                    postings.entry(key).or_default().push((j as u32, f as u8));
                }
            }
        }
        // Source side: the keys each feature matches.
        let mut source_keys = Vec::with_capacity(source_feats.len());
        let mut source_unique = Vec::with_capacity(source_feats.len());
        for feats in &source_feats {
            let mut keys_of_sentence = Vec::with_capacity(feats.len());
            let mut unique_of_sentence = Vec::with_capacity(feats.len());
            for (token, _, df) in feats {
                let keys = source_keys_of(token, lexicon, params, &interner);
                let unique = *df == 1
                    && token.kind != TokenKind::Punct
                    && keys
                        .iter()
                        .any(|k| postings.get(k).is_some_and(|p| p.len() == 1));
                keys_of_sentence.push(keys);
                unique_of_sentence.push(unique);
            }
            source_keys.push(keys_of_sentence);
            source_unique.push(unique_of_sentence);
        }

        let source = Side {
            lengths: source_lengths.iter().map(|&l| l as f32).collect(),
            weights: source_feats
                .iter()
                .map(|f| f.iter().map(|x| x.1).collect())
                .collect(),
        };
        let target = Side {
            lengths: target_lengths.iter().map(|&l| l as f32).collect(),
            weights: target_feats
                .iter()
                .map(|f| f.iter().map(|x| x.1).collect())
                .collect(),
        };
        let total_source: f32 = source.lengths.iter().sum();
        let total_target: f32 = target.lengths.iter().sum();
        let ratio = if total_source > 0.0 && total_target > 0.0 {
            total_target / total_source
        } else {
            1.0
        };
        Prepared {
            source,
            target,
            source_keys,
            postings,
            source_unique,
            ratio,
            params: params.clone(),
        }
    }

    /// Source sentence `i` shares a token found nowhere else in either text
    /// with target sentence `j`: candidate anchors in the given ranges.
    pub(crate) fn anchors(
        &self,
        sources: std::ops::Range<usize>,
        targets: std::ops::Range<usize>,
    ) -> Vec<(usize, usize)> {
        let mut anchors = Vec::new();
        for i in sources {
            for (f, keys) in self.source_keys[i].iter().enumerate() {
                if !self.source_unique[i][f] {
                    continue;
                }
                for key in keys {
                    if let Some(p) = self.postings.get(key)
                        && p.len() == 1
                        && targets.contains(&(p[0].0 as usize))
                    {
                        anchors.push((i, p[0].0 as usize));
                    }
                }
            }
        }
        anchors.sort_unstable();
        anchors.dedup();
        anchors
    }

    /// Matches every source sentence of `sources` with the target sentences
    /// of its window (`window(i)` gives a target range).
    pub(crate) fn pair_table(
        &self,
        sources: std::ops::Range<usize>,
        window: impl Fn(usize) -> std::ops::Range<usize>,
    ) -> PairTable {
        let first = sources.start;
        let mut lo = Vec::with_capacity(sources.len());
        let mut offsets = Vec::with_capacity(sources.len() + 1);
        let mut total = 0;
        for i in sources.clone() {
            let w = window(i);
            lo.push(w.start);
            offsets.push(total);
            total += w.len();
        }
        offsets.push(total);
        let mut masks = vec![(0u64, 0u64); total];
        for i in sources {
            let row = i - first;
            let start = lo[row];
            let end = start + offsets[row + 1] - offsets[row];
            if start == end {
                continue;
            }
            let cells = &mut masks[offsets[row]..offsets[row + 1]];
            for (f, keys) in self.source_keys[i].iter().enumerate() {
                for key in keys {
                    let Some(list) = self.postings.get(key) else {
                        continue;
                    };
                    let from = list.partition_point(|&(j, _)| (j as usize) < start);
                    for &(j, tf) in &list[from..] {
                        let j = j as usize;
                        if j >= end {
                            break;
                        }
                        let cell = &mut cells[j - start];
                        cell.0 |= 1 << f;
                        cell.1 |= 1 << tf;
                    }
                }
            }
        }
        PairTable {
            first,
            lo,
            offsets,
            masks,
        }
    }

    /// Cost of the bead made of source sentences `i0..i0+a` and target
    /// sentences `j0..j0+b`.
    pub(crate) fn bead_cost(
        &self,
        pairs: &PairTable,
        i0: usize,
        a: usize,
        j0: usize,
        b: usize,
    ) -> f32 {
        let p = &self.params;
        let prior = p
            .shapes
            .iter()
            .find(|(s, _)| *s == (a as u8, b as u8))
            .map(|x| x.1)
            .unwrap_or(f32::INFINITY);
        let ls: f32 = self.source.lengths[i0..i0 + a].iter().sum();
        let lt: f32 = self.target.lengths[j0..j0 + b].iter().sum();
        if a == 0 || b == 0 {
            return prior + p.unmatched_length_cost * (1.0 + ls + lt).ln();
        }
        let length = p.length_weight * length_cost(ls, lt, self.ratio, p.length_variance);
        let mut gain = 0.0f32;
        for i in i0..i0 + a {
            let mut m = 0u64;
            for j in j0..j0 + b {
                m |= pairs.get(i, j).0;
            }
            gain += weighted_bits(m, &self.source.weights[i]);
        }
        for j in j0..j0 + b {
            let mut m = 0u64;
            for i in i0..i0 + a {
                m |= pairs.get(i, j).1;
            }
            gain += weighted_bits(m, &self.target.weights[j]);
        }
        prior + length - p.lexical_weight * gain
    }
}

/// Each sentence's distinct tokens with weight and document frequency,
/// heaviest first, at most [`MAX_FEATURES`] (the cap drops the least
/// informative ones).
fn by_weight<'t>(
    sentences: Vec<Vec<&'t Token>>,
    df: &HashMap<(TokenKind, &str), u32>,
    params: &ScoreParams,
) -> Vec<Vec<(&'t Token, f32, u32)>> {
    let n = sentences.len();
    sentences
        .into_iter()
        .map(|feats| {
            let mut weighted: Vec<(&Token, f32, u32)> = feats
                .into_iter()
                .map(|t| {
                    let d = df[&(t.kind, t.text.as_str())];
                    (t, token_weight(t.kind, d, n, params), d)
                })
                .collect();
            weighted.sort_by(|a, b| b.1.total_cmp(&a.1));
            weighted.truncate(MAX_FEATURES);
            weighted
        })
        .collect()
}

fn weighted_bits(mut mask: u64, weights: &[f32]) -> f32 {
    let mut sum = 0.0;
    while mask != 0 {
        let bit = mask.trailing_zeros() as usize;
        sum += weights[bit];
        mask &= mask - 1;
    }
    sum
}

fn document_frequency<'t>(sentences: &[Vec<&'t Token>]) -> HashMap<(TokenKind, &'t str), u32> {
    let mut df: HashMap<(TokenKind, &str), u32> = HashMap::default();
    for s in sentences {
        for t in s {
            *df.entry((t.kind, t.text.as_str())).or_default() += 1;
        }
    }
    df
}

fn token_weight(kind: TokenKind, df: u32, n: usize, p: &ScoreParams) -> f32 {
    let idf = ((n.max(1) as f32) / df.max(1) as f32).ln() / p.idf_norm.ln();
    let base = idf.clamp(p.min_token_weight, 1.0);
    match kind {
        TokenKind::Number => base * p.number_factor,
        TokenKind::Punct => base * p.punct_factor,
        TokenKind::Word | TokenKind::Markup => base,
    }
}

fn target_keys(token: &Token, p: &ScoreParams, interner: &mut Interner) -> Vec<u32> {
    let mut keys = vec![interner.id(space_of(token.kind), &token.text)];
    if token.kind == TokenKind::Word
        && let Some(c) = cognate_key(&token.text, p.cognate_chars)
    {
        keys.push(interner.id(SPACE_COGNATE, &c));
    }
    keys
}

fn source_keys_of(
    token: &Token,
    lexicon: &Lexicon,
    p: &ScoreParams,
    interner: &Interner,
) -> Vec<u32> {
    let mut keys = Vec::new();
    let identical_ok =
        token.kind != TokenKind::Word || token.text.chars().count() >= p.identical_min_chars;
    if identical_ok && let Some(id) = interner.get(space_of(token.kind), &token.text) {
        keys.push(id);
    }
    if token.kind == TokenKind::Word {
        if let Some(c) = cognate_key(&token.text, p.cognate_chars)
            && let Some(id) = interner.get(SPACE_COGNATE, &c)
        {
            keys.push(id);
        }
        for (t, _) in lexicon.translations(&token.text) {
            if let Some(id) = interner.get(SPACE_WORD, t)
                && !keys.contains(&id)
            {
                keys.push(id);
            }
        }
    }
    keys
}

/// Gale and Church's length cost: `−ln P(|δ| ≥ |observed δ|)` where δ is
/// the normalised difference between the target length and the source
/// length scaled by the text's ratio.
pub(crate) fn length_cost(ls: f32, lt: f32, ratio: f32, variance: f32) -> f32 {
    let expected_source = lt / ratio;
    let mean = (ls + expected_source) / 2.0;
    if mean <= 0.0 {
        return 0.0;
    }
    let delta = (expected_source - ls) / (variance * mean).sqrt();
    neg_ln_erfc(delta.abs() / std::f32::consts::SQRT_2)
}

/// `−ln erfc(z)` for `z ≥ 0` (Numerical Recipes' Chebyshev fit, relative
/// error below 1.2e-7), computed in log space so that it stays finite for
/// large `z`.
fn neg_ln_erfc(z: f32) -> f32 {
    let z = z as f64;
    let t = 1.0 / (1.0 + 0.5 * z);
    let poly = -z * z - 1.265_512_23
        + t * (1.000_023_68
            + t * (0.374_091_96
                + t * (0.096_784_18
                    + t * (-0.186_288_06
                        + t * (0.278_868_07
                            + t * (-1.135_203_98
                                + t * (1.488_515_87 + t * (-0.822_152_23 + t * 0.170_872_77))))))));
    (-(t.ln() + poly)) as f32
}

/// Token matches of the sentence pairs near the diagonal.
#[derive(Debug)]
pub(crate) struct PairTable {
    first: usize,
    lo: Vec<usize>,
    offsets: Vec<usize>,
    masks: Vec<(u64, u64)>,
}

impl PairTable {
    /// (source tokens matched, target tokens matched) for the pair (i, j);
    /// no match outside the window.
    #[inline]
    pub(crate) fn get(&self, i: usize, j: usize) -> (u64, u64) {
        let row = i - self.first;
        let lo = self.lo[row];
        if j < lo {
            return (0, 0);
        }
        let k = self.offsets[row] + (j - lo);
        if k >= self.offsets[row + 1] {
            return (0, 0);
        }
        self.masks[k]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::tokens::{char_length, tokenize};

    fn prepare(src: &[&str], tgt: &[&str], lexicon: &Lexicon) -> Prepared {
        let st: Vec<_> = src.iter().map(|s| tokenize(s)).collect();
        let tt: Vec<_> = tgt.iter().map(|s| tokenize(s)).collect();
        let sl: Vec<_> = src.iter().map(|s| char_length(s)).collect();
        let tl: Vec<_> = tgt.iter().map(|s| char_length(s)).collect();
        Prepared::new(&st, &sl, &tt, &tl, lexicon, &ScoreParams::default())
    }

    #[test]
    fn erfc_matches_known_values() {
        // erfc(0) = 1, erfc(1) = 0.157299…, erfc(3) = 2.209e-5
        assert!(neg_ln_erfc(0.0).abs() < 1e-5);
        assert!((neg_ln_erfc(1.0) - 1.849_7).abs() < 1e-3);
        assert!((neg_ln_erfc(3.0) - 10.720).abs() < 1e-2);
        assert!(neg_ln_erfc(40.0).is_finite());
    }

    #[test]
    fn length_cost_grows_with_the_difference() {
        let same = length_cost(100.0, 100.0, 1.0, 6.8);
        let near = length_cost(100.0, 110.0, 1.0, 6.8);
        let far = length_cost(100.0, 200.0, 1.0, 6.8);
        assert!(same < 1e-3);
        assert!(same < near && near < far);
    }

    #[test]
    fn shared_numbers_and_lexicon_words_lower_the_cost() {
        let mut lex = Lexicon::new();
        lex.insert("Berg", "montagne", 1.0);
        let p = prepare(
            &["Der Berg ist 4000 m hoch.", "Das Wetter war schlecht."],
            &["Il faisait mauvais.", "La montagne a 4000 m."],
            &lex,
        );
        let pairs = p.pair_table(0..2, |_| 0..2);
        let right = p.bead_cost(&pairs, 0, 1, 1, 1);
        let wrong = p.bead_cost(&pairs, 0, 1, 0, 1);
        assert!(right < wrong, "{right} < {wrong}");
        assert_eq!(p.anchors(0..2, 0..2), [(0, 1)]);
    }

    #[test]
    fn a_merge_pays_its_prior_unless_tokens_match() {
        let p = prepare(
            &["Anna und Peter kamen am 12. Mai in Zermatt an, müde."],
            &[
                "Anna et Peter arrivèrent le 12 mai.",
                "Ils étaient à Zermatt, fatigués.",
            ],
            &Lexicon::new(),
        );
        let pairs = p.pair_table(0..1, |_| 0..2);
        let merged = p.bead_cost(&pairs, 0, 1, 0, 2);
        let first_only = p.bead_cost(&pairs, 0, 1, 0, 1) + p.bead_cost(&pairs, 1, 0, 1, 1);
        assert!(merged < first_only, "{merged} < {first_only}");
    }
}
