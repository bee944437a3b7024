//! `relais tm lookup`, `tm concordance` and TSV import end to end.

use std::path::Path;

use predicates::prelude::*;

use crate::common::{json, json_lines, relais};

/// A small trilingual TMX: French source, English and German targets,
/// with context props on some units.
const TMX: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="none" adminlang="en" srclang="fr" datatype="plaintext"/>
  <body>
    <tu tuid="1">
      <tuv xml:lang="fr"><seg>Le rapport identifie trois enjeux majeurs pour la protection des enfants.</seg></tuv>
      <tuv xml:lang="en"><seg>The report identifies three major issues for child protection.</seg></tuv>
      <tuv xml:lang="de"><seg>Der Bericht nennt drei zentrale Herausforderungen für den Kinderschutz.</seg></tuv>
    </tu>
    <tu tuid="2">
      <prop type="x-relais-context">communique:intro</prop>
      <tuv xml:lang="fr"><seg>Lire le rapport</seg></tuv>
      <tuv xml:lang="en"><seg>Read the report (intro)</seg></tuv>
    </tu>
    <tu tuid="3">
      <prop type="x-relais-prev">Télécharger le PDF</prop>
      <tuv xml:lang="fr"><seg>Lire le rapport</seg></tuv>
      <tuv xml:lang="en"><seg>Read the report (after PDF)</seg></tuv>
    </tu>
    <tu tuid="4">
      <tuv xml:lang="fr"><seg>Lire le rapport</seg></tuv>
      <tuv xml:lang="en"><seg>Read the report</seg></tuv>
    </tu>
    <tu tuid="5">
      <tuv xml:lang="fr"><seg>En 2023, 40 % des signalements concernaient des images générées.</seg></tuv>
      <tuv xml:lang="en"><seg>In 2023, 40% of reports involved generated images.</seg></tuv>
    </tu>
    <tu tuid="6">
      <tuv xml:lang="fr"><seg>Les images générées par IA aggravent les violences faites aux enfants.</seg></tuv>
      <tuv xml:lang="en"><seg>AI-generated images make violence against children worse.</seg></tuv>
    </tu>
  </body>
</tmx>
"#;

fn tm_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("memo.tmx"), TMX).unwrap();
    relais(dir.path())
        .args(["tm", "import", "memo.tmx"])
        .assert()
        .success();
    dir
}

fn lookup_json(dir: &Path, args: &[&str]) -> serde_json::Value {
    let out = relais(dir)
        .args(["tm", "lookup", "--json"])
        .args(args)
        .assert()
        .success();
    json(&out.get_output().stdout)
}

#[test]
fn stdin_reads_plain_and_json_lines() {
    let dir = tm_dir();
    let input = concat!(
        "Le rapport identifie quatre enjeux majeurs pour la protection des enfants.\n",
        "\n",
        "{\"text\": \"Lire le rapport\", \"context\": \"communique:intro\"}\n",
        "{\"text\": \"Lire le rapport\", \"prev\": \"Télécharger le PDF\"}\n",
        "{\"text\": \"Le rapport identifie trois enjeux majeurs pour la protection des enfants.\", \"target\": \"de\"}\n",
        "Rien à voir avec la mémoire\n",
    );
    let out = relais(dir.path())
        .args([
            "tm", "lookup", "--stdin", "--source", "fr", "--target", "en",
        ])
        .write_stdin(input)
        .assert()
        .success();
    let lines = json_lines(&out.get_output().stdout);
    assert_eq!(lines.len(), 5, "one line per query, blank lines skipped");
    for line in &lines {
        assert_eq!(line["schema_version"], 1);
        assert!(line["query"].is_string() && line["matches"].is_array());
    }
    let first = &lines[0]["matches"][0];
    for key in ["score", "tier", "source", "target", "unit", "diff"] {
        assert!(first.get(key).is_some(), "missing {key}: {first}");
    }
    assert_eq!(first["tier"], "fuzzy");
    assert_eq!(
        first["target"],
        "The report identifies three major issues for child protection."
    );
    assert_eq!(
        first["diff"]["changes"][0],
        serde_json::json!({"op": "replace", "query": "quatre", "tm": "trois"})
    );

    let ctx = &lines[1]["matches"];
    assert_eq!(
        (ctx[0]["score"].as_u64(), ctx[0]["tier"].as_str()),
        (Some(101), Some("context"))
    );
    assert_eq!(ctx[0]["target"], "Read the report (intro)");
    assert_eq!(ctx[0]["context"], "communique:intro");
    assert_eq!(ctx[1]["score"], 100);

    let prev = &lines[2]["matches"];
    assert_eq!(
        (prev[0]["score"].as_u64(), prev[0]["target"].as_str()),
        (Some(101), Some("Read the report (after PDF)"))
    );

    let german = &lines[3]["matches"][0];
    assert_eq!(german["score"], 100);
    assert_eq!(german["target_lang"], "de");

    assert_eq!(lines[4]["matches"].as_array().unwrap().len(), 0);
}

