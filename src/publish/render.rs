//! Rendering a document in one locale as HTML5 and Markdown.
//!
//! The structure (headings, paragraphs, lists, quotes, links) comes from
//! the source file's blocks; the text of each block from the locale's
//! formatted message. All text is escaped; only the markup of
//! [`super::markup`] becomes HTML, and only `http`, `https` and `mailto`
//! links are kept.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use html_escape::encode_text;

use crate::model::{Block, BlockKind};
use crate::publish::markup;

/// A language's own name, for language switchers.
pub fn endonym(locale: &str) -> String {
    let lang = locale.split('-').next().unwrap_or(locale);
    let name = match lang {
        "fr" => "Français",
        "en" => "English",
        "de" => "Deutsch",
        "es" => "Español",
        "it" => "Italiano",
        "nl" => "Nederlands",
        "pt" => "Português",
        "pl" => "Polski",
        "ca" => "Català",
        "cs" => "Čeština",
        "da" => "Dansk",
        "el" => "Ελληνικά",
        "et" => "Eesti",
        "fi" => "Suomi",
        "ga" => "Gaeilge",
        "hr" => "Hrvatski",
        "hu" => "Magyar",
        "lt" => "Lietuvių",
        "lv" => "Latviešu",
        "mt" => "Malti",
        "ro" => "Română",
        "sk" => "Slovenčina",
        "sl" => "Slovenščina",
        "sv" => "Svenska",
        "bg" => "Български",
        "uk" => "Українська",
        "ar" => "العربية",
        _ => return locale.to_string(),
    };
    if locale.contains('-') {
        format!("{name} ({locale})")
    } else {
        name.to_string()
    }
}

/// Text direction of a locale.
pub fn direction(locale: &str) -> &'static str {
    match locale.parse::<unic_langid::LanguageIdentifier>() {
        Ok(id) if id.character_direction() == unic_langid::CharacterDirection::RTL => "rtl",
        _ => "ltr",
    }
}

/// The text of each block in one locale (message id → marked-up text).
pub type Texts = BTreeMap<String, String>;

/// The blocks of a page shown in the source language, which the page
/// marks with their own `lang`.
#[derive(Debug, Clone, Copy, Default)]
pub struct Fallbacks<'a> {
    /// The source locale.
    pub lang: &'a str,
    /// The message ids shown in it.
    pub ids: &'a [String],
}

impl Fallbacks<'_> {
    fn attr(&self, id: &str) -> String {
        if self.ids.iter().any(|i| i == id) {
            format!(
                " lang=\"{}\"",
                html_escape::encode_double_quoted_attribute(self.lang)
            )
        } else {
            String::new()
        }
    }
}

/// Renders the body of a document as HTML (without the page around it).
pub fn html_body(blocks: &[Block], texts: &Texts) -> String {
    html_body_with(blocks, texts, Fallbacks::default())
}

