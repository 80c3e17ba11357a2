//! A language's offline copy in one file (`offline/<lang>.txt`), which the service worker
//! fetches once and cuts back into its pages. Forty pages that share their header, footer and
//! scripts compress together to a fifth of what they cost one by one, and people pay for every
//! byte of the first visit.
//!
//! The format, read by `unpack` in `public/sw.js`:
//! - the first line is [`crate::worker::PACK_HEADER`];
//! - the second, a JSON array of `[address, content type, length]`, one per file, each length
//!   in UTF-16 code units (what JavaScript's `String.slice` counts);
//! - then the files' texts, one after another, nothing between them.

use crate::worker::PACK_HEADER;

/// One file of the pack: its address from the site's root, as the worker caches it.
pub struct Packed<'a> {
    pub address: &'a str,
    pub content_type: &'a str,
    pub text: &'a str,
}

/// The type a static host serves each kind of file the pack holds with: pages, contact cards and
/// the open data the "About this data" page offers.
pub fn content_type(file: &str) -> &'static str {
    match file.rsplit_once('.').map(|(_, extension)| extension) {
        Some("vcf") => "text/vcard; charset=utf-8",
        Some("json") => "application/json; charset=utf-8",
        Some("csv") => "text/csv; charset=utf-8",
        _ => "text/html; charset=utf-8",
    }
}

pub fn write(files: &[Packed]) -> String {
    let index: Vec<serde_json::Value> =
        files.iter().map(|f| serde_json::json!([f.address, f.content_type, f.text.encode_utf16().count()])).collect();
    let mut pack = format!("{PACK_HEADER}\n{}\n", serde_json::Value::from(index));
    for file in files {
        pack += file.text;
    }
    pack
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads a pack as `unpack` in `sw.js` does, counting in UTF-16 code units.
    fn read(pack: &str) -> Vec<(String, String, String)> {
        let (header, rest) = pack.split_once('\n').unwrap();
        assert_eq!(header, PACK_HEADER);
        let (index, body) = rest.split_once('\n').unwrap();
        let index: Vec<(String, String, usize)> = serde_json::from_str(index).unwrap();
        let units: Vec<u16> = body.encode_utf16().collect();
        assert_eq!(units.len(), index.iter().map(|(_, _, n)| n).sum::<usize>(), "the lengths cover the body exactly");
        let mut at = 0;
        index
            .into_iter()
            .map(|(address, kind, n)| {
                let text = String::from_utf16(&units[at..at + n]).unwrap();
                at += n;
                (address, kind, text)
            })
            .collect()
    }

    #[test]
    fn cuts_back_into_the_same_files_whatever_their_script() {
        // Persian, Japanese, a character outside the Basic Multilingual Plane (two UTF-16
        // units, four UTF-8 bytes), a newline at the end, and an empty page.
        let files = [
            ("fa/", "<!doctype html><html lang=fa dir=rtl><h1>راهنما</h1>\n"),
            ("ja/org/jar/jar.vcf", "BEGIN:VCARD\r\nFN:難民支援協会 𠮷\r\nEND:VCARD\r\n"),
            ("fa/legal/", ""),
            ("fa/org/jar/", "<p>03-5379-6001</p>"),
        ];
        let packed: Vec<Packed> =
            files.iter().map(|(address, text)| Packed { address, content_type: content_type(address), text }).collect();
        let read = read(&write(&packed));
        let expected: Vec<(String, String, String)> = files
            .iter()
            .map(|(address, text)| (address.to_string(), content_type(address).to_string(), text.to_string()))
            .collect();
        assert_eq!(read, expected);
        assert_eq!(read[1].1, "text/vcard; charset=utf-8");
        assert_eq!(read[0].1, "text/html; charset=utf-8");
        assert_eq!(content_type("data/hsds/fa/organizations.json"), "application/json; charset=utf-8");
        assert_eq!(content_type("data/hsds/services.csv"), "text/csv; charset=utf-8");
    }
}
