//! Tests of the lookup: tiers, scores, directions, context, and recall
//! of the index against a scan of every unit.

use super::*;
use crate::lang::LangTag;
use crate::model::Unit;
use crate::model::{Annotation, PROP_CONTEXT, PROP_PREV, Variant};
use crate::tm::scoring::Tier;
use crate::tm::store::OpenOptions;
use crate::tm::store::Tm;

fn lang(tag: &str) -> LangTag {
    LangTag::parse(tag).unwrap()
}

fn unit(variants: &[(&str, &str)]) -> Unit {
    Unit {
        variants: variants.iter().map(|(l, t)| Variant::new(l, *t)).collect(),
        ..Default::default()
    }
}

fn tm_of(units: Vec<Unit>, chunk_units: usize) -> (tempfile::TempDir, Tm) {
    let dir = tempfile::tempdir().unwrap();
    let mut tm = Tm::open(&dir.path().join("tm"), &OpenOptions::default()).unwrap();
    let mut imp = tm.begin_import("t", "tsv", None).unwrap();
    imp.set_chunk_units(chunk_units);
    for u in units {
        imp.add(u).unwrap();
    }
    imp.commit().unwrap();
    (dir, tm)
}

fn tm_with(pairs: &[(&str, &str)]) -> (tempfile::TempDir, Tm) {
    tm_of(
        pairs
            .iter()
            .map(|(fr, en)| unit(&[("fr", fr), ("en", en)]))
            .collect(),
        3,
    )
}

const PAIRS: &[(&str, &str)] = &[
    (
        "La Fondation publie aujourd'hui un rapport préoccupant.",
        "The Foundation today publishes a worrying report.",
    ),
    (
        "Le rapport identifie trois enjeux majeurs.",
        "The report identifies three major issues.",
    ),
    ("Lire le rapport entier", "Read the full report"),
    ("Rejoignez-nous !", "Join us!"),
    ("Le chat dort.", "The cat sleeps."),
];

#[test]
fn exact_match_scores_100() {
    let (_d, tm) = tm_with(PAIRS);
    let q = Query::new("Lire le rapport entier", lang("fr"), lang("en"));
    let m = lookup(&tm, &q).unwrap();
    assert_eq!((m[0].score, m[0].tier), (100, Tier::Exact));
    assert_eq!(m[0].target, "Read the full report");
}

#[test]
fn fuzzy_match_is_found_and_reversed_direction_works() {
    let (_d, tm) = tm_with(PAIRS);
    let q = Query::new(
        "Le rapport identifie quatre enjeux majeurs.",
        lang("fr"),
        lang("en"),
    );
    let m = lookup(&tm, &q).unwrap();
    assert_eq!(m[0].target, "The report identifies three major issues.");
    assert_eq!(m[0].tier, Tier::Fuzzy);
    assert!((75..95).contains(&m[0].score), "{}", m[0].score);
    let back = Query::new(
        "The report identifies three major issues.",
        lang("en"),
        lang("fr"),
    );
    assert_eq!(
        lookup(&tm, &back).unwrap()[0].target,
        "Le rapport identifie trois enjeux majeurs."
    );
}

#[test]
fn near_exact_tier() {
    let (_d, tm) = tm_with(PAIRS);
    let q = Query::new("lire le rapport entier.", lang("fr"), lang("en"));
    let m = lookup(&tm, &q).unwrap();
    assert_eq!(m[0].tier, Tier::NearExact);
    // Case and punctuation: 1 + 1.
    assert_eq!(m[0].score, 98);
}

#[test]
fn any_direction_between_the_languages_of_a_unit() {
    let (_d, tm) = tm_of(
        vec![
            unit(&[
                ("fr", "Le chat dort sur le canapé."),
                ("en", "The cat sleeps on the sofa."),
                ("de", "Die Katze schläft auf dem Sofa."),
            ]),
            unit(&[("fr", "Le chien dort."), ("en", "The dog sleeps.")]),
        ],
        10,
    );
    let cases = [
        (
            "fr",
            "de",
            "Le chat dort sur le canapé.",
            "Die Katze schläft auf dem Sofa.",
        ),
        (
            "de",
            "fr",
            "Die Katze schläft auf dem Sofa.",
            "Le chat dort sur le canapé.",
        ),
        (
            "de",
            "en",
            "Die Katze schläft auf dem Sofa.",
            "The cat sleeps on the sofa.",
        ),
        (
            "en",
            "de",
            "The cat sleeps on the sofa.",
            "Die Katze schläft auf dem Sofa.",
        ),
    ];
    for (src, tgt, text, expected) in cases {
        let m = lookup(&tm, &Query::new(text, lang(src), lang(tgt))).unwrap();
        assert_eq!(m.len(), 1, "{src}→{tgt}");
        assert_eq!(
            (m[0].score, m[0].target.as_str()),
            (100, expected),
            "{src}→{tgt}"
        );
    }
    // The dog unit has no German variant.
    assert!(
        lookup(&tm, &Query::new("Le chien dort.", lang("fr"), lang("de")))
            .unwrap()
            .is_empty()
    );
}

