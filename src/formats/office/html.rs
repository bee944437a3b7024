//! HTML documents, read with a tolerant tokenizer that keeps every byte:
//! the inline content between two block boundaries (`p`, `h1`–`h6`,
//! `li`, `td`, `div`, `title`, …) is a unit when it has text; `b`/`strong`
//! and `i`/`em` without attributes are bold and italic, `a` a link, other
//! inline elements spans, and `br`, `img`, comments and unpaired tags
//! placeables. `alt` and `title` attributes of images are units; `script`,
//! `style` and elements marked `translate="no"` (or class `notranslate`)
//! are skeleton. Writing sets `<html lang>` to the target language.

use std::path::Path;

use super::Pass;
use super::model::{Fmt, Link, OutPiece, Para, write_pieces};
use super::tree::{escape_attr, replace_attr};
use crate::error::Result;
use crate::model::BlockKind;

/// Elements that end a unit.
const BLOCKS: &[&str] = &[
    "html",
    "head",
    "body",
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "td",
    "th",
    "caption",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "section",
    "article",
    "aside",
    "header",
    "footer",
    "nav",
    "main",
    "figure",
    "figcaption",
    "address",
    "form",
    "fieldset",
    "legend",
    "hr",
    "title",
    "meta",
    "link",
    "option",
    "select",
    "details",
    "summary",
    "center",
    "noscript",
    "iframe",
    "hgroup",
    "menu",
    "base",
    "colgroup",
    "col",
    "optgroup",
    "textarea",
    "button",
    "video",
    "audio",
    "object",
    "canvas",
    "svg",
    "math",
    "frameset",
    "frame",
    "map",
    "area",
    "!doctype",
];

/// Elements whose content is never text to translate.
const RAW: &[&str] = &["script", "style", "textarea", "svg", "math", "code", "pre"];

const VOID: &[&str] = &[
    "br", "img", "input", "wbr", "hr", "meta", "link", "base", "col", "area", "embed", "source",
    "track", "param",
];

#[derive(Debug, Clone, PartialEq, Eq)]
enum Kind {
    Open(String),
    Close(String),
    Text,
    Other,
}

#[derive(Debug, Clone)]
struct Token {
    kind: Kind,
    start: usize,
    end: usize,
    void: bool,
}

fn tag_name(s: &str) -> String {
    s.chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | ':' | '!'))
        .collect::<String>()
        .to_ascii_lowercase()
}

fn tokenize(html: &str) -> Vec<Token> {
    let b = html.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let mut text_start = 0;
    let push_text = |out: &mut Vec<Token>, s: usize, e: usize| {
        if e > s {
            out.push(Token {
                kind: Kind::Text,
                start: s,
                end: e,
                void: false,
            });
        }
    };
    while i < b.len() {
        if b[i] != b'<' {
            i += 1;
            continue;
        }
        let rest = &html[i..];
        let (end, kind) = if rest.starts_with("<!--") {
            (
                rest.find("-->").map_or(html.len(), |e| i + e + 3),
                Kind::Other,
            )
        } else if rest.starts_with("</") && rest[2..].starts_with(|c: char| c.is_ascii_alphabetic())
        {
            (
                rest.find('>').map_or(html.len(), |e| i + e + 1),
                Kind::Close(tag_name(&rest[2..])),
            )
        } else if rest[1..].starts_with(|c: char| c.is_ascii_alphabetic()) {
            (tag_end(html, i), Kind::Open(tag_name(&rest[1..])))
        } else if rest.starts_with("<!") || rest.starts_with("<?") {
            let kind = if rest.len() > 9 && rest[2..9].eq_ignore_ascii_case("doctype") {
                Kind::Open("!doctype".into())
            } else {
                Kind::Other
            };
            (rest.find('>').map_or(html.len(), |e| i + e + 1), kind)
        } else {
            i += 1;
            continue;
        };
        push_text(&mut out, text_start, i);
        let void = match &kind {
            Kind::Open(n) => {
                VOID.contains(&n.as_str()) || n == "!doctype" || html[i..end].ends_with("/>")
            }
            _ => false,
        };
        let raw_name = match &kind {
            Kind::Open(n) if !void && matches!(n.as_str(), "script" | "style" | "textarea") => {
                Some(n.clone())
            }
            _ => None,
        };
        out.push(Token {
            kind,
            start: i,
            end,
            void,
        });
        i = end;
        text_start = end;
        if let Some(n) = raw_name {
            let close = format!("</{n}");
            let lower = html[i..].to_ascii_lowercase();
            let stop = lower.find(&close).map_or(html.len(), |e| i + e);
            push_text(&mut out, i, stop);
            i = stop;
            text_start = stop;
        }
    }
    push_text(&mut out, text_start, html.len());
    out
}