#[test]
fn stdin_languages_may_come_from_each_line_only() {
    let dir = tm_dir();
    let out = relais(dir.path())
        .args(["tm", "lookup", "--stdin"])
        .write_stdin("{\"text\": \"Lire le rapport\", \"source\": \"fra\", \"target\": \"EN\"}\n")
        .assert()
        .success();
    assert_eq!(
        json_lines(&out.get_output().stdout)[0]["matches"][0]["score"],
        100
    );
    relais(dir.path())
        .args(["tm", "lookup", "--stdin"])
        .write_stdin("Lire le rapport\n")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("<stdin>:1:1"))
        .stderr(predicate::str::contains("--source and --target"));
}

#[test]
fn stdin_reports_bad_json_with_its_line() {
    let dir = tm_dir();
    relais(dir.path())
        .args([
            "tm", "lookup", "--stdin", "--source", "fr", "--target", "en",
        ])
        .write_stdin("Lire le rapport\n{\"text\": \n")
        .assert()
        .code(2)
        .stdout(predicate::str::contains("\"query\":\"Lire le rapport\""))
        .stderr(predicate::str::contains("<stdin>:2:"));
}

#[test]
fn min_score_limit_and_exact() {
    let dir = tm_dir();
    let fuzzy = "Le rapport identifie quatre enjeux majeurs pour la protection des enfants.";
    let doc = lookup_json(dir.path(), &[fuzzy, "--source", "fr", "--target", "en"]);
    let score = doc["matches"][0]["score"].as_u64().unwrap();
    assert!((75..95).contains(&score), "{score}");

    let above = (score + 1).to_string();
    let doc = lookup_json(
        dir.path(),
        &[
            fuzzy,
            "--source",
            "fr",
            "--target",
            "en",
            "--min-score",
            &above,
        ],
    );
    assert_eq!(doc["matches"].as_array().unwrap().len(), 0);
    let at = score.to_string();
    let doc = lookup_json(
        dir.path(),
        &[
            fuzzy,
            "--source",
            "fr",
            "--target",
            "en",
            "--min-score",
            &at,
        ],
    );
    assert_eq!(doc["matches"].as_array().unwrap().len(), 1);

    let doc = lookup_json(
        dir.path(),
        &["Lire le rapport", "--source", "fr", "--target", "en"],
    );
    assert_eq!(doc["matches"].as_array().unwrap().len(), 3);
    let doc = lookup_json(
        dir.path(),
        &[
            "Lire le rapport",
            "--source",
            "fr",
            "--target",
            "en",
            "--limit",
            "1",
        ],
    );
    assert_eq!(doc["matches"].as_array().unwrap().len(), 1);

    // --exact: a case difference is near-exact (99), not exact.
    let doc = lookup_json(
        dir.path(),
        &["lire le rapport", "--source", "fr", "--target", "en"],
    );
    assert_eq!(
        (
            doc["matches"][0]["score"].as_u64(),
            doc["matches"][0]["tier"].as_str()
        ),
        (Some(99), Some("near-exact"))
    );
    let doc = lookup_json(
        dir.path(),
        &[
            "lire le rapport",
            "--source",
            "fr",
            "--target",
            "en",
            "--exact",
        ],
    );
    assert_eq!(doc["matches"].as_array().unwrap().len(), 0);
    let doc = lookup_json(
        dir.path(),
        &[
            "Lire le rapport",
            "--source",
            "fr",
            "--target",
            "en",
            "--exact",
        ],
    );
    assert!(
        doc["matches"]
            .as_array()
            .unwrap()
            .iter()
            .all(|m| m["score"] == 100)
    );
}

