//! Sentence segmentation with per-language rule tables.
//!
//! Like SRX, segmentation is a set of *break* candidates and *exceptions*
//! per language; the tables here are relais's own. A candidate is a run
//! of terminal punctuation (`.`, `!`, `?`, `…`, and `;` in Greek),
//! followed by closing quotes or brackets (`.»`, `?)`, and in French
//! `. »` with its space), then white space. The candidate is kept unless
//! an exception applies:
//!
//! * the next sentence would start with a lower-case letter (`etc. et`,
//!   `« Oui ? » dit-il`);
//! * the full stop ends an abbreviation of the language's table (`Dr.`,
//!   `Mme.`, `z.B.`, `S. 12`, `Nr. 5`), a single capital letter (initials
//!   `J. R. R. Tolkien`), or a dotted abbreviation (`U.S.`, `d.h.`);
//! * in languages that write ordinals with a full stop (German, the Nordic
//!   and Slavic languages, Hungarian…), a number before the full stop is an
//!   ordinal when a month name follows (`1. Mai`) or an article or
//!   preposition comes before it (`am 9. September`, `der 2. Weltkrieg`);
//! * the ellipsis is in brackets (`[…]`, `(...)`), which marks a cut in a
//!   quotation, not an end;
//! * what precedes has no letter (a list marker such as `1.` or `a)`).
//!
//! Decimals (`3.14`), URLs (`example.org/a.b`) and times (`10.30`) never
//! break because no white space follows their full stops. CJK full stops
//! (`。`, `！`, `？`) break without white space.

use std::ops::Range;

/// Segmentation rules of one language.
#[derive(Debug)]
struct Rules {
    /// Primary language subtag.
    language: &'static str,
    /// Words that are never the end of a sentence when followed by a full
    /// stop. Entries in lower case match any case; others match exactly.
    abbreviations: &'static [&'static str],
    /// Whether `N.` may be an ordinal number.
    ordinal_dot: bool,
    /// Words after which `N.` is an ordinal (lower case).
    ordinal_before: &'static [&'static str],
    /// Month names (lower case) after which `N.` is an ordinal.
    months: &'static [&'static str],
    /// French typography: a space before the closing guillemet.
    spaced_guillemets: bool,
    /// `;` is the question mark (Greek).
    semicolon_question: bool,
}

/// Abbreviations of every language, English titles included (news in any
/// language writes `Mr. Bean`).
const COMMON: &[&str] = &[
    "ca", "cf", "cfr", "e.g", "i.e", "vs", "nr", "vol", "pp", "fig", "approx", "Mr", "Mrs", "Ms",
    "Rev", "v", "Dr", "St",
];

static EN: Rules = Rules {
    language: "en",
    abbreviations: &[
        "No", "Mr", "Mrs", "Ms", "Mx", "Messrs", "Dr", "Prof", "Sr", "Jr", "St", "Mt", "Gen",
        "Col", "Lt", "Sgt", "Capt", "Rev", "Hon", "Gov", "Sen", "Rep", "Pres", "Supt", "Ave",
        "Blvd", "Rd", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
        "Dec", "nos", "vols", "ch", "chap", "art", "sec", "para", "ed", "eds", "esp", "incl",
        "dept", "est", "p", "op", "cit", "ibid",
    ],
    ordinal_dot: false,
    ordinal_before: &[],
    months: &[],
    spaced_guillemets: false,
    semicolon_question: false,
};

static FR: Rules = Rules {
    language: "fr",
    abbreviations: &[
        "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Mgr", "Me", "Dr", "Pr", "St", "Ste", "Cie",
        "art", "al", "chap", "éd", "env", "av", "apr", "bd", "boul", "hab", "tél", "tel", "ex",
        "réf", "sq", "suiv", "J.-C", "c.-à-d", "janv", "févr", "avr", "juil", "sept", "oct", "nov",
        "déc", "p", "n", "vol", "op", "cit", "ibid",
    ],
    ordinal_dot: false,
    ordinal_before: &[],
    months: &[],
    spaced_guillemets: true,
    semicolon_question: false,
};

