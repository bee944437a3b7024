//! Which words of a term inflect, and how their forms combine: the
//! agreement zone before the first preposition, the head word, spelling
//! variants, and the cap of [`MAX_FORMS`] forms per term.

use std::collections::BTreeSet;

use crate::glossary::inflect::langs::{derived_adjectives, word_forms};
use crate::model::PartOfSpeech;

/// Most forms generated for one term.
pub const MAX_FORMS: usize = 1200;

/// Spelling variants of a term as written (before folding): German
/// umlaut transliteration, -graf-/-graph-, British/American English.
pub fn spelling_variants(lang: &str, text: &str) -> Vec<String> {
    let mut out = vec![text.to_string()];
    let mut add = |s: String| {
        if !out.contains(&s) {
            out.push(s);
        }
    };
    match lang {
        "de" => {
            if text.contains(['ä', 'ö', 'ü', 'Ä', 'Ö', 'Ü']) {
                add(text
                    .replace('ä', "ae")
                    .replace('ö', "oe")
                    .replace('ü', "ue")
                    .replace('Ä', "Ae")
                    .replace('Ö', "Oe")
                    .replace('Ü', "Ue"));
            }
            graf_graph(text, &mut add);
        }
        "nl" => graf_graph(text, &mut add),
        "en" => {
            let lower = text.to_lowercase();
            if lower.contains("paed") || lower.contains("aedo") {
                add(text
                    .replace("paed", "ped")
                    .replace("Paed", "Ped")
                    .replace("aedo", "edo"));
            }
            for (gb, us) in [
                ("isation", "ization"),
                ("ise", "ize"),
                ("ising", "izing"),
                ("ised", "ized"),
            ] {
                if let Some(stem) = text.strip_suffix(gb) {
                    add(format!("{stem}{us}"));
                }
                if let Some(stem) = text.strip_suffix(us) {
                    add(format!("{stem}{gb}"));
                }
            }
        }
        _ => {}
    }
    out
}

fn graf_graph(text: &str, add: &mut impl FnMut(String)) {
    if text.contains("graf") {
        add(text.replace("graf", "graph"));
    } else if text.contains("graph") {
        add(text.replace("graph", "graf"));
    }
}

/// Words that end the agreement zone.
fn is_preposition(lang: &str, word: &str) -> bool {
    let list: &[&str] = match lang {
        "en" => &[
            "of",
            "for",
            "against",
            "in",
            "on",
            "to",
            "with",
            "by",
            "involving",
            "from",
            "at",
            "about",
            "into",
            "through",
            "under",
        ],
        "fr" => &[
            "de",
            "du",
            "des",
            "a",
            "au",
            "aux",
            "sur",
            "pour",
            "par",
            "en",
            "dans",
            "avec",
            "contre",
            "impliquant",
            "entre",
            "sans",
            "chez",
            "envers",
            "vers",
            "relatifs",
            "relatives",
            "relatif",
            "relative",
        ],
        "es" => &[
            "de", "del", "a", "al", "en", "por", "para", "con", "contra", "sobre", "sin", "entre",
            "hacia",
        ],
        "pt" => &[
            "de", "do", "da", "dos", "das", "a", "ao", "aos", "em", "no", "na", "nos", "nas",
            "por", "para", "com", "contra", "sobre", "sem", "entre",
        ],
        "it" => &[
            "di", "del", "della", "dei", "degli", "delle", "dello", "a", "al", "alla", "ai",
            "agli", "su", "sui", "sulla", "sulle", "sugli", "da", "dal", "dalla", "dai", "in",
            "nel", "nella", "nei", "per", "con", "contro", "tra", "fra",
        ],
        "de" => &[
            "von",
            "gegen",
            "im",
            "in",
            "an",
            "am",
            "auf",
            "fur",
            "mit",
            "zu",
            "zur",
            "zum",
            "bei",
            "beim",
            "uber",
            "unter",
            "durch",
            "ohne",
            "um",
            "vor",
            "nach",
            "aus",
            "mittels",
            "wegen",
            "gegenuber",
        ],
        "nl" => &[
            "van", "voor", "tegen", "in", "op", "met", "door", "bij", "aan", "over", "uit", "naar",
            "om", "tot", "tussen",
        ],
        "pl" => &[
            "w", "we", "z", "ze", "o", "na", "do", "dla", "przez", "wobec", "od", "po", "przy",
            "nad", "pod", "przed", "miedzy", "bez", "u", "za",
        ],
        _ => &[],
    };
    // Elided articles and prepositions ("d'abus", "l'ia", "dell'infanzia").
    if matches!(lang, "fr" | "it") && word.contains('\'') {
        return true;
    }
    list.contains(&word)
}

/// Articles and conjunctions: kept as they are inside the zone.
fn is_function_word(lang: &str, word: &str) -> bool {
    let list: &[&str] = match lang {
        "en" => &["and", "or", "the", "a", "an"],
        "fr" => &["et", "ou", "le", "la", "les", "un", "une"],
        "es" => &["y", "e", "o", "u", "el", "la", "los", "las", "un", "una"],
        "pt" => &["e", "ou", "o", "a", "os", "as", "um", "uma"],
        "it" => &[
            "e", "ed", "o", "il", "lo", "la", "i", "gli", "le", "un", "uno", "una",
        ],
        "de" => &[
            "und", "oder", "der", "die", "das", "den", "dem", "des", "ein", "eine",
        ],
        "nl" => &["en", "of", "de", "het", "een"],
        "pl" => &["i", "oraz", "lub", "albo", "a"],
        _ => &[],
    };
    list.contains(&word)
}

