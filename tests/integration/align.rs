//! The aligner on real texts: the Text+Berg development gold, NTREX news
//! with omissions and merges made on purpose, and the project's own press
//! release.

use std::path::Path;

use fluent_syntax::ast;
use relais::align::eval::{Counts, IndexBead, compare, parse_ladder, synthetic_set};
use relais::align::{Aligner, Bead, Paragraph};

use crate::common::corpus;

/// Strict F1 measured on Text+Berg `dev` with the default parameters
/// (`cargo run --release --example align_eval -- --files dev`), and the
/// margin a change may lose before this test fails.
const DEV_STRICT_F1: f64 = 0.865;
const DEV_LAX_F1: f64 = 0.999;
const MARGIN: f64 = 0.02;

/// Aligns two lists of sentences as given and scores the beads against
/// `gold`; prints the scores under `label`.
fn align_and_score(
    (source_lang, target_lang): (&str, &str),
    source: &[impl AsRef<str>],
    target: &[impl AsRef<str>],
    gold: &[IndexBead],
    label: &str,
) -> (Vec<Bead>, Counts) {
    let beads = Aligner::new(source_lang, target_lang).align_sentences(source, target);
    let test: Vec<IndexBead> = beads
        .iter()
        .map(|b| (b.source.clone(), b.target.clone()))
        .collect();
    let counts = compare(gold, &test);
    let (strict, lax) = (counts.strict(), counts.lax());
    eprintln!(
        "{label}: strict P {:.3} R {:.3} F1 {:.3}; lax F1 {:.3}",
        strict.precision, strict.recall, strict.f1, lax.f1
    );
    (beads, counts)
}

#[test]
fn text_berg_dev_set_reaches_the_measured_f1() {
    let Some(corpus) = corpus("text_berg_dev_set_reaches_the_measured_f1") else {
        return;
    };
    let dir = corpus.join("parallel/bleualign-textberg");
    let read = |ext: &str| std::fs::read_to_string(dir.join(format!("dev.{ext}"))).unwrap();
    let (de, fr) = (read("de"), read("fr"));
    let de: Vec<&str> = de.lines().collect();
    let fr: Vec<&str> = fr.lines().collect();
    let gold_path = dir.join("dev.defr");
    let gold = parse_ladder(&read("defr"), Some(&gold_path)).unwrap();
    let (beads, counts) = align_and_score(("de", "fr"), &de, &fr, &gold, "Text+Berg dev");
    let (strict, lax) = (counts.strict(), counts.lax());
    assert!(
        strict.f1 >= DEV_STRICT_F1 - MARGIN,
        "strict F1 {:.3}",
        strict.f1
    );
    assert!(lax.f1 >= DEV_LAX_F1 - MARGIN, "lax F1 {:.3}", lax.f1);
    // Every sentence is in exactly one bead, in order.
    let sources: Vec<usize> = beads.iter().flat_map(|b| b.source.clone()).collect();
    let targets: Vec<usize> = beads.iter().flat_map(|b| b.target.clone()).collect();
    assert_eq!(sources, (0..de.len()).collect::<Vec<_>>());
    assert_eq!(targets, (0..fr.len()).collect::<Vec<_>>());
}

#[test]
fn ntrex_french_german_with_omissions_and_merges() {
    let Some(corpus) = corpus("ntrex_french_german_with_omissions_and_merges") else {
        return;
    };
    let dir = corpus.join("parallel/ntrex128");
    let fr = std::fs::read_to_string(dir.join("newstest2019-ref.fra.txt")).unwrap();
    let de = std::fs::read_to_string(dir.join("newstest2019-ref.deu.txt")).unwrap();
    let fr: Vec<&str> = fr.lines().collect();
    let de: Vec<&str> = de.lines().collect();
    // About 5 % of the French sentences deleted, 5 % of the German
    // adjacent pairs merged.
    let set = synthetic_set(&fr, &de, 0.05, 0.05, 2024);
    let (fr, de, gold) = (set.source, set.target, set.gold);
    let deletions = gold.iter().filter(|(s, _)| s.is_empty()).count();
    let merges = gold.iter().filter(|(s, _)| s.len() == 2).count();
    assert!(
        deletions > 60 && merges > 60,
        "{deletions} deletions, {merges} merges"
    );

    let label = format!(
        "NTREX fr-de ({} fr, {} de, {deletions} deletions, {merges} merges)",
        fr.len(),
        de.len()
    );
    let (_, counts) = align_and_score(("fr", "de"), &fr, &de, &gold, &label);
    let strict = counts.strict();
    assert!(strict.f1 >= 0.95, "strict F1 {:.3}", strict.f1);
}