/// The end of a start tag (quotes respected).
fn tag_end(html: &str, start: usize) -> usize {
    let mut quote: Option<u8> = None;
    for (k, &c) in html.as_bytes()[start..].iter().enumerate() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (None, b'"' | b'\'') => quote = Some(c),
            (None, b'>') => return start + k + 1,
            _ => {}
        }
    }
    html.len()
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let lower = tag.to_ascii_lowercase();
    let mut from = 0;
    while let Some(p) = lower[from..].find(name) {
        let at = from + p;
        from = at + name.len();
        let before_ok = at > 0 && lower.as_bytes()[at - 1].is_ascii_whitespace();
        let after = lower[from..].trim_start();
        if !before_ok || !after.starts_with('=') {
            continue;
        }
        let value_start = tag.len() - after.len() + 1;
        let v = tag[value_start..].trim_start();
        let value = if let Some(q) = v.strip_prefix('"') {
            q.split('"').next().unwrap_or("")
        } else if let Some(q) = v.strip_prefix('\'') {
            q.split('\'').next().unwrap_or("")
        } else {
            v.split(|c: char| c.is_whitespace() || c == '>')
                .next()
                .unwrap_or("")
        };
        return Some(html_escape::decode_html_entities(value).into_owned());
    }
    None
}

type HtmlPara = Para<Vec<(String, String)>, String>;

struct Walker<'a, 'p> {
    html: &'a str,
    tokens: Vec<Token>,
    pass: &'p mut Pass,
    out: String,
}

/// Reads (and, for a writing pass, translates) an HTML document; returns
/// the written document (empty for a reading pass).
pub fn run(path: &Path, pass: &mut Pass) -> Result<Vec<u8>> {
    let (html, _) = crate::files::read_text(path)?;
    let tokens = tokenize(&html);
    let mut w = Walker {
        html: &html,
        tokens,
        pass,
        out: String::with_capacity(html.len()),
    };
    w.walk();
    if !w.pass.writes() {
        return Ok(Vec::new());
    }
    Ok(w.out.into_bytes())
}

impl Walker<'_, '_> {
    fn raw(&self, t: usize) -> &str {
        &self.html[self.tokens[t].start..self.tokens[t].end]
    }

    fn walk(&mut self) {
        let mut blocks: Vec<String> = Vec::new();
        let mut skip_depth: Option<usize> = None;
        let mut run_start = 0;
        let mut t = 0;
        while t < self.tokens.len() {
            let tok = self.tokens[t].clone();
            let boundary = match &tok.kind {
                Kind::Open(n) | Kind::Close(n) => {
                    BLOCKS.contains(&n.as_str()) || RAW.contains(&n.as_str())
                }
                _ => false,
            };
            if !boundary {
                t += 1;
                continue;
            }
            self.flush(run_start, t, &blocks, skip_depth.is_some());
            match &tok.kind {
                Kind::Open(n) if !tok.void => {
                    let tag = self.raw(t).to_string();
                    let no = RAW.contains(&n.as_str())
                        || attr(&tag, "translate").is_some_and(|v| v.eq_ignore_ascii_case("no"))
                        || attr(&tag, "class")
                            .is_some_and(|c| c.split_whitespace().any(|c| c == "notranslate"));
                    if no && skip_depth.is_none() {
                        skip_depth = Some(blocks.len());
                    }
                    blocks.push(n.clone());
                    let tag = if n == "html" {
                        self.set_lang(&tag)
                    } else {
                        tag
                    };
                    self.out.push_str(&tag);
                }
                Kind::Close(n) => {
                    if let Some(p) = blocks.iter().rposition(|b| b == n) {
                        blocks.truncate(p);
                        if skip_depth.is_some_and(|d| d >= blocks.len()) {
                            skip_depth = None;
                        }
                    }
                    let raw = self.raw(t).to_string();
                    self.out.push_str(&raw);
                }
                _ => {
                    let raw = self.raw(t).to_string();
                    self.out.push_str(&raw);
                }
            }
            t += 1;
            run_start = t;
        }
        self.flush(run_start, self.tokens.len(), &blocks, skip_depth.is_some());
    }