/// [`html_body`], with the blocks of `fallbacks` marked as being in the
/// source language.
pub fn html_body_with(blocks: &[Block], texts: &Texts, fallbacks: Fallbacks<'_>) -> String {
    let mut out = String::new();
    let mut open_quote: Option<String> = None;
    // Open lists: (list id, ordered, level).
    let mut open_lists: Vec<(String, bool, u8)> = Vec::new();
    let close_lists_to = |out: &mut String, open_lists: &mut Vec<(String, bool, u8)>, level: u8| {
        while open_lists.last().is_some_and(|l| l.2 > level) {
            let (_, ordered, _) = open_lists.pop().expect("non-empty");
            out.push_str(if ordered {
                "</li></ol>\n"
            } else {
                "</li></ul>\n"
            });
        }
    };
    for block in blocks {
        let Some(text) = texts.get(&block.id) else {
            continue;
        };
        let body = markup::to_html(text, &block.links);
        let lang = fallbacks.attr(&block.id);
        // Lists end when a non-item block or another list comes.
        let same_list = block.kind == BlockKind::ListItem
            && open_lists
                .iter()
                .any(|l| Some(&l.0) == block.list.as_ref() || l.2 < block.level);
        if !same_list {
            close_lists_to(&mut out, &mut open_lists, 0);
        }
        if open_quote != block.quote {
            close_lists_to(&mut out, &mut open_lists, 0);
            if open_quote.is_some() {
                out.push_str("</blockquote>\n");
            }
            if block.quote.is_some() {
                out.push_str("<blockquote>\n");
            }
            open_quote = block.quote.clone();
        }
        match block.kind {
            BlockKind::Heading(n) => {
                let _ = writeln!(out, "<h{n}{lang}>{body}</h{n}>");
            }
            BlockKind::Paragraph => {
                let _ = writeln!(out, "<p{lang}>{body}</p>");
            }
            BlockKind::ListItem => {
                let list_id = block.list.clone().unwrap_or_default();
                close_lists_to(&mut out, &mut open_lists, block.level);
                match open_lists.last() {
                    Some(l) if l.2 == block.level && l.0 == list_id => {
                        let _ = write!(out, "</li>\n<li{lang}>");
                    }
                    Some(l) if l.2 == block.level => {
                        // Another list at the same level.
                        close_lists_to(&mut out, &mut open_lists, block.level - 1);
                        let _ = write!(
                            out,
                            "{}<li{lang}>",
                            if block.ordered { "<ol>\n" } else { "<ul>\n" }
                        );
                        open_lists.push((list_id, block.ordered, block.level));
                    }
                    _ => {
                        let _ = write!(
                            out,
                            "{}<li{lang}>",
                            if block.ordered { "<ol>\n" } else { "<ul>\n" }
                        );
                        open_lists.push((list_id, block.ordered, block.level));
                    }
                }
                out.push_str(&body);
            }
        }
    }
    close_lists_to(&mut out, &mut open_lists, 0);
    if open_quote.is_some() {
        out.push_str("</blockquote>\n");
    }
    out
}

/// Renders a document as Markdown.
pub fn markdown(blocks: &[Block], texts: &Texts) -> String {
    let mut out = String::new();
    let mut prev: Option<&Block> = None;
    let mut counters: BTreeMap<String, u32> = BTreeMap::new();
    for block in blocks {
        let Some(text) = texts.get(&block.id) else {
            continue;
        };
        let body = markup::to_markdown(text, &block.links);
        let continues_list = block.kind == BlockKind::ListItem
            && prev.is_some_and(|p| p.kind == BlockKind::ListItem);
        if !out.is_empty() {
            let quote_prefix =
                if block.quote.is_some() && prev.is_some_and(|p| p.quote == block.quote) {
                    ">"
                } else {
                    ""
                };
            out.push_str(if continues_list {
                ""
            } else if quote_prefix.is_empty() {
                "\n"
            } else {
                ">\n"
            });
        }
        let mut line = match block.kind {
            BlockKind::Heading(n) => format!("{} {body}", "#".repeat(n as usize)),
            BlockKind::Paragraph => escape_block_start(&body),
            BlockKind::ListItem => {
                let indent = "   ".repeat(block.level.saturating_sub(1) as usize);
                if block.ordered {
                    let n = counters
                        .entry(block.list.clone().unwrap_or_default())
                        .or_insert(0);
                    *n += 1;
                    format!("{indent}{n}. {body}")
                } else {
                    format!("{indent}- {body}")
                }
            }
        };
        if block.quote.is_some() {
            line = line
                .lines()
                .map(|l| format!("> {l}"))
                .collect::<Vec<_>>()
                .join("\n");
        }
        out.push_str(&line);
        out.push('\n');
        prev = Some(block);
    }
    out
}

/// Escapes what would make a paragraph start a list or a heading.
fn escape_block_start(body: &str) -> String {
    let digits = body.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && body[digits..].starts_with(['.', ')']) {
        return format!("{}\\{}", &body[..digits], &body[digits..]);
    }
    if body.starts_with(['-', '+']) {
        return format!("\\{body}");
    }
    body.to_string()
}