/// The message values of a Fluent file, in order, with their ids.
fn message_values(path: &Path) -> Vec<(String, String)> {
    let source = std::fs::read_to_string(path).unwrap();
    let resource = fluent_syntax::parser::parse(source.as_str()).unwrap_or_else(|(r, _)| r);
    let mut out = Vec::new();
    for entry in resource.body {
        if let ast::Entry::Message(message) = entry
            && let Some(pattern) = message.value
        {
            let mut text = String::new();
            for element in pattern.elements {
                match element {
                    ast::PatternElement::TextElement { value } => text.push_str(value),
                    ast::PatternElement::Placeable { .. } => text.push_str("{…}"),
                }
            }
            out.push((message.id.name.to_string(), text.trim().to_string()));
        }
    }
    out
}

#[test]
fn press_release_gives_back_every_message_pair() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let fr = message_values(&root.join("locales/fr/communique.ftl"));
    let en = message_values(&root.join("locales/en/communique.ftl"));
    assert!(fr.len() >= 10, "{} French messages", fr.len());
    let fr_paragraphs: Vec<Paragraph> = fr.iter().map(|(_, t)| Paragraph::new(t.clone())).collect();
    let en_paragraphs: Vec<Paragraph> = en.iter().map(|(_, t)| Paragraph::new(t.clone())).collect();
    let alignment = Aligner::new("fr", "en").align_document(&fr_paragraphs, &en_paragraphs);

    // Every message pair comes back as a 1-1 paragraph bead.
    for bead in &alignment.paragraphs {
        assert_eq!(bead.shape(), (1, 1), "{bead:?}");
        let (f, e) = (bead.source[0], bead.target[0]);
        assert_eq!(fr[f].0, en[e].0, "{} aligned with {}", fr[f].0, en[e].0);
        assert!(bead.score > 0.5, "{}: score {}", fr[f].0, bead.score);
    }
    assert_eq!(alignment.paragraphs.len(), fr.len());

    // The sentence beads stay inside their paragraphs and cover them.
    for bead in alignment.sentences.iter().filter(|b| b.is_pair()) {
        let paragraph_of = |idx: &[usize], sentences: &[relais::align::Sentence]| {
            idx.iter()
                .map(|&i| sentences[i].paragraph)
                .collect::<Vec<_>>()
        };
        let ps = paragraph_of(&bead.source, &alignment.source_sentences);
        let pt = paragraph_of(&bead.target, &alignment.target_sentences);
        assert!(ps.iter().chain(&pt).all(|&p| p == ps[0]), "{bead:?}");
    }
    // The two-sentence messages align sentence by sentence.
    let selon = fr
        .iter()
        .position(|(id, _)| id == "selon-les-donnees")
        .unwrap();
    let beads: Vec<_> = alignment
        .sentences
        .iter()
        .filter(|b| {
            b.source
                .iter()
                .any(|&i| alignment.source_sentences[i].paragraph == selon)
        })
        .collect();
    assert_eq!(beads.len(), 2, "{beads:?}");
    let (fr_text, en_text) = alignment.texts(beads[0]);
    assert!(
        fr_text.contains("OFMIN")
            && fr_text.contains("40")
            && en_text.contains("OFMIN")
            && en_text.contains("40%"),
        "{fr_text} / {en_text}"
    );
}

