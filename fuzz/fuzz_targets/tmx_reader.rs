//! The TMX reader on arbitrary input: errors are fine, panics are not, and
//! whatever it reads must survive a write/read round trip.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use relais::formats::tmx::{TmxReader, TmxWriter};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let Ok(mut reader) = TmxReader::from_text(&text, Path::new("fuzz.tmx")) else { return };
    let mut units = Vec::new();
    while let Ok(Some(u)) = reader.next_unit() {
        units.push(u);
    }
    let mut buf = Vec::new();
    let mut writer = TmxWriter::start(&mut buf, None, "*all*").unwrap();
    for u in &units {
        writer.unit(u).unwrap();
    }
    writer.finish().unwrap();
    let written = String::from_utf8(buf).unwrap();
    let mut again = TmxReader::from_text(&written, Path::new("out.tmx")).expect("relais's own output reads back");
    let mut back = Vec::new();
    while let Some(u) = again.next_unit().expect("relais's own output reads back") {
        back.push(u);
    }
    assert_eq!(back, units);
});
