//! Glossary findings for one source text and its translation.
//!
//! | check | default | when |
//! |---|---|---|
//! | `glossary-forbidden` | error | the translation uses a term marked `forbidden` for its language |
//! | `glossary-deprecated` | error | the translation uses a term marked `deprecated` (a legal quotation is published with a recorded reason: a suppression) |
//! | `glossary-missing-term` | error | the source uses a term of a concept, and the translation has none of the concept's preferred or admitted terms |
//! | `glossary-dnt-changed` | error | a do-not-translate term of a concept found in the source is missing or altered in the translation |
//!
//! These are the terminology gate's rules (docs/terminology-gate.md):
//! a translation with an error is not published, not accepted by
//! `review accept` and not stored as a reusable TM unit.
//!
//! A forbidden or deprecated row labelled only G or R (a guess or a
//! recollection, not attested) defaults to warning until a reviewer
//! promotes it in the row's `review` column (`promote=error by=NAME
//! date=…`); a promotion sets the severity of every finding on that row.
//! Likewise a missing term is an error only when one of the concept's
//! usable target terms is attested: a guess cannot be required.
//!
//! Details:
//! * The source is searched with [`super::Glossary::find`] (longest,
//!   non-overlapping matches); a concept found through a deprecated or
//!   forbidden *source* term ("contenus pédopornographiques") still asks
//!   for the target's preferred or admitted term.
//! * The presence test for missing terms uses every match in the
//!   translation, nested ones included, so "AI-generated child sexual
//!   abuse material" also counts as "child sexual abuse material".
//! * The `reason` of a missing-term finding is the source row's note when
//!   the source used an avoided term, else the concept's usage note, else
//!   its definition; of the other findings, the glossary row's note.
//! * A concept whose translation already has a forbidden or deprecated
//!   finding gets no missing-term finding: that finding already names
//!   the expected terms.
//! * Do-not-translate: the translation must contain one of the target
//!   language's do-not-translate terms of the concept ("Office mineurs
//!   (OFMIN)" or "OFMIN", since a gloss may separate the name from its
//!   acronym), or the source's own term when it is itself
//!   do-not-translate. It may differ only in apostrophes and spacing, or
//!   be written exactly as in the source ("Office Mineurs" where the
//!   press release writes it so); a match that differs otherwise (case,
//!   accents) is "altered" (span in the translation), none at all
//!   "missing" (span in the source).
//!
//! Callers apply `relais.toml` with [`apply_config`]: `[checks.<id>]`
//! severities (per locale first), `off` to drop a check, and
//! `[[suppress]]` entries without a `message` (they match any text of
//! their locale). A reviewer's promotion on a row wins over the
//! configured severity, except `off`.

use std::collections::HashSet;

use serde::Serialize;

use crate::glossary::normalize::{
    Fold, char_at, char_before, is_word_char, normalize, normalize_str,
};
use crate::glossary::termbase::{Glossary, TermMatch};
use crate::lang::LangTag;
use crate::model::Severity;
use crate::model::Span;
use crate::model::{Evidence, Status, Term};
use crate::project::Config;
use crate::t;

/// A forbidden term in the translation.
pub const FORBIDDEN: &str = "glossary-forbidden";
/// A deprecated term in the translation.
pub const DEPRECATED: &str = "glossary-deprecated";
/// A concept of the source without its target term.
pub const MISSING_TERM: &str = "glossary-missing-term";
/// A do-not-translate term missing or altered.
pub const DNT_CHANGED: &str = "glossary-dnt-changed";
/// Every glossary check id.
pub const CHECKS: [&str; 4] = [FORBIDDEN, DEPRECATED, MISSING_TERM, DNT_CHANGED];

/// Which text a finding's span is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    /// The source text.
    Source,
    /// The translation.
    Target,
}

