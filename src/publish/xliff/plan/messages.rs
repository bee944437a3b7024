//! Step 5: each message with a changed unit rebuilt — value and
//! attributes, plural forms as one select — and written back as Fluent,
//! placed where the source order puts it.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::path::Path;

use crate::error::{Error, Result};
use crate::fluent::directives;
use crate::fluent::pattern::pattern_to_segment;
use crate::fluent::resource::{Edits, EntryKind};
use crate::fluent::writer::{MessageSpec, message_source};
use crate::fluent::{FtlEntry, FtlResource};
use crate::lang::LangTag;
use crate::model::{Segment, Unit};
use crate::publish::document::source_hash;
use crate::publish::sync::{MessagePair, message_units};
use crate::publish::xliff::export::relative;
use crate::publish::xliff::plan::report::{Change, PlannedFile, UnitProblem};
use crate::publish::xliff::plan::session::{Imported, Session};
use crate::publish::xliff::units::{DocumentUnits, MessageUnits, Part, UnitKey, UnitKind};
use crate::t;

/// What rebuilding the messages gives.
#[derive(Debug, Default)]
pub(super) struct Planned {
    pub(super) files: Vec<PlannedFile>,
    pub(super) tm_units: Vec<Unit>,
    pub(super) changes: Vec<Change>,
    pub(super) applied: usize,
    pub(super) unchanged: usize,
    pub(super) skipped: Vec<UnitProblem>,
    pub(super) errors: Vec<UnitProblem>,
}

/// Rebuilds the messages of every document with translations in the
/// file, in project order; `forced` (document, message) pairs are marked
/// for review.
pub(super) fn plan_all(
    ctx: &Session<'_>,
    imported: &[Imported],
    forced: &HashSet<(String, String)>,
) -> Result<Planned> {
    let mut out = Planned::default();
    for d in &ctx.project.config.documents {
        let Some(doc) = ctx.docs.get(&d.name) else {
            continue;
        };
        let mine: Vec<&Imported> = imported
            .iter()
            .filter(|i| i.key.document == d.name)
            .collect();
        if !mine.is_empty() {
            plan_document(ctx, doc, &mine, forced, &mut out)?;
        }
    }
    Ok(out)
}

/// The translated plural forms of a part: (key, text) in order.
pub(super) type Forms = Vec<(String, Segment)>;

/// A message rebuilt from the file.
pub(super) struct NewMessage {
    pub(super) value: Option<Segment>,
    pub(super) attributes: Vec<(String, Segment)>,
    /// Whether its text changed.
    pub(super) changed: bool,
    pub(super) review: bool,
    pub(super) hash: Option<String>,
    /// Per plural part: the forms written, to check the result.
    pub(super) forms: Vec<(Option<String>, Forms)>,
}

/// The new text of a part, or `None` to keep the current one. Plural
/// parts need every form.
pub(super) fn part_text(
    out: &mut Planned,
    part: &Part,
    imports: &[&Imported],
) -> Option<(Segment, Option<Forms>)> {
    let mine: Vec<&&Imported> = imports
        .iter()
        .filter(|i| i.key.attribute == part.attribute)
        .collect();
    if !mine.iter().any(|i| i.changed) {
        return None;
    }
    match part.kind {
        UnitKind::Text => mine.first().map(|i| (i.segment.clone(), None)),
        UnitKind::FluentOnly => None,
        UnitKind::Plural => {
            let mut forms = Vec::new();
            for u in &part.units {
                let key = u.key.variant.clone().unwrap_or_default();
                let seg = mine
                    .iter()
                    .find(|i| i.key == u.key)
                    .map(|i| i.segment.clone())
                    .or_else(|| u.target.clone());
                match seg {
                    Some(s) => forms.push((key, s)),
                    None => {
                        for i in &mine {
                            let message = t!(
                                "xliff-skip-incomplete-plural",
                                "id" => i.unit_id.as_str(),
                                "message" => i.key.reference()
                            );
                            out.skipped.push(UnitProblem {
                                kind: "incomplete-plural",
                                unit_id: Some(i.unit_id.clone()),
                                document: Some(i.key.document.clone()),
                                message_id: Some(i.key.message.clone()),
                                line: i.line,
                                column: i.column,
                                message,
                                code: None,
                            });
                        }
                        return None;
                    }
                }
            }
            // A language with one form needs no select.
            if forms.len() == 1 {
                return Some((forms[0].1.clone(), None));
            }
            let selector = part.selector.clone().unwrap_or_default();
            Some((
                crate::publish::xliff::units::plural_select(&selector, &forms),
                Some(forms),
            ))
        }
    }
}

