//! Dynamic programming over bead sequences, inside a band.
//!
//! A cell `(i, j)` stands for "the first `i` source and `j` target
//! sentences are aligned". The best alignment is the cheapest path from
//! `(0, 0)` to `(n, m)` whose steps are bead shapes `(a, b)`. Only the
//! cells of a [`Band`] (for each `i`, a range of `j`) are visited, so long
//! texts cost `O(n · width)` instead of `O(n · m)`.
//!
//! Besides the best path (Viterbi), the module computes the posterior
//! probability of each bead of the path by the forward–backward algorithm
//! over the same band, treating `exp(−cost / temperature)` as an
//! unnormalised probability. That posterior is the bead's confidence.

/// For each source position `i` in `0..=n`, the target positions allowed.
#[derive(Debug, Clone)]
pub(crate) struct Band {
    pub lo: Vec<usize>,
    pub hi: Vec<usize>,
}

impl Band {
    /// Every cell.
    pub(crate) fn full(n: usize, m: usize) -> Band {
        Band {
            lo: vec![0; n + 1],
            hi: vec![m; n + 1],
        }
    }

    /// Cells within `width` of a centre line `centre[i]` (one entry per
    /// `i` in `0..=n`, non-decreasing, from 0 to `m`).
    pub(crate) fn around(centre: &[usize], width: usize, m: usize) -> Band {
        let lo = centre.iter().map(|&c| c.saturating_sub(width)).collect();
        let hi = centre.iter().map(|&c| (c + width).min(m)).collect();
        let mut band = Band { lo, hi };
        band.make_monotone(m);
        band
    }

    fn make_monotone(&mut self, m: usize) {
        let n = self.lo.len() - 1;
        self.lo[0] = 0;
        self.hi[n] = m;
        for i in 1..=n {
            self.lo[i] = self.lo[i].max(self.lo[i - 1]);
        }
        for i in (0..n).rev() {
            self.hi[i] = self.hi[i].min(self.hi[i + 1]);
        }
        for i in 0..=n {
            self.hi[i] = self.hi[i].max(self.lo[i]);
        }
        // Keep the band connected: row i must start where row i-1 can
        // reach with a 1-0 step.
        for i in 1..=n {
            self.lo[i] = self.lo[i].min(self.hi[i - 1]);
        }
    }

    fn contains(&self, i: usize, j: usize) -> bool {
        j >= self.lo[i] && j <= self.hi[i]
    }

    /// Number of cells.
    #[cfg(test)]
    pub(crate) fn cells(&self) -> usize {
        self.lo.iter().zip(&self.hi).map(|(l, h)| h - l + 1).sum()
    }

    /// Whether the path runs along an edge of the band that is not an
    /// edge of the whole table (the band may have cut off a better path).
    pub(crate) fn touches_inner_edge(&self, path: &[Step], m: usize) -> bool {
        path.iter().any(|s| {
            let (i, j) = (s.i_end, s.j_end);
            (j == self.lo[i] && self.lo[i] > 0) || (j == self.hi[i] && self.hi[i] < m)
        })
    }
}

/// One bead of a path: it ends at cell `(i_end, j_end)` and has `shape`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Step {
    pub i_end: usize,
    pub j_end: usize,
    pub a: usize,
    pub b: usize,
    pub cost: f32,
    /// Posterior probability, filled by [`Lattice::posteriors`].
    pub posterior: f32,
}

/// The costs of every bead ending in the band.
pub(crate) struct Lattice {
    band: Band,
    shapes: Vec<(usize, usize)>,
    offsets: Vec<usize>,
    /// `costs[cell * shapes + s]`: cost of the bead of shape `s` ending in
    /// `cell`; infinite where its start is outside the band.
    costs: Vec<f32>,
}

