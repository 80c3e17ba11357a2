//! What a person saved, and how it is stored: one versioned localStorage key holding a JSON
//! list. Each bookmark keeps the title it had when saved, so a record that later leaves the
//! dataset is still shown ("no longer listed") rather than silently dropped.
//!
//! How they are kept ([`open`], [`change`]) is here too, over any [`Store`], so the rule that
//! loses nothing is tested natively: an unreadable stored value is overwritten only once its
//! backup has landed; when the device refuses (full, blocked), bookmarks live for the session.

use serde::{Deserialize, Serialize};

use crate::json::Json;
use crate::store::{Refusal, Store};

/// The storage key; a new format gets a new key and a migration from this one.
pub const STORAGE_KEY: &str = "michishirube.bookmarks.v1";
/// Where an unreadable stored value is copied before anything overwrites it.
pub const BACKUP_KEY: &str = "michishirube.bookmarks.v1.unreadable";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Organization,
    Legal,
    /// A guide for a situation.
    Situation,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bookmark {
    pub kind: Kind,
    pub id: String,
    /// The title when saved, in the language then in use.
    pub title: String,
}

/// Stored as a JSON list of bookmarks ([`Bookmarks::encode`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
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

impl Kind {
    /// How the stored format names it.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Organization => "organization",
            Kind::Legal => "legal",
            Kind::Situation => "situation",
        }
    }

    pub fn named(name: &str) -> Option<Kind> {
        [Kind::Organization, Kind::Legal, Kind::Situation].into_iter().find(|k| k.name() == name)
    }
}

/// An entry in any shape it has had: a bare organisation id (the first format), or an object,
/// which had no `kind` or `title` before legal cards and titles were saved (a missing or null
/// one is the older shape). Anything else cannot be read.
fn entry(value: &Json) -> Option<(String, Option<Kind>, Option<String>)> {
    let optional = |name: &str| match value.get(name) {
        None | Some(Json::Null) => Some(None),
        Some(Json::String(s)) => Some(Some(s.as_str())),
        Some(_) => None,
    };
    match value {
        Json::String(id) => Some((id.clone(), None, None)),
        Json::Object(_) => {
            let id = value.get("id")?.as_str()?.to_string();
            let kind = match optional("kind")? {
                Some(name) => Some(Kind::named(name)?),
                None => None,
            };
            Some((id, kind, optional("title")?.map(str::to_string)))
        }
        _ => None,
    }
}

