//! The shared skeleton model: a paragraph as the format readers see it
//! (text pieces with a normalised format, links and isolated codes), its
//! message (text with relais's markup and Fluent placeables) and back.
//!
//! Runs that differ only by what a reader cannot see (revision ids,
//! proofing marks, language, complex-script twins) get the same format
//! key, so they merge. The format that covers most characters is the
//! paragraph's base and has no markup; a run that differs from it only by
//! bold or italic becomes `<strong>`/`<em>`, any other format a
//! `<span data-l10n-name="sN">`, a link `<a data-l10n-name="N">`, and an
//! isolated code (tab, break, note reference, field, image) a placeable
//! `{ $name }` that a translator can move but not lose.

use std::collections::BTreeMap;

use crate::model::{BlockKind, Inline, Segment, Tag};

/// A run format, normalised for comparison.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fmt {
    /// What the format is apart from bold and italic.
    pub key: String,
    /// Bold.
    pub bold: bool,
    /// Italic.
    pub italic: bool,
}

/// A link: the native markup around its text and where it points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// The native start (`<w:hyperlink r:id="…">`, `<text:a …>`, `<a …>`).
    pub open: String,
    /// The native end.
    pub close: String,
    /// The target, when known.
    pub url: Option<String>,
}

/// A piece of a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// Text in format `fmt` (an index into [`Para::fmts`]), inside link
    /// `link` (into [`Para::links`]).
    Text {
        /// Format index.
        fmt: usize,
        /// Link index.
        link: Option<usize>,
        /// Text.
        text: String,
    },
    /// An isolated code (index into [`Para::codes`]).
    Code(usize),
}

/// A paragraph of a document with the native data of its formats (`F`)
/// and codes (`C`).
#[derive(Debug, Clone)]
pub struct Para<F, C> {
    /// Block kind.
    pub kind: BlockKind,
    /// List id for list items.
    pub list: Option<u32>,
    /// Nesting level (1 = top).
    pub level: u8,
    /// Formats with their native data.
    pub fmts: Vec<(Fmt, F)>,
    /// Links.
    pub links: Vec<Link>,
    /// Codes: kind (`tab`, `br`, `note`, `field`, `image`, `code`), the key
    /// that makes two codes the same, native data.
    pub codes: Vec<(String, String, C)>,
    /// Pieces in order.
    pub pieces: Vec<Piece>,
}

impl<F, C> Para<F, C> {
    /// An empty paragraph.
    pub fn new(kind: BlockKind) -> Self {
        Para {
            kind,
            list: None,
            level: 1,
            fmts: Vec::new(),
            links: Vec::new(),
            codes: Vec::new(),
            pieces: Vec::new(),
        }
    }

    /// The index of a format, added when new.
    pub fn fmt(&mut self, fmt: Fmt, native: F) -> usize {
        if let Some(i) = self.fmts.iter().position(|(f, _)| *f == fmt) {
            return i;
        }
        self.fmts.push((fmt, native));
        self.fmts.len() - 1
    }

    /// Appends text.
    pub fn text(&mut self, fmt: usize, link: Option<usize>, text: &str) {
        if text.is_empty() {
            return;
        }
        if let Some(Piece::Text {
            fmt: f,
            link: l,
            text: t,
        }) = self.pieces.last_mut()
            && *f == fmt
            && *l == link
        {
            t.push_str(text);
            return;
        }
        self.pieces.push(Piece::Text {
            fmt,
            link,
            text: text.to_string(),
        });
    }

    /// Appends a code.
    pub fn code(&mut self, kind: &str, key: String, native: C) {
        self.codes.push((kind.to_string(), key, native));
        self.pieces.push(Piece::Code(self.codes.len() - 1));
    }

    /// Whether the paragraph has text a translator must see: a character
    /// other than white space and invisible marks (soft hyphen, zero-width
    /// and bidi controls).
    pub fn has_text(&self) -> bool {
        self.pieces
            .iter()
            .any(|p| matches!(p, Piece::Text { text, .. } if text.chars().any(is_visible)))
    }

    /// The plain text (codes left out).
    pub fn plain(&self) -> String {
        self.pieces
            .iter()
            .filter_map(|p| match p {
                Piece::Text { text, .. } => Some(text.as_str()),
                Piece::Code(_) => None,
            })
            .collect()
    }