    fn set_lang(&self, tag: &str) -> String {
        let Some(target) = self.pass.target_lang() else {
            return tag.to_string();
        };
        let mut t = tag.to_string();
        for name in ["lang", "xml:lang"] {
            if attr(&t, name).is_some() {
                t = replace_attr(&t, name, target);
            }
        }
        if attr(&t, "lang").is_none() {
            let at = t.len() - if t.ends_with("/>") { 2 } else { 1 };
            t.insert_str(at, &format!(" lang=\"{}\"", escape_attr(target)));
        }
        t
    }

    /// Writes tokens `from..to` (inline content), as a unit when it has text.
    fn flush(&mut self, from: usize, to: usize, blocks: &[String], skip: bool) {
        if from >= to {
            return;
        }
        if skip {
            for t in from..to {
                let raw = self.raw(t).to_string();
                self.out.push_str(&raw);
            }
            return;
        }
        let mut para = new_para(blocks);
        let partner = self.partners(from, to);
        let mut stack: Vec<(usize, bool)> = Vec::new(); // (token, is link)
        let mut spans: Vec<(String, String)> = Vec::new();
        let mut links: Vec<usize> = Vec::new();
        let mut bold = 0usize;
        let mut italic = 0usize;
        for t in from..to {
            let tok = self.tokens[t].clone();
            let raw = self.raw(t).to_string();
            match (&tok.kind, partner[t - from]) {
                (Kind::Text, _) => {
                    let fmt = Fmt {
                        key: spans.iter().map(|(o, _)| o.as_str()).collect(),
                        bold: bold > 0,
                        italic: italic > 0,
                    };
                    let fi = para.fmt(fmt, spans.clone());
                    let text =
                        html_escape::decode_html_entities(&raw).replace(['\n', '\r', '\t'], " ");
                    para.text(fi, links.last().copied(), &text);
                }
                (Kind::Open(n), Some(_)) => {
                    let plain_tag = !raw[1..].contains(|c: char| c.is_whitespace());
                    if n == "a" {
                        para.links.push(Link {
                            open: raw.clone(),
                            close: String::new(),
                            url: attr(&raw, "href"),
                        });
                        links.push(para.links.len() - 1);
                        stack.push((t, true));
                    } else if plain_tag && matches!(n.as_str(), "b" | "strong") {
                        bold += 1;
                        stack.push((t, false));
                    } else if plain_tag && matches!(n.as_str(), "i" | "em") {
                        italic += 1;
                        stack.push((t, false));
                    } else {
                        let close = partner[t - from]
                            .map(|c| self.raw(c).to_string())
                            .unwrap_or_default();
                        spans.push((raw.clone(), close));
                        stack.push((t, false));
                    }
                }
                (Kind::Close(n), Some(o)) => {
                    if let Some(p) = stack.iter().rposition(|(s, _)| *s == o) {
                        stack.truncate(p);
                        let open_raw = self.raw(o).to_string();
                        let plain_tag = !open_raw[1..].contains(|c: char| c.is_whitespace());
                        if n == "a" {
                            if let Some(l) = links.pop() {
                                para.links[l].close = raw.clone();
                            }
                        } else if plain_tag && matches!(n.as_str(), "b" | "strong") {
                            bold = bold.saturating_sub(1);
                        } else if plain_tag && matches!(n.as_str(), "i" | "em") {
                            italic = italic.saturating_sub(1);
                        } else {
                            spans.pop();
                        }
                    }
                }
                _ => {
                    let code = self.code(&raw);
                    let kind = match &tok.kind {
                        Kind::Open(n) if n == "br" => "br",
                        Kind::Open(n) if n == "img" => "image",
                        _ => "code",
                    };
                    para.code(kind, raw, code);
                }
            }
        }
        if !para.has_text() {
            self.write_untranslated(from, to);
            return;
        }
        self.write_unit(&para);
    }