/// Whether a word can take endings: letters only, no digits, brackets
/// or apostrophes.
fn inflectable(word: &str) -> bool {
    word.chars().count() >= 2 && word.chars().all(char::is_alphabetic)
}

/// Splits the punctuation that may follow a word in a list ("niñas,")
/// from the word itself.
fn split_trailing_punctuation(word: &str) -> (&str, &str) {
    let core = word.trim_end_matches([',', ';', ':', '.']);
    (core, &word[core.len()..])
}

/// The German head noun of a term as written: its first capitalised
/// word that is not an acronym ("Täter" in "Täter sexualisierter Gewalt
/// gegen Kinder", "Darstellungen" in "KI-generierte Darstellungen
/// sexuellen Missbrauchs von Kindern"). The words after it are genitive
/// or prepositional attributes, which do not agree with it. `words` are
/// the term's words with their case (hyphens read as spaces).
pub fn german_head(words: &[&str]) -> Option<usize> {
    words.iter().position(|w| {
        let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
        letters.first().is_some_and(|c| c.is_uppercase())
            && !letters.iter().all(|c| c.is_uppercase())
    })
}

/// The forms of a term given as folded words (lowercase, no diacritics,
/// one space between words). `head`, when known, is the head noun's
/// index (German: [`german_head`]); the agreement zone ends there.
/// `avoided` is true for deprecated and forbidden terms; `compound` when
/// the term is also matched inside longer words (then bare German stems
/// are not generated). The term itself is always the first form.
pub fn forms(
    lang: &str,
    words: &[&str],
    head: Option<usize>,
    pos: Option<PartOfSpeech>,
    avoided: bool,
    compound: bool,
) -> Vec<String> {
    let base = words.join(" ");
    let mut out = vec![base.clone()];
    if words.is_empty() {
        return out;
    }
    let supported = matches!(lang, "en" | "fr" | "es" | "pt" | "it" | "de" | "nl" | "pl");
    if !supported {
        return out;
    }
    // The agreement zone: up to the first preposition, or the head noun.
    let zone_end = words
        .iter()
        .position(|w| is_preposition(lang, w))
        .unwrap_or(words.len())
        .min(head.map_or(usize::MAX, |h| h + 1));
    let cores: Vec<(&str, &str)> = words
        .iter()
        .map(|w| split_trailing_punctuation(w))
        .collect();
    let mut zone: Vec<usize> = (0..zone_end)
        .filter(|&i| inflectable(cores[i].0) && !is_function_word(lang, cores[i].0))
        .collect();
    if zone.is_empty() {
        return out;
    }
    let verb = pos == Some(PartOfSpeech::Verb);
    if lang == "en" {
        let head = if verb {
            zone[0]
        } else {
            *zone.last().expect("non-empty")
        };
        zone = vec![head];
    }
    let mut per_word: Vec<(usize, Vec<String>)> = zone
        .iter()
        .map(|&i| {
            let (core, punctuation) = cores[i];
            let mut f = word_forms(lang, core, verb, compound);
            if avoided && words.len() == 1 {
                f.extend(derived_adjectives(lang, core));
            }
            dedup(&mut f, core);
            (
                i,
                f.into_iter()
                    .map(|form| format!("{form}{punctuation}"))
                    .collect(),
            )
        })
        .collect();
    // Keep the combinations bounded: words far from the head stop
    // inflecting first (German and Dutch heads are last, the others'
    // first).
    let head_last = matches!(lang, "de" | "nl" | "en");
    while per_word.len() > 1 && per_word.iter().map(|(_, f)| f.len()).product::<usize>() > MAX_FORMS
    {
        if head_last {
            per_word.remove(0);
        } else {
            per_word.pop();
        }
    }
    let mut combos: Vec<Vec<String>> =
        vec![words.iter().map(std::string::ToString::to_string).collect()];
    for (i, forms) in &per_word {
        let mut next = Vec::with_capacity(combos.len() * forms.len());
        for combo in &combos {
            for f in forms {
                let mut c = combo.clone();
                c[*i] = f.clone();
                next.push(c);
            }
        }
        combos = next;
        if combos.len() > MAX_FORMS {
            combos.truncate(MAX_FORMS);
        }
    }
    let mut seen: BTreeSet<String> = BTreeSet::from([base]);
    for c in combos {
        let s = c.join(" ");
        if seen.insert(s.clone()) {
            out.push(s);
        }
    }
    out
}

fn dedup(forms: &mut Vec<String>, word: &str) {
    let mut seen = BTreeSet::new();
    forms.retain(|f| !f.is_empty() && seen.insert(f.clone()));
    if !forms.iter().any(|f| f == word) {
        forms.insert(0, word.to_string());
    }
}
