//! Alignment of a text with its translation: which sentences of one
//! version translate which sentences of the other.
//!
//! The module owns everything between two plain texts and a list of
//! *beads* (groups of source and target sentences that translate each
//! other); it knows nothing of files, the translation memory or the
//! glossary. Callers hand it paragraphs (or sentences, one per line, in
//! presplit mode) and optionally a [`Lexicon`], and get back beads with a
//! confidence score.
//!
//! How it works:
//!
//! 1. Paragraphs are aligned first ([`Aligner::align_document`]), with the
//!    same dynamic programme as sentences: length, shared numbers, names,
//!    markup and paragraph kinds (heading, list item…), cognates and the
//!    lexicon.
//! 2. Each paragraph is split into sentences ([`segment`]) with
//!    per-language rules (abbreviations, ordinals, initials, quotes…).
//! 3. Sentences are aligned inside each pair of aligned paragraphs by
//!    dynamic programming over 1-1, 1-2, 2-1, 2-2, 1-3, 3-1, 1-0 and 0-1
//!    beads (module `dp`), each bead scored by [`score`]: Gale–Church length
//!    model, anchors (numbers, names, punctuation, markup), cognates and
//!    lexicon matches.
//! 4. Self-training: the confident 1-1 beads of a first pass teach a
//!    lexicon ([`Lexicon::train`]) that a second pass uses, so lexical cues
//!    help even when the caller has no lexicon.
//! 5. Each bead's score is its posterior probability under the model
//!    (forward–backward over all alignments in the band), times that of
//!    its paragraph bead.
//!
//! Long texts are aligned in a band around a line through anchor sentence
//! pairs (tokens found once in each text), widened when the best path runs
//! along its edge, so the cost grows linearly with the text.

mod dp;
pub mod eval;
pub mod lexicon;
pub mod paragraph;
pub mod score;
pub mod segment;
pub mod tokens;

use std::ops::Range;

pub use lexicon::{Lexicon, TrainOptions};
pub use paragraph::{Paragraph, ParagraphKind, split_paragraphs};
pub use score::{ScoreParams, Shape};
pub use segment::Segmenter;

use dp::{Band, Lattice, Step};
use score::Prepared;
use tokens::{Token, TokenKind, char_length, tokenize};

/// Source and target sentences (or paragraphs) that translate each other.
///
/// `source` and `target` hold indices into the sentence (or paragraph)
/// lists, in order and contiguous; one of them is empty when a sentence
/// has no counterpart.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Bead {
    /// Indices of the source sentences.
    pub source: Vec<usize>,
    /// Indices of the target sentences.
    pub target: Vec<usize>,
    /// Confidence in 0..1: the model's probability that this bead is
    /// exactly right (same sentences on both sides). On the Text+Berg
    /// development set, beads scored 0.9 or more are right about nine
    /// times in ten (see `docs/align.md` for the measured table).
    pub score: f32,
}

impl Bead {
    /// A bead with at least one sentence on each side.
    pub fn is_pair(&self) -> bool {
        !self.source.is_empty() && !self.target.is_empty()
    }

    /// The bead's shape `(source count, target count)`.
    pub fn shape(&self) -> (usize, usize) {
        (self.source.len(), self.target.len())
    }
}

/// A sentence of a document, with the paragraph it came from.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Sentence {
    /// The sentence text (trimmed).
    pub text: String,
    /// Index of its paragraph in the input.
    pub paragraph: usize,
}

/// The result of [`Aligner::align_document`].
#[derive(Debug, Clone, serde::Serialize)]
pub struct DocumentAlignment {
    /// The source sentences, in order.
    pub source_sentences: Vec<Sentence>,
    /// The target sentences, in order.
    pub target_sentences: Vec<Sentence>,
    /// Paragraph beads (indices into the input paragraph lists).
    pub paragraphs: Vec<Bead>,
    /// Sentence beads (indices into `source_sentences` and
    /// `target_sentences`), in order.
    pub sentences: Vec<Bead>,
}

