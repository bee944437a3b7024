//! XLIFF 1.0–1.2: `trans-unit`s with their `seg-source` segmentation,
//! states, notes, `alt-trans` candidates and contexts, Trados and memoQ
//! confirmation data, and the 1.2 inline elements.

use std::collections::{HashMap, HashSet};

use crate::error::Result;
use crate::formats::xliff::document::{
    AltTrans, NS_MQ, NS_SDL, UnitMeta, XliffSegment, XliffUnit, to_tmx_date,
};
use crate::formats::xliff::inline::{Code, Item, Role, segments, to_segment};
use crate::formats::xliff::reader::XliffReader;
use crate::formats::xliff::reader::tree::{El, Level, LevelKind, Node};
use crate::formats::xliff::reader::walk::standalone;
use crate::model::{Annotation, Inline, Segment, Tag};

/// What a `trans-unit` holds before its segments are made: source,
/// segmented source and target (items, whether whitespace is preserved,
/// and the language or the element), and Trados segment definitions.
#[derive(Default)]
struct UnitParts {
    source: Option<(Vec<Item>, bool, Option<String>)>,
    seg_source: Option<(Vec<Item>, bool, Option<String>)>,
    target: Option<(Vec<Item>, bool, El)>,
    sdl: HashMap<String, (Option<String>, UnitMeta)>,
}

impl XliffReader {
    pub(super) fn read_unit_v1(&mut self, el: &El) -> Result<XliffUnit> {
        let level = self.level_for(LevelKind::Group, el);
        let id = el.attr("id").map(str::to_string);
        match &id {
            None => self.warn_at(&el.loc, "<trans-unit> has no id attribute"),
            Some(id) => {
                if !self.v1_ids.insert(id.clone()) {
                    self.warn_at(
                        &el.loc,
                        format!("duplicate trans-unit id '{id}' in this <file>"),
                    );
                }
            }
        }
        let mut unit = XliffUnit {
            file: self.current_file(),
            id,
            name: el.attr("resname").map(str::to_string),
            attrs: el.attrs.clone(),
            translate: level.translate,
            approved: el.attr("approved").map(|v| v == "yes"),
            notes: Vec::new(),
            segments: Vec::new(),
            alt_trans: Vec::new(),
            properties: Vec::new(),
            tool_status: el.attr_ns(NS_MQ, "status").map(str::to_string),
            meta: memoq_meta(el),
            location: el.loc.clone(),
        };
        if el.empty {
            self.warn_at(&el.loc, "<trans-unit> without <source>");
            return Ok(unit);
        }
        let mut parts = UnitParts::default();
        self.read_unit_parts_v1(&level, &mut unit, &mut parts)?;
        self.segments_v1(el, &mut unit, parts);
        Ok(unit)
    }

    /// The children of a `trans-unit`: its source, segmented source and
    /// target (kept in `parts` until the segments are made), notes,
    /// candidates, contexts and Trados segment definitions.
    fn read_unit_parts_v1(
        &mut self,
        level: &Level,
        unit: &mut XliffUnit,
        parts: &mut UnitParts,
    ) -> Result<()> {
        while let Some(child) = self.input.next_child("<trans-unit>")? {
            match child {
                c if c.is_xliff() => match c.local.as_str() {
                    "source" | "seg-source" | "target" => {
                        let preserve = c
                            .attr("xml:space")
                            .map_or(level.preserve, |v| v == "preserve");
                        let items = self.read_items_v1(&c)?;
                        let lang = c.attr("xml:lang").map(str::to_string);
                        match c.local.as_str() {
                            "source" => parts.source = Some((items, preserve, lang)),
                            "seg-source" => parts.seg_source = Some((items, preserve, lang)),
                            _ => parts.target = Some((items, preserve, c)),
                        }
                    }
                    "note" => {
                        let text = self.input.text_content(&c)?;
                        unit.notes.push(Annotation {
                            attrs: c.attrs,
                            text,
                        });
                    }
                    "alt-trans" => {
                        let alt = self.read_alt_trans(&c, level.preserve)?;
                        unit.alt_trans.push(alt);
                    }
                    "context-group" => self.read_contexts(&c, &mut unit.properties)?,
                    "count-group" | "prop-group" => self.input.skip(&c)?,
                    _ => {
                        self.warn_at(
                            &c.loc,
                            format!("unexpected <{}> in <trans-unit> skipped", c.name),
                        );
                        self.input.skip(&c)?;
                    }
                },
                c if c.is(NS_SDL, "seg-defs") => {
                    self.read_sdl_seg_defs(&c, &mut parts.sdl)?;
                }
                c => self.input.skip(&c)?,
            }
        }
        Ok(())
    }