/// One glossary finding. The JSON form carries the fields every relais
/// finding has (`check`, `severity`, `locale`, `file`, `line`, `column`,
/// `message_id`, `message`) and the glossary's own.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// Check id (`glossary-forbidden`, …).
    pub check: &'static str,
    /// Severity.
    pub severity: Severity,
    /// The locale being checked (the translation's).
    pub locale: String,
    /// The file, when the text came from one.
    pub file: Option<String>,
    /// 1-based line in `file`.
    pub line: Option<u64>,
    /// 1-based column in `file`.
    pub column: Option<u64>,
    /// The Fluent message id, when the text is a message.
    pub message_id: Option<String>,
    /// What is wrong, in the user's language.
    pub message: String,
    /// The concept.
    pub concept: String,
    /// The glossary term involved (as the glossary writes it).
    pub term: String,
    /// The text as found at `span`.
    pub found: String,
    /// Which text `span` is in: the target, or the source for missing
    /// terms.
    pub side: Side,
    /// Byte span in that text.
    pub span: Span,
    /// The reason recorded in the glossary (the row's note).
    pub reason: String,
    /// The terms to use instead.
    pub expected: Vec<String>,
    /// A reviewer's promotion of the row, which wins over configuration.
    #[serde(skip)]
    pub promoted: Option<Severity>,
}

/// The default severity of a finding on `term`.
fn default_severity(check: &str, term: &Term) -> Severity {
    if let Some(review) = &term.review {
        return review.promote;
    }
    match check {
        FORBIDDEN | DEPRECATED if Evidence::unverified(&term.evidence) => Severity::Warning,
        _ => Severity::Error,
    }
}

impl Glossary {
    /// The glossary findings for `target_text`, a translation into
    /// `target_lang` of `source_text` in `source_lang`, with default
    /// severities, sorted by side, position and check. See the module
    /// documentation for the rules.
    pub fn verify(
        &self,
        source_lang: &LangTag,
        target_lang: &LangTag,
        source_text: &str,
        target_text: &str,
    ) -> Vec<Finding> {
        let source = self.find(source_lang, source_text);
        let target = self.find(target_lang, target_text);
        let target_all = self.find_all(target_lang, target_text);
        let locale = target_lang.as_str().to_string();
        let mut findings = Vec::new();
        let mut avoided: HashSet<&str> = HashSet::new();

        for m in &target {
            let check = match m.status {
                Status::Forbidden => FORBIDDEN,
                Status::Deprecated => DEPRECATED,
                _ => continue,
            };
            avoided.insert(&m.concept);
            let row = &self.terms()[m.index];
            let expected = self.expected_terms(&m.concept, target_lang);
            let message = if check == FORBIDDEN {
                t!("glossary-finding-forbidden", "found" => m.found.as_str(), "concept" => m.concept.as_str(), "locale" => locale.as_str(), "language" => crate::i18n::language_name(&locale))
            } else {
                t!("glossary-finding-deprecated", "found" => m.found.as_str(), "concept" => m.concept.as_str(), "locale" => locale.as_str(), "language" => crate::i18n::language_name(&locale))
            };
            findings.push(Finding {
                check,
                severity: default_severity(check, row),
                locale: locale.clone(),
                file: None,
                line: None,
                column: None,
                message_id: None,
                message,
                concept: m.concept.clone(),
                term: m.term.clone(),
                found: m.found.clone(),
                side: Side::Target,
                span: m.span,
                reason: row.note.clone(),
                expected,
                promoted: row.review.as_ref().map(|r| r.promote),
            });
        }

        let mut seen: HashSet<&str> = HashSet::new();
        for m in &source {
            if !seen.insert(&m.concept) {
                continue;
            }
            let targets = self.terms_of(&m.concept, target_lang);
            let mut dnt: Vec<&Term> = targets
                .iter()
                .copied()
                .filter(|t| t.status == Status::DoNotTranslate)
                .collect();
            if dnt.is_empty() && m.status == Status::DoNotTranslate {
                dnt.push(&self.terms()[m.index]);
            }
            if !dnt.is_empty() {
                if let Some(f) = self.check_dnt(m, &dnt, target_text, &locale) {
                    findings.push(f);
                }
                continue;
            }
            let usable: Vec<&&Term> = targets
                .iter()
                .filter(|t| matches!(t.status, Status::Preferred | Status::Admitted))
                .collect();
            if usable.is_empty() || avoided.contains(m.concept.as_str()) {
                continue;
            }
            if target_all
                .iter()
                .any(|t| t.concept == m.concept && t.status.is_usable())
            {
                continue;
            }
            findings.push(self.missing_term(m, &usable, &locale));
        }
        findings.sort_by_key(|f| (f.side == Side::Target, f.span.start, f.check));
        findings
    }

