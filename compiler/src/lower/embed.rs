//! The data of `//go:embed` variables, laid out as gc's staticdata
//! (WriteEmbed) does: a string is `{ptr, len}` to read-only bytes, a
//! []byte `{ptr, len, cap}` to a writable copy, an embed.FS `{files}` where
//! `files` points at one object holding a slice header `{ptr, n, n}` (ptr
//! just past itself) followed by embed's `file` records `{name string,
//! data string, hash [16]byte}` (the hash: cmd/internal/hash's 32-byte
//! content hash truncated to 16 bytes; directories have neither data nor
//! hash).

use cranelift_module::{DataDescription, Linkage, Module};

use super::ModCx;
use crate::types::{EmbedKind, Embedded};

/// One file record of embed.FS: name, data, hash.
const FILE_SIZE: usize = 16 + 16 + 16;

impl ModCx<'_> {
    /// The initial data of embedded variable `e` (of `size` bytes).
    pub(super) fn embed_data(&mut self, e: &Embedded, size: usize) -> DataDescription {
        let mut d = DataDescription::new();
        let mut bytes = vec![0u8; size];
        match e.kind {
            EmbedKind::String | EmbedKind::Bytes => {
                let content = e
                    .files
                    .first()
                    .and_then(|f| f.1.clone())
                    .unwrap_or_default();
                let n = content.len() as u64;
                bytes[8..16].copy_from_slice(&n.to_le_bytes());
                if e.kind == EmbedKind::Bytes {
                    bytes[16..24].copy_from_slice(&n.to_le_bytes());
                }
                d.define(bytes.into_boxed_slice());
                let id = if e.kind == EmbedKind::String && !content.is_empty() {
                    self.string_data(&content)
                } else {
                    self.embed_object(content, e.kind == EmbedKind::Bytes)
                };
                let gv = self.module.declare_data_in_data(id, &mut d);
                d.write_data_addr(0, gv, 0);
            }
            EmbedKind::Files => {
                let n = e.files.len();
                let mut list = DataDescription::new();
                let mut lb = vec![0u8; 24 + n * FILE_SIZE];
                lb[8..16].copy_from_slice(&(n as u64).to_le_bytes());
                lb[16..24].copy_from_slice(&(n as u64).to_le_bytes());
                let mut relocs = Vec::new();
                for (i, (name, data)) in e.files.iter().enumerate() {
                    let at = 24 + i * FILE_SIZE;
                    lb[at + 8..at + 16].copy_from_slice(&(name.len() as u64).to_le_bytes());
                    relocs.push((at, self.string_data(name.as_bytes())));
                    if let Some(data) = data {
                        lb[at + 24..at + 32].copy_from_slice(&(data.len() as u64).to_le_bytes());
                        lb[at + 32..at + 48].copy_from_slice(&content_hash(data)[..16]);
                        let id = if data.is_empty() {
                            self.embed_object(Vec::new(), false)
                        } else {
                            self.string_data(data)
                        };
                        relocs.push((at + 16, id));
                    }
                }
                list.define(lb.into_boxed_slice());
                let list_id = self.embed_object_declared(false);
                for (at, id) in relocs {
                    let gv = self.module.declare_data_in_data(id, &mut list);
                    list.write_data_addr(at as u32, gv, 0);
                }
                let me = self.module.declare_data_in_data(list_id, &mut list);
                list.write_data_addr(0, me, 24);
                list.set_align(8);
                self.define_data(list_id, list);
                d.define(bytes.into_boxed_slice());
                let gv = self.module.declare_data_in_data(list_id, &mut d);
                d.write_data_addr(0, gv, 0);
            }
        }
        d
    }

    /// A new local data object holding `content` (at least one byte, so
    /// that an empty file's data has an address, as in gc).
    fn embed_object(&mut self, mut content: Vec<u8>, writable: bool) -> cranelift_module::DataId {
        if content.is_empty() {
            content.push(0);
        }
        let id = self.embed_object_declared(writable);
        let mut d = DataDescription::new();
        d.define(content.into_boxed_slice());
        self.define_data(id, d);
        id
    }

    /// A new local data object, defined by the caller.
    fn embed_object_declared(&mut self, writable: bool) -> cranelift_module::DataId {
        let name = format!("golift.embed.{}", self.embed_count);
        self.embed_count += 1;
        self.module
            .declare_data(&name, Linkage::Local, writable, false)
            .expect("embed symbols are unique")
    }
}

/// The content hash gc gives an embedded file (cmd/internal/hash, made
/// different from SHA-256): up to 1 KiB, SHA-256 with its first byte
/// inverted (`Sum32`); larger files, SHA-256 of a 1 byte followed by the
/// data (`New32`, as gc streams them).
fn content_hash(data: &[u8]) -> [u8; 32] {
    if data.len() <= 1024 {
        let mut h = sha256(data);
        h[0] ^= 0xff;
        h
    } else {
        let mut v = Vec::with_capacity(data.len() + 1);
        v.push(1);
        v.extend_from_slice(data);
        sha256(&v)
    }
}

/// SHA-256 of `data` (FIPS 180-4).
pub fn sha256(data: &[u8]) -> [u8; 32] {
    const K: [u32; 64] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
        0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
        0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
        0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
        0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
        0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
        0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
        0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
        0xc67178f2,
    ];
    let mut h: [u32; 8] = [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
        0x5be0cd19,
    ];
    let mut msg = data.to_vec();
    msg.push(0x80);
    while msg.len() % 64 != 56 {
        msg.push(0);
    }
    msg.extend_from_slice(&((data.len() as u64) * 8).to_be_bytes());
    for block in msg.chunks(64) {
        let mut w = [0u32; 64];
        for (i, c) in block.chunks(4).enumerate() {
            w[i] = u32::from_be_bytes([c[0], c[1], c[2], c[3]]);
        }
        for i in 16..64 {
            let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
            let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16]
                .wrapping_add(s0)
                .wrapping_add(w[i - 7])
                .wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = h;
        for i in 0..64 {
            let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(K[i])
                .wrapping_add(w[i]);
            let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            hh = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 32];
    for (i, x) in h.iter().enumerate() {
        out[i * 4..i * 4 + 4].copy_from_slice(&x.to_be_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::sha256;

    fn hex(b: &[u8]) -> String {
        b.iter().map(|x| format!("{x:02x}")).collect()
    }

    #[test]
    fn sha256_known_answers() {
        assert_eq!(
            hex(&sha256(b"")),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        assert_eq!(
            hex(&sha256(b"abc")),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        let long = vec![b'a'; 1000];
        assert_eq!(
            hex(&sha256(&long)),
            "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"
        );
    }
}