    /// The segments of a unit: one, or one per `<mrk mtype="seg">` of its
    /// `seg-source`, each target matched by `mid`.
    fn segments_v1(&mut self, el: &El, unit: &mut XliffUnit, parts: UnitParts) {
        let Some((source_items, source_preserve, source_lang)) = parts.source else {
            self.warn_at(&el.loc, "<trans-unit> without <source>");
            return;
        };
        let target = parts.target;
        let seg_source = parts.seg_source;
        let mut sdl = parts.sdl;
        let (state, state_qualifier, target_lang) = match &target {
            Some((_, _, t)) => (
                t.attr("state").map(str::to_string),
                t.attr("state-qualifier").map(str::to_string),
                t.attr("xml:lang").map(str::to_string),
            ),
            None => (None, None, None),
        };
        let mut make = |id: Option<String>, source: Segment, target: Option<Segment>| {
            let (tool_status, meta) = id
                .as_ref()
                .and_then(|m| sdl.remove(m))
                // A Trados segment without `conf` is unconfirmed.
                .map_or((None, UnitMeta::default()), |(conf, meta)| {
                    (conf.or(Some("Unspecified".into())), meta)
                });
            XliffSegment {
                id,
                source,
                target,
                source_lang: source_lang.clone(),
                target_lang: target_lang.clone(),
                state: state.clone(),
                sub_state: state_qualifier.clone(),
                tool_status,
                meta,
            }
        };
        let marked = seg_source
            .as_ref()
            .map(|(items, _, _)| segments(items))
            .unwrap_or_default();
        if marked.is_empty() {
            let src = to_segment(&source_items, source_preserve);
            let tgt = target
                .as_ref()
                .map(|(items, preserve, _)| to_segment(items, *preserve));
            let seg = make(None, src, tgt);
            unit.segments.push(seg);
        } else {
            let seg_preserve = seg_source.as_ref().is_some_and(|s| s.1);
            let target_marked: Vec<(&str, &[Item])> = target
                .as_ref()
                .map(|(items, _, _)| segments(items))
                .unwrap_or_default();
            let target_preserve = target.as_ref().is_some_and(|t| t.1);
            // A target without segment markers but with content (text or
            // codes beyond whitespace) can only belong to a single segment.
            let unsegmented_target = target.as_ref().filter(|(items, _, _)| {
                target_marked.is_empty() && !to_segment(items, false).is_empty()
            });
            if unsegmented_target.is_some() && marked.len() > 1 {
                self.warn_at(
                    &el.loc,
                    "<target> is not segmented like <seg-source>: its text cannot be assigned to the segments",
                );
            }
            let mut seen = HashSet::new();
            for (mid, items) in &marked {
                if !seen.insert(*mid) {
                    self.warn_at(
                        &el.loc,
                        format!("duplicate segment mid '{mid}' in <seg-source>"),
                    );
                }
                let src = to_segment(items, seg_preserve);
                let tgt = match target_marked.iter().find(|(m, _)| m == mid) {
                    Some((_, t)) => Some(to_segment(t, target_preserve)),
                    None if marked.len() == 1 => {
                        unsegmented_target.map(|(items, p, _)| to_segment(items, *p))
                    }
                    None => None,
                };
                let seg = make(Some(mid.to_string()), src, tgt);
                unit.segments.push(seg);
            }
        }
    }