static DE: Rules = Rules {
    language: "de",
    abbreviations: &[
        "Abs", "Abb", "Anm", "Art", "Aufl", "Ausg", "Bd", "Bde", "bes", "betr", "Bsp", "bspw",
        "bzw", "ca", "dgl", "Dr", "Prof", "ebd", "evtl", "ff", "Fr", "Frl", "geb", "gegr", "gest",
        "ggf", "Hr", "Hrn", "hrsg", "Hrsg", "inkl", "insb", "Jh", "Jhd", "Kap", "lt", "max", "Mio",
        "Mrd", "Nr", "Pkt", "sog", "Sog", "St", "Str", "Tab", "Tel", "usf", "vgl", "Vgl", "zit",
        "zz", "zzgl", "Jan", "Feb", "Mär", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Okt", "Nov",
        "Dez", "u", "o", "v", "z", "d",
    ],
    ordinal_dot: true,
    ordinal_before: &[
        "der", "die", "das", "dem", "den", "des", "am", "im", "vom", "zum", "zur", "beim", "ab",
        "bis", "seit", "vor", "nach", "ins", "ans", "aufs", "jeden", "jedem", "jeder", "ihr",
        "ihrem", "ihren", "sein", "seinem", "seinen", "sein", "unser", "unserem", "ein", "eine",
        "einem", "einer", "seiner", "ihrer",
    ],
    months: &[
        "januar",
        "jänner",
        "februar",
        "feber",
        "märz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
        "jan",
        "feb",
        "mär",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "okt",
        "nov",
        "dez",
    ],
    spaced_guillemets: false,
    semicolon_question: false,
};

static ES: Rules = Rules {
    language: "es",
    abbreviations: &[
        "Sr", "Sra", "Srta", "Sres", "Dr", "Dra", "Ud", "Uds", "Vd", "Vds", "D", "Dña", "Prof",
        "Excmo", "Excma", "Ilmo", "Ilma", "Sto", "Sta", "pág", "págs", "núm", "art", "cap", "Av",
        "Avda", "ej", "aprox", "EE.UU", "EE", "dcha", "izq", "tel", "p", "n", "op", "cit", "ibíd",
    ],
    ordinal_dot: false,
    ordinal_before: &[],
    months: &[],
    spaced_guillemets: false,
    semicolon_question: false,
};

static IT: Rules = Rules {
    language: "it",
    abbreviations: &[
        "Sig", "Sigg", "Sig.ra", "Sig.na", "Dott", "Dott.ssa", "Prof", "Prof.ssa", "Ing", "Avv",
        "Arch", "Geom", "Rag", "On", "Mons", "prof", "dott", "Spett", "Egr", "Gent", "pag", "art",
        "cap", "es", "tel", "p", "n", "op", "cit", "ibid",
    ],
    ordinal_dot: false,
    ordinal_before: &[],
    months: &[],
    spaced_guillemets: false,
    semicolon_question: false,
};

static NL: Rules = Rules {
    language: "nl",
    abbreviations: &[
        "dhr", "mevr", "mw", "mr", "dr", "drs", "ir", "ing", "prof", "bijv", "bv", "blz", "art",
        "jl", "vgl", "resp", "St", "zgn", "d.w.z", "o.a", "m.b.t", "i.p.v", "t.a.v", "e.v", "p",
        "n",
    ],
    ordinal_dot: false,
    ordinal_before: &[],
    months: &[],
    spaced_guillemets: false,
    semicolon_question: false,
};

static PT: Rules = Rules {
    language: "pt",
    abbreviations: &[
        "Sr", "Sra", "Srta", "Dr", "Dra", "Prof", "Profa", "Exmo", "Exma", "V.Exa", "D", "pág",
        "págs", "art", "cap", "nº", "núm", "ex", "Av", "av", "R", "tel", "aprox", "séc", "p", "n",
        "op", "cit",
    ],
    ordinal_dot: false,
    ordinal_before: &[],
    months: &[],
    spaced_guillemets: false,
    semicolon_question: false,
};

static PL: Rules = Rules {
    language: "pl",
    abbreviations: &[
        "ul", "al", "pl", "os", "tel", "ok", "np", "tzn", "tj", "tzw", "m.in", "prof", "dr", "mgr",
        "inż", "hab", "ks", "św", "gen", "płk", "wg", "godz", "tys", "mln", "mld", "cd", "ds",
        "jw", "pkt", "ust", "art", "poz", "str", "zob", "por", "ang", "łac", "wyd", "ur", "zm",
        "r", "w", "s",
    ],
    ordinal_dot: true,
    ordinal_before: &[],
    months: &[],
    spaced_guillemets: false,
    semicolon_question: false,
};

/// Nordic, Baltic, Slavic and Finno-Ugric languages write ordinals with a
/// full stop; they share this table.
static ORDINAL_DEFAULT: Rules = Rules {
    language: "*ordinal",
    abbreviations: &[
        "Dr", "dr", "Prof", "prof", "St", "nr", "Nr", "str", "tel", "bl.a", "f.eks", "t.ex",
        "d.v.s", "s.k", "p.g.a", "jf", "jfr", "mht", "pga", "esim", "ks", "mm", "nro", "např",
        "tzv", "tj", "resp", "ing", "mgr", "doc", "ul", "pl", "kb", "ifj", "id", "vö", "ill", "p",
        "s",
    ],
    ordinal_dot: true,
    ordinal_before: &[],
    months: &[],
    spaced_guillemets: false,
    semicolon_question: false,
};

