//! The inline markup of office messages as the document writers read it
//! back: `<em>`, `<strong>`, `<a data-l10n-name="N">` and
//! `<span data-l10n-name="sN">`, the syntax of relais's publication markup
//! (anything else that looks like a tag is text).

use std::sync::OnceLock;

use regex::Regex;

/// A piece of marked-up text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tok<'a> {
    /// Text.
    Text(&'a str),
    /// An opening tag: element name and `data-l10n-name`.
    Open(&'a str, Option<&'a str>),
    /// A closing tag.
    Close(&'a str),
}

fn tag_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r#"<(/?)(em|strong|code|a|span)(?:\s+data-l10n-name="([A-Za-z0-9_-]+)")?\s*>"#)
            .expect("valid regex")
    })
}

/// Splits text into markup tokens.
pub fn tokenize(text: &str) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let mut pos = 0;
    for caps in tag_regex().captures_iter(text) {
        let whole = caps.get(0).expect("match");
        let closing = !caps[1].is_empty();
        let name = caps.get(2).expect("name").as_str();
        let l10n = caps.get(3).map(|m| m.as_str());
        let named = matches!(name, "a" | "span");
        if (closing && l10n.is_some()) || (!closing && named != l10n.is_some()) {
            continue;
        }
        if whole.start() > pos {
            out.push(Tok::Text(&text[pos..whole.start()]));
        }
        out.push(if closing {
            Tok::Close(name)
        } else {
            Tok::Open(name, l10n)
        });
        pos = whole.end();
    }
    if pos < text.len() {
        out.push(Tok::Text(&text[pos..]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_known_tags_only() {
        assert_eq!(
            tokenize("a <b>x</b> <span data-l10n-name=\"s1\">y</span><span>"),
            [
                Tok::Text("a <b>x</b> "),
                Tok::Open("span", Some("s1")),
                Tok::Text("y"),
                Tok::Close("span"),
                Tok::Text("<span>"),
            ]
        );
    }
}