    /// Reads `<sdl:seg-defs>`: per segment, the Trados confirmation level
    /// and the creation / change metadata.
    pub(super) fn read_sdl_seg_defs(
        &mut self,
        el: &El,
        out: &mut HashMap<String, (Option<String>, UnitMeta)>,
    ) -> Result<()> {
        if el.empty {
            return Ok(());
        }
        while let Some(child) = self.input.next_child("<sdl:seg-defs>")? {
            match child {
                seg if seg.is(NS_SDL, "seg") => {
                    let id = seg.attr("id").unwrap_or("").to_string();
                    let conf = seg.attr("conf").map(str::to_string);
                    let mut meta = UnitMeta::default();
                    if !seg.empty {
                        while let Some(child) = self.input.next_child("<sdl:seg>")? {
                            match child {
                                v if v.is(NS_SDL, "value") => {
                                    let key = v.attr("key").unwrap_or("").to_string();
                                    let text = self.input.text_content(&v)?;
                                    let text = text.trim();
                                    match key.as_str() {
                                        "created_by" => meta.created_by = Some(text.to_string()),
                                        "created_on" => meta.created = to_tmx_date(text),
                                        "last_modified_by" => {
                                            meta.changed_by = Some(text.to_string());
                                        }
                                        "modified_on" => meta.changed = to_tmx_date(text),
                                        _ => {}
                                    }
                                }
                                v => self.input.skip(&v)?,
                            }
                        }
                    }
                    out.insert(id, (conf, meta));
                }
                other => self.input.skip(&other)?,
            }
        }
        Ok(())
    }

    /// Reads a 1.x `<context-group>`: each `<context>` as (context-type,
    /// text).
    pub(super) fn read_contexts(&mut self, el: &El, out: &mut Vec<(String, String)>) -> Result<()> {
        if el.empty {
            return Ok(());
        }
        while let Some(child) = self.input.next_child("<context-group>")? {
            match child {
                c if c.is_xliff() && c.local == "context" => {
                    let kind = c.attr("context-type").unwrap_or("").to_string();
                    let text = self.input.text_content(&c)?;
                    out.push((kind, text));
                }
                c => self.input.skip(&c)?,
            }
        }
        Ok(())
    }

    pub(super) fn read_alt_trans(&mut self, el: &El, preserve: bool) -> Result<AltTrans> {
        let preserve = el.attr("xml:space").map_or(preserve, |v| v == "preserve");
        let mut alt = AltTrans {
            attrs: el.attrs.clone(),
            source: None,
            target: Segment::default(),
        };
        if el.empty {
            return Ok(alt);
        }
        while let Some(child) = self.input.next_child("<alt-trans>")? {
            match child {
                c if c.is_xliff() && (c.local == "source" || c.local == "target") => {
                    let p = c.attr("xml:space").map_or(preserve, |v| v == "preserve");
                    let items = self.read_items_v1(&c)?;
                    let seg = to_segment(&items, p);
                    if c.local == "source" {
                        alt.source = Some(seg);
                    } else {
                        alt.target = seg;
                    }
                }
                c => self.input.skip(&c)?,
            }
        }
        Ok(alt)
    }

    /// Reads 1.x inline content up to the end of `el`.
    pub(super) fn read_items_v1(&mut self, el: &El) -> Result<Vec<Item>> {
        self.read_items(el, "XLIFF", &mut |r, c| r.item_v1(c))
    }

