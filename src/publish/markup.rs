//! Inline markup inside message text.
//!
//! `extract` keeps a document's emphasis, strong emphasis, inline code and
//! links as a small, fixed set of HTML-like tags in the Fluent text, so a
//! translator keeps them without retyping URLs:
//! `<em>…</em>`, `<strong>…</strong>`, `<code>…</code>` and
//! `<a data-l10n-name="N">…</a>`, where the URL of link `N` lives in the
//! source file's `# relais: link.N=URL` directive. Office documents add
//! `<span data-l10n-name="sN">…</span>`: text in the source's format `N`
//! (a font, a colour, underline…), rendered as plain text in the generic
//! pages. Anything else that looks like a tag is text. Rendering escapes all text and keeps only
//! `http`, `https` and `mailto` links.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::OnceLock;

use regex::Regex;

use crate::model::{Inline, Segment, Tag};

/// The code type of markup tags turned into protected codes.
pub const CODE_TYPE_MARKUP: &str = "x-relais-markup";

/// A kind of inline markup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Markup {
    /// `<em>`
    Em,
    /// `<strong>`
    Strong,
    /// `<code>`
    Code,
    /// `<a data-l10n-name="N">`
    Link,
    /// `<span data-l10n-name="sN">` (an office document's run format)
    Span,
}

/// A piece of marked-up text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token<'a> {
    /// Text.
    Text(&'a str),
    /// An opening tag (with the link name for links), as written.
    Open(Markup, Option<&'a str>, &'a str),
    /// A closing tag, as written.
    Close(Markup, &'a str),
}

fn tag_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r#"<(/?)(em|strong|code|a|span)(?:\s+data-l10n-name="([A-Za-z0-9_-]+)")?\s*>"#)
            .expect("valid regex")
    })
}

/// Splits text into markup tokens.
pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut pos = 0;
    for caps in tag_regex().captures_iter(text) {
        let whole = caps.get(0).expect("match");
        let closing = !caps[1].is_empty();
        let kind = match &caps[2] {
            "em" => Markup::Em,
            "strong" => Markup::Strong,
            "code" => Markup::Code,
            "span" => Markup::Span,
            _ => Markup::Link,
        };
        let name = caps.get(3).map(|m| m.as_str());
        // `<a>` needs a name; closing tags take none.
        let valid = match (kind, closing) {
            (Markup::Link | Markup::Span, false) => name.is_some(),
            (_, true) => name.is_none(),
            (_, false) => name.is_none(),
        };
        if !valid {
            continue;
        }
        if whole.start() > pos {
            out.push(Token::Text(&text[pos..whole.start()]));
        }
        out.push(if closing {
            Token::Close(kind, whole.as_str())
        } else {
            Token::Open(kind, name, whole.as_str())
        });
        pos = whole.end();
    }
    if pos < text.len() {
        out.push(Token::Text(&text[pos..]));
    }
    out
}

/// Whether a URL may be published as a link.
pub fn safe_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("mailto:")
}

fn html_escape(s: &str) -> String {
    html_escape::encode_text(s).into_owned()
}

/// Renders marked-up text as HTML: text escaped, known tags as HTML,
/// links resolved through `links` (unknown names or unsafe URLs become
/// plain text), unclosed tags closed at the end.
pub fn to_html(text: &str, links: &BTreeMap<String, String>) -> String {
    let mut out = String::new();
    let mut open: Vec<(Markup, bool)> = Vec::new();
    for tok in tokenize(text) {
        match tok {
            Token::Text(t) => out.push_str(&html_escape(t).replace('\n', "<br>\n")),
            Token::Open(kind, name, _) => {
                let emitted = match kind {
                    Markup::Em => {
                        out.push_str("<em>");
                        true
                    }
                    Markup::Strong => {
                        out.push_str("<strong>");
                        true
                    }
                    Markup::Code => {
                        out.push_str("<code>");
                        true
                    }
                    Markup::Link => match name.and_then(|n| links.get(n)).filter(|u| safe_url(u)) {
                        Some(url) => {
                            let _ = write!(
                                out,
                                "<a href=\"{}\">",
                                html_escape::encode_double_quoted_attribute(url)
                            );
                            true
                        }
                        None => false,
                    },
                    Markup::Span => false,
                };
                open.push((kind, emitted));
            }
            Token::Close(kind, _) => {
                if let Some(i) = open.iter().rposition(|(k, _)| *k == kind) {
                    // Close anything opened inside first.
                    while open.len() > i {
                        let (k, emitted) = open.pop().expect("non-empty");
                        if emitted {
                            out.push_str(close_html(k));
                        }
                    }
                }
            }
        }
    }
    while let Some((k, emitted)) = open.pop() {
        if emitted {
            out.push_str(close_html(k));
        }
    }
    out
}

