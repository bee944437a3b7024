//! The TBX reader (2008 martif and v3, DCA and DCT) on arbitrary input:
//! errors are fine, panics are not, and whatever it reads can be written
//! back as TBX and read again.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use relais::formats::tbx::{TbxExportOptions, read_tbx_text, write_tbx};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let Ok(doc) = read_tbx_text(&text, Path::new("fuzz.tbx")) else { return };
    let mut out = Vec::new();
    if write_tbx(&mut out, &doc.data, &TbxExportOptions::default()).is_ok() {
        let written = String::from_utf8(out).expect("TBX output is UTF-8");
        read_tbx_text(&written, Path::new("out.tbx")).expect("relais's own TBX reads back");
    }
});
