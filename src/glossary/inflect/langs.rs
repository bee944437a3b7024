//! The inflection rules of each language (see the [module
//! documentation](super) for what each generates).

/// The forms of one folded word.
pub(super) fn word_forms(lang: &str, w: &str, verb: bool, compound: bool) -> Vec<String> {
    match lang {
        "en" if verb => en_verb(w),
        "en" => en_noun(w),
        "fr" => fr(w),
        "es" => es(w),
        "pt" => pt(w),
        "it" => it(w),
        "de" => de(w, compound),
        "nl" => nl(w),
        "pl" => pl(w),
        _ => vec![w.to_string()],
    }
}

fn ends_consonant_y(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 2 && b[b.len() - 1] == b'y' && !is_vowel(b[b.len() - 2] as char)
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

const EN_IRREGULAR: &[(&str, &str)] = &[
    ("child", "children"),
    ("person", "people"),
    ("man", "men"),
    ("woman", "women"),
];

fn en_plural(w: &str) -> Vec<String> {
    if let Some((_, pl)) = EN_IRREGULAR.iter().find(|(sg, _)| *sg == w) {
        return vec![pl.to_string()];
    }
    if ["s", "x", "z", "ch", "sh"].iter().any(|e| w.ends_with(e)) {
        vec![format!("{w}es")]
    } else if ends_consonant_y(w) {
        vec![format!("{}ies", &w[..w.len() - 1])]
    } else {
        vec![format!("{w}s")]
    }
}

fn en_noun(w: &str) -> Vec<String> {
    let mut out = vec![w.to_string()];
    if let Some((sg, _)) = EN_IRREGULAR.iter().find(|(_, pl)| *pl == w) {
        out.push(sg.to_string());
        return out;
    }
    out.extend(en_plural(w));
    // A plural term: its singular too.
    if w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && w.len() > 3
    {
        if let Some(stem) = w.strip_suffix("ies") {
            out.push(format!("{stem}y"));
        }
        for suffix in ["ches", "shes", "xes", "sses"] {
            if w.ends_with(suffix) {
                out.push(w[..w.len() - 2].to_string());
            }
        }
        out.push(w[..w.len() - 1].to_string());
    }
    out
}

fn en_verb(w: &str) -> Vec<String> {
    let mut out = vec![w.to_string()];
    let lemmas: Vec<String> = match w.strip_suffix("ing") {
        Some(stem) if stem.len() >= 2 => vec![stem.to_string(), format!("{stem}e")],
        _ => vec![w.to_string()],
    };
    for l in lemmas {
        out.extend(en_plural(&l));
        let stem = l.strip_suffix('e').unwrap_or(&l);
        out.push(format!("{stem}ed"));
        out.push(format!("{stem}ing"));
        out.push(l);
    }
    out
}

fn fr(w: &str) -> Vec<String> {
    let mut out = vec![w.to_string()];
    let mut bases = vec![w.to_string()];
    if w.len() > 3 {
        if let Some(stem) = w.strip_suffix("aux") {
            bases.push(format!("{stem}al"));
        } else if let Some(stem) = w.strip_suffix('s').or_else(|| w.strip_suffix('x')) {
            bases.push(stem.to_string());
        }
    }
    for b in bases {
        out.push(b.clone());
        if b.ends_with("eau") || b.ends_with("au") || b.ends_with("eu") {
            out.push(format!("{b}x"));
        }
        out.push(format!("{b}s"));
        if !b.ends_with('e') {
            out.push(format!("{b}e"));
            out.push(format!("{b}es"));
        }
        let fem = |stem: &str, add: &str| [format!("{stem}{add}"), format!("{stem}{add}s")];
        if let Some(stem) = b.strip_suffix("al") {
            out.push(format!("{stem}aux"));
        }
        for (end, fem_end) in [
            ("el", "elle"),
            ("en", "enne"),
            ("on", "onne"),
            ("et", "ette"),
            ("er", "ere"),
        ] {
            if let Some(stem) = b.strip_suffix(end) {
                out.extend(fem(stem, fem_end));
            }
        }
        if let Some(stem) = b.strip_suffix("if") {
            out.extend(fem(stem, "ive"));
        }
        if let Some(stem) = b.strip_suffix("eux") {
            out.extend(fem(stem, "euse"));
        }
        if let Some(stem) = b.strip_suffix("eur") {
            out.extend(fem(stem, "euse"));
            out.extend(fem(stem, "eure"));
        }
        if let Some(stem) = b.strip_suffix("teur") {
            out.extend(fem(stem, "trice"));
        }
    }
    out
}

/// Singular candidates of a Spanish or Portuguese word, itself included.
fn iberian_bases(w: &str) -> Vec<String> {
    let mut bases = vec![w.to_string()];
    if w.len() > 4
        && let Some(stem) = w.strip_suffix("es")
    {
        bases.push(stem.to_string());
    }
    if w.len() > 3
        && let Some(stem) = w.strip_suffix('s')
    {
        bases.push(stem.to_string());
    }
    bases
}

fn iberian_common(b: &str, out: &mut Vec<String>) {
    out.push(b.to_string());
    if let Some(stem) = b.strip_suffix('o').or_else(|| b.strip_suffix('a')) {
        for e in ["o", "a", "os", "as"] {
            out.push(format!("{stem}{e}"));
        }
    } else if b.ends_with('e') {
        out.push(format!("{b}s"));
    } else if b.ends_with('i') || b.ends_with('u') {
        out.push(format!("{b}s"));
        out.push(format!("{b}es"));
    }
    if let Some(stem) = b.strip_suffix("or") {
        for e in ["ora", "oras", "ores"] {
            out.push(format!("{stem}{e}"));
        }
    }
}

fn es(w: &str) -> Vec<String> {
    let mut out = Vec::new();
    for b in iberian_bases(w) {
        iberian_common(&b, &mut out);
        if let Some(stem) = b.strip_suffix('z') {
            out.push(format!("{stem}ces"));
        } else if b.ends_with(['l', 'r', 'n', 'd', 'j', 'y']) {
            out.push(format!("{b}es"));
        }
    }
    out
}

fn pt(w: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut bases = iberian_bases(w);
    for (pl, sg) in [
        ("oes", "ao"),
        ("aes", "ao"),
        ("ais", "al"),
        ("eis", "el"),
        ("ois", "ol"),
        ("uis", "ul"),
        ("ns", "m"),
    ] {
        if let Some(stem) = w.strip_suffix(pl) {
            bases.push(format!("{stem}{sg}"));
        }
    }
    for b in bases {
        iberian_common(&b, &mut out);
        if let Some(stem) = b.strip_suffix("ao") {
            for e in ["oes", "aes", "aos"] {
                out.push(format!("{stem}{e}"));
            }
        }
        for (sg, pl) in [("al", "ais"), ("el", "eis"), ("ol", "ois"), ("ul", "uis")] {
            if let Some(stem) = b.strip_suffix(sg) {
                out.push(format!("{stem}{pl}"));
            }
        }
        if let Some(stem) = b.strip_suffix("il") {
            out.push(format!("{stem}is"));
            out.push(format!("{stem}eis"));
        }
        if let Some(stem) = b.strip_suffix('m') {
            out.push(format!("{stem}ns"));
        }
        if b.ends_with(['r', 'z', 's']) {
            out.push(format!("{b}es"));
        }
    }
    out
}

fn it(w: &str) -> Vec<String> {
    let mut out = vec![w.to_string()];
    let Some(last) = w.chars().last() else {
        return out;
    };
    let stem = &w[..w.len() - last.len_utf8()];
    match last {
        'o' => {
            for e in ["o", "a", "i", "e"] {
                out.push(format!("{stem}{e}"));
            }
            if let Some(s) = stem.strip_suffix('c') {
                for e in ["chi", "ci", "che"] {
                    out.push(format!("{s}{e}"));
                }
            }
            if let Some(s) = stem.strip_suffix('g') {
                for e in ["ghi", "gi", "ghe"] {
                    out.push(format!("{s}{e}"));
                }
            }
        }
        'a' => {
            for e in ["a", "e", "o", "i"] {
                out.push(format!("{stem}{e}"));
            }
            if let Some(s) = stem.strip_suffix('c') {
                for e in ["che", "chi", "ci"] {
                    out.push(format!("{s}{e}"));
                }
            }
            if let Some(s) = stem.strip_suffix('g') {
                for e in ["ghe", "ghi"] {
                    out.push(format!("{s}{e}"));
                }
            }
        }
        'e' => {
            out.push(format!("{stem}i"));
        }
        'i' => {
            for e in ["o", "e", "a"] {
                out.push(format!("{stem}{e}"));
            }
        }
        _ => {}
    }
    out
}

/// Endings after which a German word ending in -e/-en/-er/-es/-em is an
/// adjective or adjectival noun (its ending can be swapped).
const DE_ADJECTIVE_STEMS: &[&str] = &[
    "l", "ig", "isch", "lich", "iv", "al", "ell", "ar", "bar", "los", "sam", "haft", "ent", "ant",
    "iert", "et", "gt",
];

fn de(w: &str, compound: bool) -> Vec<String> {
    const ENDINGS: [&str; 5] = ["e", "en", "er", "es", "em"];
    let mut out = vec![w.to_string()];
    for e in ["e", "en", "er", "es", "em", "n", "s", "ern", "ns"] {
        out.push(format!("{w}{e}"));
    }
    for e in ENDINGS {
        if let Some(stem) = w.strip_suffix(e)
            && stem.chars().count() >= 3
            && DE_ADJECTIVE_STEMS.iter().any(|s| stem.ends_with(s))
        {
            if !compound {
                out.push(stem.to_string());
            }
            for e2 in ENDINGS {
                out.push(format!("{stem}{e2}"));
            }
        }
    }
    for plural in ["ungen", "heiten", "keiten", "schaften", "innen"] {
        if w.ends_with(plural) {
            out.push(w[..w.len() - 2].to_string());
        }
    }
    out
}

fn nl(w: &str) -> Vec<String> {
    let mut out = vec![w.to_string()];
    if w == "kind" {
        out.push("kinderen".into());
    }
    if w == "kinderen" {
        out.push("kind".into());
    }
    for e in ["en", "s", "'s", "e"] {
        out.push(format!("{w}{e}"));
    }
    let chars: Vec<char> = w.chars().collect();
    let n = chars.len();
    if n >= 3 {
        let (c, v1, v2) = (chars[n - 1], chars[n - 2], chars[n - 3]);
        let consonant = !is_vowel(c) && c.is_alphabetic();
        // Open syllable: a long vowel is written single ("seksuele").
        if consonant && v1 == v2 && matches!(v1, 'a' | 'e' | 'o' | 'u') {
            let reduced: String = chars[..n - 2].iter().chain(std::iter::once(&c)).collect();
            out.push(format!("{reduced}en"));
            out.push(format!("{reduced}e"));
        }
        // Short vowel: the consonant doubles ("katten").
        if consonant && is_vowel(v1) && !is_vowel(v2) && !matches!(c, 'w' | 'x' | 'y' | 'h') {
            out.push(format!("{w}{c}en"));
            out.push(format!("{w}{c}e"));
        }
    }
    if let Some(stem) = w.strip_suffix('f') {
        out.push(format!("{stem}ven"));
        out.push(format!("{stem}ve"));
    }
    if let Some(stem) = w.strip_suffix('s') {
        out.push(format!("{stem}zen"));
        out.push(format!("{stem}ze"));
    }
    if n > 4 {
        if let Some(stem) = w.strip_suffix("en") {
            out.push(stem.to_string());
        }
        if let Some(stem) = w.strip_suffix('e') {
            out.push(stem.to_string());
        }
    }
    out
}

/// Case endings of Polish nouns and adjectives after a vowel-final stem
/// is cut (folded: ą→a, ę→e, ó→o).
const PL_ENDINGS: &[&str] = &[
    "a", "y", "i", "e", "ie", "o", "u", "om", "ami", "ach", "ej", "ego", "emu", "ym", "im", "ych",
    "ich", "ymi", "imi", "ow",
];

/// Endings of consonant-final (mostly masculine) nouns.
const PL_CONSONANT_ENDINGS: &[&str] = &[
    "", "a", "u", "owi", "em", "e", "y", "i", "ow", "om", "ami", "ach",
];

fn pl(w: &str) -> Vec<String> {
    const DZIECKO: &[&str] = &[
        "dziecko",
        "dziecka",
        "dziecku",
        "dzieckiem",
        "dzieci",
        "dzieciom",
        "dziecmi",
        "dzieciach",
        "dzieciecy",
    ];
    if DZIECKO.contains(&w) {
        return DZIECKO
            .iter()
            .map(std::string::ToString::to_string)
            .collect();
    }
    let mut out = vec![w.to_string()];
    let last = w.chars().last().unwrap_or(' ');
    if matches!(last, 'a' | 'e' | 'i' | 'y' | 'o' | 'u') {
        // Longest ending first, so "dziecieca" → "dzieciec" and
        // "pornograficzne" → "pornograficzn".
        let mut endings: Vec<&str> = PL_ENDINGS.to_vec();
        endings.sort_by_key(|e| std::cmp::Reverse(e.len()));
        let stem = endings
            .iter()
            .find_map(|e| w.strip_suffix(e).filter(|s| s.chars().count() >= 3))
            .unwrap_or(w);
        for e in PL_ENDINGS {
            out.push(format!("{stem}{e}"));
        }
        // -ia nouns keep their i: "pornografia" → "pornografii".
        if stem.ends_with('i') {
            out.push(format!("{stem}i"));
        }
    } else {
        for e in PL_CONSONANT_ENDINGS {
            out.push(format!("{w}{e}"));
        }
    }
    out
}

/// Adjectives derived from -graphie/-grafie/-grafia nouns.
pub(super) fn derived_adjectives(lang: &str, w: &str) -> Vec<String> {
    let mut out = Vec::new();
    match lang {
        "fr" => {
            if let Some(stem) = w.strip_suffix("graphie") {
                out.extend(
                    ["graphique", "graphiques"]
                        .iter()
                        .map(|e| format!("{stem}{e}")),
                );
            }
        }
        "de" | "nl" => {
            for g in ["grafie", "graphie"] {
                if let Some(stem) = w.strip_suffix(g) {
                    let adj = format!("{stem}{}isch", &g[..g.len() - 2]);
                    out.push(adj.clone());
                    for e in ["e", "en", "er", "es", "em"] {
                        out.push(format!("{adj}{e}"));
                    }
                }
            }
        }
        "it" | "es" | "pt" => {
            if let Some(stem) = w.strip_suffix("grafia") {
                let endings: &[&str] = match lang {
                    "it" => &["grafico", "grafica", "grafici", "grafiche"],
                    _ => &["grafico", "grafica", "graficos", "graficas"],
                };
                out.extend(endings.iter().map(|e| format!("{stem}{e}")));
            }
        }
        _ => {}
    }
    out
}
