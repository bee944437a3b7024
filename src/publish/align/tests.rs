//! Unit tests of `relais align`'s library side.

use super::*;
use crate::model::{Annotation, Unit};

#[test]
fn a_fluent_file_without_directives_gives_its_values_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.ftl");
    std::fs::write(&path, "one = First.\n\ntwo = <em>Second</em> one.\n").unwrap();
    let p = read_paragraphs(&path).unwrap();
    let texts: Vec<&str> = p.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(texts, ["First.", "<em>Second</em> one."]);
    assert!(p.iter().all(|p| p.kind == ParagraphKind::Unknown));
}

#[test]
fn aligned_units_carry_origin_and_score_and_tmx_keeps_the_threshold() {
    let fr = LangTag::parse("fr").unwrap();
    let en = LangTag::parse("en").unwrap();
    let bead = |s: &str, t: &str, score| AlignedBead {
        source: vec![0],
        target: vec![0],
        source_text: s.into(),
        target_text: t.into(),
        score,
    };
    let alignment = Alignment {
        source_sentences: 2,
        target_sentences: 2,
        beads: vec![bead("Bonjour.", "Hello.", 95), bead("Oui.", "No.", 40)],
    };
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.tmx");
    assert_eq!(write_tmx(&path, &alignment, (&fr, &en), 80).unwrap(), 1);
    let (_, units, _) = crate::formats::tmx::read_all(&path).unwrap();
    assert_eq!(units.len(), 1);
    assert_eq!(units[0].prop(PROP_ORIGIN), Some("align"));
    assert_eq!(units[0].prop(PROP_ALIGN_SCORE), Some("95"));
    assert_eq!(percent(0.999), 99);
    assert_eq!(percent(1.0), 100);
}

fn lang(tag: &str) -> LangTag {
    LangTag::parse(tag).unwrap()
}

#[test]
fn the_review_file_holds_low_scores_and_one_sided_beads_and_reads_back() {
    let bead = |s: &[usize], t: &[usize], st: &str, tt: &str, score| AlignedBead {
        source: s.to_vec(),
        target: t.to_vec(),
        source_text: st.into(),
        target_text: tt.into(),
        score,
    };
    let alignment = Alignment {
        source_sentences: 4,
        target_sentences: 4,
        beads: vec![
            bead(&[0], &[0], "Bonjour.", "Hello.", 95),
            bead(
                &[1, 2],
                &[1],
                "Il a dit « oui ».\tBien.",
                "He said \"yes\". Good.",
                40,
            ),
            bead(&[3], &[], "Seule.", "", 70),
            bead(&[], &[2, 3], "", "Alone.", 60),
        ],
    };
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.review.tsv");
    assert_eq!(
        write_review(&path, &alignment, &lang("fr"), &lang("en"), 80).unwrap(),
        3
    );
    let text = std::fs::read_to_string(&path).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "decision\tsource_sentences\ttarget_sentences\tscore\tfr\ten"
    );
    assert_eq!(
        lines[1],
        "\t1,2\t1\t40\tIl a dit « oui ». Bien.\t\"He said \"\"yes\"\". Good.\""
    );
    assert_eq!(lines[2], "\t3\t\t70\tSeule.\t");
    let review = read_review(&path).unwrap();
    assert_eq!(review.source, lang("fr"));
    assert_eq!(review.target, lang("en"));
    assert_eq!(review.pairs.len(), 1);
    assert_eq!(review.pairs[0].target_text, "He said \"yes\". Good.");
    assert_eq!(review.pairs[0].line, 2);
    assert_eq!(review.pairs[0].score, Some(40));
    assert_eq!((review.rejected, review.one_sided), (0, 2));

    // The translator rejects one row and completes another.
    let edited = text
        .replace("\t1,2\t1\t40", "reject\t1,2\t1\t40")
        .replace("Seule.\t\n", "Seule.\tAlone.\n");
    std::fs::write(&path, edited).unwrap();
    let review = read_review(&path).unwrap();
    assert_eq!(review.pairs.len(), 1);
    assert_eq!(review.pairs[0].source_text, "Seule.");
    assert_eq!(review.pairs[0].target_text, "Alone.");
    assert_eq!((review.rejected, review.one_sided), (1, 1));
    let unit = reviewed_unit(&review.pairs[0], &review.source, &review.target);
    assert_eq!(unit.prop(PROP_ORIGIN), Some(ORIGIN_REVIEWED));
    assert_eq!(unit.prop(PROP_ALIGN_SCORE), Some("70"));
    assert_eq!(unit.aligned_score(), None);
}

