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
//! * a **lexical gain**, subtracted: for every token of the bead, the
//!   log-likelihood ratio of what is seen (the token finds a partner on the
//!   other side, or not) under "this bead is a translation" against "these
//!   sentences were drawn at random". A source token finds a partner when
//!   the target side has the same token (numbers, names, markup, anchoring
//!   punctuation), a cognate (same first [`ScoreParams::cognate_chars`]
//!   letters, diacritics ignored) or one of its lexicon translations.
//!
//! The ratio comes from document counts: a token held by `df` sentences of
//! its side whose partners appear in `pdf` of the `N` sentences of the
//! other side finds one in a true translation with probability
//! `α · min(1, pdf / df)` ([`ScoreParams::likelihood_alpha`]), and in `r`
//! random sentences with probability `1 − (1 − pdf/N)^r`. So a shared rare
//! name or year counts for much, a shared frequent word for little, a
//! missing partner of a reliable token counts against the bead, and the
//! chance matches that any larger bead collects are discounted. Tokens
//! that never find partners anywhere say nothing either way.
//!
//! Every sentence lies in exactly one bead, so the dynamic programme
//! prefers the segmentation in which the most informative tokens find
//! their partners, and merges a sentence into a bead only when its tokens
//! match there.
//!
//! For speed, token matching is done once per *sentence pair* near the
//! diagonal (`PairTable`): each pair stores which tokens of each side
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
    /// Cost added per `ln(1 + characters)` of a sentence left without
    /// partner (a long sentence is less likely to be untranslated than a
    /// title or an OCR fragment).
    pub unmatched_length_cost: f32,
    /// Probability that a token whose partners are as frequent as itself
    /// finds one in a true translation.
    pub likelihood_alpha: f32,
    /// Cap on the gain (and loss) of one token.
    pub max_token_gain: f32,
    /// Sentences without partner added to the other side when estimating
    /// the chance of a random match, so that in a text of three sentences
    /// a shared name is not taken for chance.
    pub chance_prior_sentences: f32,
}