fn close_html(kind: Markup) -> &'static str {
    match kind {
        Markup::Em => "</em>",
        Markup::Strong => "</strong>",
        Markup::Code => "</code>",
        Markup::Link => "</a>",
        Markup::Span => "",
    }
}

/// Escapes Markdown syntax in plain text.
pub fn markdown_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Renders marked-up text as Markdown.
pub fn to_markdown(text: &str, links: &BTreeMap<String, String>) -> String {
    let mut out = String::new();
    let mut open: Vec<(Markup, Option<String>)> = Vec::new();
    for tok in tokenize(text) {
        match tok {
            Token::Text(t) => {
                if open.iter().any(|(k, _)| *k == Markup::Code) {
                    out.push_str(&t.replace('`', "'"));
                } else {
                    out.push_str(&markdown_escape(t).replace('\n', "  \n"));
                }
            }
            Token::Open(kind, name, _) => {
                match kind {
                    Markup::Em => out.push('*'),
                    Markup::Strong => out.push_str("**"),
                    Markup::Code => out.push('`'),
                    Markup::Link => out.push('['),
                    Markup::Span => {}
                }
                let url = name
                    .and_then(|n| links.get(n))
                    .filter(|u| safe_url(u))
                    .cloned();
                open.push((kind, url));
            }
            Token::Close(kind, _) => {
                if let Some(i) = open.iter().rposition(|(k, _)| *k == kind) {
                    while open.len() > i {
                        let (k, url) = open.pop().expect("non-empty");
                        close_markdown(&mut out, k, url);
                    }
                }
            }
        }
    }
    while let Some((k, url)) = open.pop() {
        close_markdown(&mut out, k, url);
    }
    out
}

fn close_markdown(out: &mut String, kind: Markup, url: Option<String>) {
    match kind {
        Markup::Em => out.push('*'),
        Markup::Strong => out.push_str("**"),
        Markup::Code => out.push('`'),
        Markup::Link => match url {
            Some(u) => {
                let _ = write!(out, "]({})", markdown_destination(&u));
            }
            None => out.push(']'),
        },
        Markup::Span => {}
    }
}

/// A link destination as CommonMark reads it back unchanged: as written
/// when it has nothing special, else between angle brackets (so spaces and parentheses need no encoding and
/// `Paris_(France)` stays a link), with `<`, `>` and `\` escaped (so the
/// URL cannot close the destination and leak raw HTML into the page) and
/// line breaks percent-encoded (a destination is one line).
pub fn markdown_destination(url: &str) -> String {
    let plain = !url
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '(' | ')' | '<' | '>' | '\\'));
    if plain && !url.is_empty() {
        return url.to_string();
    }
    let mut out = String::with_capacity(url.len() + 2);
    out.push('<');
    for c in url.chars() {
        match c {
            '<' | '>' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("%0A"),
            '\r' => out.push_str("%0D"),
            _ => out.push(c),
        }
    }
    out.push('>');
    out
}

/// Plain text without markup (for ids, word counts, checks).
pub fn strip(text: &str) -> String {
    tokenize(text)
        .into_iter()
        .filter_map(|t| match t {
            Token::Text(s) => Some(s),
            _ => None,
        })
        .collect()
}

/// Turns markup tags in a segment's text into protected codes (TMX
/// `bpt`/`ept` pairs), for the TM and for XLIFF, so translators and
/// matching treat them as codes, not words.
pub fn tags_to_codes(seg: &Segment) -> Segment {
    let mut out = Segment::default();
    let mut next_i = 1u32;
    let mut open: Vec<(Markup, u32)> = Vec::new();
    for piece in &seg.0 {
        match piece {
            Inline::Tag(t) => out.push_tag(t.clone()),
            Inline::Text(text) => {
                for tok in tokenize(text) {
                    match tok {
                        Token::Text(t) => out.push_text(t),
                        Token::Open(kind, _, raw) => {
                            let i = next_i;
                            next_i += 1;
                            open.push((kind, i));
                            out.push_tag(markup_code("bpt", i, raw));
                        }
                        Token::Close(kind, raw) => match open.iter().rposition(|(k, _)| *k == kind)
                        {
                            Some(pos) => {
                                let (_, i) = open.remove(pos);
                                out.push_tag(markup_code("ept", i, raw));
                            }
                            None => out.push_text(raw),
                        },
                    }
                }
            }
        }
    }
    out
}

fn markup_code(name: &str, i: u32, raw: &str) -> Tag {
    let mut attrs = vec![("i".to_string(), i.to_string())];
    if name == "bpt" {
        attrs.push(("type".to_string(), CODE_TYPE_MARKUP.to_string()));
    }
    Tag {
        name: name.to_string(),
        attrs,
        content: vec![Inline::Text(raw.to_string())],
    }
}