#[test]
fn bad_review_rows_are_errors_with_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.tsv");
    let header = "decision\tsource_sentences\ttarget_sentences\tscore\tfr\ten\n";
    let cases = [
        (
            format!("{header}\t1\t1\t40\tA.\tB.\n\tx\t1\t40\tA.\tB.\n"),
            ":3:2:",
            "source_sentences",
        ),
        (
            format!("{header}maybe\t1\t1\t40\tA.\tB.\n"),
            ":2:1:",
            "decision",
        ),
        (format!("{header}\t1\t1\t140\tA.\tB.\n"), ":2:6:", "score"),
        (
            format!("{header}\t1\t1\t40\t\"A.\tB.\n"),
            ":2:9:",
            "closing",
        ),
        (
            format!("{header}\t1\t1\t40\t\"A\" b\tB.\n"),
            ":2:12:",
            "after the closing",
        ),
        (
            format!("{header}\t1\t1\t40\tA.\tB.\textra\n"),
            ":2:15:",
            "7 columns",
        ),
        ("source\ttarget\n".to_string(), ":1:1:", "header"),
        (
            "decision\tsource_sentences\ttarget_sentences\tscore\tfr\n".to_string(),
            ":1:",
            "languages",
        ),
        (
            "decision\tsource_sentences\ttarget_sentences\tscore\tfr\t12345678901\n".to_string(),
            ":1:53:",
            "language",
        ),
    ];
    for (text, at, what) in cases {
        std::fs::write(&path, &text).unwrap();
        let message = read_review(&path).unwrap_err().to_string();
        assert!(
            message.contains(&format!("r.tsv{at}")),
            "{text:?}: {message}"
        );
        assert!(message.contains(what), "{text:?}: {message}");
    }
    std::fs::write(&path, "").unwrap();
    assert!(
        read_review(&path)
            .unwrap_err()
            .to_string()
            .contains("no header")
    );
}

#[test]
fn the_tm_lexicon_takes_short_units_and_trains_on_sentences_of_the_pair() {
    use crate::model::Variant;
    let dir = tempfile::tempdir().unwrap();
    let mut tm = Tm::open(&dir.path().join("tm"), &crate::tm::OpenOptions::default()).unwrap();
    let unit = |a: (&str, &str), b: (&str, &str)| Unit {
        variants: vec![Variant::new(a.0, a.1), Variant::new(b.0, b.1)],
        ..Default::default()
    };
    let mut imp = tm.begin_import("t", "tmx", None).unwrap();
    imp.add(unit(("de", "Gipfelkreuz"), ("fr", "croix sommitale")))
        .unwrap();
    for (de, fr) in [
        ("Der Gletscher ist gross.", "Le glacier est grand."),
        ("Wir sahen den Gletscher.", "Nous avons vu le glacier."),
        ("Der Gletscher schmilzt.", "Le glacier fond."),
    ] {
        imp.add(unit(("de", de), ("fr", fr))).unwrap();
    }
    // Another language pair, and an unreviewed aligned pair: not used.
    imp.add(unit(("de", "Hütte"), ("en", "hut"))).unwrap();
    let mut aligned = unit(("de", "Seil"), ("fr", "corde"));
    aligned.props.push(Annotation::prop(PROP_ORIGIN, "align"));
    aligned.props.push(Annotation::prop(PROP_ALIGN_SCORE, "90"));
    imp.add(aligned).unwrap();
    imp.commit().unwrap();
    let (lexicon, pairs) = tm_lexicon(&tm, &lang("de"), &lang("fr")).unwrap();
    assert_eq!(pairs, 4);
    let words = |w: &str| -> Vec<String> {
        lexicon
            .translations(w)
            .iter()
            .map(|(t, _)| t.clone())
            .collect()
    };
    assert!(
        words("gipfelkreuz").contains(&"sommitale".to_string()),
        "{:?}",
        words("gipfelkreuz")
    );
    assert_eq!(
        words("gletscher").first().map(String::as_str),
        Some("glacier")
    );
    assert!(words("hütte").is_empty() && words("seil").is_empty());
}