#[test]
fn context_and_prev_flags_give_101() {
    let dir = tm_dir();
    let doc = lookup_json(
        dir.path(),
        &[
            "Lire le rapport",
            "--source",
            "fr",
            "--target",
            "en",
            "--context",
            "communique:intro",
        ],
    );
    assert_eq!(
        (
            doc["matches"][0]["score"].as_u64(),
            doc["matches"][0]["tier"].as_str()
        ),
        (Some(101), Some("context"))
    );
    assert_eq!(doc["matches"][0]["target"], "Read the report (intro)");
    let doc = lookup_json(
        dir.path(),
        &[
            "Lire le rapport",
            "--source",
            "fr",
            "--target",
            "en",
            "--prev",
            "Télécharger le PDF",
        ],
    );
    assert_eq!(doc["matches"][0]["target"], "Read the report (after PDF)");
    assert_eq!(doc["matches"][0]["score"], 101);
    // A context that no unit has changes nothing.
    let doc = lookup_json(
        dir.path(),
        &[
            "Lire le rapport",
            "--source",
            "fr",
            "--target",
            "en",
            "--context",
            "autre:doc",
        ],
    );
    assert_eq!(doc["matches"][0]["score"], 100);
}

#[test]
fn differing_numbers_are_shown_to_the_translator() {
    let dir = tm_dir();
    let query = "En 2024, 45 % des signalements concernaient des images générées.";
    let doc = lookup_json(dir.path(), &[query, "--source", "fr", "--target", "en"]);
    let m = &doc["matches"][0];
    assert_eq!(
        (m["score"].as_u64(), m["tier"].as_str()),
        (Some(98), Some("near-exact"))
    );
    assert_eq!(
        m["diff"]["numbers"],
        serde_json::json!([{"query": "2024", "tm": "2023"}, {"query": "45", "tm": "40"}])
    );
    relais(dir.path())
        .args(["tm", "lookup", query, "--source", "fr", "--target", "en"])
        .assert()
        .success()
        .stdout(predicate::str::contains(" 98 near-exact"))
        .stdout(predicate::str::contains("number differs: 45 → 40"));
}

#[test]
fn concordance_searches_source_target_or_both_with_spans() {
    let dir = tm_dir();
    let hits = |args: &[&str]| -> Vec<serde_json::Value> {
        let out = relais(dir.path())
            .args(["tm", "concordance", "--json"])
            .args(args)
            .assert()
            .success();
        json(&out.get_output().stdout)["hits"]
            .as_array()
            .unwrap()
            .clone()
    };
    // "images générées" is in two French sources.
    let source = hits(&["images", "générées", "--in", "source"]);
    assert_eq!(source.len(), 2);
    for hit in &source {
        let text = hit["text"].as_str().unwrap();
        let (start, end) = (
            usize::try_from(hit["span"]["start"].as_u64().unwrap()).unwrap(),
            usize::try_from(hit["span"]["end"].as_u64().unwrap()).unwrap(),
        );
        assert_eq!(&text[start..end], "images générées");
        assert_eq!(hit["lang"], "fr");
    }
    // "report" only in English targets, which --in source never sees.
    assert!(hits(&["report", "--in", "source"]).is_empty());
    // Whole words: "reports" is not a hit.
    let target = hits(&["report", "--in", "target"]);
    assert_eq!(target.len(), 4);
    assert!(target.iter().all(|h| h["lang"] == "en"));
    let first = &target[0];
    let text = first["text"].as_str().unwrap();
    let span = &text[usize::try_from(first["span"]["start"].as_u64().unwrap()).unwrap()
        ..usize::try_from(first["span"]["end"].as_u64().unwrap()).unwrap()];
    assert_eq!(span.to_lowercase(), "report");
    // Both sides, one language; a phrase across punctuation.
    let both = hits(&["rapport", "--in", "both", "--lang", "fr"]);
    assert_eq!(both.len(), 4);
    assert!(
        both.iter()
            .all(|h| h["translations"].as_array().is_some_and(|t| !t.is_empty()))
    );
    assert_eq!(hits(&["report", "--limit", "2"]).len(), 2);
    // Human output marks the hit.
    relais(dir.path())
        .args(["tm", "concordance", "enjeux majeurs"])
        .assert()
        .success()
        .stdout(predicate::str::contains("trois [enjeux majeurs] pour"));
}

