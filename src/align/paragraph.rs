//! Paragraphs as the aligner receives them: a text and what kind of block
//! it was in its document (heading, list item, quotation…).
//!
//! The kind is a structural cue: a heading tends to face a heading. It is
//! added to the paragraph's tokens as a markup token, so two paragraphs of
//! the same rare kind match like two paragraphs sharing a rare word.

/// What kind of block a paragraph was in its document.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum ParagraphKind {
    /// Not known (plain text input).
    #[default]
    Unknown,
    /// A running paragraph.
    Text,
    /// A heading of the given level (1 = title).
    Heading(u8),
    /// An item of a list.
    ListItem,
    /// A block quotation.
    Quote,
    /// A table cell.
    TableCell,
    /// Anything else, by the caller's name (`"caption"`, `"footnote"`).
    Other(String),
}

impl ParagraphKind {
    /// The token that stands for this kind, if it says anything.
    pub(crate) fn label(&self) -> Option<String> {
        Some(match self {
            ParagraphKind::Unknown => return None,
            ParagraphKind::Text => "§p".to_string(),
            ParagraphKind::Heading(level) => format!("§h{level}"),
            ParagraphKind::ListItem => "§li".to_string(),
            ParagraphKind::Quote => "§quote".to_string(),
            ParagraphKind::TableCell => "§td".to_string(),
            ParagraphKind::Other(name) => format!("§{name}"),
        })
    }
}

/// A paragraph of a document to align.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// The paragraph's text (inline markup may stay: tags and URLs are
    /// matched as tokens).
    pub text: String,
    /// What kind of block it was.
    pub kind: ParagraphKind,
}

impl Paragraph {
    /// A paragraph of unknown kind.
    pub fn new(text: impl Into<String>) -> Paragraph {
        Paragraph {
            text: text.into(),
            kind: ParagraphKind::Unknown,
        }
    }

    /// A paragraph of a known kind.
    pub fn with_kind(text: impl Into<String>, kind: ParagraphKind) -> Paragraph {
        Paragraph {
            text: text.into(),
            kind,
        }
    }
}

/// Splits plain text into paragraphs at blank lines; the lines of a
/// paragraph are joined with a space.
pub fn split_paragraphs(text: &str) -> Vec<Paragraph> {
    let mut paragraphs = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() {
            if !current.is_empty() {
                paragraphs.push(Paragraph::new(current.join(" ")));
                current.clear();
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        paragraphs.push(Paragraph::new(current.join(" ")));
    }
    paragraphs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_lines_separate_paragraphs() {
        let p = split_paragraphs("Titre\n\nUne ligne\net la suite.\n\n\n  Fin.  \n");
        let texts: Vec<_> = p.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts, ["Titre", "Une ligne et la suite.", "Fin."]);
    }

    #[test]
    fn kinds_have_labels_except_unknown() {
        assert_eq!(ParagraphKind::Heading(2).label().as_deref(), Some("§h2"));
        assert_eq!(ParagraphKind::Unknown.label(), None);
    }
}
