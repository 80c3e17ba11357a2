//! What a person saved, and how it is stored: one versioned localStorage key holding a JSON
//! list. Each bookmark keeps the title it had when saved, so a record that later leaves the
//! dataset is still shown ("no longer listed") rather than silently dropped.

use serde::{Deserialize, Serialize};

/// The storage key; a new format gets a new key and a migration from this one.
pub const STORAGE_KEY: &str = "michishirube.bookmarks.v1";
/// Where an unreadable stored value is copied before anything overwrites it.
pub const BACKUP_KEY: &str = "michishirube.bookmarks.v1.unreadable";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Organization,
    Legal,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bookmark {
    pub kind: Kind,
    pub id: String,
    /// The title when saved, in the language then in use.
    pub title: String,
}

/// Stored as a JSON list of bookmarks (this `Serialize` is the format the app writes).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Bookmarks(pub Vec<Bookmark>);

/// The result of reading stored bookmarks.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Decoded {
    pub bookmarks: Bookmarks,
    /// Part or all of the stored value could not be read; it must be backed up, not overwritten.
    pub damaged: bool,
    /// Some entries were in an older shape; writing the bookmarks back upgrades them.
    pub migrated: bool,
}

/// The shapes entries have had: a bare organisation id (the first format), and an object, which
/// had no `kind` or `title` before legal cards and titles were saved.
#[derive(Deserialize)]
#[serde(untagged)]
enum Entry {
    Object { id: String, kind: Option<Kind>, title: Option<String> },
    Bare(String),
}

impl Bookmarks {
    /// Reads a stored value. Unreadable entries are skipped and reported, readable ones kept.
    pub fn decode(raw: Option<&str>) -> Decoded {
        let Some(raw) = raw else { return Decoded::default() };
        let Ok(values) = serde_json::from_str::<Vec<serde_json::Value>>(raw) else {
            return Decoded { damaged: true, ..Decoded::default() };
        };
        let mut decoded = Decoded::default();
        for value in values {
            let bookmark = serde_json::from_value::<Entry>(value).ok().map(|entry| {
                let (id, kind, title) = match entry {
                    Entry::Object { id, kind, title } => (id, kind, title),
                    Entry::Bare(id) => (id, None, None),
                };
                decoded.migrated |= kind.is_none() || title.is_none();
                Bookmark { kind: kind.unwrap_or(Kind::Organization), title: title.unwrap_or_else(|| id.clone()), id }
            });
            match bookmark {
                Some(b) if !b.id.is_empty() => {
                    if !decoded.bookmarks.contains(b.kind, &b.id) {
                        decoded.bookmarks.0.push(b);
                    }
                }
                _ => decoded.damaged = true,
            }
        }
        decoded
    }

    pub fn encode(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| "[]".to_string())
    }

    pub fn contains(&self, kind: Kind, id: &str) -> bool {
        self.0.iter().any(|b| b.kind == kind && b.id == id)
    }

    /// Saves the record if it was not saved, else removes it. Returns whether it is now saved.
    pub fn toggle(&mut self, kind: Kind, id: &str, title: &str) -> bool {
        if self.contains(kind, id) {
            self.remove(kind, id);
            false
        } else {
            self.0.push(Bookmark { kind, id: id.to_string(), title: title.to_string() });
            true
        }
    }

    pub fn remove(&mut self, kind: Kind, id: &str) {
        self.0.retain(|b| !(b.kind == kind && b.id == id));
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jar() -> Bookmark {
        Bookmark { kind: Kind::Organization, id: "jar".into(), title: "Japan Association for Refugees".into() }
    }

    #[test]
    fn round_trips_through_storage() {
        let mut b = Bookmarks::default();
        assert!(b.toggle(Kind::Organization, "jar", "Japan Association for Refugees"));
        assert!(b.toggle(Kind::Legal, "icrra", "ICRRA"));
        let raw = b.encode();
        assert_eq!(
            raw,
            r#"[{"kind":"organization","id":"jar","title":"Japan Association for Refugees"},{"kind":"legal","id":"icrra","title":"ICRRA"}]"#
        );
        assert_eq!(Bookmarks::decode(Some(&raw)), Decoded { bookmarks: b.clone(), damaged: false, migrated: false });
        assert!(!b.toggle(Kind::Organization, "jar", ""));
        assert_eq!(b.len(), 1);
        assert!(!b.contains(Kind::Organization, "jar"));
        assert!(b.contains(Kind::Legal, "icrra"));
    }

    #[test]
    fn nothing_stored_is_empty_and_undamaged() {
        assert_eq!(Bookmarks::decode(None), Decoded::default());
        assert_eq!(Bookmarks::decode(Some("[]")), Decoded::default());
    }

    #[test]
    fn a_corrupt_value_is_reported_not_silently_emptied() {
        for raw in ["{not json", "", "null", "{\"kind\":\"organization\"}", "42"] {
            let decoded = Bookmarks::decode(Some(raw));
            assert!(decoded.damaged, "{raw:?}");
            assert!(decoded.bookmarks.is_empty());
        }
    }

    #[test]
    fn keeps_the_readable_entries_of_a_damaged_list() {
        let raw = r#"[{"kind":"organization","id":"jar","title":"JAR"},{"kind":"spaceship","id":"x"},7,{"kind":"legal","id":"","title":""}]"#;
        let decoded = Bookmarks::decode(Some(raw));
        assert!(decoded.damaged);
        assert_eq!(decoded.bookmarks.0, vec![Bookmark { title: "JAR".into(), ..jar() }]);
    }

    #[test]
    fn drops_duplicates_without_calling_them_damage() {
        let raw = format!("[{0},{0}]", serde_json::to_string(&jar()).unwrap());
        assert_eq!(Bookmarks::decode(Some(&raw)), Decoded { bookmarks: Bookmarks(vec![jar()]), damaged: false, migrated: false });
    }

    #[test]
    fn upgrades_older_shapes_instead_of_wiping_them() {
        let raw = r#"["frj", {"id": "jar"}, {"id": "icrra", "kind": "legal"}, {"id": "brsa", "title": "BRSA"}]"#;
        let decoded = Bookmarks::decode(Some(raw));
        assert!(decoded.migrated && !decoded.damaged);
        let entries: Vec<(Kind, &str, &str)> =
            decoded.bookmarks.0.iter().map(|b| (b.kind, b.id.as_str(), b.title.as_str())).collect();
        assert_eq!(
            entries,
            [
                (Kind::Organization, "frj", "frj"),
                (Kind::Organization, "jar", "jar"),
                (Kind::Legal, "icrra", "icrra"),
                (Kind::Organization, "brsa", "BRSA")
            ]
        );
        let upgraded = Bookmarks::decode(Some(&decoded.bookmarks.encode()));
        assert!(!upgraded.migrated);
        assert_eq!(upgraded.bookmarks, decoded.bookmarks);
    }
}