#[test]
fn tsv_import_with_language_columns_and_a_header() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("pairs.tsv"),
        "src_lang\ttgt_lang\tsrc\ttgt\nfra\tdeu\tLe chat dort sur le canapé.\tDie Katze schläft auf dem Sofa.\neng\tfra\tThe dog sleeps in the garden.\tLe chien dort dans le jardin.\n",
    )
    .unwrap();
    let out = relais(dir.path())
        .args([
            "tm",
            "import",
            "pairs.tsv",
            "--columns",
            "src_lang,tgt_lang,source,target",
            "--header",
            "--json",
        ])
        .assert()
        .success();
    let report = &json_lines(&out.get_output().stdout)[0];
    assert_eq!(
        (report["units_read"].as_u64(), report["added"].as_u64()),
        (Some(2), Some(2))
    );
    // Both directions, three-letter codes matched as two-letter ones.
    let doc = lookup_json(
        dir.path(),
        &[
            "Die Katze schläft auf dem Sofa.",
            "--source",
            "de",
            "--target",
            "fr",
        ],
    );
    assert_eq!(doc["matches"][0]["target"], "Le chat dort sur le canapé.");
    assert_eq!(doc["matches"][0]["target_lang"], "fra");
    let doc = lookup_json(
        dir.path(),
        &[
            "Le chien dort dans le grand jardin.",
            "--source",
            "fr",
            "--target",
            "en",
        ],
    );
    assert_eq!(doc["matches"][0]["target"], "The dog sleeps in the garden.");
    assert_eq!(doc["matches"][0]["tier"], "fuzzy");
}

#[test]
fn tsv_import_with_fixed_languages() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("fr-de.tsv"),
        "Le rapport est publié aujourd'hui.\tDer Bericht wird heute veröffentlicht.\nMerci de votre soutien.\tDanke für Ihre Unterstützung.\n",
    )
    .unwrap();
    relais(dir.path())
        .args([
            "tm",
            "import",
            "fr-de.tsv",
            "--columns",
            "source,target",
            "--source",
            "fr",
            "--target",
            "de",
        ])
        .assert()
        .success();
    let doc = lookup_json(
        dir.path(),
        &[
            "Merci pour votre soutien.",
            "--source",
            "fr",
            "--target",
            "de",
        ],
    );
    assert_eq!(doc["matches"][0]["target"], "Danke für Ihre Unterstützung.");
    let out = relais(dir.path())
        .args(["tm", "stats", "--json"])
        .assert()
        .success();
    let stats = json(&out.get_output().stdout);
    assert_eq!(stats["units"], 2);
    assert_eq!(stats["pairs"][0]["langs"], serde_json::json!(["de", "fr"]));
    // Without languages for a TSV without language columns: a usage error.
    relais(dir.path())
        .args([
            "tm",
            "import",
            "fr-de.tsv",
            "--columns",
            "source,target",
            "--source",
            "fr",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("target language"));
}

#[test]
fn no_index_import_is_searchable_after_tm_index() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("memo.tmx"), TMX).unwrap();
    relais(dir.path())
        .args(["tm", "import", "--no-index", "memo.tmx"])
        .assert()
        .success()
        .stderr(predicate::str::contains("relais tm index"));
    let args = ["Lire le rapport", "--source", "fr", "--target", "en"];
    let out = relais(dir.path())
        .args(["tm", "lookup", "--json"])
        .args(args)
        .assert()
        .success()
        .stderr(predicate::str::contains("not indexed"));
    assert_eq!(
        json(&out.get_output().stdout)["matches"]
            .as_array()
            .unwrap()
            .len(),
        0
    );
    relais(dir.path()).args(["tm", "index"]).assert().success();
    let doc = lookup_json(dir.path(), &args);
    assert_eq!(doc["matches"].as_array().unwrap().len(), 3);
    assert_eq!(doc["matches"][0]["score"], 100);
}