/// Collapses white space, as sentences are joined by one space.
fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn cli_press_release_against_the_english_fluent_file_gives_back_every_pair() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let fr = message_values(&root.join("locales/fr/communique.ftl"));
    let en = message_values(&root.join("locales/en/communique.ftl"));
    let stdout = crate::common::stdout_of(
        root,
        &[PRESS_RELEASE_ALIGN.as_slice(), &["--json"]].concat(),
    );
    let beads = crate::common::json_lines(&stdout);
    // Walking the beads in order, the sentences add up to each French
    // message exactly when they add up to its English translation.
    let (mut k, mut s, mut t) = (0, String::new(), String::new());
    for bead in &beads {
        assert!(bead["score"].as_u64().unwrap() >= 80, "{bead}");
        for (acc, key) in [(&mut s, "source_text"), (&mut t, "target_text")] {
            if !acc.is_empty() {
                acc.push(' ');
            }
            acc.push_str(bead[key].as_str().unwrap());
        }
        if squeeze(&s) == squeeze(&fr[k].1) {
            assert_eq!(squeeze(&t), squeeze(&en[k].1), "message {}", fr[k].0);
            assert_eq!(fr[k].0, en[k].0);
            k += 1;
            s.clear();
            t.clear();
        }
    }
    assert_eq!(k, fr.len(), "stopped at {:?}", fr.get(k));
    assert!(s.is_empty() && t.is_empty());
}

#[test]
fn cli_text_berg_dev_set_presplit_json_reaches_strict_f1() {
    let Some(corpus) = corpus("cli_text_berg_dev_set_presplit_json_reaches_strict_f1") else {
        return;
    };
    let dir = corpus.join("parallel/bleualign-textberg");
    let stdout = crate::common::stdout_of(
        &dir,
        &[
            "align",
            "dev.de",
            "dev.fr",
            "--source",
            "de",
            "--target",
            "fr",
            "--presplit",
            "--json",
        ],
    );
    let indices = |v: &serde_json::Value| -> Vec<usize> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|i| usize::try_from(i.as_u64().unwrap()).unwrap())
            .collect()
    };
    let test: Vec<IndexBead> = crate::common::json_lines(&stdout)
        .iter()
        .map(|b| (indices(&b["source"]), indices(&b["target"])))
        .collect();
    let gold_path = dir.join("dev.defr");
    let gold = parse_ladder(
        &std::fs::read_to_string(&gold_path).unwrap(),
        Some(&gold_path),
    )
    .unwrap();
    let counts = compare(&gold, &test);
    eprintln!(
        "relais align --presplit, Text+Berg dev: strict F1 {:.3}, lax F1 {:.3}",
        counts.strict().f1,
        counts.lax().f1
    );
    assert!(
        counts.strict().f1 >= 0.80,
        "strict F1 {:.3}",
        counts.strict().f1
    );
    // Lax: a bead counts when it shares a sentence on each side with a
    // gold bead (the issue asks 0.90 on test0–6; dev measures .999).
    assert!(counts.lax().f1 >= 0.90, "lax F1 {:.3}", counts.lax().f1);
    assert!(
        counts.lax().f1 >= DEV_LAX_F1 - MARGIN,
        "lax F1 {:.3}",
        counts.lax().f1
    );
}

#[test]
fn cli_into_tm_then_lookup_shows_alignment_and_pretranslate_marks_for_review() {
    let dir = press_release_project();
    let run = |args: &[&str]| crate::common::stdout_of(dir.path(), args);
    run(&[PRESS_RELEASE_ALIGN.as_slice(), &["--into-tm"]].concat());
    let memory = dir.path().join("memories/aligned/communique-fr.fr-en.tmx");
    let tmx = std::fs::read_to_string(&memory).unwrap();
    assert!(
        tmx.contains("x-relais-origin") && tmx.contains(">align<"),
        "{tmx}"
    );
    let toml = std::fs::read_to_string(dir.path().join("relais.toml")).unwrap();
    assert!(
        toml.contains("memories/aligned/communique-fr.fr-en.tmx"),
        "{toml}"
    );

    let query = "Identifier et protéger les enfants victimes,";
    let found = crate::common::json(&run(&[
        "tm", "lookup", query, "--source", "fr", "--target", "en", "--json",
    ]));
    let m = &found["matches"][0];
    assert_eq!(m["target"], "Identify and protect child victims,");
    assert!(m["aligned"].as_u64().unwrap() >= 80, "{m}");
    let human = String::from_utf8(run(&[
        "tm", "lookup", query, "--source", "fr", "--target", "en",
    ]))
    .unwrap();
    assert!(human.contains("aligned pair, score"), "{human}");

    std::fs::remove_file(dir.path().join("locales/en/communique.ftl")).unwrap();
    run(&["pretranslate", "--locale", "en"]);
    let en = std::fs::read_to_string(dir.path().join("locales/en/communique.ftl")).unwrap();
    assert!(en.contains("# relais: review score=100"), "{en}");
    assert!(en.contains(" aligned="), "{en}");
}

