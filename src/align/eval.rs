//! Scoring an alignment against a hand-made gold alignment.
//!
//! Gold files are *ladders* as Bleualign and Vecalign write them: one bead
//! per line, `[source indices]:[target indices]`, indices 0-based into the
//! sentence files (one sentence per line), e.g. `[6, 7]:[9, 10]` or
//! `[]:[553]`.
//!
//! Two measures, with the definitions of relais's alignment issue:
//!
//! * **strict**: a bead counts when both index lists equal those of a gold
//!   bead;
//! * **lax**: a test bead counts (for precision) when it shares at least
//!   one source and one target sentence with a single gold bead; a gold
//!   bead counts (for recall) when it shares one of each with a test bead.
//!
//! Beads with an empty side (omissions) are left out of both measures, in
//! the gold and in the test alignment. Totals over several files add up
//! counts (micro average), as Bleualign's and Vecalign's scorers do.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use crate::error::{Error, Location, Result};

/// A bead as two index lists.
pub type IndexBead = (Vec<usize>, Vec<usize>);

/// Reads a ladder (`[i, j]:[k]` lines). Blank lines are skipped.
pub fn parse_ladder(text: &str, file: Option<&Path>) -> Result<Vec<IndexBead>> {
    let mut beads = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line_no = n as u64 + 1;
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        let error = |column: usize, message: &str| Error::Parse {
            location: Location::new(file, line_no, column as u64 + 1),
            message: message.to_string(),
        };
        let Some(colon) = trimmed.find("]:[") else {
            return Err(error(0, "expected `[source indices]:[target indices]`"));
        };
        let offset = line.len() - line.trim_start().len();
        let left = &trimmed[..colon + 1];
        let right = &trimmed[colon + 2..];
        let source = parse_list(left).map_err(|(c, m)| error(offset + c, &m))?;
        let target = parse_list(right).map_err(|(c, m)| error(offset + colon + 2 + c, &m))?;
        beads.push((source, target));
    }
    Ok(beads)
}

/// `[1, 2]` → `[1, 2]`; errors carry a column within `text`.
fn parse_list(text: &str) -> std::result::Result<Vec<usize>, (usize, String)> {
    let inner = text
        .strip_prefix('[')
        .and_then(|t| t.strip_suffix(']'))
        .ok_or((0, "expected a bracketed list of indices".to_string()))?;
    let mut out = Vec::new();
    let mut column = 1;
    for part in inner.split(',') {
        let value = part.trim();
        if !value.is_empty() {
            let lead = part.len() - part.trim_start().len();
            let index = value
                .parse::<usize>()
                .map_err(|_| (column + lead, format!("`{value}` is not a sentence index")))?;
            out.push(index);
        }
        column += part.len() + 1;
    }
    Ok(out)
}

/// Writes beads as a ladder, one `[i, j]:[k]` line each.
pub fn format_ladder<'a>(beads: impl IntoIterator<Item = (&'a [usize], &'a [usize])>) -> String {
    let list = |v: &[usize]| {
        v.iter()
            .map(usize::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    };
    beads
        .into_iter()
        .map(|(s, t)| format!("[{}]:[{}]\n", list(s), list(t)))
        .collect()
}

/// A seeded SplitMix64 generator: the same damage on every run and
/// machine, with no dependency.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// True with probability `p`.
    fn chance(&mut self, p: f64) -> bool {
        (crate::num::f64_from_u64(self.next() >> 11) / crate::num::f64_from_u64(1u64 << 53)) < p
    }
}

/// A synthetic test set made from a sentence-aligned parallel text (line
/// `k` of one side translates line `k` of the other, as in NTREX).
#[derive(Debug, Clone)]
pub struct SyntheticSet {
    /// The source side, with some sentences deleted.
    pub source: Vec<String>,
    /// The target side, with some adjacent sentences merged into one line.
    pub target: Vec<String>,
    /// The gold beads.
    pub gold: Vec<IndexBead>,
}