pub(super) fn new_message(
    out: &mut Planned,
    m: &MessageUnits,
    imports: &[&Imported],
) -> NewMessage {
    let mut value = m.target.as_ref().and_then(|t| t.value.clone());
    let current_attrs: Vec<(String, Segment)> = m
        .target
        .as_ref()
        .map(|t| t.attributes.clone())
        .unwrap_or_default();
    let mut attributes: Vec<(String, Segment)> = Vec::new();
    let mut changed = false;
    let mut forms = Vec::new();
    let mut taken: HashSet<&UnitKey> = HashSet::new();
    for part in &m.parts {
        let new = part_text(out, part, imports);
        if new.is_some() {
            for i in imports.iter().filter(|i| i.key.attribute == part.attribute) {
                taken.insert(&i.key);
            }
        }
        let text = match new {
            Some((seg, f)) => {
                changed = true;
                if let Some(f) = f {
                    forms.push((part.attribute.clone(), f));
                }
                Some(seg)
            }
            None => part.target.clone(),
        };
        match (&part.attribute, text) {
            (None, t) => value = t,
            (Some(a), Some(t)) => attributes.push((a.clone(), t)),
            (Some(_), None) => {}
        }
    }
    // Attributes the source does not have stay, after the others.
    for (name, seg) in &current_attrs {
        if !attributes.iter().any(|(n, _)| n == name)
            && m.extra_attributes.iter().any(|(n, _)| n == name)
        {
            attributes.push((name.clone(), seg.clone()));
        }
    }
    // Review: asked for by the file, or kept when the file did not confirm
    // every unit of a message that waited for review.
    let units: Vec<&UnitKey> = m
        .parts
        .iter()
        .filter(|p| p.kind != UnitKind::FluentOnly)
        .flat_map(|p| p.units.iter().map(|u| &u.key))
        .collect();
    // Units of a part left as it was (an incomplete plural) do not count.
    let any_review = imports
        .iter()
        .any(|i| i.review && (taken.contains(&i.key) || !i.changed));
    let confirmed_all = units
        .iter()
        .all(|k| imports.iter().any(|i| i.key == **k && !i.review));
    let review = any_review || (m.needs_review() && !confirmed_all);
    // The source hash, when every unit of the value is fresh in the file.
    let value_fresh = m
        .parts
        .iter()
        .filter(|p| p.attribute.is_none())
        .flat_map(|p| p.units.iter())
        .all(|u| imports.iter().any(|i| i.key == u.key));
    let hash = match &m.source_value {
        Some(v) if value_fresh => Some(source_hash(v)),
        _ => m
            .target
            .as_ref()
            .and_then(|t| t.source_hash().map(str::to_string)),
    };
    NewMessage {
        value,
        attributes,
        changed,
        review,
        hash,
        forms,
    }
}

pub(super) fn entry_comments(m: &MessageUnits, nm: &NewMessage) -> Vec<String> {
    let mut pairs: Vec<(&str, String)> = Vec::new();
    if nm.review {
        pairs.push(("review", String::new()));
        pairs.push(("origin", "xliff".into()));
    }
    if let Some(h) = &nm.hash {
        pairs.push(("source-hash", h.clone()));
    }
    let mut out = Vec::new();
    if !pairs.is_empty() {
        out.push(directives::format(&pairs));
    }
    if let Some(t) = &m.target {
        out.extend(directives::notes(&t.comments));
        out.extend(
            t.comments
                .iter()
                .filter(|l| l.trim().starts_with(directives::IGNORE_PREFIX))
                .cloned(),
        );
    }
    out
}