static ROMANCE_DEFAULT: Rules = Rules {
    language: "*",
    abbreviations: &[
        "Dr", "dr", "Dra", "Prof", "prof", "Sr", "Sra", "St", "nr", "art", "pag", "str", "tel",
        "p", "n",
    ],
    ordinal_dot: false,
    ordinal_before: &[],
    months: &[],
    spaced_guillemets: false,
    semicolon_question: false,
};

static EL: Rules = Rules {
    language: "el",
    abbreviations: &[
        "κ", "κκ", "π.χ", "δηλ", "σελ", "αρ", "βλ", "κ.λπ", "κ.ά", "Dr",
    ],
    ordinal_dot: false,
    ordinal_before: &[],
    months: &[],
    spaced_guillemets: false,
    semicolon_question: true,
};

static BG: Rules = Rules {
    language: "bg",
    abbreviations: &[
        "г",
        "гр",
        "ул",
        "бул",
        "проф",
        "д-р",
        "т.е",
        "т.нар",
        "напр",
        "стр",
        "с",
        "вж",
        "ок",
        "хил",
        "млн",
    ],
    ordinal_dot: false,
    ordinal_before: &[],
    months: &[],
    spaced_guillemets: false,
    semicolon_question: false,
};

fn rules_for(language: &str) -> &'static Rules {
    let primary = language
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    match primary.as_str() {
        "en" | "eng" => &EN,
        "fr" | "fra" | "fre" => &FR,
        "de" | "deu" | "ger" | "gsw" => &DE,
        "es" | "spa" | "ca" | "cat" | "gl" | "glg" => &ES,
        "it" | "ita" => &IT,
        "nl" | "nld" | "dut" => &NL,
        "pt" | "por" => &PT,
        "pl" | "pol" => &PL,
        "el" | "ell" | "gre" => &EL,
        "bg" | "bul" => &BG,
        "da" | "dan" | "nb" | "nn" | "no" | "nor" | "sv" | "swe" | "fi" | "fin" | "et" | "est"
        | "lv" | "lav" | "lt" | "lit" | "cs" | "ces" | "cze" | "sk" | "slk" | "slo" | "sl"
        | "slv" | "hr" | "hrv" | "hu" | "hun" | "is" | "isl" => &ORDINAL_DEFAULT,
        _ => &ROMANCE_DEFAULT,
    }
}

/// Splits text into sentences for one language.
#[derive(Debug, Clone)]
pub struct Segmenter {
    rules: &'static Rules,
    extra_abbreviations: Vec<String>,
}

const CLOSERS: &[char] = &['"', '\'', '”', '’', '»', '«', '“', '›', '‹', ')', ']', '}'];
const OPENERS_BEFORE_ELLIPSIS: &[char] = &['[', '('];

impl Segmenter {
    /// The segmenter for a language tag (`fr`, `de-CH`, `pt_BR`); unknown
    /// languages get general rules.
    pub fn for_language(tag: &str) -> Segmenter {
        Segmenter {
            rules: rules_for(tag),
            extra_abbreviations: Vec::new(),
        }
    }

