//! Unit tests of `align`.

use super::*;

#[test]
fn presplit_alignment_finds_merges_and_omissions() {
    let de = [
        "Am 12. August 1973 stiegen wir von Saas-Fee zur Bordierhütte auf.",
        "Das Wetter war schön, und der Schnee auf dem Riedgletscher war hart.",
        "Wir erreichten den Gipfel des Nadelhorns um 10 Uhr mit André Berney.",
        "Über diese Tour hatte die Zeitschrift Alpinismus schon 1965 einen langen Bericht veröffentlicht.",
        "Der Abstieg über den Windjoch dauerte drei Stunden.",
        "In Saas-Fee tranken wir ein Bier.",
        "Am 14. August fuhren wir mit dem Postauto nach Visp zurück.",
    ];
    let fr = [
        "Le 12 août 1973, nous montâmes de Saas-Fee à la cabane Bordier.",
        "Il faisait beau.",
        "La neige du glacier de Ried était dure.",
        "Nous atteignîmes le sommet du Nadelhorn à 10 heures avec André Berney.",
        "La descente par le Windjoch dura trois heures.",
        "À Saas-Fee, nous bûmes une bière.",
        "Le 14 août, le car postal nous ramena à Viège.",
    ];
    let beads = Aligner::new("de", "fr").align_sentences(&de, &fr);
    let shapes: Vec<_> = beads
        .iter()
        .map(|b| (b.source.clone(), b.target.clone()))
        .collect();
    assert_eq!(
        shapes,
        [
            (vec![0], vec![0]),
            (vec![1], vec![1, 2]),
            (vec![2], vec![3]),
            (vec![3], vec![]),
            (vec![4], vec![4]),
            (vec![5], vec![5]),
            (vec![6], vec![6]),
        ]
    );
    assert!(beads.iter().all(|b| (0.0..=1.0).contains(&b.score)));
}

#[test]
fn empty_sides_give_lone_beads() {
    let beads = Aligner::new("fr", "en").align_sentences(&["Un.", "Deux."], &[] as &[&str]);
    assert_eq!(beads.len(), 2);
    assert!(beads.iter().all(|b| b.target.is_empty()));
}

fn document() -> (Vec<Paragraph>, Vec<Paragraph>) {
    let fr = vec![
        Paragraph::with_kind(
            "Rapport 2024 de la Fondation pour l’Enfance",
            ParagraphKind::Heading(1),
        ),
        Paragraph::with_kind(
            "La Fondation publie aujourd’hui un rapport sur l’IA générative. Il compte 14 recommandations.",
            ParagraphKind::Text,
        ),
        Paragraph::with_kind(
            "Selon l’OFMIN, 40 % des affaires ont conduit à des actes sur des mineurs.",
            ParagraphKind::Text,
        ),
        Paragraph::with_kind("Ce paragraphe n’a pas été traduit.", ParagraphKind::Text),
        Paragraph::with_kind("Les victimes", ParagraphKind::Heading(2)),
        Paragraph::with_kind(
            "Identifier les enfants victimes est difficile. Les images générées se multiplient depuis 2023.",
            ParagraphKind::Text,
        ),
        Paragraph::with_kind(
            "Contact : presse@fondation-enfance.org",
            ParagraphKind::Text,
        ),
    ];
    let en = vec![
        Paragraph::with_kind(
            "Fondation pour l’Enfance 2024 report",
            ParagraphKind::Heading(1),
        ),
        Paragraph::with_kind(
            "The Fondation is publishing a report on generative AI today. It makes 14 recommendations.",
            ParagraphKind::Text,
        ),
        Paragraph::with_kind(
            "According to OFMIN, 40% of cases led to the abuse of children.",
            ParagraphKind::Text,
        ),
        Paragraph::with_kind("Victims", ParagraphKind::Heading(2)),
        Paragraph::with_kind(
            "Identifying child victims is difficult.",
            ParagraphKind::Text,
        ),
        Paragraph::with_kind(
            "Generated images have multiplied since 2023.",
            ParagraphKind::Text,
        ),
        Paragraph::with_kind("Contact: presse@fondation-enfance.org", ParagraphKind::Text),
    ];
    (fr, en)
}

