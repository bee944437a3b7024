//! What the 1.2 and 2.0 inline readers share: codes for elements that
//! are not XLIFF inline markup, and keys for codes that can never pair.

use crate::error::Result;
use crate::formats::xliff::inline::{Code, Item, Role};
use crate::formats::xliff::reader::XliffReader;
use crate::formats::xliff::reader::tree::{El, Node};
use crate::model::Inline;

impl XliffReader {
    /// The inline content of `el`: its text, and each child element as
    /// `item` reads it; an element of another namespace, or one `item`
    /// does not know (`None`), is kept as a protected code (the latter
    /// with a warning naming `version`).
    pub(super) fn read_items(
        &mut self,
        el: &El,
        version: &str,
        item: &mut dyn FnMut(&mut Self, &El) -> Result<Option<Item>>,
    ) -> Result<Vec<Item>> {
        let mut items = Vec::new();
        if el.empty {
            return Ok(items);
        }
        loop {
            match self.input.next()? {
                Node::Text(t) => items.push(Item::Text(t)),
                Node::End => return Ok(items),
                Node::Eof => {
                    return Err(self
                        .input
                        .xml
                        .error(format!("unexpected end of file inside <{}>", el.name)));
                }
                Node::Start(c) if !c.is_xliff() => items.push(self.foreign_code(&c)?),
                Node::Start(c) => match item(self, &c)? {
                    Some(i) => items.push(i),
                    None => {
                        self.warn_at(
                            &c.loc,
                            format!(
                                "<{}> is not {version} inline markup; kept as a protected code",
                                c.name
                            ),
                        );
                        let raw = self.input.capture(&c)?;
                        items.push(standalone(None, None, vec![Inline::Text(raw)]));
                    }
                },
            }
        }
    }

    pub(super) fn unpaired_key(&mut self) -> String {
        self.unpaired += 1;
        format!("\u{0}unpaired{}", self.unpaired)
    }

    pub(super) fn foreign_code(&mut self, el: &El) -> Result<Item> {
        self.warn_at(
            &el.loc,
            format!(
                "<{}> is not XLIFF inline markup; kept as a protected code",
                el.name
            ),
        );
        let raw = self.input.capture(el)?;
        Ok(standalone(None, None, vec![Inline::Text(raw)]))
    }
}

pub(super) fn standalone(id: Option<&str>, kind: Option<&str>, native: Vec<Inline>) -> Item {
    Item::Code(Code {
        role: Role::Standalone,
        id: id.map(str::to_string),
        kind: kind.map(str::to_string),
        assoc: None,
        native,
    })
}
