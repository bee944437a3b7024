//! The glossary state a translation-memory unit carries: the avoided
//! terms (forbidden or deprecated in the glossary) found in one of its
//! translations.
//!
//! A flag travels with the unit as a TMX prop ([`PROP_GLOSSARY`]) written
//! when the unit is stored, so that a TMX exported from relais keeps it and
//! `tm stats` can count flagged units without the glossary; lookups add the
//! flags of the current glossary, which may have changed since.

use serde::Serialize;

use crate::model::Status;
use crate::model::unit::Unit;

/// The prop type of a unit's glossary flags (one prop per flag).
pub const PROP_GLOSSARY: &str = "x-relais-glossary";

/// An avoided term found in a unit's translation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TermFlag {
    /// Language of the variant the term is in.
    pub lang: String,
    /// The concept.
    pub concept: String,
    /// `forbidden` or `deprecated`.
    pub status: Status,
    /// The text as found in the translation.
    pub found: String,
    /// The terms to use instead (preferred first).
    pub preferred: Vec<String>,
}

impl TermFlag {
    /// The prop text: `LANG STATUS CONCEPT «FOUND» → PREFERRED; …`.
    pub fn to_prop(&self) -> String {
        format!(
            "{} {} {} «{}» → {}",
            self.lang,
            self.status.as_str(),
            self.concept,
            self.found,
            self.preferred.join("; ")
        )
    }

    /// Reads a prop written by [`TermFlag::to_prop`]; `None` for any other
    /// text (a prop edited by hand is ignored, not an error).
    pub fn from_prop(text: &str) -> Option<TermFlag> {
        let (head, rest) = text.split_once(" «")?;
        let (found, preferred) = rest.split_once("» → ")?;
        let mut words = head.split(' ');
        let lang = words.next()?.to_string();
        let status = match words.next()? {
            "forbidden" => Status::Forbidden,
            "deprecated" => Status::Deprecated,
            _ => return None,
        };
        let concept = words.next()?.to_string();
        Some(TermFlag {
            lang,
            concept,
            status,
            found: found.to_string(),
            preferred: preferred
                .split("; ")
                .filter(|p| !p.is_empty())
                .map(str::to_string)
                .collect(),
        })
    }

    /// The flags recorded on a unit.
    pub fn of_unit(unit: &Unit) -> Vec<TermFlag> {
        unit.props
            .iter()
            .filter(|p| p.kind() == Some(PROP_GLOSSARY))
            .filter_map(|p| TermFlag::from_prop(&p.text))
            .collect()
    }

    /// Whether `list` already holds a flag on the same term in the same
    /// language.
    pub fn listed_in(&self, list: &[TermFlag]) -> bool {
        list.iter().any(|f| {
            f.lang == self.lang
                && f.concept == self.concept
                && f.found.eq_ignore_ascii_case(&self.found)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prop_round_trip() {
        let flag = TermFlag {
            lang: "en".into(),
            concept: "C04-CSAM".into(),
            status: Status::Deprecated,
            found: "child pornography".into(),
            preferred: vec!["child sexual abuse material".into(), "CSAM".into()],
        };
        let text = flag.to_prop();
        assert_eq!(
            text,
            "en deprecated C04-CSAM «child pornography» → child sexual abuse material; CSAM"
        );
        assert_eq!(TermFlag::from_prop(&text), Some(flag));
        assert_eq!(TermFlag::from_prop("written by hand"), None);
        assert_eq!(TermFlag::from_prop("en preferred C04 «x» → y"), None);
    }
}
