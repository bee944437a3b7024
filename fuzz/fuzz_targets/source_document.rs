//! Source documents (Markdown and plain text) into blocks and rendered
//! HTML/Markdown: never a panic.
#![no_main]

use std::collections::BTreeMap;

use libfuzzer_sys::fuzz_target;
use relais::formats::markdown::parse_markdown;
use relais::formats::plain_text::parse_plain_text;
use relais::publish::extract::slug;
use relais::publish::markup::{to_html, to_markdown};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let links = BTreeMap::from([("1".to_string(), "https://example.org".to_string())]);
    for block in parse_markdown(&text, std::path::Path::new("fuzz.md"))
        .unwrap_or_default()
        .into_iter().chain(parse_plain_text(&text)) {
        let _ = slug(block.kind, &block.text);
        let _ = to_html(&block.text, &links);
        let _ = to_markdown(&block.text, &links);
    }
});