    /// The finding for a source concept `m` whose translation has none of
    /// the `usable` target terms: an error when one of them is attested.
    fn missing_term(&self, m: &TermMatch, usable: &[&&Term], locale: &str) -> Finding {
        let expected: Vec<String> = usable.iter().map(|t| t.text.clone()).collect();
        let required = usable.iter().any(|t| !Evidence::unverified(&t.evidence));
        Finding {
            check: MISSING_TERM,
            severity: if required {
                Severity::Error
            } else {
                Severity::Warning
            },
            locale: locale.to_string(),
            file: None,
            line: None,
            column: None,
            message_id: None,
            message: t!(
                "glossary-finding-missing",
                "found" => m.found.as_str(),
                "concept" => m.concept.as_str(),
                "locale" => locale,
                "language" => crate::i18n::language_name(locale),
                "expected" => expected.join(", ")
            ),
            concept: m.concept.clone(),
            term: m.term.clone(),
            found: m.found.clone(),
            side: Side::Source,
            span: m.span,
            reason: self.missing_reason(m),
            expected,
            promoted: None,
        }
    }

    /// Why a missing term matters: the source row's note when the source
    /// used an avoided term ("do not calque 'pornography'"), else the
    /// concept's usage note, else its definition.
    fn missing_reason(&self, m: &TermMatch) -> String {
        let row = &self.terms()[m.index];
        if m.status.is_avoided() && !row.note.is_empty() {
            return row.note.clone();
        }
        match self.concept(&m.concept) {
            Some(c) if !c.note.is_empty() => c.note.clone(),
            Some(c) => c.definition.clone(),
            None => String::new(),
        }
    }

    /// The terms a finding on `concept` suggests: the preferred terms of
    /// the language, else its admitted and do-not-translate terms.
    pub fn expected_terms(&self, concept: &str, lang: &LangTag) -> Vec<String> {
        let terms = self.terms_of(concept, lang);
        let preferred: Vec<String> = terms
            .iter()
            .filter(|t| t.status == Status::Preferred)
            .map(|t| t.text.clone())
            .collect();
        if !preferred.is_empty() {
            return preferred;
        }
        terms
            .iter()
            .filter(|t| t.status.is_usable())
            .map(|t| t.text.clone())
            .collect()
    }