impl Lattice {
    /// Evaluates `cost(i0, a, j0, b)` for every bead whose start and end
    /// lie in the band.
    pub(crate) fn new(
        band: Band,
        shapes: &[(usize, usize)],
        cost: impl Fn(usize, usize, usize, usize) -> f32 + Sync,
    ) -> Lattice {
        use rayon::prelude::*;

        let n = band.lo.len() - 1;
        let mut offsets = Vec::with_capacity(n + 2);
        let mut total = 0;
        for i in 0..=n {
            offsets.push(total);
            total += band.hi[i] - band.lo[i] + 1;
        }
        offsets.push(total);
        let k = shapes.len();
        let mut costs = vec![f32::INFINITY; total * k];
        // Rows are independent: evaluate them in parallel.
        let mut rows: Vec<&mut [f32]> = Vec::with_capacity(n + 1);
        let mut rest = costs.as_mut_slice();
        for i in 0..=n {
            let (row, tail) = rest.split_at_mut((offsets[i + 1] - offsets[i]) * k);
            rows.push(row);
            rest = tail;
        }
        rows.into_par_iter().enumerate().for_each(|(i, row)| {
            for j in band.lo[i]..=band.hi[i] {
                let cell = j - band.lo[i];
                for (s, &(a, b)) in shapes.iter().enumerate() {
                    if a > i || b > j || (a == 0 && b == 0) || !band.contains(i - a, j - b) {
                        continue;
                    }
                    row[cell * k + s] = cost(i - a, a, j - b, b);
                }
            }
        });
        Lattice {
            band,
            shapes: shapes.to_vec(),
            offsets,
            costs,
        }
    }

    fn cell(&self, i: usize, j: usize) -> usize {
        self.offsets[i] + j - self.band.lo[i]
    }

    /// The cheapest path, as beads in text order.
    pub(crate) fn best_path(&self) -> Vec<Step> {
        let n = self.band.lo.len() - 1;
        let k = self.shapes.len();
        let total = *self.offsets.last().unwrap_or(&0);
        let mut best = vec![f32::INFINITY; total];
        let mut back = vec![u8::MAX; total];
        best[0] = 0.0;
        for i in 0..=n {
            for j in self.band.lo[i]..=self.band.hi[i] {
                let cell = self.cell(i, j);
                if cell == 0 {
                    continue;
                }
                for (s, &(a, b)) in self.shapes.iter().enumerate() {
                    let c = self.costs[cell * k + s];
                    if !c.is_finite() {
                        continue;
                    }
                    let prev = best[self.cell(i - a, j - b)];
                    if prev + c < best[cell] {
                        best[cell] = prev + c;
                        back[cell] = crate::num::u8_sat(s);
                    }
                }
            }
        }
        let m = self.band.hi[n];
        let mut path = Vec::new();
        let (mut i, mut j) = (n, m);
        while i > 0 || j > 0 {
            let cell = self.cell(i, j);
            // Every cell of a connected band is reachable through 1-0 and
            // 0-1 steps, which the aligner always includes; should a cell
            // still have no way in, step back one sentence anyway rather
            // than fail.
            let (a, b, cost) = match back[cell] {
                u8::MAX if i > 0 => (1, 0, 0.0),
                u8::MAX => (0, 1, 0.0),
                s => {
                    let (a, b) = self.shapes[s as usize];
                    (a, b, self.costs[cell * k + s as usize])
                }
            };
            path.push(Step {
                i_end: i,
                j_end: j,
                a,
                b,
                cost,
                posterior: 0.0,
            });
            i -= a;
            j -= b;
        }
        path.reverse();
        path
    }

