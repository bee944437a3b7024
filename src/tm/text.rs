//! Text normalisation and tokenisation for matching.
//!
//! Matching works on Unicode NFC text in which inline codes are
//! [`CODE_MARK`] characters. Words are found with the Unicode word-boundary
//! rules (UAX #29), so languages without spaces still split into units
//! (each Han ideograph is a token). Tokens are lowercased, with one
//! apostrophe for all its typographic forms; numbers become
//! one shared token so that "40 %" and "50 %" still match (the difference
//! is reported and penalised, not hidden); each code is a code token.

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;
use xxhash_rust::xxh3::xxh3_64;

use crate::model::CODE_MARK;

/// What a token stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// A word (lowercased).
    Word,
    /// A number (all numbers share one index key).
    Number,
    /// An inline code.
    Code,
}

/// A token with its byte span in the text it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token<'a> {
    /// Lowercased text of the token (`#` for numbers, the code mark for codes).
    pub key: Cow<'a, str>,
    /// The token as written.
    pub raw: &'a str,
    /// Kind of token.
    pub kind: TokenKind,
    /// Byte offset of the token in the text.
    pub start: usize,
    /// Byte offset of the token's end.
    pub end: usize,
}

impl Token<'_> {
    /// The 64-bit key the index stores for this token.
    pub fn hash(&self) -> u64 {
        token_hash(&self.key)
    }
}

/// Index key of a token text.
pub fn token_hash(key: &str) -> u64 {
    xxh3_64(key.as_bytes())
}

/// NFC-normalises text (borrowing when it already is NFC).
pub fn nfc(s: &str) -> Cow<'_, str> {
    if unicode_normalization::is_nfc_quick(s.chars()) == unicode_normalization::IsNormalized::Yes {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.nfc().collect())
    }
}

/// Collapses runs of whitespace to one space and trims.
pub fn fold_whitespace(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

fn is_number(s: &str) -> bool {
    let mut digits = false;
    for c in s.chars() {
        if c.is_numeric() {
            digits = true;
        } else if !matches!(c, '.' | ',' | '\'' | '\u{2019}' | '\u{202F}' | '\u{A0}') {
            return false;
        }
    }
    digits
}

/// Apostrophes that spell the same word (`l’IA`, `l'IA`, `lʼIA`): a
/// word's key uses `'` for all of them, so that they differ by a
/// punctuation penalty, not a word.
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}' | '\u{2018}' | '\u{2032}')
}

/// Splits NFC text into tokens.
pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    scan(text, |kind, key, raw, start| {
        tokens.push(Token {
            key,
            raw,
            kind,
            start,
            end: start + raw.len(),
        });
    });
    tokens
}

/// Appends the index keys of the tokens of NFC text to `out`, in order
/// (what [`tokenize`] gives, without building tokens: the import's path).
pub fn token_hashes(text: &str, out: &mut Vec<u64>) {
    scan(text, |_, key, _, _| out.push(token_hash(&key)));
}

/// The tokenizer: calls `f(kind, key, raw, start)` for each token.
fn scan<'a>(text: &'a str, mut f: impl FnMut(TokenKind, Cow<'a, str>, &'a str, usize)) {
    for (start, piece) in text.split_word_bound_indices() {
        if piece.contains(CODE_MARK) {
            for (i, c) in piece.char_indices() {
                if c == CODE_MARK {
                    f(
                        TokenKind::Code,
                        Cow::Borrowed("\u{FFFC}"),
                        &piece[i..i + c.len_utf8()],
                        start + i,
                    );
                }
            }
            continue;
        }
        if is_number(piece) {
            f(TokenKind::Number, Cow::Borrowed("#"), piece, start);
        } else if piece.chars().any(char::is_alphanumeric) {
            let key = if piece
                .chars()
                .any(|c| c.is_uppercase() || (c != '\'' && is_apostrophe(c)))
            {
                Cow::Owned(piece.to_lowercase().replace(is_apostrophe, "'"))
            } else {
                Cow::Borrowed(piece)
            };
            f(TokenKind::Word, key, piece, start);
        }
    }
}

/// The key of a text for exact lookup: NFC text with codes as
/// [`CODE_MARK`], whitespace folded.
pub fn exact_key(matching_text: &str) -> u64 {
    let text = fold_whitespace(&nfc(matching_text));
    let mut buf = Vec::with_capacity(text.len() + 2);
    buf.extend_from_slice(b"\x00E");
    buf.extend_from_slice(text.as_bytes());
    xxh3_64(&buf)
}

/// The numbers in a text, as written, in order.
pub fn numbers(text: &str) -> Vec<&str> {
    tokenize(text)
        .into_iter()
        .filter(|t| t.kind == TokenKind::Number)
        .map(|t| t.raw)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(s: &str) -> Vec<String> {
        tokenize(s)
            .into_iter()
            .map(|t| t.key.into_owned())
            .collect()
    }

    #[test]
    fn words_are_lowercased_and_punctuation_dropped() {
        assert_eq!(keys("Hello, World!"), ["hello", "world"]);
    }

    #[test]
    fn numbers_share_a_key_but_keep_their_text() {
        assert_eq!(keys("40 % of 1,000 cases"), ["#", "of", "#", "cases"]);
        assert_eq!(numbers("40 % of 1,000 cases"), ["40", "1,000"]);
    }

    #[test]
    fn codes_are_tokens() {
        let text = format!("Click {CODE_MARK}here{CODE_MARK}");
        let toks = tokenize(&text);
        let kinds: Vec<_> = toks.iter().map(|t| t.kind).collect();
        assert_eq!(
            kinds,
            [
                TokenKind::Word,
                TokenKind::Code,
                TokenKind::Word,
                TokenKind::Code
            ]
        );
    }

    #[test]
    fn token_hashes_are_the_tokens_keys() {
        let text = format!("L’IA, {CODE_MARK} 40 fois PLUS d'images");
        let mut hashes = Vec::new();
        token_hashes(&text, &mut hashes);
        let expected: Vec<u64> = tokenize(&text).iter().map(Token::hash).collect();
        assert_eq!(hashes, expected);
    }

    #[test]
    fn apostrophes_are_one_key() {
        assert_eq!(keys("L’IA d'aujourd’hui"), ["l'ia", "d'aujourd'hui"]);
        assert_eq!(keys("l'ia"), keys("lʼIA"));
    }

    #[test]
    fn ideographs_are_separate_tokens() {
        assert_eq!(keys("我爱你"), ["我", "爱", "你"]);
    }

    #[test]
    fn spans_point_into_the_text() {
        let text = "Le rapport, 14 fois";
        for t in tokenize(text) {
            assert_eq!(&text[t.start..t.end], t.raw);
        }
    }

    #[test]
    fn exact_key_folds_whitespace_and_normalisation() {
        assert_eq!(
            exact_key("Caf\u{e9}  au lait "),
            exact_key("Cafe\u{301} au lait")
        );
        assert_ne!(exact_key("Café"), exact_key("café"));
    }
}
