//! The glossary as a terminology source for `relais check`
//! ([`crate::check::glossary::TermChecker`]).
//!
//! Each select variant of a translation is verified against the matching
//! source variant (or the source's first one when the variants differ in
//! number). In the source file itself, only forbidden terms are findings:
//! a deprecated source term (the press release's « contenus
//! pédopornographiques ») is the author's wording, which translations must
//! not carry over, not an error of the source file.

use std::ops::Range;

use crate::check::glossary::{TermChecker, TermFinding, TermUnit};
use crate::glossary::Glossary;
use crate::glossary::verify::{FORBIDDEN, Side};
use crate::lang::LangTag;
use crate::model::Segment;
use crate::model::Status;

impl TermChecker for Glossary {
    fn check(&self, unit: &TermUnit<'_>) -> Vec<TermFinding> {
        let mut out = Vec::new();
        for (variant, target) in unit.target.iter().enumerate() {
            let target_text = target.matching_text();
            let Some(sources) = unit.source else {
                // The source file: forbidden terms only.
                for hit in self.find(unit.target_locale, &target_text) {
                    if hit.status != Status::Forbidden {
                        continue;
                    }
                    let term = &self.terms()[hit.index];
                    out.push(TermFinding {
                        check: FORBIDDEN,
                        severity: None,
                        message: crate::t!(
                            "glossary-finding-forbidden",
                            "found" => hit.found.as_str(),
                            "locale" => unit.target_locale.as_str(),
                            "concept" => hit.concept.as_str()
                        ),
                        concept: hit.concept.clone(),
                        term: hit.term.clone(),
                        variant,
                        span: Some(hit.span.start..hit.span.end),
                        reason: Some(term.note.clone()).filter(|n| !n.is_empty()),
                        expected: self.expected_terms(&hit.concept, unit.target_locale),
                    });
                }
                continue;
            };
            let source: &Segment = match sources.get(variant) {
                Some(s) if sources.len() == unit.target.len() => s,
                _ => match sources.first() {
                    Some(s) => s,
                    None => continue,
                },
            };
            let source_text = source.matching_text();
            for f in self.verify(
                unit.source_locale,
                unit.target_locale,
                &source_text,
                &target_text,
            ) {
                out.push(TermFinding {
                    check: f.check,
                    severity: Some(f.severity),
                    message: f.message,
                    concept: f.concept,
                    term: f.term,
                    variant,
                    span: (f.side == Side::Target).then_some(f.span.start..f.span.end),
                    reason: Some(f.reason).filter(|r| !r.is_empty()),
                    expected: f.expected,
                });
            }
        }
        out
    }

    fn protected_spans(&self, locale: &LangTag, text: &str) -> Vec<Range<usize>> {
        self.find(locale, text)
            .into_iter()
            .filter(|m| m.status == Status::DoNotTranslate)
            .map(|m| m.span.start..m.span.end)
            .collect()
    }
}