    fn check_dnt(
        &self,
        m: &TermMatch,
        dnt: &[&Term],
        target: &str,
        locale: &str,
    ) -> Option<Finding> {
        let same =
            |a: &str, b: &str| normalize_str(a, Fold::LOOSE) == normalize_str(b, Fold::LOOSE);
        let exact = |s: &str| normalize_str(s, Fold::EXACT);
        // The target term spelled like the source's comes first.
        let mut wanted: Vec<&Term> = dnt.to_vec();
        wanted.sort_by_key(|t| !(same(&t.text, &m.term) || same(&t.text, &m.found)));
        let mut altered: Option<(&Term, usize, usize)> = None;
        for t in &wanted {
            let spans = find_literal(target, &t.text);
            for &(s, e) in &spans {
                let written = exact(&target[s..e]);
                if written == exact(&t.text) || written == exact(&m.found) {
                    return None;
                }
            }
            if altered.is_none()
                && let Some(&(s, e)) = spans.first()
            {
                altered = Some((*t, s, e));
            }
        }
        let expected: Vec<String> = wanted.iter().map(|t| t.text.clone()).collect();
        let (row, side, span, found, message) = match altered {
            Some((t, s, e)) => (
                t,
                Side::Target,
                Span { start: s, end: e },
                target[s..e].to_string(),
                t!("glossary-finding-dnt-altered", "found" => &target[s..e], "term" => t.text.as_str(), "concept" => m.concept.as_str()),
            ),
            None => (
                wanted[0],
                Side::Source,
                m.span,
                m.found.clone(),
                t!("glossary-finding-dnt-missing", "term" => expected.join(" | "), "concept" => m.concept.as_str(), "locale" => locale, "language" => crate::i18n::language_name(locale)),
            ),
        };
        Some(Finding {
            check: DNT_CHANGED,
            severity: default_severity(DNT_CHANGED, row),
            locale: locale.to_string(),
            file: None,
            line: None,
            column: None,
            message_id: None,
            message,
            concept: m.concept.clone(),
            term: row.text.clone(),
            found,
            side,
            span,
            reason: row.note.clone(),
            expected,
            promoted: row.review.as_ref().map(|r| r.promote),
        })
    }
}

/// Occurrences of `needle` in `text`, case and diacritics folded, at word
/// boundaries, as original byte spans.
pub fn find_literal(text: &str, needle: &str) -> Vec<(usize, usize)> {
    let pattern = normalize_str(needle, Fold::LOOSE);
    if pattern.is_empty() {
        return Vec::new();
    }
    let norm = normalize(text, Fold::LOOSE);
    let check_start = pattern.chars().next().is_some_and(is_word_char);
    let check_end = pattern.chars().next_back().is_some_and(is_word_char);
    let mut out = Vec::new();
    for (at, _) in norm.text.match_indices(&pattern) {
        let end = at + pattern.len();
        if !norm.on_char_edge(at) || !norm.on_char_edge(end) {
            continue;
        }
        let (s, e) = norm.original_span(at, end);
        if check_start && char_before(text, s).is_some_and(is_word_char) {
            continue;
        }
        if check_end && char_at(text, e).is_some_and(is_word_char) {
            continue;
        }
        out.push((s, e));
    }
    out
}

/// Findings after `relais.toml`: what is kept, and how many were
/// suppressed or turned off.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Applied {
    /// The findings kept, with configured severities.
    pub findings: Vec<Finding>,
    /// Dropped by a `[[suppress]]` entry.
    pub suppressed: usize,
    /// Dropped because the check is `off`.
    pub off: usize,
}

/// The configured severity of a check for a locale: the locale's own
/// entry (full tag, then language), else the check's.
pub fn configured_severity(config: &Config, check: &str, locale: &LangTag) -> Option<Severity> {
    let c = config.checks.get(check)?;
    c.locales
        .iter()
        .find(|(k, _)| LangTag::parse(k).is_ok_and(|k| k == *locale))
        .or_else(|| {
            c.locales
                .iter()
                .find(|(k, _)| LangTag::parse(k).is_ok_and(|k| k.as_str() == locale.language()))
        })
        .and_then(|(_, l)| l.severity)
        .or(c.severity)
}