impl Bookmarks {
    /// Reads a stored value. Unreadable entries are skipped and reported, readable ones kept.
    pub fn decode(raw: Option<&str>) -> Decoded {
        let Some(raw) = raw else { return Decoded::default() };
        let Some(Json::Array(values)) = Json::parse(raw) else {
            return Decoded { damaged: true, ..Decoded::default() };
        };
        let mut decoded = Decoded::default();
        for value in &values {
            let bookmark = entry(value).map(|(id, kind, title)| {
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

    /// The stored format: a JSON list of `{"kind", "id", "title"}`.
    pub fn encode(&self) -> String {
        let entries = self.0.iter().map(|b| {
            Json::Object(vec![
                ("kind".into(), b.kind.name().into()),
                ("id".into(), b.id.as_str().into()),
                ("title".into(), b.title.as_str().into()),
            ])
        });
        Json::Array(entries.collect()).write()
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

/// Where a device's bookmarks are kept: one state, not three flags.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Keeping {
    /// Not read yet: what the static page is drawn with.
    #[default]
    NotRead,
    /// Read from the device, and each change is written back.
    OnDevice,
    /// Only until the page closes, because the device refused.
    ThisSession(Refusal),
}

/// What reading the device gave.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opened {
    pub bookmarks: Bookmarks,
    pub keeping: Keeping,
    /// Some stored bookmarks could not be read; their value was backed up or left in place.
    pub damaged: bool,
}

/// Reads the stored bookmarks, backing up an unreadable value under a key of its own (named by
/// `now_ms`). `Err` when the store cannot be read; beside what was read, the refusal of a
/// backup, if one was needed and refused: the damaged value must then stay where it is.
fn read(store: &impl Store, now_ms: u64) -> Result<(Decoded, Option<Refusal>), Refusal> {
    let raw = store.get(STORAGE_KEY)?;
    let decoded = Bookmarks::decode(raw.as_deref());
    let refused = match (decoded.damaged, raw) {
        (true, Some(raw)) => store.set(&format!("{BACKUP_KEY}.{now_ms}"), &raw).err(),
        _ => None,
    };
    Ok((decoded, refused))
}

/// Reads the device's bookmarks (`None`: the browser offers no storage). A damaged value is
/// written over with what could be read, and an older shape upgraded, only once that is safe.
pub fn open(store: Option<&impl Store>, now_ms: u64) -> Opened {
    let (decoded, refused) = match store.map(|store| read(store, now_ms)) {
        Some(Ok(read)) => read,
        Some(Err(refusal)) => (Decoded::default(), Some(refusal)),
        None => (Decoded::default(), Some(Refusal::Blocked)),
    };
    let keeping = match (refused, store) {
        (Some(refusal), _) => Keeping::ThisSession(refusal),
        (None, Some(store)) if decoded.damaged || decoded.migrated => write(store, &decoded.bookmarks),
        (None, _) => Keeping::OnDevice,
    };
    Opened { bookmarks: decoded.bookmarks, keeping, damaged: decoded.damaged }
}

/// Applies a change. On the device, it is applied to what storage holds now (another tab may
/// have changed it) and written back; otherwise to `current`. Returns the bookmarks to show and
/// where they are kept from now on.
pub fn change(
    store: Option<&impl Store>,
    keeping: Keeping,
    current: &Bookmarks,
    now_ms: u64,
    apply: impl FnOnce(&mut Bookmarks),
) -> (Bookmarks, Keeping) {
    let on_device = store.filter(|_| keeping == Keeping::OnDevice);
    let (mut bookmarks, keeping) = match on_device.map(|store| read(store, now_ms)) {
        Some(Ok((decoded, None))) => (decoded.bookmarks, Keeping::OnDevice),
        Some(Ok((_, Some(refusal))) | Err(refusal)) => (current.clone(), Keeping::ThisSession(refusal)),
        None => (current.clone(), keeping),
    };
    apply(&mut bookmarks);
    let keeping = match on_device {
        Some(store) if keeping == Keeping::OnDevice => write(store, &bookmarks),
        _ => keeping,
    };
    (bookmarks, keeping)
}

/// Another tab's change: the stored bookmarks, if this device keeps them and they could be read
/// safely.
pub fn reread(store: Option<&impl Store>, keeping: Keeping, now_ms: u64) -> Option<Bookmarks> {
    let store = store.filter(|_| keeping == Keeping::OnDevice)?;
    match read(store, now_ms) {
        Ok((decoded, None)) => Some(decoded.bookmarks),
        _ => None,
    }
}

fn write(store: &impl Store, bookmarks: &Bookmarks) -> Keeping {
    match store.set(STORAGE_KEY, &bookmarks.encode()) {
        Ok(()) => Keeping::OnDevice,
        Err(refusal) => Keeping::ThisSession(refusal),
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

    /// localStorage in memory, refusing the writes `refuse` names.
    #[derive(Default)]
    struct Fake {
        items: std::cell::RefCell<std::collections::BTreeMap<String, String>>,
        refuse: Option<fn(&str) -> Option<Refusal>>,
    }

    impl Fake {
        fn holding(raw: &str) -> Fake {
            let fake = Fake::default();
            fake.items.borrow_mut().insert(STORAGE_KEY.into(), raw.into());
            fake
        }
        /// Full, as a device is when it has room for no new key (the backup) but does for a
        /// smaller value under an existing one.
        fn full_for_new_keys(self) -> Fake {
            Fake { refuse: Some(|key| (key != STORAGE_KEY).then_some(Refusal::Full)), ..self }
        }
        fn stored(&self) -> Option<String> {
            self.items.borrow().get(STORAGE_KEY).cloned()
        }
        fn backups(&self) -> Vec<String> {
            self.items.borrow().iter().filter(|(k, _)| k.starts_with(BACKUP_KEY)).map(|(_, v)| v.clone()).collect()
        }
    }

    impl Store for Fake {
        fn get(&self, key: &str) -> Result<Option<String>, Refusal> {
            Ok(self.items.borrow().get(key).cloned())
        }
        fn set(&self, key: &str, value: &str) -> Result<(), Refusal> {
            match self.refuse.and_then(|refuse| refuse(key)) {
                Some(refusal) => Err(refusal),
                None => {
                    self.items.borrow_mut().insert(key.into(), value.into());
                    Ok(())
                }
            }
        }
    }

    const DAMAGED: &str = r#"[{"kind":"organization","id":"jar","title":"JAR"},7]"#;

    #[test]
    fn a_damaged_value_whose_backup_is_refused_is_kept_and_never_written_over() {
        let device = Fake::holding(DAMAGED).full_for_new_keys();
        let opened = open(Some(&device), 1);
        assert_eq!(opened.keeping, Keeping::ThisSession(Refusal::Full));
        assert!(opened.damaged);
        assert_eq!(opened.bookmarks.0, vec![Bookmark { title: "JAR".into(), ..jar() }], "what could be read is shown");
        let (bookmarks, keeping) = change(Some(&device), opened.keeping, &opened.bookmarks, 2, |b| {
            b.toggle(Kind::Legal, "icrra", "ICRRA");
        });
        assert_eq!((bookmarks.len(), keeping), (2, Keeping::ThisSession(Refusal::Full)), "saved for the session");
        assert_eq!(device.stored().as_deref(), Some(DAMAGED));
        assert!(device.backups().is_empty());
    }

    #[test]
    fn a_damaged_value_is_written_over_once_its_backup_has_landed() {
        let device = Fake::holding(DAMAGED);
        let opened = open(Some(&device), 1);
        assert_eq!((opened.keeping, opened.damaged), (Keeping::OnDevice, true));
        assert_eq!(device.backups(), [DAMAGED]);
        assert_eq!(device.stored(), Some(opened.bookmarks.encode()));
        assert!(!Bookmarks::decode(device.stored().as_deref()).damaged);
    }

    #[test]
    fn an_older_shape_is_upgraded_on_the_device() {
        let device = Fake::holding(r#"["jar"]"#);
        let opened = open(Some(&device), 1);
        assert_eq!((opened.keeping, opened.damaged), (Keeping::OnDevice, false));
        assert_eq!(device.stored().as_deref(), Some(r#"[{"kind":"organization","id":"jar","title":"jar"}]"#));
    }

    #[test]
    fn without_storage_bookmarks_are_kept_for_the_session() {
        let opened = open(None::<&Fake>, 1);
        assert_eq!(opened.keeping, Keeping::ThisSession(Refusal::Blocked));
        let (bookmarks, keeping) = change(None::<&Fake>, opened.keeping, &opened.bookmarks, 2, |b| {
            b.toggle(Kind::Organization, "jar", "JAR");
        });
        assert_eq!((bookmarks.len(), keeping), (1, Keeping::ThisSession(Refusal::Blocked)));
    }

    #[test]
    fn a_change_applies_to_what_another_tab_stored() {
        let device = Fake::default();
        let opened = open(Some(&device), 1);
        device.set(STORAGE_KEY, &Bookmarks(vec![jar()]).encode()).unwrap();
        let (bookmarks, keeping) = change(Some(&device), opened.keeping, &opened.bookmarks, 2, |b| {
            b.toggle(Kind::Legal, "icrra", "ICRRA");
        });
        assert_eq!(keeping, Keeping::OnDevice);
        assert_eq!(device.stored(), Some(bookmarks.encode()));
        assert!(bookmarks.contains(Kind::Organization, "jar") && bookmarks.contains(Kind::Legal, "icrra"));
        assert_eq!(reread(Some(&device), keeping, 3), Some(bookmarks));
    }

    #[test]
    fn a_refused_write_keeps_the_change_for_the_session() {
        let device = Fake { refuse: Some(|_| Some(Refusal::Full)), ..Fake::default() };
        let opened = open(Some(&device), 1);
        assert_eq!(opened.keeping, Keeping::OnDevice, "nothing needed writing yet");
        let (bookmarks, keeping) = change(Some(&device), opened.keeping, &opened.bookmarks, 2, |b| {
            b.toggle(Kind::Organization, "jar", "JAR");
        });
        assert_eq!((bookmarks.len(), keeping), (1, Keeping::ThisSession(Refusal::Full)));
        assert_eq!(device.stored(), None);
        assert_eq!(reread(Some(&device), keeping, 3), None, "another tab's change is not followed off the device");
    }
}
