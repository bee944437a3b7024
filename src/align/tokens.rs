//! Tokens of a sentence as the aligner sees them.
//!
//! The scorer compares sentences through *tokens*: lower-cased word forms,
//! numbers in a canonical form (thousands separators removed, decimal comma
//! turned into a point), markup (tag names, URLs) and the punctuation marks
//! that survive translation (question and exclamation marks, colons,
//! brackets, quotes). Everything else (commas, full stops, spaces) is
//! dropped: it is too frequent to say anything about which sentence
//! translates which.
//!
//! The same tokenizer serves the lexicon (so that lexicon entries and
//! sentences agree on word forms) and the length model (character counts).

use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

/// What a token is; it decides how the token may be matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// A word, lower-cased.
    Word,
    /// A number in canonical form (`1000`, `3.5`).
    Number,
    /// A punctuation mark kept as an anchor, in a canonical form (all
    /// quotation marks become `"`, all brackets `(`).
    Punct,
    /// A markup tag name (`<em>` gives `em`) or a URL.
    Markup,
}

/// One token of a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Canonical text of the token (lower-cased for words).
    pub text: String,
    /// What the token is.
    pub kind: TokenKind,
}

/// Splits a sentence into tokens.
///
/// Markup (`<tag …>`, `</tag>`) and URLs are taken out first so that their
/// pieces do not turn into words; words are split at apostrophes (`l’été`
/// gives `l` and `été`) so that elided articles do not hide the word.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        // Find the next markup or URL start; tokenize the plain text before it.
        let next_special = find_special(rest);
        let (plain, special) = match next_special {
            Some((start, end, token)) => (&rest[..start], Some((end, token))),
            None => (rest, None),
        };
        tokenize_plain(plain, &mut tokens);
        match special {
            Some((end, token)) => {
                tokens.push(token);
                rest = &rest[end..];
            }
            None => break,
        }
    }
    tokens
}

/// The first markup tag or URL in `text`: byte range and its token.
fn find_special(text: &str) -> Option<(usize, usize, Token)> {
    let mut search_from = 0;
    while search_from < text.len() {
        let tail = &text[search_from..];
        let tag = tail.find('<');
        let url = find_url_start(tail);
        let start = match (tag, url) {
            (Some(a), Some(b)) => a.min(b),
            (Some(a), None) => a,
            (None, Some(b)) => b,
            (None, None) => return None,
        };
        let absolute = search_from + start;
        if Some(start) == url {
            let end = absolute
                + text[absolute..]
                    .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | ')' | ']'))
                    .unwrap_or(text.len() - absolute);
            // A URL that ends a sentence keeps its final full stop outside.
            let url_text = text[absolute..end].trim_end_matches(['.', ',', ';', ':', '!', '?']);
            let end = absolute + url_text.len();
            return Some((
                absolute,
                end,
                Token {
                    text: url_text.to_lowercase(),
                    kind: TokenKind::Markup,
                },
            ));
        }
        if let Some((len, name)) = parse_tag(&text[absolute..]) {
            return Some((
                absolute,
                absolute + len,
                Token {
                    text: format!("<{name}>"),
                    kind: TokenKind::Markup,
                },
            ));
        }
        // A lone `<` (comparison, arrow): keep looking after it.
        search_from = absolute + 1;
    }
    None
}

fn find_url_start(text: &str) -> Option<usize> {
    ["https://", "http://", "mailto:", "www."]
        .iter()
        .filter_map(|p| text.find(p))
        .min()
}

/// `<name …>` or `</name>` at the start of `text`: its byte length and the
/// lower-cased name.
fn parse_tag(text: &str) -> Option<(usize, String)> {
    let body = text.strip_prefix('<')?;
    let body = body.strip_prefix('/').unwrap_or(body);
    let name_len = body
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == ':'))
        .unwrap_or(body.len());
    if name_len == 0 || !body.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let close = text.find('>')?;
    // A tag does not span another `<`.
    if text[1..close].contains('<') {
        return None;
    }
    Some((close + 1, body[..name_len].to_ascii_lowercase()))
}