    /// The base format: the one with most characters.
    pub fn base(&self) -> usize {
        let mut counts = vec![0usize; self.fmts.len()];
        for p in &self.pieces {
            if let Piece::Text { fmt, text, .. } = p {
                counts[*fmt] += text.chars().count();
            }
        }
        let mut best = 0;
        for (i, c) in counts.iter().enumerate() {
            if *c > counts[best] {
                best = i;
            }
        }
        best
    }

    /// The placeable names of the codes: the same name for codes with the
    /// same key; `tab` and `br` unnumbered, other kinds numbered.
    pub fn code_names(&self) -> Vec<String> {
        let mut names: Vec<String> = Vec::with_capacity(self.codes.len());
        let mut counters: BTreeMap<&str, usize> = BTreeMap::new();
        for (i, (kind, key, _)) in self.codes.iter().enumerate() {
            if let Some(j) = self.codes[..i]
                .iter()
                .position(|(k, kk, _)| k == kind && kk == key)
            {
                let name = names[j].clone();
                names.push(name);
                continue;
            }
            let n = counters.entry(kind.as_str()).or_insert(0);
            *n += 1;
            names.push(if matches!(kind.as_str(), "tab" | "br") && *n == 1 {
                kind.clone()
            } else {
                format!("{kind}-{n}")
            });
        }
        names
    }
}

/// Whether a character shows: not white space, not a soft hyphen, a
/// zero-width or a bidi control.
fn is_visible(c: char) -> bool {
    !c.is_whitespace()
        && !matches!(
            c,
            '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2069}' | '\u{feff}'
        )
}

/// A mark open around text in a message.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Mark {
    Link(usize),
    Span(usize),
    Strong,
    Em,
}

impl Mark {
    fn open(&self) -> String {
        match self {
            Mark::Link(i) => format!("<a data-l10n-name=\"{}\">", i + 1),
            Mark::Span(i) => format!("<span data-l10n-name=\"s{}\">", i + 1),
            Mark::Strong => "<strong>".into(),
            Mark::Em => "<em>".into(),
        }
    }

    fn close(&self) -> &'static str {
        match self {
            Mark::Link(_) => "</a>",
            Mark::Span(_) => "</span>",
            Mark::Strong => "</strong>",
            Mark::Em => "</em>",
        }
    }
}

/// A paragraph as a message: the segment (text with markup, placeables as
/// Fluent codes), its display text and the link targets by name.
pub struct Message {
    /// The message value.
    pub segment: Segment,
    /// The text as the source file shows it.
    pub text: String,
    /// Link targets by name (`link.N` directives).
    pub links: BTreeMap<String, String>,
}

/// The message of a paragraph; leading and trailing white space stays in
/// the skeleton.
pub fn to_message<F, C>(para: &Para<F, C>) -> Message {
    let base = para.base();
    let names = para.code_names();
    let (bf, _) = &para.fmts[base];
    let mut seg = Segment::default();
    let mut open: Vec<Mark> = Vec::new();
    let mut text = String::new();
    let ranges = inner_ranges(para);
    for (n, piece) in para.pieces.iter().enumerate() {
        match piece {
            Piece::Text { fmt, link, text: t } => {
                let t = &t[ranges[n].0..ranges[n].1];
                if t.is_empty() {
                    continue;
                }
                let (f, _) = &para.fmts[*fmt];
                let mut want = Vec::new();
                if let Some(l) = link {
                    want.push(Mark::Link(*l));
                }
                if *fmt != base {
                    if f.key == bf.key && (f.bold || !bf.bold) && (f.italic || !bf.italic) {
                        if f.bold && !bf.bold {
                            want.push(Mark::Strong);
                        }
                        if f.italic && !bf.italic {
                            want.push(Mark::Em);
                        }
                    } else {
                        want.push(Mark::Span(*fmt));
                    }
                }
                let keep = open.iter().zip(&want).take_while(|(a, b)| a == b).count();
                while open.len() > keep {
                    let m = open.pop().expect("non-empty");
                    text.push_str(m.close());
                }
                for m in &want[keep..] {
                    text.push_str(&m.open());
                    open.push(m.clone());
                }
                text.push_str(t);
            }
            Piece::Code(i) => {
                if !text.is_empty() {
                    seg.push_text(&text);
                    text.clear();
                }
                seg.push_tag(Tag::fluent_placeable(&format!("{{ ${} }}", names[*i])));
            }
        }
    }
    while let Some(m) = open.pop() {
        text.push_str(m.close());
    }
    seg.push_text(&text);
    // Placeables before the first or after the last text stay in the
    // message (they are part of the paragraph); white space next to them
    // is kept as it is.
    let links = para
        .links
        .iter()
        .enumerate()
        .filter_map(|(i, l)| l.url.clone().map(|u| ((i + 1).to_string(), u)))
        .collect();
    Message {
        text: seg.display_text(),
        segment: seg,
        links,
    }
}