/// Deletes each source sentence with probability `delete_rate` and merges
/// adjacent target pairs with probability `merge_rate` (never where a
/// source sentence of the pair was deleted, so the gold stays exact), with
/// a seeded generator. Merged target lines are joined with a space.
pub fn synthetic_set<S: AsRef<str>>(
    source: &[S],
    target: &[S],
    delete_rate: f64,
    merge_rate: f64,
    seed: u64,
) -> SyntheticSet {
    let n = source.len().min(target.len());
    let mut rng = SplitMix(seed);
    let deleted: Vec<bool> = (0..n).map(|_| rng.chance(delete_rate)).collect();
    let mut set = SyntheticSet {
        source: Vec::new(),
        target: Vec::new(),
        gold: Vec::new(),
    };
    let mut k = 0;
    while k < n {
        let merge = k + 1 < n && !deleted[k] && !deleted[k + 1] && rng.chance(merge_rate);
        let take = if merge { 2 } else { 1 };
        let mut bead_source = Vec::new();
        for s in k..k + take {
            if !deleted[s] {
                bead_source.push(set.source.len());
                set.source.push(source[s].as_ref().to_string());
            }
        }
        let joined: Vec<&str> = target[k..k + take].iter().map(AsRef::as_ref).collect();
        set.gold.push((bead_source, vec![set.target.len()]));
        set.target.push(joined.join(" "));
        k += take;
    }
    set
}

/// Counts from comparing test beads with gold beads; they add up over
/// files.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Test beads with both sides non-empty.
    pub test: usize,
    /// Gold beads with both sides non-empty.
    pub gold: usize,
    /// Test beads equal to a gold bead.
    pub strict: usize,
    /// Test beads overlapping a gold bead on both sides.
    pub lax_test: usize,
    /// Gold beads overlapping a test bead on both sides.
    pub lax_gold: usize,
}

/// Precision, recall and F1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Prf {
    /// Precision.
    pub precision: f64,
    /// Recall.
    pub recall: f64,
    /// Harmonic mean of precision and recall.
    pub f1: f64,
}

impl Prf {
    fn new(hits_p: usize, test: usize, hits_r: usize, gold: usize) -> Prf {
        let ratio = |a: usize, b: usize| {
            if b == 0 {
                0.0
            } else {
                crate::num::f64_from_usize(a) / crate::num::f64_from_usize(b)
            }
        };
        let precision = ratio(hits_p, test);
        let recall = ratio(hits_r, gold);
        let f1 = if precision + recall > 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else {
            0.0
        };
        Prf {
            precision,
            recall,
            f1,
        }
    }
}

impl Counts {
    /// Strict precision, recall and F1.
    pub fn strict(&self) -> Prf {
        Prf::new(self.strict, self.test, self.strict, self.gold)
    }

    /// Lax precision, recall and F1.
    pub fn lax(&self) -> Prf {
        Prf::new(self.lax_test, self.test, self.lax_gold, self.gold)
    }

    /// Adds the counts of another file.
    pub fn add(&mut self, other: &Counts) {
        self.test += other.test;
        self.gold += other.gold;
        self.strict += other.strict;
        self.lax_test += other.lax_test;
        self.lax_gold += other.lax_gold;
    }
}

/// Compares test beads with gold beads (see the module documentation).
pub fn compare(gold: &[IndexBead], test: &[IndexBead]) -> Counts {
    let pairs = |beads: &[IndexBead]| -> Vec<IndexBead> {
        beads
            .iter()
            .filter(|(s, t)| !s.is_empty() && !t.is_empty())
            .cloned()
            .collect()
    };
    let gold = pairs(gold);
    let test = pairs(test);
    let gold_set: HashSet<&IndexBead> = gold.iter().collect();
    let strict = test.iter().filter(|b| gold_set.contains(b)).count();
    Counts {
        test: test.len(),
        gold: gold.len(),
        strict,
        lax_test: overlapping(&test, &gold),
        lax_gold: overlapping(&gold, &test),
    }
}