/// Whether `text` (one message) parses back to the intended message.
pub(super) fn parses_back(id: &str, text: &str, nm: &NewMessage, lang: &LangTag) -> bool {
    let r = FtlResource::parse(text.to_string(), Path::new("check.ftl"));
    if !r.errors.is_empty() {
        return false;
    }
    let Some((_, msg)) = r.message(id) else {
        return false;
    };
    let same = |p: Option<&fluent_syntax::ast::Pattern<String>>,
                want: Option<&Segment>,
                forms: Option<&Forms>| {
        match (p, want, forms) {
            (Some(p), _, Some(forms)) => forms.iter().all(|(k, seg)| {
                crate::publish::xliff::units::expand_plural(p, k, lang).is_some_and(|s| s == *seg)
            }),
            (Some(p), Some(w), None) => pattern_to_segment(p) == *w,
            (None, None, _) => true,
            _ => false,
        }
    };
    let forms_of = |a: Option<&str>| {
        nm.forms
            .iter()
            .find(|(k, _)| k.as_deref() == a)
            .map(|(_, f)| f)
    };
    same(msg.value.as_ref(), nm.value.as_ref(), forms_of(None))
        && msg.attributes.len() == nm.attributes.len()
        && nm.attributes.iter().all(|(name, seg)| {
            msg.attributes
                .iter()
                .find(|a| a.id.name == *name)
                .is_some_and(|a| same(Some(&a.value), Some(seg), forms_of(Some(name))))
        })
}

pub(super) fn plan_document(
    ctx: &Session<'_>,
    doc: &DocumentUnits,
    imports: &[&Imported],
    forced: &HashSet<(String, String)>,
    out: &mut Planned,
) -> Result<()> {
    let file = relative(ctx.project, &doc.target.path);
    let crlf = doc
        .target
        .resource
        .as_ref()
        .is_some_and(crate::fluent::resource::FtlResource::uses_crlf);
    let nl = if crlf { "\r\n" } else { "\n" };
    let mut edits = Edits::default();
    let mut fresh = String::new();
    // Where a new message goes: after the last source message already in
    // the file (after the file's header comments at first).
    let mut anchor: Option<usize> = doc.target.resource.as_ref().and_then(|r| {
        r.entries
            .iter()
            .take_while(|e| matches!(e.kind, EntryKind::ResourceComment | EntryKind::GroupComment))
            .last()
            .map(|e| e.span.end)
    });
    let mut prev: Option<String> = None;
    let mut changed_ids: Vec<String> = Vec::new();
    for m in &doc.messages {
        let existing_entry = m.target.as_ref().and_then(|t| {
            doc.target
                .resource
                .as_ref()
                .map(|r| (r, &r.entries[t.entry]))
        });
        if let Some((_, e)) = existing_entry {
            anchor = Some(e.span.end);
        }
        let mine: Vec<&Imported> = imports
            .iter()
            .filter(|i| i.key.message == m.id)
            .copied()
            .collect();
        let this_prev = prev.take();
        prev = m.source_value.as_ref().map(Segment::display_text);
        if mine.is_empty() {
            continue;
        }
        let mut nm = new_message(out, m, &mine);
        if forced.contains(&(doc.document.clone(), m.id.clone())) {
            nm.review = true;
        }
        let review_changed = nm.review != m.needs_review();
        if (!nm.changed && !review_changed) || (nm.value.is_none() && nm.attributes.is_empty()) {
            out.unchanged += mine.len();
            continue;
        }
        let text = message_text(existing_entry, m, &nm);
        if !parses_back(&m.id, &text, &nm, &ctx.target_lang) {
            for i in &mine {
                out.errors.push(UnitProblem {
                    kind: "not-fluent",
                    unit_id: Some(i.unit_id.clone()),
                    document: Some(doc.document.clone()),
                    message_id: Some(m.id.clone()),
                    line: i.line,
                    column: i.column,
                    message: t!("xliff-error-not-fluent", "id" => m.id.as_str()),
                    code: None,
                });
            }
            continue;
        }
        let applied = mine.iter().filter(|i| i.changed || review_changed).count();
        out.applied += applied;
        out.unchanged += mine.len() - applied;
        let action = match (existing_entry, nm.changed, nm.review) {
            (None, _, _) => "added",
            (Some(_), true, _) => "updated",
            (Some(_), false, false) => "accepted",
            (Some(_), false, true) => "marked-for-review",
        };
        out.changes.push(Change {
            document: doc.document.clone(),
            file: file.clone(),
            message_id: m.id.clone(),
            action,
            review: nm.review,
            before: existing_entry.map(|(r, e)| r.entry_text(e).replace("\r\n", "\n")),
            after: text.clone(),
        });
        changed_ids.push(m.id.clone());
        out.tm_units.extend(tm_units(ctx, doc, m, &nm, this_prev));
        place(
            &mut edits,
            &mut fresh,
            (doc, existing_entry, anchor),
            &text,
            nl,
        );
    }
    if changed_ids.is_empty() {
        return Ok(());
    }
    out.files.push(file_text(doc, edits, &fresh, &changed_ids)?);
    Ok(())
}