#[test]
fn context_and_previous_segment_give_101() {
    let mut with_context = unit(&[("fr", "Oui"), ("en", "Yes")]);
    with_context
        .props
        .push(Annotation::prop(PROP_CONTEXT, "press:q1"));
    let mut with_prev = unit(&[("fr", "Oui"), ("en", "Yes indeed")]);
    with_prev
        .props
        .push(Annotation::prop(PROP_PREV, "Êtes-vous d'accord ?"));
    let plain = unit(&[("fr", "Oui"), ("en", "Yeah")]);
    let (_d, tm) = tm_of(vec![plain, with_context, with_prev], 10);

    let mut q = Query::new("Oui", lang("fr"), lang("en"));
    let m = lookup(&tm, &q).unwrap();
    assert!(m.iter().all(|m| m.score == 100 && m.tier == Tier::Exact));

    q.context = Some("press:q1".into());
    let m = lookup(&tm, &q).unwrap();
    assert_eq!(
        (m[0].score, m[0].tier, m[0].target.as_str()),
        (101, Tier::Context, "Yes")
    );
    assert_eq!(m[0].context.as_deref(), Some("press:q1"));
    assert_eq!(m[1].score, 100);

    q.context = None;
    q.prev = Some("Êtes-vous d'accord ?".into());
    let m = lookup(&tm, &q).unwrap();
    assert_eq!((m[0].score, m[0].target.as_str()), (101, "Yes indeed"));
    assert_eq!(m[1].score, 100);

    // Context alone never lifts a fuzzy match.
    let mut fuzzy = Query::new("Oui merci", lang("fr"), lang("en"));
    fuzzy.context = Some("press:q1".into());
    fuzzy.min_score = 0;
    assert!(lookup(&tm, &fuzzy).unwrap().iter().all(|m| m.score < 95));
}

#[test]
fn differing_numbers_are_reported() {
    let (_d, tm) = tm_with(&[(
        "En 2023, 40 % des signalements concernaient des images générées.",
        "In 2023, 40% of reports involved generated images.",
    )]);
    let q = Query::new(
        "En 2024, 45 % des signalements concernaient des images générées.",
        lang("fr"),
        lang("en"),
    );
    let m = lookup(&tm, &q).unwrap();
    assert_eq!((m[0].score, m[0].tier), (98, Tier::NearExact));
    let numbers: Vec<_> = m[0]
        .diff
        .numbers
        .iter()
        .map(|n| (n.query.as_deref(), n.tm.as_deref()))
        .collect();
    assert_eq!(
        numbers,
        [(Some("2024"), Some("2023")), (Some("45"), Some("40"))]
    );
}

#[test]
fn multi_variant_units_use_their_best_source_variant() {
    // One unit, two French variants of very different lengths: the
    // index must not drop it for the long variant's length.
    let long = "Ce texte beaucoup plus long ne ressemble en rien à la question posée ici même.";
    let u = unit(&[
        ("fr", long),
        ("fr", "Le chat dort."),
        ("en", "The cat sleeps."),
        ("en-GB", "The cat is asleep."),
    ]);
    let (_d, tm) = tm_of(
        vec![
            u,
            unit(&[("fr", "Le chien mange."), ("en", "The dog eats.")]),
        ],
        10,
    );
    let q = Query::new("Le chat dort.", lang("fr"), lang("en"));
    let m = lookup(&tm, &q).unwrap();
    assert_eq!(
        (m[0].score, m[0].source.as_str(), m[0].target.as_str()),
        (100, "Le chat dort.", "The cat sleeps.")
    );
    let gb = Query::new("Le chat dort.", lang("fr"), lang("en-GB"));
    assert_eq!(lookup(&tm, &gb).unwrap()[0].target, "The cat is asleep.");
    let mut fuzzy = Query::new("Le chat dort bien.", lang("fr"), lang("en"));
    fuzzy.min_score = 50;
    let a: Vec<_> = lookup(&tm, &fuzzy)
        .unwrap()
        .iter()
        .map(|m| (m.unit, m.score))
        .collect();
    let b: Vec<_> = lookup_brute_force(&tm, &fuzzy)
        .unwrap()
        .iter()
        .map(|m| (m.unit, m.score))
        .collect();
    assert_eq!(a, b);
    assert_eq!(a.len(), 1);
}