    /// Writes a unit: its translation (the source when there is none) with
    /// its codes, images' alt text translated.
    fn write_unit(&mut self, para: &HtmlPara) {
        let pieces = self.pass.para(para);
        let codes: Vec<String> = para
            .codes
            .iter()
            .map(|(k, key, _)| {
                if k == "image" {
                    self.img(key)
                } else {
                    key.clone()
                }
            })
            .collect();
        self.write(para, &pieces, &codes);
    }

    /// Pairs the inline tags of tokens `from..to`: each open tag's close
    /// and each close tag's open, by index.
    fn partners(&self, from: usize, to: usize) -> Vec<Option<usize>> {
        let mut partner = vec![None; to - from];
        let mut open: Vec<(usize, String)> = Vec::new();
        for t in from..to {
            match &self.tokens[t].kind {
                Kind::Open(n) if !self.tokens[t].void => open.push((t, n.clone())),
                Kind::Close(n) => {
                    if let Some(p) = open.iter().rposition(|(_, o)| o == n) {
                        let (o, _) = open[p];
                        open.truncate(p);
                        partner[o - from] = Some(t);
                        partner[t - from] = Some(o);
                    }
                }
                _ => {}
            }
        }
        partner
    }

    /// Writes tokens `from..to` as they are, but for images' alt text.
    fn write_untranslated(&mut self, from: usize, to: usize) {
        for t in from..to {
            let raw = self.raw(t).to_string();
            let out = if matches!(&self.tokens[t].kind, Kind::Open(n) if n == "img") {
                self.img(&raw)
            } else {
                raw
            };
            self.out.push_str(&out);
        }
    }

    fn code(&self, raw: &str) -> String {
        raw.to_string()
    }

    /// An image tag with its `alt` and `title` translated.
    fn img(&mut self, tag: &str) -> String {
        let mut t = tag.to_string();
        for name in ["alt", "title"] {
            if let Some(v) = attr(&t, name).filter(|v| !v.trim().is_empty())
                && let Some(tr) = self.pass.plain(&v)
            {
                t = replace_attr(&t, name, &tr);
            }
        }
        t
    }

    fn write(&mut self, para: &HtmlPara, pieces: &[OutPiece], codes: &[String]) {
        write_pieces(para, pieces, codes, &mut self.out, |out, run| {
            let spans = &para.fmts[run.fmt].1;
            for (open, _) in spans {
                out.push_str(open);
            }
            if run.bold {
                out.push_str("<b>");
            }
            if run.italic {
                out.push_str("<i>");
            }
            out.push_str(&html_escape::encode_text(run.text).replace('\n', "<br>"));
            if run.italic {
                out.push_str("</i>");
            }
            if run.bold {
                out.push_str("</b>");
            }
            for (_, close) in spans.iter().rev() {
                out.push_str(close);
            }
        });
    }
}

/// A paragraph of the kind of its innermost block (`h1`…`h6`, `li`, else a
/// paragraph); a list item's level is its number of enclosing lists.
fn new_para(blocks: &[String]) -> HtmlPara {
    let kind = match blocks.last().map(String::as_str) {
        Some(h) if h.len() == 2 && h.starts_with('h') && h.as_bytes()[1].is_ascii_digit() => {
            BlockKind::Heading(h.as_bytes()[1] - b'0')
        }
        Some("li") => BlockKind::ListItem,
        _ => BlockKind::Paragraph,
    };
    let mut para: HtmlPara = Para::new(kind);
    if kind == BlockKind::ListItem {
        para.level = crate::num::u8_sat(
            blocks
                .iter()
                .filter(|b| matches!(b.as_str(), "ul" | "ol"))
                .count()
                .max(1),
        );
    }
    para
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_attributes_tolerantly() {
        assert_eq!(
            attr("<img src=x alt='a &amp; b'>", "alt").as_deref(),
            Some("a & b")
        );
        assert_eq!(attr("<html lang=\"fr\">", "lang").as_deref(), Some("fr"));
        assert_eq!(attr("<a data-lang=\"fr\">", "lang"), None);
    }

    #[test]
    fn tokenizes_scripts_as_text() {
        let t = tokenize("<p>a<script>if (a<b) {}</script></p>");
        assert_eq!(t.len(), 6);
        assert_eq!(t[3].kind, Kind::Text);
    }
}