/// A piece of a translated paragraph, ready for a format writer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OutPiece {
    /// Text in format `fmt` with bold and italic as given, in `link`.
    Text {
        /// Format index (into the source paragraph's formats).
        fmt: usize,
        /// Bold.
        bold: bool,
        /// Italic.
        italic: bool,
        /// Link index.
        link: Option<usize>,
        /// Text.
        text: String,
    },
    /// A code of the source paragraph.
    Code(usize),
}

/// A run of translated text, as a format writes it.
pub struct TextRun<'t> {
    /// Format index (into the source paragraph's formats).
    pub fmt: usize,
    /// Bold.
    pub bold: bool,
    /// Italic.
    pub italic: bool,
    /// The text.
    pub text: &'t str,
    /// Whether it is the paragraph's first piece.
    pub first: bool,
}

/// Writes a translated paragraph as every format does: each link opened
/// before the pieces it holds and closed after them, each code where the
/// translation put it, each text run through `run` (the format's own run
/// markup), and the codes the translation left out at the end, so that no
/// note, field or image of the source is lost.
pub fn write_pieces<F, C>(
    para: &Para<F, C>,
    pieces: &[OutPiece],
    codes: &[String],
    out: &mut String,
    mut run: impl FnMut(&mut String, TextRun<'_>),
) {
    let mut used = vec![false; codes.len()];
    let mut cur: Option<usize> = None;
    for (n, p) in pieces.iter().enumerate() {
        let link = match p {
            OutPiece::Text { link, .. } => *link,
            OutPiece::Code(_) => cur,
        };
        if link != cur {
            if let Some(l) = cur {
                out.push_str(&para.links[l].close);
            }
            if let Some(l) = link {
                out.push_str(&para.links[l].open);
            }
            cur = link;
        }
        match p {
            OutPiece::Code(i) => {
                out.push_str(&codes[*i]);
                used[*i] = true;
            }
            OutPiece::Text {
                fmt,
                bold,
                italic,
                text,
                ..
            } => run(
                out,
                TextRun {
                    fmt: *fmt,
                    bold: *bold,
                    italic: *italic,
                    text,
                    first: n == 0,
                },
            ),
        }
    }
    if let Some(l) = cur {
        out.push_str(&para.links[l].close);
    }
    for (code, _) in codes.iter().zip(used).filter(|(_, used)| !used) {
        out.push_str(code);
    }
}

/// The pieces of a translated message, read against its source
/// paragraph: markup resolved to its formats and links, placeables to
/// their codes; unknown markup and placeables stay text.
pub fn from_message<F, C>(para: &Para<F, C>, seg: &Segment) -> Vec<OutPiece> {
    let base = para.base();
    let names = para.code_names();
    let mut out = Vec::new();
    let mut open: Vec<Mark> = Vec::new();
    let mut taken = vec![false; names.len()];
    for inline in &seg.0 {
        match inline {
            Inline::Tag(t) if t.is_fluent_code() => {
                let native = t.native_text();
                let name = native
                    .trim_start_matches('{')
                    .trim_end_matches('}')
                    .trim()
                    .trim_start_matches('$');
                let found = (0..names.len())
                    .find(|i| names[*i] == name && !taken[*i])
                    .or_else(|| names.iter().position(|n| n == name));
                match found {
                    Some(i) => {
                        taken[i] = true;
                        out.push(OutPiece::Code(i));
                    }
                    None => push_text(para, base, &open, &native, &mut out),
                }
            }
            Inline::Tag(t) => push_text(para, base, &open, &t.native_text(), &mut out),
            Inline::Text(text) => {
                for tok in super::markup::tokenize(text) {
                    match tok {
                        super::markup::Tok::Text(s) => push_text(para, base, &open, s, &mut out),
                        super::markup::Tok::Open(kind, name) => {
                            let mark = match (kind, name) {
                                ("strong", _) => Some(Mark::Strong),
                                ("em", _) => Some(Mark::Em),
                                ("a", Some(n)) => n
                                    .parse::<usize>()
                                    .ok()
                                    .filter(|i| *i >= 1 && *i <= para.links.len())
                                    .map(|i| Mark::Link(i - 1)),
                                ("span", Some(n)) => n
                                    .strip_prefix('s')
                                    .and_then(|n| n.parse::<usize>().ok())
                                    .filter(|i| *i >= 1 && *i <= para.fmts.len())
                                    .map(|i| Mark::Span(i - 1)),
                                _ => None,
                            };
                            // Unknown names format nothing; their close still matches.
                            open.push(mark.unwrap_or(Mark::Span(base)));
                        }
                        super::markup::Tok::Close(kind) => {
                            let pos = open.iter().rposition(|m| {
                                matches!(
                                    (m, kind),
                                    (Mark::Strong, "strong")
                                        | (Mark::Em, "em")
                                        | (Mark::Link(_), "a")
                                        | (Mark::Span(_), "span")
                                )
                            });
                            if let Some(p) = pos {
                                open.truncate(p);
                            }
                        }
                    }
                }
            }
        }
    }
    let (lead, trail) = outer_space(para);
    let (bf, _) = &para.fmts[base];
    let space = |text: String| OutPiece::Text {
        fmt: base,
        bold: bf.bold,
        italic: bf.italic,
        link: None,
        text,
    };
    if !lead.is_empty() {
        out.insert(0, space(lead));
    }
    if !trail.is_empty() {
        out.push(space(trail));
    }
    out
}

fn push_text<F, C>(
    para: &Para<F, C>,
    base: usize,
    open: &[Mark],
    text: &str,
    out: &mut Vec<OutPiece>,
) {
    if text.is_empty() {
        return;
    }
    let mut fmt = base;
    let mut link = None;
    let mut strong = false;
    let mut em = false;
    for m in open {
        match m {
            Mark::Link(i) => link = Some(*i),
            Mark::Span(i) => fmt = *i,
            Mark::Strong => strong = true,
            Mark::Em => em = true,
        }
    }
    let f = &para.fmts[fmt].0;
    let (bold, italic) = (f.bold || strong, f.italic || em);
    if let Some(OutPiece::Text {
        fmt: pf,
        bold: pb,
        italic: pi,
        link: pl,
        text: t,
    }) = out.last_mut()
        && *pf == fmt
        && *pb == bold
        && *pi == italic
        && *pl == link
    {
        t.push_str(text);
        return;
    }
    out.push(OutPiece::Text {
        fmt,
        bold,
        italic,
        link,
        text: text.to_string(),
    });
}

/// The byte range of each piece's text inside the paragraph's outer white
/// space: the white space before the first character that is not white
/// space (or the first code) and after the last one is cut, across as
/// many pieces as it spans.
fn inner_ranges<F, C>(para: &Para<F, C>) -> Vec<(usize, usize)> {
    let mut ranges: Vec<(usize, usize)> = para
        .pieces
        .iter()
        .map(|p| match p {
            Piece::Text { text, .. } => (0, text.len()),
            Piece::Code(_) => (0, 0),
        })
        .collect();
    for (n, p) in para.pieces.iter().enumerate() {
        let Piece::Text { text, .. } = p else {
            break;
        };
        let t = &text[ranges[n].0..ranges[n].1];
        ranges[n].0 += t.len() - t.trim_start().len();
        if ranges[n].0 < ranges[n].1 {
            break;
        }
    }
    for (n, p) in para.pieces.iter().enumerate().rev() {
        let Piece::Text { text, .. } = p else {
            break;
        };
        if ranges[n].0 == ranges[n].1 {
            continue;
        }
        let t = &text[ranges[n].0..ranges[n].1];
        ranges[n].1 -= t.len() - t.trim_end().len();
        if ranges[n].0 < ranges[n].1 {
            break;
        }
    }
    ranges
}

/// The leading and trailing white space of a paragraph's text, which the
/// message leaves out and the writer puts back.
pub fn outer_space<F, C>(para: &Para<F, C>) -> (String, String) {
    let ranges = inner_ranges(para);
    let mut lead = String::new();
    let mut trail = String::new();
    let mut seen_inner = false;
    for (p, (a, b)) in para.pieces.iter().zip(&ranges) {
        let Piece::Text { text, .. } = p else {
            seen_inner = true;
            continue;
        };
        if !seen_inner {
            lead.push_str(&text[..*a]);
        }
        if a < b {
            seen_inner = true;
            trail.clear();
        }
        if seen_inner {
            trail.push_str(&text[*b..]);
        }
    }
    if !seen_inner {
        // Only white space: all of it leads.
        trail.clear();
    }
    (lead, trail)
}

/// The source pieces of a paragraph as writer pieces (a reading pass
/// writes the paragraph as it is).
pub(crate) fn source_pieces<F, C>(para: &Para<F, C>) -> Vec<OutPiece> {
    para.pieces
        .iter()
        .map(|p| match p {
            Piece::Text { fmt, link, text } => OutPiece::Text {
                fmt: *fmt,
                bold: para.fmts[*fmt].0.bold,
                italic: para.fmts[*fmt].0.italic,
                link: *link,
                text: text.clone(),
            },
            Piece::Code(i) => OutPiece::Code(*i),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para() -> Para<(), ()> {
        let mut p = Para::new(BlockKind::Paragraph);
        let plain = p.fmt(
            Fmt {
                key: String::new(),
                bold: false,
                italic: false,
            },
            (),
        );
        let bold = p.fmt(
            Fmt {
                key: String::new(),
                bold: true,
                italic: false,
            },
            (),
        );
        let red = p.fmt(
            Fmt {
                key: "red".into(),
                bold: false,
                italic: false,
            },
            (),
        );
        p.links.push(Link {
            open: "<a>".into(),
            close: "</a>".into(),
            url: Some("https://x.org".into()),
        });
        p.text(plain, None, " Un ");
        p.text(bold, None, "gras");
        p.text(plain, None, " et ");
        p.text(red, Some(0), "rouge");
        p.code("tab", "t".into(), ());
        p.text(plain, None, "fin.");
        p.code("note", "n1".into(), ());
        p.text(plain, None, " ");
        p
    }

    #[test]
    fn message_has_markup_and_placeables() {
        let p = para();
        let m = to_message(&p);
        assert_eq!(
            m.text,
            "Un <strong>gras</strong> et <a data-l10n-name=\"1\"><span data-l10n-name=\"s3\">rouge{ $tab }</span></a>fin.{ $note-1 }"
        );
        assert_eq!(m.links["1"], "https://x.org");
    }

    #[test]
    fn message_reads_back_to_the_same_pieces() {
        let p = para();
        let m = to_message(&p);
        let out = from_message(&p, &m.segment);
        // The outer white space comes back around the message's pieces.
        assert_eq!(out.len(), 9, "{out:?}");
        assert!(matches!(&out[0], OutPiece::Text { text, .. } if text == " "));
        assert!(matches!(&out[8], OutPiece::Text { text, .. } if text == " "));
        assert!(matches!(&out[2], OutPiece::Text { bold: true, text, .. } if text == "gras"));
        assert!(
            matches!(&out[4], OutPiece::Text { fmt: 2, link: Some(0), text, .. } if text == "rouge")
        );
        assert_eq!(out[5], OutPiece::Code(0));
        assert_eq!(out[7], OutPiece::Code(1));
    }

    #[test]
    fn moved_and_unknown_markup_is_safe() {
        let p = para();
        let seg = Segment::text("<em>A</em> <span data-l10n-name=\"s99\">b</span></strong>");
        let out = from_message(&p, &seg);
        assert!(matches!(&out[1], OutPiece::Text { italic: true, text, .. } if text == "A"));
        assert!(matches!(&out[2], OutPiece::Text { fmt: 0, text, .. } if text == " b"));
    }
}
