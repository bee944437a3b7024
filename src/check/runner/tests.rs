//! Unit tests of `runner`.

use super::*;
use crate::glossary::TermFinding;
use crate::lang::LangTag;

/// A stand-in terminology source for the plug-in contract: "Irrtum" is
/// a forbidden term, "Relais" a do-not-translate name.
struct Stub;

impl TermChecker for Stub {
    fn check(&self, unit: &TermUnit<'_>) -> Vec<TermFinding> {
        let mut out = Vec::new();
        for (variant, segment) in unit.target.iter().enumerate() {
            let text = segment.matching_text();
            if let Some(at) = text.find("Irrtum") {
                out.push(TermFinding {
                    check: ids::GLOSSARY_FORBIDDEN,
                    severity: Some(Severity::Warning),
                    message: format!("forbidden term in {}", unit.message_id),
                    concept: "c-1".into(),
                    term: "Irrtum".into(),
                    variant,
                    span: Some(at..at + "Irrtum".len()),
                    reason: Some("misleading".into()),
                    expected: vec!["Fehler".into()],
                });
            }
        }
        out
    }

    fn protected_spans(&self, _: &LangTag, text: &str) -> Vec<std::ops::Range<usize>> {
        text.match_indices("Relais")
            .map(|(i, m)| i..i + m.len())
            .collect()
    }
}

#[test]
fn terminology_findings_are_placed_and_configured() {
    let dir = tempfile::tempdir().unwrap();
    for (locale, text) in [
        ("fr", "a = Une erreur { $n }\nb = Relais\n"),
        ("de", "a = Ein\n    Irrtum { $n }\nb = Relais\n"),
    ] {
        std::fs::create_dir_all(dir.path().join(locale)).unwrap();
        std::fs::write(dir.path().join(locale).join("x.ftl"), text).unwrap();
    }
    let plan = Plan::tree(
        dir.path(),
        "{locale}/*.ftl",
        &LangTag::parse("fr").unwrap(),
        &[],
        None,
    )
    .unwrap();
    let settings = Settings::default();
    let checker = Checker {
        settings: &settings,
        glossary: Some(&Stub),
        progress: ProgressBar::hidden(),
    };
    let report = checker.run(&plan).unwrap();
    // `b` is identical, but only a do-not-translate name: no finding.
    assert_eq!(report.findings.len(), 1, "{:#?}", report.findings);
    let f = &report.findings[0];
    assert_eq!(f.check, "glossary-forbidden");
    assert_eq!(f.severity, Severity::Warning);
    assert_eq!((f.line, f.column), (Some(2), Some(5)));
    assert_eq!(f.width, 6);
    assert_eq!(f.concept.as_deref(), Some("c-1"));
    assert_eq!(f.expected.as_deref(), Some(&["Fehler".to_string()][..]));
    assert_eq!(f.span.map(|s| (s.start, s.end)), Some((4, 10)));
    // relais.toml's severity wins over the entry's.
    let config = crate::project::Config::parse(
        "source_locale = \"fr\"\n[checks.glossary-forbidden]\nseverity = \"error\"\n",
        Path::new("relais.toml"),
    )
    .unwrap();
    let settings = Settings::new(config);
    let checker = Checker {
        settings: &settings,
        glossary: Some(&Stub),
        progress: ProgressBar::hidden(),
    };
    let report = checker.run(&plan).unwrap();
    assert_eq!(report.findings[0].severity, Severity::Error);
}
