//! A document as the source locale's Fluent file defines it: the order of
//! its messages and the structure the renderer needs (headings,
//! paragraphs, list items, quotes, link targets), read from the
//! `# relais: …` directives `extract` writes.

use std::path::PathBuf;

use xxhash_rust::xxh3::xxh3_64;

use crate::error::{Error, Result};
use crate::fluent::FtlResource;
use crate::fluent::directives;
use crate::fluent::pattern::pattern_to_segment;
use crate::fluent::writer::segment_source;
use crate::model::{Block, BlockKind, Segment};
use crate::project::Project;

/// A document of the project, read from the source locale's file.
#[derive(Debug, Clone)]
pub struct SourceDocument {
    /// Document name.
    pub name: String,
    /// The source locale.
    pub locale: String,
    /// The source file.
    pub path: PathBuf,
    /// The parsed source file.
    pub resource: FtlResource,
    /// Its messages in order, with structure.
    pub blocks: Vec<Block>,
}

/// The hash `extract` and `pretranslate` record for a source text.
pub fn source_hash(seg: &Segment) -> String {
    format!("{:016x}", xxh3_64(segment_source(seg, 0).as_bytes()))
}

impl SourceDocument {
    /// Loads a document's source file.
    pub fn load(project: &Project, name: &str) -> Result<SourceDocument> {
        let locale = project.source_locale().to_string();
        let path = project.resource_path(&locale, name);
        if !path.exists() {
            // The document is in relais.toml but was never extracted.
            let source = project
                .config
                .documents
                .iter()
                .find(|d| d.name == name)
                .and_then(|d| d.source.as_ref())
                .map_or_else(|| "SOURCE".to_string(), |s| s.display().to_string());
            return Err(Error::Usage(crate::t!(
                "document-not-extracted",
                "file" => project.relative(&path),
                "source" => source,
                "document" => name
            )));
        }
        let resource = FtlResource::load(&path)?;
        let blocks = blocks_of(&resource);
        Ok(SourceDocument {
            name: name.to_string(),
            locale,
            path,
            resource,
            blocks,
        })
    }

    /// The source segment of a message's value.
    pub fn segment(&self, id: &str) -> Option<Segment> {
        let (_, m) = self.resource.message(id)?;
        m.value.as_ref().map(pattern_to_segment)
    }

    /// The block of a message.
    pub fn block(&self, id: &str) -> Option<&Block> {
        self.blocks.iter().find(|b| b.id == id)
    }
}

/// Reads the blocks of a source resource: every message, with the
/// structure its directives give (a message without directives is a
/// paragraph).
pub fn blocks_of(resource: &FtlResource) -> Vec<Block> {
    resource
        .messages()
        .map(|(entry, m)| {
            let lines: Vec<&str> = m
                .comment
                .as_ref()
                .map(|c| c.content.iter().map(String::as_str).collect())
                .unwrap_or_default();
            let d = directives::parse(&lines);
            let links = d
                .values
                .iter()
                .filter_map(|(k, v)| k.strip_prefix("link.").map(|n| (n.to_string(), v.clone())))
                .collect();
            Block {
                id: entry.id.clone().unwrap_or_default(),
                kind: d
                    .get("block")
                    .and_then(BlockKind::from_directive)
                    .unwrap_or(BlockKind::Paragraph),
                list: d.get("list").map(str::to_string),
                ordered: d.has("ordered"),
                level: d.get("level").and_then(|l| l.parse().ok()).unwrap_or(1),
                quote: d.get("quote").map(str::to_string),
                links,
                hash: d.get("source-hash").map(str::to_string),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn reads_structure_from_directives() {
        let r = FtlResource::parse(
            "# relais: block=h1 source-hash=ab\ntitle = T\n\n# relais: block=li list=1 ordered level=2 quote=3 link.1=https://x.org\nitem = <a data-l10n-name=\"1\">x</a>\n\nplain = P\n",
            Path::new("s.ftl"),
        );
        let b = blocks_of(&r);
        assert_eq!(b[0].kind, BlockKind::Heading(1));
        assert_eq!(b[0].hash.as_deref(), Some("ab"));
        assert_eq!(b[1].kind, BlockKind::ListItem);
        assert!(b[1].ordered);
        assert_eq!(b[1].level, 2);
        assert_eq!(b[1].quote.as_deref(), Some("3"));
        assert_eq!(b[1].links["1"], "https://x.org");
        assert_eq!(b[2].kind, BlockKind::Paragraph);
    }

    #[test]
    fn hash_depends_on_text_only() {
        assert_eq!(
            source_hash(&Segment::text("a")),
            source_hash(&Segment::text("a"))
        );
        assert_ne!(
            source_hash(&Segment::text("a")),
            source_hash(&Segment::text("b"))
        );
        assert_eq!(source_hash(&Segment::text("a")).len(), 16);
    }
}
