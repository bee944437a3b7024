//! XLIFF 2.0: `unit`s with their segments and ignorables, notes,
//! `originalData`, `mtc:matches` candidates and `mda:metadata`, the 2.0
//! inline elements, and the id constraints of the specification.

use crate::error::{Error, Result};
use crate::formats::xliff::document::{
    AltTrans, NS_MDA, NS_MTC, UnitMeta, XliffSegment, XliffUnit,
};
use crate::formats::xliff::inline::{Code, Item, Role, to_segment};
use crate::formats::xliff::reader::XliffReader;
use crate::formats::xliff::reader::tree::{El, IdScope, LevelKind, Node, UnitCtx};
use crate::formats::xliff::reader::walk::standalone;
use crate::formats::xml::is_xml_char;
use crate::model::{Annotation, Inline, Segment};

impl XliffReader {
    pub(super) fn read_unit_v2(&mut self, el: &El) -> Result<XliffUnit> {
        let level = self.level_for(LevelKind::Group, el);
        let id = el.attr("id").map(str::to_string);
        match &id {
            Some(id) => self.unit_ids.insert(
                id,
                &el.loc,
                "unit",
                "among the groups and units of a <file>",
            )?,
            None => self.warn_at(&el.loc, "<unit> has no id attribute"),
        }
        let mut unit = XliffUnit {
            file: self.current_file(),
            id,
            name: el.attr("name").map(str::to_string),
            attrs: el.attrs.clone(),
            translate: level.translate,
            approved: None,
            notes: Vec::new(),
            segments: Vec::new(),
            alt_trans: Vec::new(),
            properties: Vec::new(),
            tool_status: None,
            meta: UnitMeta::default(),
            location: el.loc.clone(),
        };
        if el.empty {
            self.warn_at(&el.loc, "<unit> without <segment>");
            return Ok(unit);
        }
        let mut ctx = UnitCtx::default();
        while let Some(child) = self.input.next_child("<unit>")? {
            match child {
                c if c.is_xliff() => match c.local.as_str() {
                    "notes" => self.read_notes_v2(&c, &mut unit.notes)?,
                    "originalData" => self.read_original_data(&c, &mut ctx)?,
                    "segment" | "ignorable" => {
                        if let Some(id) = c.attr("id") {
                            ctx.source_ids
                                .insert(id, &c.loc, &c.local, "within a <unit>")?;
                        }
                        let seg = self.read_segment_v2(&c, level.preserve, &mut ctx)?;
                        if c.local == "segment" {
                            unit.segments.push(seg);
                        }
                    }
                    _ => {
                        self.warn_at(&c.loc, format!("unexpected <{}> in <unit> skipped", c.name));
                        self.input.skip(&c)?;
                    }
                },
                c if c.is(NS_MTC, "matches") => {
                    let matches = self.read_matches_v2(&c, level.preserve)?;
                    unit.alt_trans.extend(matches);
                }
                c if c.is(NS_MDA, "metadata") => {
                    self.read_metadata_v2(&c, &mut unit.properties)?;
                }
                c => self.input.skip(&c)?,
            }
        }
        check_ec_refs(&mut ctx)?;
        if unit.segments.is_empty() {
            let loc = unit.location.clone();
            self.warn_at(&loc, "<unit> without <segment>");
        }
        Ok(unit)
    }

    /// Reads `<mda:metadata>` (or a `<mda:metaGroup>` inside it): each
    /// `<mda:meta>` as (type, text), nested groups flattened.
    pub(super) fn read_metadata_v2(
        &mut self,
        el: &El,
        out: &mut Vec<(String, String)>,
    ) -> Result<()> {
        if el.empty {
            return Ok(());
        }
        while let Some(child) = self.input.next_child(&format!("<{}>", el.name))? {
            match child {
                c if c.is(NS_MDA, "metaGroup") => self.read_metadata_v2(&c, out)?,
                c if c.is(NS_MDA, "meta") => {
                    let kind = c.attr("type").unwrap_or("").to_string();
                    let text = self.input.text_content(&c)?;
                    out.push((kind, text));
                }
                c => self.input.skip(&c)?,
            }
        }
        Ok(())
    }

