//! The XLIFF 1.x/2.0 reader on arbitrary input: errors are fine, panics
//! and stack overflows are not, and the units it reads become TM units
//! without panicking either.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use relais::formats::xliff::{XliffImportOptions, XliffReader, XliffUnitSource};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(mut reader) = XliffReader::from_text(&text, Path::new("fuzz.xlf")) {
        while let Ok(Some(unit)) = reader.next_unit() {
            let _ = unit.segments.len();
        }
    }
    // The same bytes through the TM import path.
    if let Ok(reader) = XliffReader::from_text(&text, Path::new("fuzz.xlf")) {
        let mut source = XliffUnitSource::new(reader, XliffImportOptions::default());
        while let Ok(Some(unit)) = source.next_unit() {
            for v in &unit.variants {
                let _ = v.seg.matching_text();
            }
        }
    }
});