    /// Fills in the posterior probability of each step of `path` under
    /// the distribution `exp(−cost / temperature)` over all paths.
    ///
    /// Only paths within `radius` cells of `path` (on the target axis) are
    /// summed: further ones carry no measurable weight when the band is
    /// wide, and skipping them makes this step cheap.
    pub(crate) fn posteriors(&self, path: &mut [Step], temperature: f32, radius: usize) {
        let n = self.band.lo.len() - 1;
        let m = self.band.hi[n];
        let k = self.shapes.len();
        let total = *self.offsets.last().unwrap_or(&0);
        let t = f64::from(temperature.max(1e-3));
        // Target range of the path at each source position, widened.
        let mut near_lo = vec![usize::MAX; n + 1];
        let mut near_hi = vec![0; n + 1];
        near_lo[0] = 0;
        for step in path.iter() {
            for i in step.i_end - step.a..=step.i_end {
                near_lo[i] = near_lo[i].min(step.j_end - step.b);
                near_hi[i] = near_hi[i].max(step.j_end);
            }
        }
        let range = |i: usize| {
            let lo = near_lo[i].saturating_sub(radius).max(self.band.lo[i]);
            let hi = (near_hi[i] + radius).min(self.band.hi[i]);
            lo..=hi
        };
        let mut forward = vec![f64::NEG_INFINITY; total];
        forward[0] = 0.0;
        for i in 0..=n {
            for j in range(i) {
                let cell = self.cell(i, j);
                if cell == 0 {
                    continue;
                }
                let mut acc = f64::NEG_INFINITY;
                for (s, &(a, b)) in self.shapes.iter().enumerate() {
                    let c = self.costs[cell * k + s];
                    if c.is_finite() {
                        acc = log_add(acc, forward[self.cell(i - a, j - b)] - f64::from(c) / t);
                    }
                }
                forward[cell] = acc;
            }
        }
        let mut backward = vec![f64::NEG_INFINITY; total];
        let last = self.cell(n, m);
        backward[last] = 0.0;
        for i in (0..=n).rev() {
            for j in range(i).rev() {
                let cell = self.cell(i, j);
                let here = backward[cell];
                if here == f64::NEG_INFINITY {
                    continue;
                }
                // Push this cell's backward value to the starts of the beads ending here.
                for (s, &(a, b)) in self.shapes.iter().enumerate() {
                    let c = self.costs[cell * k + s];
                    if c.is_finite() {
                        let start = self.cell(i - a, j - b);
                        let v = here - f64::from(c) / t;
                        backward[start] = log_add(backward[start], v);
                    }
                }
            }
        }
        let z = forward[last];
        for step in path.iter_mut() {
            let start = self.cell(step.i_end - step.a, step.j_end - step.b);
            let end = self.cell(step.i_end, step.j_end);
            let log_p = forward[start] - f64::from(step.cost) / t + backward[end] - z;
            step.posterior = crate::num::f32_from_f64(log_p.exp().clamp(0.0, 1.0));
        }
    }
}

fn log_add(a: f64, b: f64) -> f64 {
    if a == f64::NEG_INFINITY {
        return b;
    }
    if b == f64::NEG_INFINITY {
        return a;
    }
    let (hi, lo) = if a > b { (a, b) } else { (b, a) };
    if lo - hi < -40.0 {
        // exp(-40) is below f64 precision relative to 1.
        return hi;
    }
    hi + (lo - hi).exp().ln_1p()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHAPES: [(usize, usize); 5] = [(1, 1), (1, 0), (0, 1), (1, 2), (2, 1)];

    fn toy_cost(i0: usize, a: usize, j0: usize, b: usize) -> f32 {
        // Source sentence k translates target sentence k, except that
        // target 2 and 3 together translate source 2.
        let truth: &[(&[usize], &[usize])] =
            &[(&[0], &[0]), (&[1], &[1]), (&[2], &[2, 3]), (&[3], &[4])];
        let src: Vec<usize> = (i0..i0 + a).collect();
        let tgt: Vec<usize> = (j0..j0 + b).collect();
        if truth
            .iter()
            .any(|(s, t)| *s == src.as_slice() && *t == tgt.as_slice())
        {
            0.1
        } else if a == 0 || b == 0 {
            3.0
        } else {
            4.0
        }
    }

    #[test]
    fn best_path_finds_the_cheapest_beads() {
        let lattice = Lattice::new(Band::full(4, 5), &SHAPES, toy_cost);
        let path = lattice.best_path();
        let beads: Vec<_> = path.iter().map(|s| (s.i_end, s.j_end, s.a, s.b)).collect();
        assert_eq!(
            beads,
            [(1, 1, 1, 1), (2, 2, 1, 1), (3, 4, 1, 2), (4, 5, 1, 1)]
        );
    }

    #[test]
    fn posteriors_are_high_for_clear_beads_and_fall_with_temperature() {
        let lattice = Lattice::new(Band::full(4, 5), &SHAPES, toy_cost);
        let mut path = lattice.best_path();
        lattice.posteriors(&mut path, 1.0, 10);
        assert!(path.iter().all(|s| s.posterior > 0.9), "{path:?}");
        let mut hot = lattice.best_path();
        lattice.posteriors(&mut hot, 20.0, 10);
        assert!(hot.iter().all(|s| s.posterior < 0.5), "{hot:?}");
    }

    #[test]
    fn a_band_gives_the_same_path_when_wide_enough() {
        let centre: Vec<usize> = (0..=4).map(|i| (i * 5) / 4).collect();
        let lattice = Lattice::new(Band::around(&centre, 2, 5), &SHAPES, toy_cost);
        let full = Lattice::new(Band::full(4, 5), &SHAPES, toy_cost);
        assert_eq!(lattice.best_path(), full.best_path());
        assert!(Band::around(&centre, 1, 5).cells() < Band::full(4, 5).cells());
    }
}