/// `relais align` of the press release with its English translation.
const PRESS_RELEASE_ALIGN: [&str; 7] = [
    "align",
    "source/communique-fr.md",
    "locales/en/communique.ftl",
    "--source",
    "fr",
    "--target",
    "en",
];

/// A copy of the project's press release files in a temporary directory.
fn press_release_project() -> tempfile::TempDir {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    for f in [
        "relais.toml",
        "source/communique-fr.md",
        "locales/en/communique.ftl",
        "locales/fr/communique.ftl",
        "glossary/terms.tsv",
    ] {
        let to = dir.path().join(f);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(root.join(f), &to).unwrap();
    }
    dir
}

/// Runs relais in `dir`; asserts success; returns (stdout, stderr).
fn run_ok(dir: &Path, args: &[&str]) -> (String, String) {
    let out = crate::common::relais(dir).args(args).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{args:?}: {stderr}");
    (String::from_utf8(out.stdout).unwrap(), stderr)
}

const DOCUMENT_SENTENCE: &str = "Ce document met en lumière les dangers insidieux que représente cette technologie, désormais utilisée comme une arme redoutable contre les enfants.";

#[test]
fn cli_review_file_corrected_and_imported_back_into_the_tm() {
    let dir = press_release_project();
    // --min-score 100: every pair the model is not sure of goes to review.
    let mut args = PRESS_RELEASE_ALIGN.to_vec();
    args.extend(["--into-tm", "--min-score", "100"]);
    let (_, stderr) = run_ok(dir.path(), &args);
    let review_path = dir
        .path()
        .join("memories/aligned/communique-fr.fr-en.review.tsv");
    assert!(stderr.contains("to review in"), "{stderr}");
    let review = std::fs::read_to_string(&review_path).unwrap();
    let mut lines: Vec<String> = review.lines().map(str::to_string).collect();
    assert_eq!(
        lines[0],
        "decision\tsource_sentences\ttarget_sentences\tscore\tfr\ten"
    );
    assert!(lines.len() > 10, "{review}");
    // The translator rejects the first row, corrects one translation and
    // empties the target of another.
    let rejected_source = lines[1].split('\t').nth(4).unwrap().to_string();
    lines[1] = format!("reject{}", lines[1]);
    let corrected = lines
        .iter()
        .position(|l| l.contains(DOCUMENT_SENTENCE))
        .unwrap();
    let mut fields: Vec<&str> = lines[corrected].split('\t').collect();
    fields[5] = "The document sheds light on the insidious dangers of this technology.";
    lines[corrected] = fields.join("\t");
    let emptied = if corrected == 2 { 3 } else { 2 };
    let mut fields: Vec<&str> = lines[emptied].split('\t').collect();
    fields[5] = "";
    lines[emptied] = fields.join("\t");
    std::fs::write(&review_path, lines.join("\n") + "\n").unwrap();
    let rows = lines.len() - 1;

    // Without --into-tm nothing is stored: the kept pairs are listed.
    let (listed, stderr) = run_ok(
        dir.path(),
        &["align", "--import-review", review_path.to_str().unwrap()],
    );
    assert_eq!(listed.lines().count(), rows - 2, "{listed}");
    assert!(
        stderr.contains(&format!(
            "{} reviewed pairs kept, one rejected, one left out",
            rows - 2
        )),
        "{stderr}"
    );
    assert!(
        !dir.path()
            .join("memories/aligned/communique-fr.fr-en.reviewed.tmx")
            .exists()
    );

    let (_, stderr) = run_ok(
        dir.path(),
        &[
            "align",
            "--import-review",
            "memories/aligned/communique-fr.fr-en.review.tsv",
            "--into-tm",
        ],
    );
    assert!(stderr.contains("aligned pairs added to the TM"), "{stderr}");
    let memory = dir
        .path()
        .join("memories/aligned/communique-fr.fr-en.reviewed.tmx");
    let tmx = std::fs::read_to_string(&memory).unwrap();
    assert!(tmx.contains(">align-reviewed<"), "{tmx}");
    let toml = std::fs::read_to_string(dir.path().join("relais.toml")).unwrap();
    assert!(
        toml.contains("memories/aligned/communique-fr.fr-en.reviewed.tmx"),
        "{toml}"
    );
    let lookup = |query: &str| {
        let (out, _) = run_ok(
            dir.path(),
            &[
                "tm", "lookup", query, "--source", "fr", "--target", "en", "--json",
            ],
        );
        crate::common::json(out.as_bytes())
    };
    let found = lookup(DOCUMENT_SENTENCE);
    let m = &found["matches"][0];
    assert_eq!(m["score"], 100, "{found}");
    assert_eq!(
        m["target"],
        "The document sheds light on the insidious dangers of this technology."
    );
    // Reviewed: not an unreviewed aligned pair, so pretranslate need not mark it.
    assert!(m["aligned"].is_null(), "{m}");
    let found = lookup(&rejected_source);
    let exact = found["matches"]
        .as_array()
        .unwrap()
        .iter()
        .any(|m| m["score"] == 100);
    assert!(!exact, "the rejected row was stored: {found}");
}

