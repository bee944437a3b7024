//! Fluent resources: parsing with positions, pattern analysis, and the
//! writer's escaping (a message written back parses to the same value).
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use relais::fluent::pattern::{pattern_to_segment, selects, variant_texts};
use relais::fluent::references::references;
use relais::fluent::writer::{MessageSpec, message_source};
use relais::fluent::FtlResource;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let res = FtlResource::parse(text.as_ref(), Path::new("fuzz.ftl"));
    for e in &res.errors {
        let _ = res.line_text(e.line);
    }
    for (entry, m) in res.messages() {
        let _ = res.entry_text(entry);
        let Some(value) = &m.value else { continue };
        let _ = references(value);
        // fluent-syntax accepts some selects without a default variant; the
        // writer cannot turn such an AST into valid Fluent, nor should it.
        if selects(value).iter().any(|s| s.default.is_none()) {
            continue;
        }
        let _ = variant_texts(value);
        let seg = pattern_to_segment(value);
        let src = message_source(&MessageSpec {
            id: "m".into(),
            value: Some(seg.clone()),
            ..Default::default()
        });
        let again = FtlResource::parse(src.as_str(), Path::new("out.ftl"));
        assert!(again.errors.is_empty(), "{src:?}: {:?}", again.errors);
    }
});