impl Default for ScoreParams {
    fn default() -> Self {
        ScoreParams {
            shapes: vec![
                ((1, 1), 0.0),
                ((1, 2), 2.0),
                ((2, 1), 2.0),
                ((0, 1), 3.5),
                ((1, 0), 5.0),
                ((2, 2), 5.0),
                ((1, 3), 5.0),
                ((3, 1), 5.0),
            ],
            length_weight: 1.5,
            length_variance: 6.8,
            lexical_weight: 0.6,
            cognate_chars: 5,
            identical_min_chars: 2,
            unmatched_length_cost: 0.0,
            likelihood_alpha: 0.5,
            max_token_gain: 5.0,
            chance_prior_sentences: 20.0,
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
    /// Per sentence, per feature (at most 64), the gain of a match minus
    /// the gain of a miss, for 1, 2 or 3 sentences on the other side.
    match_gain: Vec<Vec<[f32; 3]>>,
    /// Per sentence, the sum of the miss gains of its features, for 1, 2
    /// or 3 sentences on the other side.
    miss_gain: Vec<[f32; 3]>,
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

impl Side {
    fn new(
        lengths: &[usize],
        feats: &[Vec<(&Token, f32, u32)>],
        partners: &[Vec<u32>],
        other_count: usize,
        params: &ScoreParams,
    ) -> Side {
        let mut match_gain = Vec::with_capacity(feats.len());
        let mut miss_gain = Vec::with_capacity(feats.len());
        for (sentence, counts) in feats.iter().zip(partners) {
            let mut row = Vec::with_capacity(sentence.len());
            let mut misses = [0.0f32; 3];
            for ((_, _, df), &partner_df) in sentence.iter().zip(counts) {
                let g = likelihood_gains(*df, partner_df, other_count, params);
                let mut diff = [0.0f32; 3];
                for r in 0..3 {
                    misses[r] += g[r].1;
                    diff[r] = g[r].0 - g[r].1;
                }
                row.push(diff);
            }
            match_gain.push(row);
            miss_gain.push(misses);
        }
        Side {
            lengths: lengths
                .iter()
                .map(|&l| crate::num::f32_from_usize(l))
                .collect(),
            match_gain,
            miss_gain,
        }
    }

    /// Lexical gain of sentence `k` with `mask` of its features matched
    /// among `others` sentences of the other side.
    #[inline]
    fn gain(&self, k: usize, mut mask: u64, others: usize) -> f32 {
        let r = others.clamp(1, 3) - 1;
        let mut sum = self.miss_gain[k][r];
        while mask != 0 {
            let bit = mask.trailing_zeros() as usize;
            sum += self.match_gain[k][bit][r];
            mask &= mask - 1;
        }
        sum
    }
}

/// Log-likelihood ratios of a token that finds (first) or does not find
/// (second) a partner in a bead with 1, 2 or 3 sentences on the other
/// side: a true translation versus sentences drawn at random.
///
/// `df` is the number of sentences of its own side holding the token,
/// `partner_df` the number of sentences of the other side holding a
/// partner, out of `other_count`. A true translation holds a partner with
/// probability `α · min(1, partner_df / df)`; a random sentence with
/// probability `partner_df / (other_count + κ)`, where `κ`
/// ([`ScoreParams::chance_prior_sentences`]) matters only for short texts.
fn likelihood_gains(
    df: u32,
    partner_df: u32,
    other_count: usize,
    p: &ScoreParams,
) -> [(f32, f32); 3] {
    let mut out = [(0.0, 0.0); 3];
    if partner_df == 0 || other_count == 0 {
        return out;
    }
    let translated = p.likelihood_alpha
        * (crate::num::f32_from_u32(partner_df) / crate::num::f32_from_u32(df.max(1))).min(1.0);
    // Pseudo-sentences without partner keep short texts from taking every
    // match for chance.
    let q = (crate::num::f32_from_u32(partner_df)
        / (crate::num::f32_from_usize(other_count) + p.chance_prior_sentences))
        .min(1.0);
    for (r, slot) in out.iter_mut().enumerate() {
        let chance = 1.0 - (1.0 - q).powi(crate::num::i32_sat(r).saturating_add(1));
        if translated <= chance {
            continue;
        }
        let found = (translated / chance).ln().min(p.max_token_gain);
        let missed = ((1.0 - translated) / (1.0 - chance))
            .ln()
            .max(-p.max_token_gain);
        *slot = (found, missed);
    }
    out
}

fn distinct_count(values: &mut [u32]) -> u32 {
    values.sort_unstable();
    let mut count = 0;
    let mut last = None;
    for &v in values.iter() {
        if last != Some(v) {
            count += 1;
            last = Some(v);
        }
    }
    count
}

/// For each feature of each target sentence, how many source sentences
/// hold a partner of it.
fn partners_of_target(
    target_feats: &[Vec<(&Token, f32, u32)>],
    source_postings: &HashMap<u32, Vec<u32>>,
    params: &ScoreParams,
    interner: &Interner,
) -> Vec<Vec<u32>> {
    let mut cache: HashMap<(TokenKind, &str), u32> = HashMap::default();
    let mut scratch: Vec<u32> = Vec::new();
    let mut partners = Vec::with_capacity(target_feats.len());
    for feats in target_feats {
        let mut row = Vec::with_capacity(feats.len());
        for (token, _, _) in feats {
            let count = *cache
                .entry((token.kind, token.text.as_str()))
                .or_insert_with(|| {
                    scratch.clear();
                    for key in existing_target_keys(token, params, interner) {
                        if let Some(list) = source_postings.get(&key) {
                            scratch.extend(list);
                        }
                    }
                    distinct_count(&mut scratch)
                });
            row.push(count);
        }
        partners.push(row);
    }
    partners
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
        let source_feats = by_weight(source_distinct, &source_df);
        let target_feats = by_weight(target_distinct, &target_df);

        let mut interner = Interner::default();
        // Target side: postings of each feature's keys.
        let mut postings: HashMap<u32, Vec<(u32, u8)>> = HashMap::default();
        for (j, feats) in target_feats.iter().enumerate() {
            for (f, (token, _, _)) in feats.iter().enumerate() {
                for key in target_keys(token, params, &mut interner) {
                    postings
                        .entry(key)
                        .or_default()
                        .push((crate::num::u32_sat(j), crate::num::u8_sat(f)));
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

        // How many sentences of the other side each token finds a partner
        // in (for the likelihood model).
        let mut source_postings: HashMap<u32, Vec<u32>> = HashMap::default();
        for (i, keys) in source_keys.iter().enumerate() {
            for key in keys.iter().flatten() {
                let list = source_postings.entry(*key).or_default();
                if list.last() != Some(&crate::num::u32_sat(i)) {
                    list.push(crate::num::u32_sat(i));
                }
            }
        }
        let mut cache: HashMap<(TokenKind, &str), u32> = HashMap::default();
        let mut scratch: Vec<u32> = Vec::new();
        let mut partners_of_source = Vec::with_capacity(source_feats.len());
        for (feats, keys) in source_feats.iter().zip(&source_keys) {
            let mut row = Vec::with_capacity(feats.len());
            for ((token, _, _), keys) in feats.iter().zip(keys) {
                let count = *cache
                    .entry((token.kind, token.text.as_str()))
                    .or_insert_with(|| {
                        scratch.clear();
                        for key in keys {
                            if let Some(list) = postings.get(key) {
                                scratch.extend(list.iter().map(|x| x.0));
                            }
                        }
                        distinct_count(&mut scratch)
                    });
                row.push(count);
            }
            partners_of_source.push(row);
        }
        let partners_of_target =
            partners_of_target(&target_feats, &source_postings, params, &interner);
        let (n, m) = (source_feats.len(), target_feats.len());
        let source = Side::new(
            source_lengths,
            &source_feats,
            &partners_of_source,
            m,
            params,
        );
        let target = Side::new(
            target_lengths,
            &target_feats,
            &partners_of_target,
            n,
            params,
        );
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
            .find(|(s, _)| *s == (crate::num::u8_sat(a), crate::num::u8_sat(b)))
            .map_or(f32::INFINITY, |x| x.1);
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
            gain += self.source.gain(i, m, b);
        }
        for j in j0..j0 + b {
            let mut m = 0u64;
            for i in i0..i0 + a {
                m |= pairs.get(i, j).1;
            }
            gain += self.target.gain(j, m, a);
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
) -> Vec<Vec<(&'t Token, f32, u32)>> {
    let n = sentences.len();
    sentences
        .into_iter()
        .map(|feats| {
            let mut weighted: Vec<(&Token, f32, u32)> = feats
                .into_iter()
                .map(|t| {
                    // Every token was counted by document_frequency.
                    let d = df[&(t.kind, t.text.as_str())];
                    (t, token_weight(t.kind, d, n), d)
                })
                .collect();
            weighted.sort_by(|a, b| b.1.total_cmp(&a.1));
            weighted.truncate(MAX_FEATURES);
            weighted
        })
        .collect()
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

/// Rarity of a token (inverse sentence frequency), to keep the most
/// informative [`MAX_FEATURES`] tokens of a long sentence; numbers first.
fn token_weight(kind: TokenKind, df: u32, n: usize) -> f32 {
    let idf = (crate::num::f32_from_usize(n.max(1)) / crate::num::f32_from_u32(df.max(1))).ln();
    match kind {
        TokenKind::Number => idf + 10.0,
        TokenKind::Punct => idf * 0.5,
        TokenKind::Word | TokenKind::Markup => idf,
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

/// The keys of a target token that some source token may match.
fn existing_target_keys(token: &Token, p: &ScoreParams, interner: &Interner) -> Vec<u32> {
    let mut keys = Vec::with_capacity(2);
    if let Some(id) = interner.get(space_of(token.kind), &token.text) {
        keys.push(id);
    }
    if token.kind == TokenKind::Word
        && let Some(c) = cognate_key(&token.text, p.cognate_chars)
        && let Some(id) = interner.get(SPACE_COGNATE, &c)
    {
        keys.push(id);
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
    let z = f64::from(z);
    let t = 1.0 / (1.0 + 0.5 * z);
    let poly = -z * z - 1.265_512_23
        + t * (1.000_023_68
            + t * (0.374_091_96
                + t * (0.096_784_18
                    + t * (-0.186_288_06
                        + t * (0.278_868_07
                            + t * (-1.135_203_98
                                + t * (1.488_515_87 + t * (-0.822_152_23 + t * 0.170_872_77))))))));
    crate::num::f32_from_f64(-(t.ln() + poly))
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
mod tests;