fn tokenize_plain(text: &str, tokens: &mut Vec<Token>) {
    for piece in text.split_word_bounds() {
        let mut chars = piece.chars();
        let Some(first) = chars.next() else { continue };
        if first.is_whitespace() {
            continue;
        }
        if piece.chars().any(char::is_alphanumeric) {
            if piece.chars().next().is_some_and(|c| c.is_ascii_digit())
                && piece
                    .chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '\'' | '’'))
            {
                tokens.push(Token {
                    text: canonical_number(piece),
                    kind: TokenKind::Number,
                });
                continue;
            }
            for part in piece.split(['\'', '’']) {
                if part.is_empty() {
                    continue;
                }
                let lower: String = part.nfc().flat_map(char::to_lowercase).collect();
                let kind = if lower.chars().all(|c| c.is_ascii_digit()) {
                    TokenKind::Number
                } else {
                    TokenKind::Word
                };
                tokens.push(Token { text: lower, kind });
            }
        } else if chars.next().is_none()
            && let Some(canonical) = canonical_punct(first)
        {
            tokens.push(Token {
                text: canonical.to_string(),
                kind: TokenKind::Punct,
            });
        }
    }
}

/// The punctuation marks kept as anchors, in canonical form.
fn canonical_punct(c: char) -> Option<char> {
    Some(match c {
        '?' | '¿' | '\u{37E}' => '?',
        '!' | '¡' => '!',
        ':' => ':',
        '(' | '[' | '{' => '(',
        '"' | '«' | '»' | '„' | '“' | '”' | '‹' | '›' | '‚' => '"',
        '—' | '–' => '—',
        '%' => '%',
        '€' | '$' | '£' => '€',
        _ => return None,
    })
}

/// `1'000`, `1.000`, `1,000` give `1000`; `3,5` gives `3.5`.
fn canonical_number(piece: &str) -> String {
    let parts: Vec<&str> = piece.split(['.', ',', '\'', '’']).collect();
    if parts.len() == 1 {
        return piece.to_string();
    }
    let thousands = parts[1..].iter().all(|p| p.len() == 3);
    if thousands {
        parts.concat()
    } else {
        let (last, head) = parts.split_last().unwrap_or((&"", &[]));
        format!("{}.{}", head.concat(), last)
    }
}

/// The key under which two words count as cognates: the first `len`
/// letters without diacritics (Simard, Foster and Isabelle's four-letter
/// rule), or `None` for words shorter than `len`.
pub fn cognate_key(word: &str, len: usize) -> Option<String> {
    let mut key = String::new();
    let mut count = 0;
    for c in word.nfd().flat_map(char::to_lowercase) {
        if unicode_normalization::char::is_combining_mark(c) {
            continue;
        }
        if c == 'ß' {
            key.push_str("ss");
            count += 2;
        } else {
            key.push(c);
            count += 1;
        }
        if count >= len {
            return Some(key);
        }
    }
    None
}

/// Length of a sentence for the length model: characters other than
/// white space (tokenized and untokenized texts then measure alike).
pub fn char_length(text: &str) -> usize {
    text.chars().filter(|c| !c.is_whitespace()).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<String> {
        tokenize(s).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn words_are_lower_cased_and_split_at_apostrophes() {
        assert_eq!(texts("L’été d'Anna"), ["l", "été", "d", "anna"]);
    }

    #[test]
    fn numbers_take_a_canonical_form() {
        let toks = tokenize("1'000 m, 1.000 m, 3,5 km et 600 m");
        let numbers: Vec<_> = toks
            .iter()
            .filter(|t| t.kind == TokenKind::Number)
            .map(|t| t.text.as_str())
            .collect();
        assert_eq!(numbers, ["1000", "1000", "3.5", "600"]);
    }

    #[test]
    fn anchors_keep_question_marks_and_quotes_and_drop_commas() {
        assert_eq!(
            texts("« Oui ? », dit-il."),
            ["\"", "oui", "?", "\"", "dit", "il"]
        );
    }

    #[test]
    fn markup_and_urls_are_single_tokens() {
        let toks = tokenize("<a data-l10n-name=\"1\">Lire</a> https://example.org/x. Fin");
        let t: Vec<_> = toks.iter().map(|t| (t.text.as_str(), t.kind)).collect();
        assert_eq!(
            t,
            [
                ("<a>", TokenKind::Markup),
                ("lire", TokenKind::Word),
                ("<a>", TokenKind::Markup),
                ("https://example.org/x", TokenKind::Markup),
                ("fin", TokenKind::Word),
            ]
        );
    }

    #[test]
    fn a_lone_angle_bracket_is_not_markup() {
        assert_eq!(texts("a < b et c"), ["a", "b", "et", "c"]);
    }

    #[test]
    fn cognate_keys_ignore_diacritics() {
        assert_eq!(cognate_key("rudimentär", 5), cognate_key("rudimentaire", 5));
        assert_eq!(cognate_key("Straße", 6).as_deref(), Some("strass"));
        assert_eq!(cognate_key("und", 4), None);
    }

    #[test]
    fn length_ignores_white_space() {
        assert_eq!(char_length("a b  c"), 3);
    }
}