/// A whole HTML page.
pub struct Page<'a> {
    /// Locale of the page.
    pub locale: &'a str,
    /// Title.
    pub title: &'a str,
    /// Body HTML.
    pub body: &'a str,
    /// Other versions: (locale, relative href).
    pub alternates: &'a [(String, String)],
    /// Notices shown above the text (that parts of it are in the source
    /// language, that no native speaker has reviewed it), in the page's
    /// language.
    pub notices: &'a [&'a str],
    /// The relative href of the index page, linked from the switcher.
    pub index: Option<&'a str>,
}

/// The page's CSS (inline: published pages fetch nothing).
pub const CSS: &str = "body{font-family:Georgia,'Times New Roman',serif;line-height:1.6;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;background:#fff}h1{font-size:1.9rem;line-height:1.25}blockquote{margin:1.5rem 0;padding:.5rem 1.25rem;border-left:4px solid #8a4b8f;background:#f7f2f8}nav{font-family:system-ui,sans-serif;font-size:.9rem}.switcher.top{border-bottom:1px solid #ddd;margin-bottom:2rem;padding-bottom:.75rem}.switcher.bottom{border-top:1px solid #ddd;margin-top:3rem;padding-top:1rem}.switcher ul{display:flex;flex-wrap:wrap;gap:.35rem 1.25rem;list-style:none;margin:0;padding:0}.switcher li{white-space:nowrap}.switcher .index{padding-right:1.25rem;border-right:1px solid #ccc}.switcher [aria-current]{font-weight:bold;text-decoration:none;color:#1a1a1a}.notice{font-family:system-ui,sans-serif;font-size:.95rem;padding:.6rem 1rem;border:1px solid #d9c7a0;background:#fdf7e7;border-radius:4px}a{color:#6b2d70}";

/// The language switcher of a page: a link back to the index, then
/// every published language, the page's own marked as current. Shown
/// at the top and at the bottom of the page (`place`).
fn switcher(page: &Page<'_>, place: &str) -> String {
    let mut items = String::new();
    if let Some(index) = page.index {
        let _ = write!(
            items,
            "<li class=\"index\"><a href=\"{}\">{}</a></li>",
            html_escape::encode_double_quoted_attribute(index),
            encode_text(crate::publish::notices::all_languages_label(page.locale))
        );
    }
    for (loc, href) in page.alternates {
        let name = encode_text(&endonym(loc)).into_owned();
        if loc == page.locale {
            let _ = write!(
                items,
                "<li><a href=\"{}\" lang=\"{loc}\" aria-current=\"page\">{name}</a></li>",
                html_escape::encode_double_quoted_attribute(href)
            );
        } else {
            let _ = write!(
                items,
                "<li><a href=\"{}\" hreflang=\"{loc}\" lang=\"{loc}\">{name}</a></li>",
                html_escape::encode_double_quoted_attribute(href)
            );
        }
    }
    format!(
        "<nav class=\"switcher {place}\" aria-label=\"{label}\"><ul>{items}</ul></nav>\n",
        label = html_escape::encode_double_quoted_attribute(
            crate::publish::notices::languages_label(page.locale)
        )
    )
}

