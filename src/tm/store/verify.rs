//! `relais tm verify`: a full integrity scan of the store.
//!
//! Everyday commands read only what they need, so damage (a disk that
//! filled up, a file changed by hand) shows up late: `tm stats` reads the
//! state record and says all is well while `tm export` fails half-way.
//! The scan reads everything: the state, every unit block of every
//! committed chunk (decompressed and every unit decoded, counted against
//! the state), each chunk's duplicate table, and every index bucket of
//! every indexed language. It reports each problem and never stops at the
//! first, so the report says how much is damaged.

use serde::Serialize;

use crate::tm::postings::Bucket;
use crate::tm::store::block::RawBlock;
use crate::tm::store::db::Tm;
use crate::tm::store::layout::{BLOCK_UNITS, ChunkInfo, DEDUP_BLOCK, key_index, key_units};

/// What the scan read and what it found wrong.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct VerifyReport {
    /// Committed chunks.
    pub chunks: usize,
    /// Units decoded.
    pub units: u64,
    /// Unit blocks read.
    pub blocks: u64,
    /// Index buckets read.
    pub buckets: u64,
    /// Every problem, in the order found.
    pub problems: Vec<String>,
}

impl VerifyReport {
    /// Whether the store is intact.
    pub fn is_ok(&self) -> bool {
        self.problems.is_empty()
    }
}

impl Tm {
    /// Reads the whole store and reports what cannot be read back.
    pub fn verify(&self) -> VerifyReport {
        let mut report = VerifyReport {
            chunks: self.state.chunks.len(),
            ..VerifyReport::default()
        };
        match self.meta.get("pending") {
            Ok(Some(_)) => report
                .problems
                .push("an uncommitted import is still recorded after opening".into()),
            Ok(None) => {}
            Err(e) => report.problems.push(format!("meta: {e}")),
        }
        for chunk in &self.state.chunks {
            self.verify_units(chunk, &mut report);
            self.verify_dedup(chunk, &mut report);
            if chunk.indexed {
                self.verify_index(chunk, &mut report);
            }
        }
        report
    }

    fn verify_units(&self, chunk: &ChunkInfo, report: &mut VerifyReport) {
        let blocks = chunk.units.div_ceil(BLOCK_UNITS);
        let mut found = 0u64;
        for block in 0..blocks {
            let where_ = format!("chunk {} block {block}", chunk.id);
            let bytes = match self.units.get(key_units(chunk.id, block)) {
                Ok(Some(b)) => b,
                Ok(None) => {
                    report.problems.push(format!("{where_}: missing"));
                    continue;
                }
                Err(e) => {
                    report.problems.push(format!("{where_}: {e}"));
                    continue;
                }
            };
            report.blocks += 1;
            let raw = match RawBlock::decompress(&bytes) {
                Ok(raw) => raw,
                Err(e) => {
                    report.problems.push(format!("{where_}: {e}"));
                    continue;
                }
            };
            for i in 0..raw.len() {
                match raw.unit(i) {
                    Some(Ok(_)) => found += 1,
                    Some(Err(e)) => report.problems.push(format!("{where_} unit {i}: {e}")),
                    None => {}
                }
            }
        }
        report.units += found;
        if found != u64::from(chunk.units) {
            report.problems.push(format!(
                "chunk {}: {found} units readable, {} recorded",
                chunk.id, chunk.units
            ));
        }
    }

    fn verify_dedup(&self, chunk: &ChunkInfo, report: &mut VerifyReport) {
        match self.units.get(key_units(chunk.id, DEDUP_BLOCK)) {
            Ok(Some(bytes)) if bytes.len() % 8 != 0 => report.problems.push(format!(
                "chunk {}: duplicate table of {} bytes is not a list of hashes",
                chunk.id,
                bytes.len()
            )),
            Ok(_) => {}
            Err(e) => report
                .problems
                .push(format!("chunk {} duplicate table: {e}", chunk.id)),
        }
    }

    fn verify_index(&self, chunk: &ChunkInfo, report: &mut VerifyReport) {
        for lang in &chunk.langs {
            for bucket in 0..lang.buckets {
                let where_ = format!("chunk {} index {} bucket {bucket}", chunk.id, lang.lang);
                match self.index.get(key_index(chunk.id, &lang.lang, bucket)) {
                    // An empty bucket is not written.
                    Ok(None) => {}
                    Ok(Some(bytes)) => {
                        report.buckets += 1;
                        match Bucket::new(&bytes) {
                            Some(b) => {
                                let readable = b
                                    .entries()
                                    .all(|(_, list)| list.iter().count() == list.len());
                                if !readable {
                                    report
                                        .problems
                                        .push(format!("{where_}: damaged posting list"));
                                }
                            }
                            None => report.problems.push(format!("{where_}: unreadable")),
                        }
                    }
                    Err(e) => report.problems.push(format!("{where_}: {e}")),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{Unit, Variant};
    use crate::tm::store::layout::key_units;
    use crate::tm::{OpenOptions, Tm};

    fn unit(i: usize) -> Unit {
        Unit {
            variants: vec![
                Variant::new("en", format!("sentence number {i} in English")),
                Variant::new("fr", format!("phrase numéro {i} en français")),
            ],
            ..Unit::default()
        }
    }

    #[test]
    fn an_intact_store_verifies_and_a_damaged_block_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tm");
        {
            let mut tm = Tm::open(&path, &OpenOptions::default()).unwrap();
            let mut importer = tm.begin_import("t", "tmx", None).unwrap();
            for i in 0..200 {
                importer.add(unit(i)).unwrap();
            }
            importer.commit().unwrap();
            let report = tm.verify();
            assert!(report.is_ok(), "{:?}", report.problems);
            assert_eq!(report.units, 200);
            assert_eq!(report.blocks, 4);
            assert!(report.buckets > 0);
            // Damage one unit block the way a torn write would.
            let chunk = tm.state().chunks[0].id;
            tm.units
                .insert(key_units(chunk, 1), &b"garbage"[..])
                .unwrap();
            tm.flush().unwrap();
        }
        let tm = Tm::open(&path, &OpenOptions::default()).unwrap();
        let report = tm.verify();
        assert!(!report.is_ok());
        assert!(
            report.problems.iter().any(|p| p.contains("block 1")),
            "{:?}",
            report.problems
        );
        assert!(
            report
                .problems
                .iter()
                .any(|p| p.contains("136 units readable, 200 recorded"))
        );
    }
}
