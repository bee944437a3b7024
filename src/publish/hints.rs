//! Glossary hints for translators: the glossary terms of a source message
//! and what to write (or avoid) for each in the target language, as the
//! comment lines `pretranslate` puts above a filled message.

use crate::glossary::Glossary;
use crate::lang::LangTag;
use crate::model::Segment;
use crate::model::Status;

/// How hint lines start.
pub const PREFIX: &str = "Glossary: ";

/// One comment line per glossary concept found in `source`, e.g.
/// `Glossary: "contenus pédopornographiques" (C04-CSAM) → child sexual abuse
/// material, CSAM; avoid: child pornography (deprecated), child porn
/// (forbidden)`.
pub fn glossary_hints(
    glossary: &Glossary,
    source: &LangTag,
    target: &LangTag,
    seg: &Segment,
) -> Vec<String> {
    let text = crate::publish::markup::strip(&seg.display_text());
    let mut seen: Vec<String> = Vec::new();
    let mut lines = Vec::new();
    for m in glossary.find(source, &text) {
        if seen.contains(&m.concept) {
            continue;
        }
        seen.push(m.concept.clone());
        let terms = glossary.terms_of(&m.concept, target);
        let usable: Vec<String> = terms
            .iter()
            .filter(|t| t.status.is_usable())
            .map(|t| {
                if t.status == Status::DoNotTranslate {
                    format!("{} (do not translate)", t.text)
                } else {
                    t.text.clone()
                }
            })
            .collect();
        let avoided: Vec<String> = terms
            .iter()
            .filter(|t| t.status.is_avoided())
            .map(|t| format!("{} ({})", t.text, t.status.as_str()))
            .collect();
        if usable.is_empty() && avoided.is_empty() {
            continue;
        }
        let mut line = format!(
            "{PREFIX}\"{}\" ({}) → {}",
            m.found.replace('\n', " "),
            m.concept,
            usable.join(", ")
        );
        if !avoided.is_empty() {
            line.push_str("; avoid: ");
            line.push_str(&avoided.join(", "));
        }
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    #[test]
    fn hints_name_the_preferred_and_the_avoided_terms() {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("glossary/terms.tsv");
        let glossary = Glossary::load(&[dir]).unwrap();
        let fr = LangTag::parse("fr").unwrap();
        let en = LangTag::parse("en").unwrap();
        let lines = glossary_hints(
            &glossary,
            &fr,
            &en,
            &Segment::text("Nous luttons contre les contenus pédopornographiques."),
        );
        let all = lines.join("\n");
        assert!(all.contains("child sexual abuse material"), "{all}");
        assert!(all.contains("child porn (forbidden)"), "{all}");
    }
}