    /// One XLIFF inline element `c` as an item; `None` when it is
    /// not inline markup of this version.
    fn item_v1(&mut self, c: &El) -> Result<Option<Item>> {
        // Pairs link by `rid` when they have one, else by `id`
        // (memoQ writes both kinds in one segment).
        let pair_key = |prefix: &str| match c.attr("rid") {
            Some(rid) => format!("{prefix}:rid:{rid}"),
            None => format!("{prefix}:id:{}", c.attr("id").unwrap_or("")),
        };
        let item = match c.local.as_str() {
            "g" => {
                let children = self.read_items_v1(c)?;
                Item::Span {
                    id: c.attr("id").map(str::to_string),
                    kind: c.attr("ctype").map(str::to_string),
                    open: c.markup(false),
                    close: format!("</{}>", c.name),
                    children,
                }
            }
            "mrk" => match c.attr("mtype") {
                Some("seg") => Item::Seg {
                    mid: c.attr("mid").unwrap_or("").to_string(),
                    children: self.read_items_v1(c)?,
                },
                // Trados track changes: deleted text is not part
                // of the translation, but is kept as a code.
                Some("x-sdl-deleted") => {
                    let raw = self.input.capture(c)?;
                    standalone(None, None, vec![Inline::Text(raw)])
                }
                _ => Item::Span {
                    id: c.attr("mid").map(str::to_string),
                    kind: None,
                    open: c.markup(false),
                    close: format!("</{}>", c.name),
                    children: self.read_items_v1(c)?,
                },
            },
            "x" => {
                let markup = c.markup(true);
                self.input.skip(c)?;
                standalone(c.attr("id"), c.attr("ctype"), vec![Inline::Text(markup)])
            }
            "bx" | "ex" => {
                let markup = c.markup(true);
                self.input.skip(c)?;
                let key = pair_key("bx");
                let role = if c.local == "bx" {
                    Role::Open(key)
                } else {
                    Role::Close(key)
                };
                Item::Code(Code {
                    role,
                    id: c.attr("id").map(str::to_string),
                    kind: c.attr("ctype").map(str::to_string),
                    assoc: None,
                    native: vec![Inline::Text(markup)],
                })
            }
            "ph" | "bpt" | "ept" | "it" => {
                let native = self.read_native_v1(c)?;
                let role = match (c.local.as_str(), c.attr("pos")) {
                    ("bpt", _) => Role::Open(pair_key("bpt")),
                    ("ept", _) => Role::Close(pair_key("bpt")),
                    // An isolated code: its partner is in another unit.
                    ("it", Some("close")) => Role::Close(self.unpaired_key()),
                    ("it", _) => Role::Open(self.unpaired_key()),
                    _ => Role::Standalone,
                };
                Item::Code(Code {
                    role,
                    id: c.attr("id").map(str::to_string),
                    kind: c.attr("ctype").map(str::to_string),
                    assoc: if c.local == "ph" {
                        c.attr("assoc").map(str::to_string)
                    } else {
                        None
                    },
                    native,
                })
            }
            "sub" => {
                // Only valid inside codes; elsewhere its content is
                // read as ordinary content.
                self.warn_at(
                    &c.loc,
                    "<sub> outside an inline code; its content is read as text",
                );
                Item::Span {
                    id: None,
                    kind: None,
                    open: c.markup(false),
                    close: format!("</{}>", c.name),
                    children: self.read_items_v1(c)?,
                }
            }
            _ => return Ok(None),
        };
        Ok(Some(item))
    }

    /// The native content of a 1.2 `ph`/`bpt`/`ept`/`it`: text and `sub`
    /// flows; the element as written when it has none.
    pub(super) fn read_native_v1(&mut self, el: &El) -> Result<Vec<Inline>> {
        let markup = el.markup(true);
        let mut native = Segment::default();
        if !el.empty {
            loop {
                match self.input.next()? {
                    Node::Text(t) => native.push_text(&t),
                    Node::End => break,
                    Node::Eof => {
                        return Err(self
                            .input
                            .xml
                            .error(format!("unexpected end of file inside <{}>", el.name)));
                    }
                    Node::Start(c) if c.is_xliff() && c.local == "sub" => {
                        let items = self.read_items_v1(&c)?;
                        let mut attrs = Vec::new();
                        if let Some(d) = c.attr("datatype") {
                            attrs.push(("datatype".to_string(), d.to_string()));
                        }
                        if let Some(t) = c.attr("ctype") {
                            attrs.push(("type".to_string(), t.to_string()));
                        }
                        native.push_tag(Tag {
                            name: "sub".into(),
                            attrs,
                            content: to_segment(&items, true).0,
                        });
                    }
                    Node::Start(c) => {
                        let raw = self.input.capture(&c)?;
                        native.push_text(&raw);
                    }
                }
            }
        }
        if native.0.is_empty() {
            native.push_text(&markup);
        }
        Ok(native.0)
    }
}

/// memoQ's commit and change metadata on `<trans-unit>`.
fn memoq_meta(el: &El) -> UnitMeta {
    let get = |name: &str| {
        el.attr_ns(NS_MQ, name)
            .map(str::trim)
            .filter(|v| !v.is_empty())
    };
    UnitMeta {
        created: get("translatorcommittimestamp").and_then(to_tmx_date),
        created_by: get("translatorcommitusername").map(str::to_string),
        changed: get("lastchangedtimestamp").and_then(to_tmx_date),
        changed_by: get("lastchanginguser").map(str::to_string),
    }
}