/// The text a changed message is written with: its comments and, when
/// only the review mark changes, its own text as it is.
fn message_text(
    existing: Option<(&FtlResource, &FtlEntry)>,
    m: &MessageUnits,
    nm: &NewMessage,
) -> String {
    let comments = entry_comments(m, nm);
    match existing {
        Some((res, e)) if !nm.changed => {
            // Only the review mark changes: the message keeps its text.
            let mut t = String::new();
            for c in &comments {
                if c.is_empty() {
                    t.push_str("#\n");
                } else {
                    let _ = writeln!(t, "# {c}");
                }
            }
            t.push_str(&res.text[e.offset..e.content.end].replace("\r\n", "\n"));
            t
        }
        _ => message_source(&MessageSpec {
            id: m.id.clone(),
            comments,
            value: nm.value.clone(),
            attributes: nm.attributes.clone(),
        }),
    }
}

/// The TM units of a reviewed translation, as `sync` stores them
/// (`prev`: the previous source message's text).
fn tm_units(
    ctx: &Session<'_>,
    doc: &DocumentUnits,
    m: &MessageUnits,
    nm: &NewMessage,
    prev: Option<String>,
) -> Vec<Unit> {
    let (false, Some(source), Some(value)) = (nm.review, &m.source_value, &nm.value) else {
        return Vec::new();
    };
    let pair = MessagePair {
        source_locale: ctx.project.source_locale(),
        locale: &doc.locale,
        document: &doc.document,
        id: &m.id,
        source,
        source_attributes: &m.source_attributes,
        value,
        attributes: &nm.attributes,
    };
    message_units(&pair, prev)
        .into_iter()
        .map(|(u, _)| u)
        .collect()
}

/// Writes a message's text into the file's edits: in place of its old
/// entry, after `anchor` (the last message before it in source order), or
/// into `fresh` when the file does not exist yet. `nl` is the file's line
/// ending.
fn place(
    edits: &mut Edits,
    fresh: &mut String,
    at: (
        &DocumentUnits,
        Option<(&FtlResource, &FtlEntry)>,
        Option<usize>,
    ),
    text: &str,
    nl: &str,
) {
    let (doc, existing, anchor) = at;
    let text = if nl == "\n" {
        text.to_string()
    } else {
        text.replace('\n', nl)
    };
    match (&doc.target.resource, existing, anchor) {
        (_, Some((_, e)), _) => edits.replace(e.content.clone(), text),
        (Some(res), None, Some(pos)) if pos >= res.text.len() => {
            let sep = if res.text.ends_with(&format!("{nl}{nl}")) || res.text.is_empty() {
                String::new()
            } else if res.text.ends_with(nl) {
                nl.to_string()
            } else {
                format!("{nl}{nl}")
            };
            edits.insert(pos, format!("{sep}{text}"));
        }
        (Some(_), None, Some(pos)) => edits.insert(pos, format!("{text}{nl}")),
        (Some(_), None, None) => edits.insert(0, format!("{text}{nl}")),
        (None, _, _) => {
            fresh.push('\n');
            fresh.push_str(&text);
        }
    }
}

/// The translation file with the edits applied (or the new file), which
/// must not have more syntax errors than before.
fn file_text(
    doc: &DocumentUnits,
    edits: Edits,
    fresh: &str,
    changed_ids: &[String],
) -> Result<PlannedFile> {
    let new_text = match &doc.target.resource {
        Some(res) => edits.apply(&res.text),
        None => format!("### relais: document={}\n{fresh}", doc.document),
    };
    // The file as a whole must not get new syntax errors.
    let parsed = FtlResource::parse(new_text.clone(), &doc.target.path);
    let before = doc.target.resource.as_ref().map_or(0, |r| r.errors.len());
    if parsed.errors.len() > before {
        return Err(Error::invalid(
            Some(&doc.target.path),
            t!("xliff-error-not-fluent", "id" => changed_ids.join(", ")),
        ));
    }
    let new_text = match &doc.target.resource {
        Some(res) if res.had_bom => format!("\u{feff}{new_text}"),
        _ => new_text,
    };
    Ok(PlannedFile {
        path: doc.target.path.clone(),
        text: new_text,
    })
}