#[test]
fn a_query_naming_a_region_ranks_that_region_first() {
    let (_d, tm) = tm_of(
        vec![
            unit(&[
                ("fr", "Soixante-dix pour cent"),
                ("en", "Seventy percent (fr)"),
            ]),
            unit(&[
                ("fr-BE", "Soixante-dix pour cent"),
                ("en", "Seventy percent (fr-BE)"),
            ]),
            unit(&[
                ("fr-CA", "Soixante-dix pour cent"),
                ("en", "Seventy percent (fr-CA)"),
            ]),
        ],
        10,
    );
    let m = lookup(
        &tm,
        &Query::new("Soixante-dix pour cent", lang("fr-BE"), lang("en")),
    )
    .unwrap();
    assert_eq!(m.len(), 3);
    assert_eq!(m[0].source_lang, "fr-BE");
    assert!(m.iter().all(|m| m.score == 100));
    // Without a region, document order (unit id) decides among equals.
    let m = lookup(
        &tm,
        &Query::new("Soixante-dix pour cent", lang("fr"), lang("en")),
    )
    .unwrap();
    assert_eq!(m[0].source_lang, "fr");
    // A target region picks the variant of that region.
    let (_d2, tm2) = tm_of(
        vec![unit(&[
            ("en", "Colour"),
            ("en-US", "Color"),
            ("fr", "Couleur"),
        ])],
        10,
    );
    let us = lookup(&tm2, &Query::new("Couleur", lang("fr"), lang("en-US"))).unwrap();
    assert_eq!(us[0].target, "Color");
    let plain = lookup(&tm2, &Query::new("Couleur", lang("fr"), lang("en"))).unwrap();
    assert_eq!(plain[0].target, "Colour");
}

#[test]
fn limit_and_min_score_are_respected() {
    let (_d, tm) = tm_with(PAIRS);
    let mut q = Query::new("Le rapport", lang("fr"), lang("en"));
    q.min_score = 0;
    q.limit = 2;
    let m = lookup(&tm, &q).unwrap();
    assert_eq!(m.len(), 2);
    assert!(m[0].score >= m[1].score);
    q.limit = 0;
    assert!(lookup(&tm, &q).unwrap().is_empty());
    q.limit = 10;
    q.min_score = 90;
    assert!(lookup(&tm, &q).unwrap().is_empty());
}

#[test]
fn punctuation_only_queries_use_the_exact_key() {
    let (_d, tm) = tm_with(&[("…", "..."), ("!", "!")]);
    let m = lookup(&tm, &Query::new("…", lang("fr"), lang("en"))).unwrap();
    assert_eq!((m.len(), m[0].score, m[0].target.as_str()), (1, 100, "..."));
}

#[test]
fn index_agrees_with_brute_force() {
    let (_d, tm) = tm_with(PAIRS);
    for (text, _) in PAIRS {
        for variant in [
            text.to_string(),
            text.replace("rapport", "document"),
            format!("{text} Merci."),
        ] {
            let mut q = Query::new(&variant, lang("fr"), lang("en"));
            q.min_score = 50;
            let a: Vec<_> = lookup(&tm, &q)
                .unwrap()
                .iter()
                .map(|m| (m.unit, m.score))
                .collect();
            let b: Vec<_> = lookup_brute_force(&tm, &q)
                .unwrap()
                .iter()
                .map(|m| (m.unit, m.score))
                .collect();
            assert_eq!(a, b, "{variant}");
        }
    }
}

#[test]
fn no_target_variant_no_match() {
    let (_d, tm) = tm_with(PAIRS);
    let q = Query::new("Lire le rapport entier", lang("fr"), lang("de"));
    assert!(lookup(&tm, &q).unwrap().is_empty());
}

/// A deterministic pseudo-random generator (no test dependency).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: usize) -> usize {
        let n = u64::try_from(n).unwrap();
        usize::try_from(self.next() % n).unwrap()
    }
    /// Zipf-like: small indices far more often.
    fn skewed(&mut self, n: usize) -> usize {
        let u = crate::num::f64_from_u64(self.next() % 10_000) / 10_000.0;
        let i = crate::num::floor_u32((u * u * u) * crate::num::f64_from_usize(n));
        usize::try_from(i).unwrap()
    }
}