    /// Reads `<mtc:matches>`: translation candidates, each with its own
    /// `originalData` and id scope.
    pub(super) fn read_matches_v2(&mut self, el: &El, preserve: bool) -> Result<Vec<AltTrans>> {
        let mut out = Vec::new();
        if el.empty {
            return Ok(out);
        }
        while let Some(child) = self.input.next_child("<mtc:matches>")? {
            match child {
                m if m.is(NS_MTC, "match") => {
                    let mut alt = AltTrans {
                        attrs: m.attrs.clone(),
                        source: None,
                        target: Segment::default(),
                    };
                    let mut ctx = UnitCtx::default();
                    if !m.empty {
                        while let Some(child) = self.input.next_child("<mtc:match>")? {
                            match child {
                                c if c.is_xliff() && c.local == "originalData" => {
                                    self.read_original_data(&c, &mut ctx)?;
                                }
                                c if c.is_xliff()
                                    && (c.local == "source" || c.local == "target") =>
                                {
                                    let p =
                                        c.attr("xml:space").map_or(preserve, |v| v == "preserve");
                                    ctx.side = usize::from(c.local == "target");
                                    let items = self.read_items_v2(&c, &mut ctx)?;
                                    let content = to_segment(&items, p);
                                    if c.local == "source" {
                                        alt.source = Some(content);
                                    } else {
                                        alt.target = content;
                                    }
                                }
                                c => self.input.skip(&c)?,
                            }
                        }
                    }
                    check_ec_refs(&mut ctx)?;
                    out.push(alt);
                }
                other => self.input.skip(&other)?,
            }
        }
        Ok(out)
    }

    pub(super) fn read_notes_v2(&mut self, el: &El, notes: &mut Vec<Annotation>) -> Result<()> {
        if el.empty {
            return Ok(());
        }
        let mut ids = IdScope::default();
        while let Some(child) = self.input.next_child("<notes>")? {
            match child {
                n if n.is_xliff() && n.local == "note" => {
                    if let Some(id) = n.attr("id") {
                        ids.insert(id, &n.loc, "note", "within a <notes> element")?;
                    }
                    let text = self.input.text_content(&n)?;
                    notes.push(Annotation {
                        attrs: n.attrs,
                        text,
                    });
                }
                n => self.input.skip(&n)?,
            }
        }
        Ok(())
    }

    pub(super) fn read_original_data(&mut self, el: &El, ctx: &mut UnitCtx) -> Result<()> {
        if el.empty {
            return Ok(());
        }
        let mut ids = IdScope::default();
        while let Some(child) = self.input.next_child("<originalData>")? {
            match child {
                d if d.is_xliff() && d.local == "data" => {
                    let id = d.attr("id").unwrap_or("").to_string();
                    ids.insert(&id, &d.loc, "data", "within <originalData>")?;
                    let mut content = String::new();
                    if !d.empty {
                        loop {
                            match self.input.next()? {
                                Node::Text(t) => content.push_str(&t),
                                Node::Start(c) if c.is_xliff() && c.local == "cp" => {
                                    content.push_str(
                                        &self.code_point(&c)?.unwrap_or_else(|| c.markup(true)),
                                    );
                                    self.input.skip(&c)?;
                                }
                                Node::Start(c) => {
                                    let raw = self.input.capture(&c)?;
                                    content.push_str(&raw);
                                }
                                Node::End => break,
                                Node::Eof => {
                                    return Err(self
                                        .input
                                        .xml
                                        .error("unexpected end of file inside <data>"));
                                }
                            }
                        }
                    }
                    ctx.data.insert(id, content);
                }
                d => self.input.skip(&d)?,
            }
        }
        Ok(())
    }

    pub(super) fn read_segment_v2(
        &mut self,
        el: &El,
        preserve: bool,
        ctx: &mut UnitCtx,
    ) -> Result<XliffSegment> {
        let mut seg = XliffSegment {
            id: el.attr("id").map(str::to_string),
            state: el.attr("state").map(str::to_string),
            sub_state: el.attr("subState").map(str::to_string),
            ..Default::default()
        };
        if let Some(state) = &seg.state
            && !matches!(
                state.as_str(),
                "initial" | "translated" | "reviewed" | "final"
            )
        {
            let message = format!(
                "state=\"{state}\" is not an XLIFF 2.0 state (initial, translated, reviewed, final)"
            );
            self.warn_at(&el.loc, message);
        }
        if el.empty {
            self.warn_at(&el.loc, format!("<{}> without <source>", el.local));
            return Ok(seg);
        }
        let mut has_source = false;
        while let Some(child) = self.input.next_child(&format!("<{}>", el.local))? {
            match child {
                c if c.is_xliff() && (c.local == "source" || c.local == "target") => {
                    let p = c.attr("xml:space").map_or(preserve, |v| v == "preserve");
                    ctx.side = usize::from(c.local == "target");
                    let items = self.read_items_v2(&c, ctx)?;
                    let content = to_segment(&items, p);
                    if c.local == "source" {
                        has_source = true;
                        seg.source = content;
                        seg.source_lang = c.attr("xml:lang").map(str::to_string);
                    } else {
                        seg.target = Some(content);
                        seg.target_lang = c.attr("xml:lang").map(str::to_string);
                    }
                }
                c => {
                    self.warn_at(
                        &c.loc,
                        format!("unexpected <{}> in <{}> skipped", c.name, el.local),
                    );
                    self.input.skip(&c)?;
                }
            }
        }
        if !has_source {
            self.warn_at(&el.loc, format!("<{}> without <source>", el.local));
        }
        Ok(seg)
    }