impl DocumentAlignment {
    /// The text of each side of a sentence bead: its sentences joined by a
    /// space.
    pub fn texts(&self, bead: &Bead) -> (String, String) {
        (
            join(&self.source_sentences, &bead.source),
            join(&self.target_sentences, &bead.target),
        )
    }
}

fn join(sentences: &[Sentence], indices: &[usize]) -> String {
    indices
        .iter()
        .map(|&i| sentences[i].text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Posteriors sum over paths within this many sentences of the best one.
const POSTERIOR_RADIUS: usize = 12;

/// Settings of an [`Aligner`].
#[derive(Debug, Clone)]
pub struct AlignOptions {
    /// Bead cost parameters for sentences.
    pub sentence_params: ScoreParams,
    /// Bead cost parameters for paragraphs.
    pub paragraph_params: ScoreParams,
    /// Learn a lexicon from a first pass and align again with it.
    pub self_train: bool,
    /// Settings of the self-trained lexicon.
    pub train: TrainOptions,
    /// 1-1 beads of the first pass at or above this posterior teach the
    /// lexicon.
    pub train_min_score: f32,
    /// Temperature of the posterior: `exp(−cost / temperature)`. Higher
    /// values give more cautious scores.
    pub temperature: f32,
    /// Texts with at most this many DP cells are aligned without a band.
    pub full_table_cells: usize,
    /// Half-width of the band (in sentences) around the anchor line; it is
    /// doubled while the best path runs along its edge.
    pub band_width: usize,
}

impl Default for AlignOptions {
    fn default() -> Self {
        AlignOptions {
            sentence_params: ScoreParams::default(),
            paragraph_params: ScoreParams::for_paragraphs(),
            self_train: true,
            train: TrainOptions::default(),
            train_min_score: 0.3,
            temperature: 2.0,
            full_table_cells: 1_000_000,
            band_width: 60,
        }
    }
}

/// Aligns texts with their translations (see the module documentation).
#[derive(Debug, Clone)]
pub struct Aligner {
    options: AlignOptions,
    lexicon: Lexicon,
    source_segmenter: Segmenter,
    target_segmenter: Segmenter,
}

impl Aligner {
    /// An aligner for a language pair (BCP 47 tags such as `fr`, `de-CH`;
    /// the languages choose the sentence segmentation rules).
    pub fn new(source_lang: &str, target_lang: &str) -> Aligner {
        Aligner {
            options: AlignOptions::default(),
            lexicon: Lexicon::new(),
            source_segmenter: Segmenter::for_language(source_lang),
            target_segmenter: Segmenter::for_language(target_lang),
        }
    }

    /// Replaces the options.
    pub fn with_options(mut self, options: AlignOptions) -> Aligner {
        self.options = options;
        self
    }

    /// Uses a bilingual lexicon (source → target words) besides the
    /// self-trained one.
    pub fn with_lexicon(mut self, lexicon: Lexicon) -> Aligner {
        self.lexicon = lexicon;
        self
    }

    /// The options in force.
    pub fn options(&self) -> &AlignOptions {
        &self.options
    }

    /// Presplit mode: aligns two lists of sentences as given (one sentence
    /// per entry, no segmentation, no paragraphs).
    pub fn align_sentences<S: AsRef<str>, T: AsRef<str>>(
        &self,
        source: &[S],
        target: &[T],
    ) -> Vec<Bead> {
        let source = Units::new(source.iter().map(AsRef::as_ref), None);
        let target = Units::new(target.iter().map(AsRef::as_ref), None);
        let block = vec![(0..source.len(), 0..target.len(), 1.0)];
        self.align_units(&source, &target, &block, &self.options.sentence_params)
    }

    /// Aligns paragraphs only: beads of paragraph indices.
    pub fn align_paragraphs(&self, source: &[Paragraph], target: &[Paragraph]) -> Vec<Bead> {
        let source = Units::from_paragraphs(source);
        let target = Units::from_paragraphs(target);
        let block = vec![(0..source.len(), 0..target.len(), 1.0)];
        self.align_units(&source, &target, &block, &self.options.paragraph_params)
    }

    /// Aligns two versions of a document given as paragraphs: paragraphs
    /// first, then the sentences of each pair of aligned paragraphs.
    pub fn align_document(&self, source: &[Paragraph], target: &[Paragraph]) -> DocumentAlignment {
        let paragraphs = self.align_paragraphs(source, target);
        let source_sentences = split_sentences(&self.source_segmenter, source);
        let target_sentences = split_sentences(&self.target_segmenter, target);
        // Sentence ranges of each paragraph.
        let ranges = |sentences: &[Sentence], count: usize| -> Vec<Range<usize>> {
            let mut start = 0;
            (0..count)
                .map(|p| {
                    let end = start
                        + sentences[start..]
                            .iter()
                            .take_while(|s| s.paragraph == p)
                            .count();
                    let range = start..end;
                    start = end;
                    range
                })
                .collect()
        };
        let source_ranges = ranges(&source_sentences, source.len());
        let target_ranges = ranges(&target_sentences, target.len());
        let span = |ranges: &[Range<usize>], idx: &[usize], fallback: usize| -> Range<usize> {
            match (idx.first(), idx.last()) {
                (Some(&f), Some(&l)) => ranges[f].start..ranges[l].end,
                _ => fallback..fallback,
            }
        };
        let mut blocks = Vec::with_capacity(paragraphs.len());
        let (mut next_source, mut next_target) = (0, 0);
        for bead in &paragraphs {
            let s = span(&source_ranges, &bead.source, next_source);
            let t = span(&target_ranges, &bead.target, next_target);
            next_source = s.end;
            next_target = t.end;
            blocks.push((s, t, bead.score));
        }
        let source_units = Units::new(source_sentences.iter().map(|s| s.text.as_str()), None);
        let target_units = Units::new(target_sentences.iter().map(|s| s.text.as_str()), None);
        let sentences = self.align_units(
            &source_units,
            &target_units,
            &blocks,
            &self.options.sentence_params,
        );
        DocumentAlignment {
            source_sentences,
            target_sentences,
            paragraphs,
            sentences,
        }
    }

    /// Aligns units (sentences or paragraphs) inside each block (a pair of
    /// ranges that must align with each other, with the block's own
    /// confidence), with self-training across blocks.
    fn align_units(
        &self,
        source: &Units,
        target: &Units,
        blocks: &[(Range<usize>, Range<usize>, f32)],
        params: &ScoreParams,
    ) -> Vec<Bead> {
        let params = complete_shapes(params);
        let first = Prepared::new(
            &source.tokens,
            &source.lengths,
            &target.tokens,
            &target.lengths,
            &self.lexicon,
            &params,
        );
        let mut beads = self.align_blocks(&first, blocks, &params);
        if self.options.self_train {
            let training: Vec<(String, String)> = beads
                .iter()
                .filter(|b| b.shape() == (1, 1) && b.score >= self.options.train_min_score)
                .map(|b| {
                    (
                        source.texts[b.source[0]].clone(),
                        target.texts[b.target[0]].clone(),
                    )
                })
                .collect();
            let mut lexicon = Lexicon::train(
                training.iter().map(|(s, t)| (s.as_str(), t.as_str())),
                &self.options.train,
            );
            if !lexicon.is_empty() {
                lexicon.extend(&self.lexicon);
                let second = Prepared::new(
                    &source.tokens,
                    &source.lengths,
                    &target.tokens,
                    &target.lengths,
                    &lexicon,
                    &params,
                );
                beads = self.align_blocks(&second, blocks, &params);
            }
        }
        beads
    }

    fn align_blocks(
        &self,
        prepared: &Prepared,
        blocks: &[(Range<usize>, Range<usize>, f32)],
        params: &ScoreParams,
    ) -> Vec<Bead> {
        let mut beads = Vec::new();
        for (s, t, confidence) in blocks {
            for mut bead in self.align_block(prepared, s.clone(), t.clone(), params) {
                bead.score *= confidence;
                beads.push(bead);
            }
        }
        beads
    }

    /// Aligns source units `s` with target units `t`.
    fn align_block(
        &self,
        prepared: &Prepared,
        s: Range<usize>,
        t: Range<usize>,
        params: &ScoreParams,
    ) -> Vec<Bead> {
        let (n, m) = (s.len(), t.len());
        if n == 0 || m == 0 {
            // Nothing to pair: every unit stands alone.
            return s
                .map(|i| Bead {
                    source: vec![i],
                    target: vec![],
                    score: 1.0,
                })
                .chain(t.map(|j| Bead {
                    source: vec![],
                    target: vec![j],
                    score: 1.0,
                }))
                .collect();
        }
        let shapes: Vec<(usize, usize)> = params
            .shapes
            .iter()
            .map(|((a, b), _)| (*a as usize, *b as usize))
            .collect();
        let max_a = shapes.iter().map(|x| x.0).max().unwrap_or(1);
        let max_b = shapes.iter().map(|x| x.1).max().unwrap_or(1);

        let full = (n + 1) * (m + 1) <= self.options.full_table_cells;
        let mut centre = if full {
            Vec::new()
        } else {
            anchor_line(prepared, s.clone(), t.clone())
        };
        let mut width = self.options.band_width.max(max_a.max(max_b) + 1);
        loop {
            let band = if full {
                Band::full(n, m)
            } else {
                Band::around(&centre, width, m)
            };
            let window = |i: usize| -> Range<usize> {
                let local = i - s.start;
                let lo = band.lo[local.saturating_sub(max_a)].saturating_sub(max_b);
                let hi = (band.hi[(local + max_a).min(n)] + max_b).min(m);
                t.start + lo..t.start + hi
            };
            let pairs = prepared.pair_table(s.clone(), window);
            let lattice = Lattice::new(band.clone(), &shapes, |i0, a, j0, b| {
                prepared.bead_cost(&pairs, s.start + i0, a, t.start + j0, b)
            });
            let mut path = lattice.best_path();
            let too_narrow = !full && band.touches_inner_edge(&path, m) && width < n.max(m);
            if too_narrow {
                // Centre the next band on the path found and widen it.
                centre = centre_of_path(&path, n);
                width *= 2;
                continue;
            }
            lattice.posteriors(&mut path, self.options.temperature, POSTERIOR_RADIUS);
            return path
                .iter()
                .map(|step: &Step| Bead {
                    source: (s.start + step.i_end - step.a..s.start + step.i_end).collect(),
                    target: (t.start + step.j_end - step.b..t.start + step.j_end).collect(),
                    score: step.posterior,
                })
                .collect();
        }
    }
}

/// The shapes of `params`, plus 1-0 and 0-1 if missing (without them a
/// path through a band may not exist).
fn complete_shapes(params: &ScoreParams) -> ScoreParams {
    let mut params = params.clone();
    params.shapes.retain(|(s, c)| *s != (0, 0) && c.is_finite());
    for shape in [(1, 0), (0, 1)] {
        if !params.shapes.iter().any(|(s, _)| *s == shape) {
            params.shapes.push((shape, 10.0));
        }
    }
    params
}

/// For each local source position `0..=n`, the target position expected
/// there: a line through the longest chain of anchors (pairs of sentences
/// sharing a token found once in each text), from `(0, 0)` to `(n, m)`.
fn anchor_line(prepared: &Prepared, s: Range<usize>, t: Range<usize>) -> Vec<usize> {
    let (n, m) = (s.len(), t.len());
    let mut anchors: Vec<(usize, usize)> = prepared
        .anchors(s.clone(), t.clone())
        .into_iter()
        .map(|(i, j)| (i - s.start, j - t.start))
        .collect();
    // Longest chain increasing in both coordinates: sort by i, then by j
    // descending so that two anchors of one row never chain.
    anchors.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    let chain = longest_increasing_chain(&anchors);
    let mut points: Vec<(usize, usize)> = vec![(0, 0)];
    for (i, j) in chain {
        // Anchors mark the end of the aligned prefix: sentence i with j
        // means cell (i + 1, j + 1) is on the path.
        let p = (i + 1, j + 1);
        if p.0 < n
            && p.1 < m
            && p.0 > points[points.len() - 1].0
            && p.1 > points[points.len() - 1].1
        {
            points.push(p);
        }
    }
    points.push((n, m));
    let mut centre = vec![0; n + 1];
    for w in points.windows(2) {
        let ((i0, j0), (i1, j1)) = (w[0], w[1]);
        for (i, c) in centre.iter_mut().enumerate().take(i1 + 1).skip(i0) {
            let f = if i1 > i0 {
                crate::num::f64_from_usize(i - i0) / crate::num::f64_from_usize(i1 - i0)
            } else {
                0.0
            };
            *c = j0 + crate::num::round_usize(crate::num::f64_from_usize(j1 - j0) * f);
        }
    }
    centre
}

/// Longest subsequence strictly increasing in `j` (patience sorting).
fn longest_increasing_chain(points: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut tails: Vec<usize> = Vec::new(); // index into points
    let mut previous = vec![usize::MAX; points.len()];
    for (k, &(_, j)) in points.iter().enumerate() {
        let pos = tails.partition_point(|&t| points[t].1 < j);
        if pos > 0 {
            previous[k] = tails[pos - 1];
        }
        if pos == tails.len() {
            tails.push(k);
        } else {
            tails[pos] = k;
        }
    }
    let mut chain = Vec::with_capacity(tails.len());
    let mut k = tails.last().copied().unwrap_or(usize::MAX);
    while k != usize::MAX {
        chain.push(points[k]);
        k = previous[k];
    }
    chain.reverse();
    chain
}

/// The target position of a path at each source position.
fn centre_of_path(path: &[Step], n: usize) -> Vec<usize> {
    let mut centre = vec![0; n + 1];
    for step in path {
        centre[step.i_end] = step.j_end;
    }
    // Rows the path only crosses by 0-b steps keep the last value.
    for i in 1..=n {
        centre[i] = centre[i].max(centre[i - 1]);
    }
    centre
}

/// Texts with their tokens and lengths.
struct Units {
    texts: Vec<String>,
    tokens: Vec<Vec<Token>>,
    lengths: Vec<usize>,
}

impl Units {
    fn new<'a>(texts: impl Iterator<Item = &'a str>, kinds: Option<&[ParagraphKind]>) -> Units {
        let texts: Vec<String> = texts.map(str::to_string).collect();
        let mut tokens: Vec<Vec<Token>> = texts.iter().map(|t| tokenize(t)).collect();
        if let Some(kinds) = kinds {
            for (toks, kind) in tokens.iter_mut().zip(kinds) {
                if let Some(label) = kind.label() {
                    toks.push(Token {
                        text: label,
                        kind: TokenKind::Markup,
                    });
                }
            }
        }
        let lengths = texts.iter().map(|t| char_length(t)).collect();
        Units {
            texts,
            tokens,
            lengths,
        }
    }

    fn from_paragraphs(paragraphs: &[Paragraph]) -> Units {
        let kinds: Vec<ParagraphKind> = paragraphs.iter().map(|p| p.kind.clone()).collect();
        Units::new(paragraphs.iter().map(|p| p.text.as_str()), Some(&kinds))
    }

    fn len(&self) -> usize {
        self.texts.len()
    }
}

fn split_sentences(segmenter: &Segmenter, paragraphs: &[Paragraph]) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    for (p, paragraph) in paragraphs.iter().enumerate() {
        for s in segmenter.split(&paragraph.text) {
            sentences.push(Sentence {
                text: s.to_string(),
                paragraph: p,
            });
        }
    }
    sentences
}

#[cfg(test)]
mod tests;