    /// Adds abbreviations (without their full stop) that never end a
    /// sentence; lower-case entries match any case.
    pub fn with_abbreviations<I, S>(mut self, abbreviations: I) -> Segmenter
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.extra_abbreviations
            .extend(abbreviations.into_iter().map(Into::into));
        self
    }

    /// The language whose table is used (`*` for the general table).
    pub fn language(&self) -> &'static str {
        self.rules.language
    }

    /// The sentences of `text`, trimmed, without empty ones.
    pub fn split<'a>(&self, text: &'a str) -> Vec<&'a str> {
        self.boundaries(text)
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    /// Byte ranges of the sentences of `text` (trimmed).
    pub fn boundaries(&self, text: &str) -> Vec<Range<usize>> {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut sentences = Vec::new();
        let mut start = 0; // byte offset of the current sentence
        let mut k = 0; // index into chars
        while k < chars.len() {
            let (_, c) = chars[k];
            let ends = |c: char| {
                is_terminal(c) || (c == ';' && self.rules.semicolon_question) || is_cjk_terminal(c)
            };
            if !ends(c) {
                k += 1;
                continue;
            }
            let cjk = is_cjk_terminal(c);
            // The run of terminal marks.
            let run_start = k;
            while k < chars.len() && ends(chars[k].1) {
                k += 1;
            }
            let run_end = k;
            // Closing quotes and brackets.
            loop {
                if k < chars.len() && CLOSERS.contains(&chars[k].1) {
                    k += 1;
                    continue;
                }
                if self.rules.spaced_guillemets {
                    let mut s = k;
                    while s < chars.len() && is_space(chars[s].1) {
                        s += 1;
                    }
                    if s > k && s < chars.len() && chars[s].1 == '»' {
                        k = s + 1;
                        continue;
                    }
                }
                break;
            }
            let end_byte = chars.get(k).map_or(text.len(), |x| x.0);
            // White space must follow, except after CJK marks.
            let mut next = k;
            while next < chars.len() && is_space(chars[next].1) {
                next += 1;
            }
            if next == k && next < chars.len() && !cjk {
                continue;
            }
            let next_char = chars.get(next).map(|x| x.1);
            if self.breaks(text, &chars, start, run_start, run_end, next_char, next) {
                push_trimmed(text, start..end_byte, &mut sentences);
                start = chars.get(next).map_or(text.len(), |x| x.0);
            }
            k = next.max(k);
        }
        push_trimmed(text, start..text.len(), &mut sentences);
        sentences
    }

    /// Whether the candidate break after the terminal run
    /// `chars[run_start..run_end]` is kept.
    #[allow(clippy::too_many_arguments)]
    fn breaks(
        &self,
        text: &str,
        chars: &[(usize, char)],
        start: usize,
        run_start: usize,
        run_end: usize,
        next_char: Option<char>,
        next: usize,
    ) -> bool {
        let Some(next_char) = next_char else {
            return true;
        };
        if next_char.is_lowercase() {
            return false;
        }
        // A list marker or other text without letters does not stand alone.
        let before = &text[start..chars[run_start].0];
        if !before.chars().any(char::is_alphabetic) {
            return false;
        }
        let run: String = chars[run_start..run_end].iter().map(|x| x.1).collect();
        let previous = run_start.checked_sub(1).map(|p| chars[p].1);
        if run == "..." || run == "…" || run.chars().all(|c| c == '.') && run.len() > 1 {
            // "[…] the quotation goes on"
            return !previous.is_some_and(|p| OPENERS_BEFORE_ELLIPSIS.contains(&p));
        }
        if run != "." {
            return true;
        }
        let word = word_before(before);
        if word.is_empty() {
            return true;
        }
        // A URL or address ends the sentence: its dots are not abbreviations.
        let whole = before.rsplit(is_space).next().unwrap_or("");
        if whole.contains("://") || whole.starts_with("www.") || whole.contains('@') {
            return true;
        }
        if self.is_abbreviation(word) {
            return false;
        }
        let letters: Vec<char> = word.chars().collect();
        // An initial (upper case only: `600 m.` ends a sentence).
        if letters.len() == 1 && letters[0].is_uppercase() {
            return false;
        }
        if is_dotted_abbreviation(word) {
            return false;
        }
        if self.rules.ordinal_dot && word.len() <= 3 && word.chars().all(|c| c.is_ascii_digit()) {
            let next_word: String = chars[next..]
                .iter()
                .map(|x| x.1)
                .take_while(|c| c.is_alphabetic())
                .collect::<String>()
                .to_lowercase();
            if self.rules.months.contains(&next_word.as_str()) {
                return false;
            }
            let before_number = before[..before.len() - word.len()].trim_end();
            let preceding = word_before(before_number).to_lowercase();
            if self.rules.ordinal_before.contains(&preceding.as_str()) {
                return false;
            }
        }
        true
    }

    fn is_abbreviation(&self, word: &str) -> bool {
        let matches = |entry: &str| {
            if entry.chars().any(char::is_uppercase) {
                entry == word
            } else {
                entry == word.to_lowercase()
            }
        };
        self.rules.abbreviations.iter().any(|a| matches(a))
            || COMMON.iter().any(|a| matches(a))
            || self.extra_abbreviations.iter().any(|a| matches(a))
    }
}

fn is_cjk_terminal(c: char) -> bool {
    matches!(c, '。' | '！' | '？')
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '‼' | '⁇' | '⁈' | '⁉')
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{00A0}' || c == '\u{202F}' || c == '\u{2009}'
}

/// The word just before the end of `text`: letters, digits, dots and
/// hyphens back to the previous space or opening bracket or quote.
fn word_before(text: &str) -> &str {
    let start = text
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_alphanumeric() || matches!(c, '.' | '-' | '\'' | '’')))
        .map_or(0, |(i, c)| i + c.len_utf8());
    &text[start..]
}

/// `U.S`, `z.B`, `d.h`, `e.V`: single letters joined by full stops.
fn is_dotted_abbreviation(word: &str) -> bool {
    let parts: Vec<&str> = word.split('.').collect();
    parts.len() >= 2
        && parts
            .iter()
            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic))
}

fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let slice = &text[range.clone()];
    let leading = slice.len() - slice.trim_start_matches(is_space).len();
    let trimmed = slice.trim_matches(is_space);
    if !trimmed.is_empty() {
        let s = range.start + leading;
        out.push(s..s + trimmed.len());
    }
}

#[cfg(test)]
mod tests;