/// Applies `relais.toml` to findings for `locale`: `[checks.<id>]`
/// severities (a reviewer's promotion on the row wins, `off` drops the
/// finding) and `[[suppress]]` entries that name a glossary check and no
/// message (their locale, if given, must be the finding's language).
pub fn apply_config(findings: Vec<Finding>, config: &Config, locale: &LangTag) -> Applied {
    let mut applied = Applied::default();
    for mut f in findings {
        let suppressed = config.suppress.iter().any(|s| {
            s.check == f.check
                && s.message.is_none()
                && s.locale
                    .as_deref()
                    .is_none_or(|l| LangTag::parse(l).is_ok_and(|l| l.same_language(locale)))
        });
        if suppressed {
            applied.suppressed += 1;
            continue;
        }
        match configured_severity(config, f.check, locale) {
            Some(Severity::Off) => {
                applied.off += 1;
                continue;
            }
            Some(s) if f.promoted.is_none() => f.severity = s,
            _ => {}
        }
        applied.findings.push(f);
    }
    applied
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::GlossaryData;
    use crate::model::Review;
    use std::path::Path;

    fn lang(s: &str) -> LangTag {
        LangTag::parse(s).unwrap()
    }

    fn term(
        concept: &str,
        l: &str,
        text: &str,
        status: Status,
        evidence: &[Evidence],
        note: &str,
    ) -> Term {
        let mut t = Term::new(concept, lang(l), text, status);
        t.evidence = evidence.to_vec();
        t.note = note.into();
        t
    }

    fn glossary() -> Glossary {
        use Evidence::*;
        use Status::*;
        Glossary::new(GlossaryData {
            terms: vec![
                term(
                    "C04",
                    "fr",
                    "contenus pédopornographiques",
                    Deprecated,
                    &[A],
                    "source-text term",
                ),
                term(
                    "C04",
                    "fr",
                    "matériel d'abus sexuel d'enfants",
                    Preferred,
                    &[A],
                    "",
                ),
                term(
                    "C04",
                    "en",
                    "child sexual abuse material",
                    Preferred,
                    &[A],
                    "",
                ),
                term("C04", "en", "CSAM", Preferred, &[A], ""),
                term(
                    "C04",
                    "en",
                    "child pornography",
                    Deprecated,
                    &[A],
                    "legal-quote only",
                ),
                term(
                    "C04",
                    "en",
                    "child porn",
                    Forbidden,
                    &[A],
                    "used by offenders",
                ),
                term("C04", "de", "Kinderporno", Forbidden, &[G], "colloquial"),
                term(
                    "C04",
                    "de",
                    "Darstellungen sexuellen Missbrauchs von Kindern",
                    Preferred,
                    &[AEu],
                    "",
                ),
                term("C13", "fr", "Fondation pour l'Enfance", Preferred, &[A], ""),
                term(
                    "C13",
                    "en",
                    "Fondation pour l'Enfance",
                    DoNotTranslate,
                    &[A],
                    "proper name",
                ),
                term("C12", "fr", "DNPJ", Preferred, &[A], ""),
                term("C12", "en", "DNPJ", DoNotTranslate, &[A], "acronym"),
            ],
            ..Default::default()
        })
    }

    fn checks(f: &[Finding]) -> Vec<&str> {
        f.iter().map(|f| f.check).collect()
    }

    #[test]
    fn forbidden_term_in_the_translation() {
        let g = glossary();
        let f = g.verify(
            &lang("fr"),
            &lang("en"),
            "Les contenus pédopornographiques générés par l'IA",
            "AI-generated child porn",
        );
        assert_eq!(checks(&f), [FORBIDDEN]);
        let f = &f[0];
        assert_eq!(f.severity, Severity::Error);
        assert_eq!(f.concept, "C04");
        assert_eq!(f.found, "child porn");
        assert_eq!((f.span.start, f.span.end), (13, 23));
        assert_eq!(f.expected, ["child sexual abuse material", "CSAM"]);
        assert_eq!(f.reason, "used by offenders");
        assert!(f.message.contains("child porn"), "{}", f.message);
    }

    #[test]
    fn preferred_term_is_clean_even_when_nested() {
        let g = glossary();
        let f = g.verify(
            &lang("fr"),
            &lang("en"),
            "Les contenus pédopornographiques générés par l'IA",
            "AI-generated child sexual abuse material",
        );
        assert!(f.is_empty(), "{f:?}");
    }

    #[test]
    fn missing_term_points_into_the_source() {
        let g = glossary();
        let src = "Des contenus pédopornographiques";
        let f = g.verify(&lang("fr"), &lang("en"), src, "Illegal images");
        assert_eq!(checks(&f), [MISSING_TERM]);
        assert_eq!(f[0].side, Side::Source);
        assert_eq!(
            &src[f[0].span.start..f[0].span.end],
            "contenus pédopornographiques"
        );
        assert_eq!(f[0].expected, ["child sexual abuse material", "CSAM"]);
        // The expected terms are attested: a missing one is an error.
        assert_eq!(f[0].severity, Severity::Error);
        assert_eq!(
            f[0].reason, "source-text term",
            "the avoided source row's note"
        );
    }

    #[test]
    fn unverified_forbidden_rows_are_warnings_until_promoted() {
        let g = glossary();
        let f = g.verify(&lang("fr"), &lang("de"), "x", "Kinderpornos im Netz");
        assert_eq!(checks(&f), [FORBIDDEN]);
        assert_eq!(f[0].severity, Severity::Warning);
        let mut data = g.into_data();
        data.terms[6].review = Some(Review {
            promote: Severity::Error,
            by: "R".into(),
            date: "2025-01-01".into(),
        });
        let g = Glossary::new(data);
        let f = g.verify(&lang("fr"), &lang("de"), "x", "Kinderpornos im Netz");
        assert_eq!(f[0].severity, Severity::Error);
        assert_eq!(f[0].promoted, Some(Severity::Error));
    }

    #[test]
    fn do_not_translate_missing_and_altered() {
        let g = glossary();
        let src = "La Fondation pour l’Enfance et la DNPJ";
        assert!(
            g.verify(
                &lang("fr"),
                &lang("en"),
                src,
                "The Fondation pour l'Enfance and the DNPJ"
            )
            .is_empty()
        );
        let f = g.verify(
            &lang("fr"),
            &lang("en"),
            src,
            "The Foundation for Children and the DNPJ",
        );
        assert_eq!(checks(&f), [DNT_CHANGED]);
        assert_eq!(f[0].side, Side::Source);
        assert_eq!(f[0].expected, ["Fondation pour l'Enfance"]);
        let f = g.verify(
            &lang("fr"),
            &lang("en"),
            src,
            "The Fondation pour l'enfance and the dnpj",
        );
        assert_eq!(checks(&f), [DNT_CHANGED, DNT_CHANGED]);
        assert!(f.iter().all(|f| f.side == Side::Target));
        assert_eq!(f[0].found, "Fondation pour l'enfance");
    }

    #[test]
    fn configuration_changes_severities_and_suppresses() {
        let g = glossary();
        let f = g.verify(
            &lang("fr"),
            &lang("en"),
            "x",
            "child pornography and child porn",
        );
        assert_eq!(checks(&f), [DEPRECATED, FORBIDDEN]);
        let config = Config::parse(
            "source_locale = \"fr\"\n[checks.glossary-deprecated]\nseverity = \"info\"\n\
             [checks.glossary-deprecated.locales.en]\nseverity = \"error\"\n\
             [[suppress]]\ncheck = \"glossary-forbidden\"\nlocale = \"en\"\nreason = \"quoting a law\"\n",
            Path::new("relais.toml"),
        )
        .unwrap();
        let applied = apply_config(f.clone(), &config, &lang("en-GB"));
        assert_eq!(applied.suppressed, 1);
        assert_eq!(applied.findings.len(), 1);
        assert_eq!(applied.findings[0].severity, Severity::Error);
        let de = apply_config(f, &config, &lang("de"));
        assert_eq!(de.suppressed, 0);
        assert_eq!(de.findings[0].severity, Severity::Info);
    }
}
