//! The terminology gate on translation-memory units.
//!
//! A unit whose translation holds a term the glossary marks forbidden or
//! deprecated is never reused silently: it is flagged when stored (`tm
//! import`, `tm add`, `sync`, `build`'s TM fill, `align --into-tm`), every
//! lookup shows the flag with the preferred terms (flags of the current
//! glossary are added to those recorded), and `pretranslate` fills a
//! flagged match only with a review mark naming the term. Imported
//! memories are not rejected for their wording: they are flagged unit by
//! unit, and `tm stats` counts the flagged units.

use std::sync::Arc;

use crate::error::Result;
use crate::glossary::Glossary;
use crate::lang::LangTag;
use crate::model::{Annotation, PROP_GLOSSARY, Status, TermFlag, Unit};
use crate::project::Project;
use crate::tm::concordance::Hit;
use crate::tm::lookup::Match;
use crate::tm::store::Flagger;

/// The avoided terms (forbidden or deprecated) of `lang` in `text`.
pub fn flags_in(glossary: &Glossary, lang: &LangTag, text: &str) -> Vec<TermFlag> {
    glossary
        .find(lang, text)
        .into_iter()
        .filter(|m| matches!(m.status, Status::Forbidden | Status::Deprecated))
        .map(|m| TermFlag {
            lang: lang.as_str().to_string(),
            preferred: glossary.expected_terms(&m.concept, lang),
            concept: m.concept,
            status: m.status,
            found: m.found,
        })
        .collect()
}

/// Replaces a unit's flags with those of `glossary` on its translations
/// (every variant not in `source`); returns whether it has any.
pub fn flag_unit(glossary: &Glossary, source: &LangTag, unit: &mut Unit) -> bool {
    unit.props.retain(|p| p.kind() != Some(PROP_GLOSSARY));
    let mut flags: Vec<TermFlag> = Vec::new();
    for v in &unit.variants {
        let tag = v.tag();
        if tag.same_language(source) {
            continue;
        }
        for f in flags_in(glossary, &tag, &v.seg.matching_text()) {
            if !f.listed_in(&flags) {
                flags.push(f);
            }
        }
    }
    for f in &flags {
        unit.props
            .push(Annotation::prop(PROP_GLOSSARY, f.to_prop()));
    }
    !flags.is_empty()
}

/// The flagger of a project's TM imports: its glossary, its source
/// language; `None` without a glossary.
pub fn project_flagger(project: &Project) -> Result<Option<Flagger>> {
    let Some(glossary) = Glossary::for_project_if_any(project)? else {
        return Ok(None);
    };
    let source = LangTag::lenient(project.source_locale());
    let glossary = Arc::new(glossary);
    Ok(Some(Flagger(Arc::new(move |unit: &mut Unit| {
        flag_unit(&glossary, &source, unit)
    }))))
}

/// Adds the current glossary's flags to lookup matches (target side).
pub fn flag_matches(glossary: &Glossary, matches: &mut [Match]) {
    for m in matches {
        let lang = LangTag::lenient(&m.target_lang);
        for f in flags_in(glossary, &lang, &m.target_segment.matching_text()) {
            if !f.listed_in(&m.glossary) {
                m.glossary.push(f);
            }
        }
    }
}

/// Adds the current glossary's flags to concordance hits (every variant
/// shown that is not in the `source` language).
pub fn flag_hits(glossary: &Glossary, source: &LangTag, hits: &mut [Hit]) {
    for hit in hits {
        let texts = std::iter::once((&hit.lang, &hit.text))
            .chain(hit.translations.iter().map(|t| (&t.lang, &t.text)));
        let mut found = Vec::new();
        for (lang, text) in texts {
            let lang = LangTag::lenient(lang);
            if !lang.same_language(source) {
                found.extend(flags_in(glossary, &lang, text));
            }
        }
        for f in found {
            if !f.listed_in(&hit.glossary) {
                hit.glossary.push(f);
            }
        }
    }
}

/// One line per flag, for people: `deprecated “child pornography”
/// (C04-CSAM) → use child sexual abuse material`.
pub fn describe(flag: &TermFlag) -> String {
    crate::t!(
        "term-flag",
        "status" => flag.status.as_str(),
        "found" => flag.found.as_str(),
        "concept" => flag.concept.as_str(),
        "preferred" => flag.preferred.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Variant;

    fn glossary() -> Glossary {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("terms.tsv");
        std::fs::write(
            &path,
            "concept\tlang\tterm\tstatus\tevidence\tsource\treview\tmatch\tpos\tnote\n\
             C04\ten\tchild sexual abuse material\tpreferred\tA\tnone\t\t\tnoun\t\n\
             C04\ten\tchild pornography\tdeprecated\tA\tnone\t\t\tnoun\tlegal-quote only\n\
             C04\ten\tchild porn\tforbidden\tA\tnone\t\t\tnoun\ttrivialising\n\
             C04\tfr\tcontenus pédopornographiques\tdeprecated\tA\tnone\t\t\tnoun\t\n",
        )
        .unwrap();
        Glossary::load(&[path]).unwrap()
    }

    #[test]
    fn units_with_avoided_terms_are_flagged_on_the_target_side_only() {
        let g = glossary();
        let fr = LangTag::lenient("fr");
        let mut unit = Unit {
            variants: vec![
                Variant::new("fr", "des contenus pédopornographiques"),
                Variant::new("en-GB", "AI-generated child pornography"),
            ],
            ..Unit::default()
        };
        assert!(flag_unit(&g, &fr, &mut unit));
        let flags = TermFlag::of_unit(&unit);
        assert_eq!(flags.len(), 1, "{flags:?}");
        assert_eq!(flags[0].status, Status::Deprecated);
        assert_eq!(flags[0].found, "child pornography");
        assert_eq!(flags[0].preferred, ["child sexual abuse material"]);
        // Flagging again replaces, never duplicates.
        assert!(flag_unit(&g, &fr, &mut unit));
        assert_eq!(TermFlag::of_unit(&unit).len(), 1);
        let mut clean = Unit {
            variants: vec![
                Variant::new("fr", "des contenus pédopornographiques"),
                Variant::new("en", "child sexual abuse material"),
            ],
            ..Unit::default()
        };
        assert!(!flag_unit(&g, &fr, &mut clean));
        assert!(clean.props.is_empty());
    }
}
