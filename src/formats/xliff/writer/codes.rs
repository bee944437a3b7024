//! Inline codes as both writers need them: ids that stay the same between
//! a unit's source and target, pairs, and what XLIFF ids may be.

use std::io;

use crate::model::{Inline, Tag};

pub(super) fn invalid(message: String) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidInput, message)
}

/// True for an XML NMTOKEN (the type of XLIFF 2.0 ids).
pub fn is_nmtoken(s: &str) -> bool {
    !s.is_empty()
        && s.chars().all(|c| {
            c.is_alphanumeric() || matches!(c, '.' | '-' | '_' | ':' | '\u{B7}') || is_combining(c)
        })
}

pub(super) fn is_combining(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36F}' | '\u{203F}'..='\u{2040}')
}

/// Assigns XLIFF inline ids so that a target code gets the id of the
/// source code with the same kind and native text.
#[derive(Default)]
pub(super) struct CodeIds {
    pub(super) next: usize,
    pub(super) source: Vec<(String, String, String)>,
    pub(super) used: Vec<bool>,
}

impl CodeIds {
    pub(super) fn key(tag: &Tag) -> (String, String) {
        let kind = match tag.name.as_str() {
            "bpt" | "ept" | "it" => tag.name.clone(),
            _ => "ph".to_string(),
        };
        (kind, code_text(tag))
    }

    pub(super) fn fresh(&mut self) -> String {
        self.next += 1;
        self.next.to_string()
    }

    pub(super) fn source_id(&mut self, tag: &Tag) -> String {
        let id = self.fresh();
        let (kind, text) = Self::key(tag);
        self.source.push((kind, text, id.clone()));
        self.used.push(false);
        id
    }

    pub(super) fn target_id(&mut self, tag: &Tag) -> String {
        let (kind, text) = Self::key(tag);
        if let Some(i) = (0..self.source.len())
            .find(|&i| !self.used[i] && self.source[i].0 == kind && self.source[i].1 == text)
        {
            self.used[i] = true;
            return self.source[i].2.clone();
        }
        self.fresh()
    }

    pub(super) fn reset_target(&mut self) {
        self.used.iter_mut().for_each(|u| *u = false);
    }
}

/// The original data of a code: its text, `sub` flows included.
pub(super) fn code_text(tag: &Tag) -> String {
    let mut out = String::new();
    for piece in &tag.content {
        match piece {
            Inline::Text(t) => out.push_str(t),
            Inline::Tag(t) => out.push_str(&code_text(t)),
        }
    }
    out
}

pub(super) fn tag_attr<'a>(tag: &'a Tag, name: &str) -> Option<&'a str> {
    tag.attrs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// For each tag position in `pieces`, the index of its pair partner
/// (`bpt` ↔ `ept` by `i`), and whether the pair nests properly.
pub(super) fn pair_up(pieces: &[Inline]) -> Vec<(Option<usize>, bool)> {
    let mut out = vec![(None, false); pieces.len()];
    let mut open: Vec<(usize, String)> = Vec::new();
    for (n, piece) in pieces.iter().enumerate() {
        let Inline::Tag(tag) = piece else { continue };
        let i = tag_attr(tag, "i").unwrap_or("").to_string();
        match tag.name.as_str() {
            "bpt" => open.push((n, i)),
            "ept" => {
                if let Some(pos) = open.iter().rposition(|(_, k)| *k == i) {
                    let (start, _) = open.remove(pos);
                    let nested = pos == open.len();
                    out[start] = (Some(n), nested);
                    out[n] = (Some(start), nested);
                }
            }
            _ => {}
        }
    }
    out
}