fn synthetic_words(rng: &mut Lcg, count: usize) -> Vec<String> {
    const SYLLABLES: [&str; 16] = [
        "ra", "po", "li", "té", "ma", "vo", "ché", "nu", "der", "ka", "si", "lo", "fu", "ré", "an",
        "to",
    ];
    (0..count)
        .map(|_| {
            (0..1 + rng.below(3))
                .map(|_| SYLLABLES[rng.below(16)])
                .collect()
        })
        .collect()
}

fn sentence(rng: &mut Lcg, words: &[String]) -> Vec<String> {
    let len = 2 + rng.below(14);
    let mut out: Vec<String> = (0..len)
        .map(|_| words[rng.skewed(words.len())].clone())
        .collect();
    if rng.below(5) == 0 {
        out.insert(rng.below(len), format!("{}", rng.below(500)));
    }
    out
}

fn render(words: &[String]) -> String {
    let mut s = words.join(" ");
    if let Some(first) = s.chars().next() {
        s.replace_range(..first.len_utf8(), &first.to_uppercase().to_string());
    }
    s.push('.');
    s
}

fn edited(rng: &mut Lcg, base: &[String], words: &[String]) -> Vec<String> {
    let mut out = base.to_vec();
    for _ in 0..1 + rng.below(3) {
        let at = rng.below(out.len());
        match rng.below(3) {
            0 => out[at] = words[rng.skewed(words.len())].clone(),
            1 => out.insert(at, words[rng.skewed(words.len())].clone()),
            _ if out.len() > 2 => {
                out.remove(at);
            }
            _ => {}
        }
    }
    out
}

/// Recall of the index against the brute-force scorer on a synthetic
/// TM of 3,000 units in several chunks: every match at or above the
/// threshold that brute force finds must be found (at least 99 %).
#[test]
fn recall_against_brute_force_on_a_synthetic_tm() {
    let mut rng = Lcg(7);
    let words = synthetic_words(&mut rng, 600);
    let sentences: Vec<Vec<String>> = (0..3_000).map(|_| sentence(&mut rng, &words)).collect();
    let units = sentences
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let target = if i % 7 == 0 { "de" } else { "en" };
            unit(&[("fr", &render(s)), (target, &format!("t{i}"))])
        })
        .collect();
    let (_d, tm) = tm_of(units, 700);
    let texts: Vec<String> = (0..160)
        .map(|i| match i % 4 {
            0 => render(&sentence(&mut rng, &words)),
            1 => render(&sentences[rng.below(sentences.len())]).to_lowercase(),
            _ => {
                let base = &sentences[rng.below(sentences.len())];
                render(&edited(&mut rng, base, &words))
            }
        })
        .collect();
    let queries: Vec<Query> = texts
        .iter()
        .map(|t| {
            let mut q = Query::new(t, lang("fr"), lang("en"));
            q.min_score = 50;
            q.limit = usize::MAX;
            q
        })
        .collect();
    let truths = lookup_brute_force_many(&tm, &queries).unwrap();
    let mut searcher = Searcher::new(&tm);
    let (mut expected, mut found, mut verified) = (0usize, 0usize, 0u64);
    for (q, truth) in queries.iter().zip(truths) {
        for min_score in [50, 75] {
            let mut q = q.clone();
            q.min_score = min_score;
            let truth: Vec<_> = truth
                .iter()
                .filter(|m| m.score >= min_score)
                .map(|m| (m.unit, m.score))
                .collect();
            let got: Vec<_> = searcher
                .lookup(&q)
                .unwrap()
                .iter()
                .map(|m| (m.unit, m.score))
                .collect();
            verified += searcher.stats().verified;
            expected += truth.len();
            found += truth.iter().filter(|t| got.contains(t)).count();
            assert!(
                got.iter().all(|g| truth.contains(g)),
                "index invented a match for {:?}",
                q.segment
            );
            // With a limit, the same top matches in the same order.
            q.limit = 5;
            let top: Vec<_> = searcher
                .lookup(&q)
                .unwrap()
                .iter()
                .map(|m| (m.unit, m.score))
                .collect();
            assert_eq!(
                top,
                truth[..truth.len().min(5)],
                "{:?} at {min_score}",
                q.segment
            );
        }
    }
    eprintln!("recall {found}/{expected}, {verified} units verified");
    assert!(expected > 300, "the sample must have matches ({expected})");
    assert!(found * 100 >= expected * 99, "recall {found}/{expected}");
    // The index reads a small part of the TM, not all of it.
    assert!(verified < 320 * 3_000 / 10, "verified {verified}");
}