    /// The character of a `<cp hex="…"/>`, or `None` when XML cannot hold
    /// it (it then stays a protected code).
    pub(super) fn code_point(&mut self, el: &El) -> Result<Option<String>> {
        let hex = el.attr("hex").unwrap_or("");
        let c = u32::from_str_radix(hex, 16)
            .ok()
            .and_then(char::from_u32)
            .ok_or_else(|| {
                Error::parse(
                    el.loc.clone(),
                    format!("<cp hex=\"{hex}\"> is not a Unicode code point"),
                )
            })?;
        Ok(is_xml_char(c).then(|| c.to_string()))
    }

    pub(super) fn inline_id(&mut self, el: &El, ctx: &mut UnitCtx) -> Result<Option<String>> {
        let Some(id) = el.attr("id") else {
            return Ok(None);
        };
        let scope = if ctx.side == 0 {
            &mut ctx.source_ids
        } else {
            &mut ctx.target_ids
        };
        let where_ = if ctx.side == 0 {
            "within a <unit>"
        } else {
            "within the targets of a <unit>"
        };
        scope.insert(id, &el.loc, &format!("<{}>", el.local), where_)?;
        Ok(Some(id.to_string()))
    }

    pub(super) fn data_ref(&self, el: &El, name: &str, ctx: &UnitCtx) -> Result<Option<String>> {
        match el.attr(name) {
            None => Ok(None),
            Some(r) => match ctx.data.get(r) {
                Some(d) => Ok(Some(d.clone())),
                None => Err(Error::parse(
                    el.loc.clone(),
                    format!(
                        "{name}=\"{r}\" refers to no <data> in the unit's <originalData> (XLIFF 2.0 requires one)"
                    ),
                )),
            },
        }
    }

    /// Reads 2.0 inline content up to the end of `el`.
    pub(super) fn read_items_v2(&mut self, el: &El, ctx: &mut UnitCtx) -> Result<Vec<Item>> {
        self.read_items(el, "XLIFF 2.0", &mut |r, c| r.item_v2(c, ctx))
    }

    /// One XLIFF 2.0 inline element `c` as an item; `None` when it is
    /// not inline markup of this version.
    fn item_v2(&mut self, c: &El, ctx: &mut UnitCtx) -> Result<Option<Item>> {
        let kind = c.attr("subType").map(str::to_string);
        let item = match c.local.as_str() {
            "ph" | "sc" | "ec" | "sm" | "em" => {
                let id = self.inline_id(c, ctx)?;
                let native = self
                    .data_ref(c, "dataRef", ctx)?
                    .unwrap_or_else(|| c.markup(true));
                self.input.skip(c)?;
                let isolated = c.attr("isolated") == Some("yes");
                let role = match c.local.as_str() {
                    "ph" => Role::Standalone,
                    "sc" | "sm" if isolated => Role::Open(self.unpaired_key()),
                    "sc" | "sm" => {
                        let key = id.clone().unwrap_or_default();
                        if c.local == "sc" {
                            ctx.sc_ids[ctx.side].insert(key.clone());
                        }
                        Role::Open(format!("{}:{key}", c.local))
                    }
                    "ec" if isolated => Role::Close(self.unpaired_key()),
                    _ => {
                        let start_ref = c.attr("startRef").unwrap_or("").to_string();
                        if c.local == "ec" {
                            ctx.ec_refs
                                .push((ctx.side, start_ref.clone(), c.loc.clone()));
                        }
                        let opener = if c.local == "ec" { "sc" } else { "sm" };
                        Role::Close(format!("{opener}:{start_ref}"))
                    }
                };
                Item::Code(Code {
                    role,
                    id,
                    kind,
                    assoc: None,
                    native: vec![Inline::Text(native)],
                })
            }
            "pc" | "mrk" => {
                let id = self.inline_id(c, ctx)?;
                let open = self
                    .data_ref(c, "dataRefStart", ctx)?
                    .unwrap_or_else(|| c.markup(false));
                let close = self
                    .data_ref(c, "dataRefEnd", ctx)?
                    .unwrap_or_else(|| format!("</{}>", c.name));
                let children = self.read_items_v2(c, ctx)?;
                Item::Span {
                    id,
                    kind,
                    open,
                    close,
                    children,
                }
            }
            "cp" => {
                let item = match self.code_point(c)? {
                    Some(ch) => Item::Text(ch),
                    None => standalone(None, None, vec![Inline::Text(c.markup(true))]),
                };
                self.input.skip(c)?;
                item
            }
            _ => return Ok(None),
        };
        Ok(Some(item))
    }
}

/// Every `ec startRef` of a unit names an `sc` of the same side.
fn check_ec_refs(ctx: &mut UnitCtx) -> Result<()> {
    for (side, start_ref, loc) in std::mem::take(&mut ctx.ec_refs) {
        if !ctx.sc_ids[side].contains(&start_ref) {
            return Err(Error::parse(
                loc,
                format!(
                    "<ec startRef=\"{start_ref}\"> refers to no <sc> of this unit (XLIFF 2.0 requires one)"
                ),
            ));
        }
    }
    Ok(())
}