/// Whether a code came from [`tags_to_codes`].
pub fn is_markup_code(tag: &Tag) -> bool {
    (tag.name == "bpt"
        && tag
            .attrs
            .iter()
            .any(|(k, v)| k == "type" && v == CODE_TYPE_MARKUP))
        || (tag.name == "ept"
            && tokenize(&tag.native_text())
                .iter()
                .any(|t| matches!(t, Token::Close(..))))
}

/// Turns markup codes back into markup text.
pub fn codes_to_tags(seg: &Segment) -> Segment {
    let mut out = Segment::default();
    for piece in &seg.0 {
        match piece {
            Inline::Tag(t) if is_markup_code(t) => out.push_text(&t.native_text()),
            Inline::Tag(t) => out.push_tag(t.clone()),
            Inline::Text(s) => out.push_text(s),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn links() -> BTreeMap<String, String> {
        BTreeMap::from([
            ("1".to_string(), "https://example.org/a?b=1&c=2".to_string()),
            ("2".to_string(), "javascript:alert(1)".to_string()),
        ])
    }

    #[test]
    fn office_spans_are_markup_rendered_as_their_text() {
        let text = r#"a <span data-l10n-name="s2">b</span> <span>c</span>"#;
        let toks = tokenize(text);
        assert_eq!(
            toks[1],
            Token::Open(Markup::Span, Some("s2"), r#"<span data-l10n-name="s2">"#)
        );
        assert_eq!(toks[3], Token::Close(Markup::Span, "</span>"));
        // A span without a name is text (its close still closes nothing).
        assert_eq!(toks[4], Token::Text(" <span>c"));
        assert_eq!(to_html(text, &links()), "a b &lt;span&gt;c");
        assert_eq!(to_markdown(text, &links()), r"a b \<span\>c");
    }

    #[test]
    fn html_escapes_text_and_keeps_known_tags() {
        let html = to_html(
            r#"<em>Date</em> & <b>x</b> <a data-l10n-name="1">lire</a> <a data-l10n-name="2">non</a>"#,
            &links(),
        );
        assert_eq!(
            html,
            "<em>Date</em> &amp; &lt;b&gt;x&lt;/b&gt; <a href=\"https://example.org/a?b=1&amp;c=2\">lire</a> non"
        );
    }

    #[test]
    fn unbalanced_tags_are_closed() {
        assert_eq!(
            to_html("<em>a <strong>b</em> c", &links()),
            "<em>a <strong>b</strong></em> c"
        );
        assert_eq!(to_html("a</em>", &links()), "a");
    }

    /// The HTML a CommonMark renderer makes of relais' Markdown.
    fn rendered(markdown: &str) -> String {
        let mut html = String::new();
        pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new(markdown));
        html
    }

    #[test]
    fn markdown_links_survive_parentheses_and_cannot_inject_html() {
        let links = BTreeMap::from([
            (
                "1".to_string(),
                "https://fr.wikipedia.org/wiki/Paris_(France)".to_string(),
            ),
            (
                "2".to_string(),
                "https://x.org/a b\"><script>alert(1)</script>".to_string(),
            ),
            ("3".to_string(), "https://x.org/back\\slash<".to_string()),
        ]);
        let md = to_markdown(
            r#"<a data-l10n-name="1">Paris</a> <a data-l10n-name="2">x</a> <a data-l10n-name="3">y</a>"#,
            &links,
        );
        let html = rendered(&md);
        assert!(
            html.contains(r#"<a href="https://fr.wikipedia.org/wiki/Paris_(France)">Paris</a>"#),
            "{html}"
        );
        assert!(!html.contains("<script"), "{html}");
        // The same destination comes back: the renderer percent-encodes
        // what an href needs, nothing is cut.
        assert!(
            html.contains(r#"href="https://x.org/a%20b%22%3E%3Cscript%3Ealert(1)%3C/script%3E""#),
            "{html}"
        );
        assert!(
            html.contains(r#"href="https://x.org/back%5Cslash%3C""#),
            "{html}"
        );
        assert_eq!(html.matches("<a ").count(), 3, "{html}");
    }

    #[test]
    fn markdown_output() {
        assert_eq!(
            to_markdown(
                r#"<em>Le</em> *rapport* <a data-l10n-name="1">lire</a>"#,
                &links()
            ),
            "*Le* \\*rapport\\* [lire](https://example.org/a?b=1&c=2)"
        );
    }

    #[test]
    fn tags_round_trip_through_codes() {
        let seg = Segment::text(r#"Lire <a data-l10n-name="1">le <em>rapport</em></a> <b>"#);
        let coded = tags_to_codes(&seg);
        assert_eq!(coded.codes().len(), 4);
        assert!(
            coded.matching_text().contains("<b>"),
            "unknown tags stay text"
        );
        assert_eq!(codes_to_tags(&coded), seg);
        assert_eq!(strip(r#"Lire <a data-l10n-name="1">le</a>"#), "Lire le");
    }
}