#[test]
fn documents_align_paragraphs_then_sentences() {
    let (fr, en) = document();
    let alignment = Aligner::new("fr", "en").align_document(&fr, &en);
    let paragraphs: Vec<_> = alignment
        .paragraphs
        .iter()
        .map(|b| (b.source.clone(), b.target.clone()))
        .collect();
    assert_eq!(
        paragraphs,
        [
            (vec![0], vec![0]),
            (vec![1], vec![1]),
            (vec![2], vec![2]),
            (vec![3], vec![]),
            (vec![4], vec![3]),
            (vec![5], vec![4, 5]),
            (vec![6], vec![6]),
        ]
    );
    // The split paragraph gives two 1-1 sentence beads; the two
    // sentences of paragraph 1 pair up.
    let pairs: Vec<(String, String)> = alignment
        .sentences
        .iter()
        .filter(|b| b.is_pair())
        .map(|b| alignment.texts(b))
        .collect();
    assert!(pairs.contains(&(
        "Il compte 14 recommandations.".to_string(),
        "It makes 14 recommendations.".to_string()
    )));
    assert!(pairs.contains(&(
        "Les images générées se multiplient depuis 2023.".to_string(),
        "Generated images have multiplied since 2023.".to_string()
    )));
    let untranslated = alignment
        .sentences
        .iter()
        .find(|b| b.target.is_empty())
        .map(|b| alignment.source_sentences[b.source[0]].text.clone());
    assert_eq!(
        untranslated.as_deref(),
        Some("Ce paragraphe n’a pas été traduit.")
    );
    // Sentence indices cover both sides in order.
    let s: Vec<usize> = alignment
        .sentences
        .iter()
        .flat_map(|b| b.source.clone())
        .collect();
    let t: Vec<usize> = alignment
        .sentences
        .iter()
        .flat_map(|b| b.target.clone())
        .collect();
    assert_eq!(s, (0..alignment.source_sentences.len()).collect::<Vec<_>>());
    assert_eq!(t, (0..alignment.target_sentences.len()).collect::<Vec<_>>());
    assert!(
        alignment
            .sentences
            .iter()
            .all(|b| (0.0..=1.0).contains(&b.score))
    );
}

#[test]
fn a_supplied_lexicon_decides_where_length_cannot() {
    // Similar lengths, no shared tokens: only the lexicon tells that
    // the first German sentence and the last English one have no
    // counterpart.
    let de = ["Hund bellt laut.", "Katze schläft.", "Vogel singt."];
    let en = ["Cat sleeps.", "Bird sings.", "Fish swims fast."];
    let mut lexicon = Lexicon::new();
    lexicon.insert("Katze", "cat", 1.0);
    lexicon.insert("schläft", "sleeps", 1.0);
    lexicon.insert("Vogel", "bird", 1.0);
    lexicon.insert("singt", "sings", 1.0);
    let options = AlignOptions {
        self_train: false,
        ..AlignOptions::default()
    };
    let beads = Aligner::new("de", "en")
        .with_options(options)
        .with_lexicon(lexicon)
        .align_sentences(&de, &en);
    let pairs: Vec<_> = beads
        .iter()
        .filter(|b| b.is_pair())
        .map(|b| (b.source.clone(), b.target.clone()))
        .collect();
    assert_eq!(pairs, [(vec![1], vec![0]), (vec![2], vec![1])]);
}

#[test]
fn long_texts_are_aligned_in_a_band() {
    // 3,000 sentences a side, one deleted every 100: far more cells
    // than the full table allows, so the band must follow the path.
    let source: Vec<String> = (0..3000)
        .map(|k| format!("Satz {k} über das Thema {} mit Wörtern.", k % 7))
        .collect();
    let target: Vec<String> = (0..3000)
        .filter(|k| k % 100 != 50)
        .map(|k| format!("Phrase {k} sur le sujet {} avec des mots.", k % 7))
        .collect();
    let beads = Aligner::new("de", "fr").align_sentences(&source, &target);
    let right = beads
        .iter()
        .filter(|b| {
            b.is_pair() && target[b.target[0]].contains(&format!("Phrase {} ", b.source[0]))
        })
        .count();
    assert_eq!(right, target.len(), "every kept sentence finds its partner");
    let deleted: Vec<usize> = beads
        .iter()
        .filter(|b| b.target.is_empty())
        .map(|b| b.source[0])
        .collect();
    assert_eq!(deleted, (0..30).map(|k| k * 100 + 50).collect::<Vec<_>>());
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
    #[test]
    fn every_sentence_is_in_exactly_one_bead_in_order(
        source in proptest::collection::vec("[a-z0-9 ,.?]{0,30}", 0..12),
        target in proptest::collection::vec("[a-z0-9 ,.?]{0,30}", 0..12),
    ) {
        let beads = Aligner::new("fr", "de").align_sentences(&source, &target);
        let s: Vec<usize> = beads.iter().flat_map(|b| b.source.clone()).collect();
        let t: Vec<usize> = beads.iter().flat_map(|b| b.target.clone()).collect();
        proptest::prop_assert_eq!(s, (0..source.len()).collect::<Vec<_>>());
        proptest::prop_assert_eq!(t, (0..target.len()).collect::<Vec<_>>());
        for b in &beads {
            proptest::prop_assert!(!b.source.is_empty() || !b.target.is_empty());
            proptest::prop_assert!((0.0..=1.0).contains(&b.score));
        }
    }
}

#[test]
fn chain_of_anchors_is_increasing() {
    let pts = [(0, 5), (1, 1), (2, 2), (3, 0), (4, 3), (5, 9), (6, 4)];
    assert_eq!(
        longest_increasing_chain(&pts),
        [(1, 1), (2, 2), (4, 3), (6, 4)]
    );
}