/// How many beads of `these` share a source and a target sentence with
/// one bead of `others`.
fn overlapping(these: &[IndexBead], others: &[IndexBead]) -> usize {
    let mut by_source: HashMap<usize, Vec<usize>> = HashMap::new();
    for (k, (s, _)) in others.iter().enumerate() {
        for &i in s {
            by_source.entry(i).or_default().push(k);
        }
    }
    these
        .iter()
        .filter(|(s, t)| {
            s.iter()
                .filter_map(|i| by_source.get(i))
                .flatten()
                .any(|&k| others[k].1.iter().any(|j| t.contains(j)))
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bead(s: &[usize], t: &[usize]) -> IndexBead {
        (s.to_vec(), t.to_vec())
    }

    #[test]
    fn ladders_parse_and_round_trip() {
        let text = "[0]:[0, 1]\n[1]:[2]\n[]:[3]\n\n[2, 3]:[]\n";
        let beads = parse_ladder(text, None).unwrap();
        assert_eq!(
            beads,
            [
                bead(&[0], &[0, 1]),
                bead(&[1], &[2]),
                bead(&[], &[3]),
                bead(&[2, 3], &[])
            ]
        );
        let again = format_ladder(beads.iter().map(|(s, t)| (s.as_slice(), t.as_slice())));
        assert_eq!(again, "[0]:[0, 1]\n[1]:[2]\n[]:[3]\n[2, 3]:[]\n");
    }

    #[test]
    fn ladder_errors_give_line_and_column() {
        let err = parse_ladder("[0]:[0]\n[1]:[x]\n", Some(Path::new("g.defr"))).unwrap_err();
        assert_eq!(err.to_string(), "g.defr:2:6: `x` is not a sentence index");
        let err = parse_ladder("[0] [1]\n", None).unwrap_err();
        assert!(err.to_string().starts_with("1:1:"), "{err}");
    }

    #[test]
    fn synthetic_sets_delete_merge_and_keep_an_exact_gold() {
        let source: Vec<String> = (0..400).map(|k| format!("s{k}")).collect();
        let target: Vec<String> = (0..400).map(|k| format!("t{k}")).collect();
        let set = synthetic_set(&source, &target, 0.05, 0.05, 7);
        let deleted = set.gold.iter().filter(|(s, _)| s.is_empty()).count();
        let merged = set.gold.iter().filter(|(s, _)| s.len() == 2).count();
        assert!((8..=40).contains(&deleted), "{deleted}");
        assert!((8..=40).contains(&merged), "{merged}");
        assert_eq!(set.source.len(), 400 - deleted);
        assert_eq!(set.target.len(), 400 - merged);
        for (s, t) in &set.gold {
            let line = &set.target[t[0]];
            for &i in s {
                let k = &set.source[i][1..];
                assert!(line.split(' ').any(|w| &w[1..] == k), "{line} / {k}");
            }
        }
        // Same seed, same set.
        assert_eq!(
            synthetic_set(&source, &target, 0.05, 0.05, 7).gold,
            set.gold
        );
    }

    #[test]
    fn strict_and_lax_counts() {
        let gold = [
            bead(&[0], &[0]),
            bead(&[1], &[1, 2]),
            bead(&[2, 3], &[3]),
            bead(&[], &[4]),
            bead(&[4], &[5]),
        ];
        let test = [
            bead(&[0], &[0]), // strict
            bead(&[1], &[1]), // lax only
            bead(&[], &[2]),  // left out
            bead(&[2], &[3]), // lax only
            bead(&[3], &[4]), // wrong: 3 is with gold 3, 4 is unaligned
            bead(&[4], &[5]), // strict
        ];
        let c = compare(&gold, &test);
        assert_eq!(
            c,
            Counts {
                test: 5,
                gold: 4,
                strict: 2,
                lax_test: 4,
                lax_gold: 4,
            }
        );
        let s = c.strict();
        assert!((s.precision - 0.4).abs() < 1e-9 && (s.recall - 0.5).abs() < 1e-9);
        assert!((c.lax().precision - 0.8).abs() < 1e-9 && (c.lax().recall - 1.0).abs() < 1e-9);
    }
}