#[test]
fn cli_bad_review_row_is_an_error_with_file_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("bad.review.tsv"),
        "decision\tsource_sentences\ttarget_sentences\tscore\tfr\ten\n\
         \t0\t0\t55\tBonjour.\tHello.\n\
         \t1\t1\tsixty\tOui.\tYes.\n",
    )
    .unwrap();
    let out = crate::common::relais(dir.path())
        .args(["align", "--import-review", "bad.review.tsv", "--into-tm"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(stderr.contains("bad.review.tsv:3:6:"), "{stderr}");
    assert!(stderr.contains("score 'sixty'"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    // Nothing was stored.
    assert!(!dir.path().join("memories").exists());
    // Aligning needs its two files unless a review is imported.
    let out = crate::common::relais(dir.path())
        .args(["align", "--source", "fr", "--target", "en"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("SOURCE"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn cli_the_project_tm_lends_its_word_pairs_to_the_aligner() {
    let dir = press_release_project();
    // Fill the TM from the reviewed translations, then align: the word
    // pairs of the TM's French–English units feed the lexicon.
    run_ok(dir.path(), &["sync"]);
    let (out, stderr) = run_ok(
        dir.path(),
        &[PRESS_RELEASE_ALIGN.as_slice(), &["--json"]].concat(),
    );
    let beads = crate::common::json_lines(out.as_bytes());
    assert!(beads.iter().all(|b| b["score"].as_u64().unwrap() >= 80));
    let (_, stderr_human) = run_ok(dir.path(), &PRESS_RELEASE_ALIGN);
    // --json keeps the summaries off stderr.
    assert!(!stderr.contains("TM taught"), "{stderr}");
    let taught = stderr_human
        .lines()
        .find(|l| l.starts_with("the TM taught the aligner"))
        .unwrap_or_else(|| panic!("{stderr_human}"));
    let pairs: usize = taught
        .split_whitespace()
        .nth(5)
        .unwrap()
        .parse()
        .unwrap_or_else(|_| panic!("{taught}"));
    assert!(pairs > 20, "{taught}");
    // Reading the TM for its lexicon records nothing and stores nothing.
    assert!(!dir.path().join("memories").exists());
}
