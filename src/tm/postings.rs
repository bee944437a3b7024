//! The on-disk layout of index buckets.
//!
//! The index maps (chunk, language, token) to the units of that chunk
//! whose variant in that language contains the token. Storing one sled key
//! per token would cost a key per distinct word per chunk (millions on a
//! large TM, and sled's per-key overhead is high), so tokens are grouped
//! into *buckets* of a few kilobytes: the key is (chunk, language, bucket)
//! and the value a small table:
//!
//! ```text
//! u32 LE   n             number of tokens in the bucket
//! n × {u64 LE hash, u32 LE offset, u32 LE count}   sorted by hash
//! postings bytes        per token: `count` entries of
//!                       varint(local id delta), varint(token count)
//! ```
//!
//! Local ids are increasing within a list, so deltas stay small. The token
//! count (the variant's length in tokens) lets queries bound a candidate's
//! score without reading it; it is 0 ("any length") when the unit has
//! several non-empty variants of the language, whose lengths differ.

/// One posting: a unit's local id within its chunk, and the length in
/// tokens of its variant in the bucket's language (0: several variants).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Posting {
    /// Unit id within the chunk.
    pub local: u32,
    /// Token count of the unit's variant.
    pub len: u32,
}

const HEADER_ENTRY: usize = 16;

fn put_varint(out: &mut Vec<u8>, mut v: u32) {
    while v >= 0x80 {
        // The low seven bits, with the continuation bit.
        out.push(v.to_le_bytes()[0] | 0x80);
        v >>= 7;
    }
    out.push(v.to_le_bytes()[0]);
}

fn get_varint(data: &[u8], pos: &mut usize) -> Option<u32> {
    let mut result = 0u32;
    let mut shift = 0;
    loop {
        let byte = *data.get(*pos)?;
        *pos += 1;
        result |= u32::from(byte & 0x7f).checked_shl(shift)?;
        if byte & 0x80 == 0 {
            return Some(result);
        }
        shift += 7;
        if shift > 28 {
            return None;
        }
    }
}

/// Which bucket of `buckets` a token hash belongs to.
pub fn bucket_of(hash: u64, buckets: u32) -> u32 {
    ((hash >> 32) % u64::from(buckets.max(1))) as u32
}

/// Encodes a bucket table. `entries` must be sorted by hash, each posting
/// list sorted by local id.
pub fn encode_bucket(entries: &[(u64, &[Posting])]) -> Vec<u8> {
    encode_bucket_from(
        entries.len(),
        entries
            .iter()
            .map(|(h, l)| (*h, l.len(), l.iter().copied())),
    )
}

/// Encodes a bucket table from `n` entries of (hash, list length, list),
/// sorted by hash, each list sorted by local id.
pub fn encode_bucket_from<L: Iterator<Item = Posting>>(
    n: usize,
    entries: impl Iterator<Item = (u64, usize, L)>,
) -> Vec<u8> {
    let mut postings = Vec::new();
    let mut header = Vec::with_capacity(4 + n * HEADER_ENTRY);
    header.extend_from_slice(&crate::num::u32_sat(n).to_le_bytes());
    for (hash, count, list) in entries {
        header.extend_from_slice(&hash.to_le_bytes());
        header.extend_from_slice(&crate::num::u32_sat(postings.len()).to_le_bytes());
        header.extend_from_slice(&crate::num::u32_sat(count).to_le_bytes());
        let mut prev = 0u32;
        for p in list {
            put_varint(&mut postings, p.local - prev);
            put_varint(&mut postings, p.len);
            prev = p.local;
        }
    }
    header.extend_from_slice(&postings);
    header
}

/// Rough encoded size of a posting list, to size buckets.
pub fn estimated_size(list_len: usize) -> usize {
    HEADER_ENTRY + list_len * 3
}

/// A read-only view of an encoded bucket.
pub struct Bucket<'a> {
    data: &'a [u8],
    n: usize,
}

impl<'a> Bucket<'a> {
    /// Wraps encoded bytes; `None` if they are too short to be a bucket.
    pub fn new(data: &'a [u8]) -> Option<Self> {
        let n = u32::from_le_bytes(data.get(..4)?.try_into().ok()?) as usize;
        if data.len() < 4 + n * HEADER_ENTRY {
            return None;
        }
        Some(Bucket { data, n })
    }

