//! Unit tests of `score`.

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
    let src = [
        "Der Berg ist 4000 m hoch.",
        "Das Wetter war schlecht.",
        "Wir gingen nach Hause.",
        "Morgen regnet es.",
    ];
    let tgt = [
        "Il faisait mauvais.",
        "La montagne a 4000 m.",
        "Nous rentrâmes.",
        "Demain il pleut.",
    ];
    let p = prepare(&src, &tgt, &lex);
    let pairs = p.pair_table(0..4, |_| 0..4);
    let right = p.bead_cost(&pairs, 0, 1, 1, 1);
    let wrong = p.bead_cost(&pairs, 0, 1, 0, 1);
    assert!(right < wrong, "{right} < {wrong}");
    assert_eq!(p.anchors(0..4, 0..4), [(0, 1)]);
}

#[test]
fn chance_matches_count_for_less_in_larger_beads() {
    let p = ScoreParams::default();
    // A token in 1 of 100 sentences with its partner in 1 of 100.
    let rare = likelihood_gains(1, 1, 100, &p);
    // A token in 50 of 100 sentences with partners in 50.
    let common = likelihood_gains(50, 50, 100, &p);
    assert!(rare[0].0 > common[0].0);
    assert!(
        rare[0].0 > rare[2].0,
        "a match among three sentences is weaker evidence"
    );
    assert!(rare[0].1 < 0.0, "a missing partner counts against");
    assert_eq!(likelihood_gains(3, 0, 100, &p), [(0.0, 0.0); 3]);
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