/// Renders a page.
pub fn html_page(page: &Page<'_>) -> String {
    let links: String = page
        .alternates
        .iter()
        .filter(|(l, _)| l != page.locale)
        .map(|(l, h)| {
            format!(
                "<link rel=\"alternate\" hreflang=\"{l}\" href=\"{}\">\n",
                html_escape::encode_double_quoted_attribute(h)
            )
        })
        .collect();
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n{links}<style>{css}</style>\n</head>\n<body>\n{top}<main>\n{notice}<article>\n{body}</article>\n</main>\n{bottom}</body>\n</html>\n",
        lang = page.locale,
        dir = direction(page.locale),
        title = encode_text(page.title),
        css = CSS,
        body = page.body,
        top = switcher(page, "top"),
        bottom = switcher(page, "bottom"),
        notice = page
            .notices
            .iter()
            .map(|n| format!("<p class=\"notice\" role=\"note\">{}</p>\n", encode_text(n)))
            .collect::<String>(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(
        id: &str,
        kind: BlockKind,
        list: Option<&str>,
        ordered: bool,
        level: u8,
        quote: Option<&str>,
    ) -> Block {
        Block {
            id: id.into(),
            kind,
            list: list.map(str::to_string),
            ordered,
            level,
            quote: quote.map(str::to_string),
            links: BTreeMap::from([("1".to_string(), "https://example.org".to_string())]),
            hash: None,
        }
    }

    fn sample() -> (Vec<Block>, Texts) {
        let blocks = vec![
            block("t", BlockKind::Heading(1), None, false, 1, None),
            block("p", BlockKind::Paragraph, None, false, 1, None),
            block("a", BlockKind::ListItem, Some("1"), true, 1, None),
            block("b", BlockKind::ListItem, Some("1"), true, 1, None),
            block("b1", BlockKind::ListItem, Some("2"), false, 2, None),
            block("c", BlockKind::ListItem, Some("1"), true, 1, None),
            block("q1", BlockKind::Paragraph, None, false, 1, Some("1")),
            block("q2", BlockKind::Paragraph, None, false, 1, Some("1")),
        ];
        let texts = Texts::from([
            ("t".into(), "Titre & <em>rapport</em>".into()),
            (
                "p".into(),
                "Lire <a data-l10n-name=\"1\">ici</a> <script>".into(),
            ),
            ("a".into(), "Un".into()),
            ("b".into(), "Deux".into()),
            ("b1".into(), "Sous".into()),
            ("c".into(), "Trois".into()),
            ("q1".into(), "« Citation »".into()),
            ("q2".into(), "— Auteur".into()),
        ]);
        (blocks, texts)
    }

    #[test]
    fn html_structure() {
        let (blocks, texts) = sample();
        let html = html_body(&blocks, &texts);
        assert_eq!(
            html,
            "<h1>Titre &amp; <em>rapport</em></h1>\n<p>Lire <a href=\"https://example.org\">ici</a> &lt;script&gt;</p>\n<ol>\n<li>Un</li>\n<li>Deux<ul>\n<li>Sous</li></ul>\n</li>\n<li>Trois</li></ol>\n<blockquote>\n<p>« Citation »</p>\n<p>— Auteur</p>\n</blockquote>\n"
        );
    }

    #[test]
    fn markdown_structure() {
        let (blocks, texts) = sample();
        let md = markdown(&blocks, &texts);
        assert_eq!(
            md,
            "# Titre & *rapport*\n\nLire [ici](https://example.org) \\<script\\>\n\n1. Un\n2. Deux\n   - Sous\n3. Trois\n\n> « Citation »\n>\n> — Auteur\n"
        );
    }

    #[test]
    fn page_has_lang_and_no_external_resources() {
        let page = html_page(&Page {
            notices: &[],
            index: Some("../index.html"),
            locale: "de",
            title: "T",
            body: "<p>x</p>\n",
            alternates: &[
                ("fr".into(), "../fr/d.html".into()),
                ("de".into(), "d.html".into()),
            ],
        });
        assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"de\" dir=\"ltr\">"));
        assert!(page.contains("hreflang=\"fr\""));
        assert!(!page.contains("http://") && !page.contains("https://"));
        // The switcher, in German, at the top and the bottom, with the
        // way back to the index; the current language is no bare text.
        assert_eq!(page.matches("aria-label=\"Sprachen\"").count(), 2);
        assert_eq!(page.matches(">Alle Sprachen</a>").count(), 2);
        assert_eq!(page.matches("aria-current=\"page\">Deutsch</a>").count(), 2);
        let top = page.find("<nav class=\"switcher top\"").unwrap();
        assert!(top < page.find("<main>").unwrap());
        assert!(
            page.find("<nav class=\"switcher bottom\"").unwrap() > page.find("</main>").unwrap()
        );
    }
}