    fn entry(&self, i: usize) -> (u64, usize, usize) {
        let base = 4 + i * HEADER_ENTRY;
        let e = &self.data[base..base + HEADER_ENTRY];
        let hash = u64::from_le_bytes(e[..8].try_into().expect("8 bytes"));
        let offset = u32::from_le_bytes(e[8..12].try_into().expect("4 bytes")) as usize;
        let count = u32::from_le_bytes(e[12..16].try_into().expect("4 bytes")) as usize;
        (hash, offset, count)
    }

    /// The posting list of a token, if the bucket has it.
    pub fn get(&self, hash: u64) -> Option<PostingList<'a>> {
        let (mut lo, mut hi) = (0usize, self.n);
        while lo < hi {
            let mid = (lo + hi) / 2;
            let (h, offset, count) = self.entry(mid);
            match h.cmp(&hash) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => {
                    let start = 4 + self.n * HEADER_ENTRY + offset;
                    return Some(PostingList {
                        data: self.data.get(start..).unwrap_or(&[]),
                        count,
                    });
                }
            }
        }
        None
    }

    /// Every (hash, list) in the bucket.
    pub fn entries(&self) -> impl Iterator<Item = (u64, PostingList<'a>)> + '_ {
        (0..self.n).map(move |i| {
            let (hash, offset, count) = self.entry(i);
            let start = 4 + self.n * HEADER_ENTRY + offset;
            (
                hash,
                PostingList {
                    data: self.data.get(start..).unwrap_or(&[]),
                    count,
                },
            )
        })
    }
}

/// An encoded posting list.
#[derive(Clone, Copy)]
pub struct PostingList<'a> {
    data: &'a [u8],
    count: usize,
}

impl<'a> PostingList<'a> {
    /// Number of postings (the token's document frequency in the chunk).
    pub fn len(&self) -> usize {
        self.count
    }

    /// True when the list is empty.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Decodes the postings in order.
    pub fn iter(&self) -> PostingIter<'a> {
        PostingIter {
            data: self.data,
            pos: 0,
            left: self.count,
            prev: 0,
        }
    }
}

/// Iterator over a posting list.
pub struct PostingIter<'a> {
    data: &'a [u8],
    pos: usize,
    left: usize,
    prev: u32,
}

impl Iterator for PostingIter<'_> {
    type Item = Posting;

    fn next(&mut self) -> Option<Posting> {
        if self.left == 0 {
            return None;
        }
        self.left -= 1;
        let delta = get_varint(self.data, &mut self.pos)?;
        let len = get_varint(self.data, &mut self.pos)?;
        self.prev = self.prev.wrapping_add(delta);
        Some(Posting {
            local: self.prev,
            len,
        })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, Some(self.left))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn lookup_finds_each_list() {
        let a = [Posting { local: 1, len: 3 }, Posting { local: 300, len: 7 }];
        let b = [Posting { local: 0, len: 1 }];
        let bytes = encode_bucket(&[(5, &a), (9, &b)]);
        let bucket = Bucket::new(&bytes).unwrap();
        assert_eq!(bucket.get(5).unwrap().iter().collect::<Vec<_>>(), a);
        assert_eq!(bucket.get(9).unwrap().iter().collect::<Vec<_>>(), b);
        assert!(bucket.get(7).is_none());
        assert_eq!(bucket.entries().count(), 2);
    }

    #[test]
    fn truncated_data_is_rejected_not_panicking() {
        assert!(Bucket::new(&[1, 0]).is_none());
        assert!(Bucket::new(&[9, 0, 0, 0, 1]).is_none());
    }

    proptest! {
        #[test]
        fn round_trip(mut lists in proptest::collection::btree_map(any::<u64>(), proptest::collection::btree_set((0u32..5_000_000, 0u32..300), 1..50), 0..40)) {
            let owned: Vec<(u64, Vec<Posting>)> = lists
                .iter_mut()
                .map(|(h, set)| {
                    let mut v: Vec<Posting> = Vec::new();
                    for (local, len) in set.iter() {
                        if v.last().map(|p| p.local) != Some(*local) {
                            v.push(Posting { local: *local, len: *len });
                        }
                    }
                    (*h, v)
                })
                .collect();
            let refs: Vec<(u64, &[Posting])> = owned.iter().map(|(h, v)| (*h, v.as_slice())).collect();
            let bytes = encode_bucket(&refs);
            let bucket = Bucket::new(&bytes).unwrap();
            for (h, v) in &owned {
                prop_assert_eq!(&bucket.get(*h).unwrap().iter().collect::<Vec<_>>(), v);
            }
        }
    }
}
