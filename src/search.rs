//! Free-text search for how people ask. Text is folded (width, case, kana); common words ("I",
//! "need", "for") are dropped; each remaining word matches a record by its text, by a typo of
//! one or two letters in alphabetic scripts, or through the dataset's vocabulary of everyday
//! words ("visa" → legal advice). Records matching every word come first, then those matching
//! most, names before other text. Records are folded once into a [`SearchIndex`]; each
//! keystroke folds only the query, and compares it with the index's distinct words.

use std::collections::HashMap;

use crate::model::{Dataset, LegalInfo, Organization, Situation, Taxonomy, Term};
use crate::phone;
use crate::text::Text;

/// Unicode NFKC (full-width "ＪＡＲ" → "JAR", half-width "ｶﾀｶﾅ" → "カタカナ"), lower case, then
/// NFKC again (lower-casing can leave combining marks out of order: "İ̖"). The browser's own
/// `normalize` and `toLowerCase` cost the app nothing (Rust's case tables add 12 KB to the wasm);
/// native builds (tests) use a crate and std.
#[cfg(target_arch = "wasm32")]
fn nfkc_lower(s: &str) -> String {
    js_sys::JsString::from(s).normalize("NFKC").to_lower_case().normalize("NFKC").into()
}

#[cfg(not(target_arch = "wasm32"))]
fn nfkc_lower(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    s.nfkc().collect::<String>().to_lowercase().nfkc().collect()
}

/// Folds text for matching: NFKC, lower case, katakana as hiragana, apostrophes as spaces
/// ("d'un avocat" is two words and a word), runs of space as one.
pub fn fold(s: &str) -> String {
    let folded: String = nfkc_lower(s)
        .chars()
        .map(|c| match c {
            // Katakana ァ..ヶ sit exactly 0x60 above their hiragana.
            'ァ'..='ヶ' => char::from_u32(c as u32 - 0x60).unwrap_or(c),
            c if c.is_whitespace() || c == '\'' || c == '’' => ' ',
            c => c,
        })
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Letters of the scripts written with spaces, where a typo is a letter or two: Latin, Greek,
/// Cyrillic, Arabic (with Persian and Urdu). Japanese, Burmese and the others are matched as
/// written (kana already fold together).
fn alphabetic(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || matches!(c as u32, 0xC0..=0x24F | 0x370..=0x52F | 0x600..=0x6FF | 0x750..=0x77F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

/// How many edits a word may be off by: none below 4 letters, one up to 7, two from 8.
pub fn allowed_edits(word: &str) -> usize {
    if !word.chars().all(alphabetic) || word.chars().all(|c| c.is_ascii_digit()) {
        return 0;
    }
    match word.chars().count() {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// The longest word typos are looked for in.
const LONGEST: usize = 24;

/// The fewest edits (a letter inserted, deleted or changed, or two neighbours swapped) that
/// turn `word` into the start of `token`, if that is at most `max`.
pub fn prefix_distance(word: &[char], token: &[char], max: usize) -> Option<usize> {
    let n = word.len();
    if n == 0 || n > LONGEST || token.len() + max < n {
        return None;
    }
    // A cheap first look: an edit or two cannot move both first letters.
    let first = |a: &[char], b: &[char]| b.first().is_some_and(|c| a.iter().take(2).any(|x| x == c));
    if !(first(word, token) || first(token, word) || (n > 1 && token.get(1) == word.get(1))) {
        return None;
    }
    // Rows over the token's letters, columns over the word's; `before` is two rows back (swaps).
    let (mut before, mut last, mut row) = ([0usize; LONGEST + 1], [0usize; LONGEST + 1], [0usize; LONGEST + 1]);
    for (j, cell) in last.iter_mut().enumerate().take(n + 1) {
        *cell = j;
    }
    let mut best = n;
    for (i, &t) in token.iter().enumerate() {
        row[0] = i + 1;
        for (j, &w) in word.iter().enumerate() {
            let mut cost = (last[j] + usize::from(t != w)).min(last[j + 1] + 1).min(row[j] + 1);
            if i > 0 && j > 0 && t == word[j - 1] && token[i - 1] == w {
                cost = cost.min(before[j - 1] + 1);
            }
            row[j + 1] = cost;
        }
        best = best.min(row[n]);
        // Past this, every cell only grows: no longer start of the token can come closer.
        if row[..=n].iter().all(|&c| c > max) {
            break;
        }
        (before, last) = (last, row);
    }
    (best <= max).then_some(best)
}

/// The words of folded text in alphabetic scripts, which the index holds (numbers are
/// searched as written, like Japanese).
fn tokens(folded: &str) -> impl Iterator<Item = &str> {
    folded.split(|c: char| !alphabetic(c)).filter(|t| !t.is_empty() && !t.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether a query word is looked up in the index (a word of an alphabetic script), rather than
/// searched for in the text as written.
fn indexed(word: &str) -> bool {
    word.chars().all(alphabetic) && !word.bytes().all(|b| b.is_ascii_digit())
}

/// The folded text of one record: its names, everything else searchable, and the vocabulary
/// senses it answers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Haystack {
    name: String,
    rest: String,
    senses: Vec<u16>,
}

/// The names, in every language, of the taxonomy terms with these ids.
fn term_names<'a>(terms: &'a [Term], ids: impl Iterator<Item = &'a str>) -> impl Iterator<Item = &'a str> {
    ids.filter_map(|id| terms.iter().find(|t| t.id == id)).flat_map(|t| t.name.all())
}

/// Joins parts with a separator no query word can span, and folds them all at once (one call
/// to the browser's normalizer per record, not one per field).
fn join<'a>(parts: impl IntoIterator<Item = &'a str>) -> String {
    fold(&parts.into_iter().collect::<Vec<_>>().join("\u{1f}"))
}

impl Haystack {
    /// A record's text as [`Haystack::parts`] gave it (the compact index holds it so).
    pub fn from_parts(name: String, rest: String, senses: Vec<u16>) -> Haystack {
        Haystack { name, rest, senses }
    }

    /// Its folded names, its other folded text, and the senses it answers.
    pub fn parts(&self) -> (&str, &str, &[u16]) {
        (&self.name, &self.rest, &self.senses)
    }

    /// Whether a search can find `text` in the record as written (folded as a query is).
    pub fn holds(&self, text: &str) -> bool {
        let text = fold(text);
        self.name.contains(&text) || self.rest.contains(&text)
    }

    /// Name, short name, description, services, area and contact details of an organisation.
    pub fn organization(org: &Organization, taxonomy: &Taxonomy) -> Haystack {
        let t = taxonomy;
        let phone_digits: Vec<String> = org.phones.iter().map(|p| phone::digits(&p.number)).collect();
        let rest = org
            .summary
            .all()
            .chain(org.description.all())
            .chain(term_names(&t.services, org.services.iter().map(String::as_str)))
            .chain(term_names(&t.categories, org.categories.iter().map(String::as_str)))
            .chain(term_names(&t.languages, org.languages.iter().map(String::as_str)))
            .chain(term_names(&t.prefectures, org.prefectures()))
            .chain(org.addresses.iter().flat_map(|a| {
                std::iter::once(a.postal_code.as_str())
                    .chain(a.city.all())
                    .chain(a.address_1.all())
                    .chain(a.address_2.iter().flat_map(Text::all))
            }))
            .chain(org.locations.iter().flat_map(|p| p.city.all()))
            .chain(org.phones.iter().flat_map(|p| [p.number.as_str(), p.e164.as_str()]))
            .chain(phone_digits.iter().map(String::as_str))
            .chain(org.emails.iter().map(|e| e.address.as_str()))
            .chain(org.contacts.iter().flat_map(|c| {
                std::iter::once(c.name.as_str()).chain(c.email.as_deref()).chain(c.title.iter().flat_map(Text::all))
            }));
        Haystack { name: join(org.name.all().chain([org.alternate_name.as_str()])), rest: join(rest), ..Haystack::default() }
    }

    /// Title, summary and steps of a guide, and the Japanese words it gives.
    pub fn situation(guide: &Situation) -> Haystack {
        let rest = guide
            .summary
            .all()
            .chain(guide.steps.iter().flat_map(|s| s.text.all()))
            .chain(guide.phrases.iter().flat_map(|p| std::iter::once(p.ja.as_str()).chain(p.meaning.all())));
        Haystack { name: join(guide.title.all()), rest: join(rest), ..Haystack::default() }
    }

    /// Title, summary, body and statements of a legal card.
    pub fn legal(card: &LegalInfo) -> Haystack {
        let rest = card.summary.all().chain(card.body.all()).chain(card.statements.iter().flat_map(|s| s.text.all()));
        Haystack { name: join(card.title.all()), rest: join(rest), ..Haystack::default() }
    }
}

/// How a query word matched a record, strongest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Match {
    Name,
    /// A word of the name, but for a typo.
    NameTypo,
    Text,
    /// Through the vocabulary: the sense (its position in the dataset's vocabulary).
    Sense(u16),
    Typo,
}

/// Records as bits, two per record: its other text (2 × record), its name (2 × record + 1).
type Places = Vec<u64>;

fn has(places: &Places, record: usize, name: bool) -> bool {
    let bit = 2 * record + usize::from(name);
    places.get(bit / 64).is_some_and(|bits| bits >> (bit % 64) & 1 == 1)
}

/// A word of the query: as typed (folded); for a word of an alphabetic script, the records
/// holding it (as a word, or the start of one; a word under three letters only whole: "no" is
/// not "not") and those holding a word within its allowed edits; and the senses it means.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Word {
    text: String,
    indexed: bool,
    exact: Places,
    typos: Places,
    senses: Vec<u16>,
}

impl Word {
    /// Whether the word is in a record's name (or else its other text) as typed.
    fn in_record(&self, h: &Haystack, record: usize, name: bool) -> bool {
        if self.indexed {
            has(&self.exact, record, name)
        } else {
            // Japanese, numbers and the like: anywhere, as written ("入管法", "160-0004").
            (if name { &h.name } else { &h.rest }).contains(self.text.as_str())
        }
    }
}

/// A query: its meaningful words (common words dropped, unless it has nothing else).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    words: Vec<Word>,
}

impl Query {
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// How many words count.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// The folded words that count.
    pub fn words(&self) -> impl Iterator<Item = &str> {
        self.words.iter().map(|w| w.text.as_str())
    }
}

/// One record found: its position, how many of the query's words it matched, and how each did
/// (`None` for a word it does not match).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    pub index: usize,
    pub matched: usize,
    pub how: Vec<Option<Match>>,
    /// Its place in the order of hits, counted once (the sort compares it many times).
    key: (std::cmp::Reverse<usize>, std::cmp::Reverse<usize>, usize, usize),
}

impl Hit {
    /// A hit, placed in the order of hits: more words matched, then more by name, then fewer by
    /// typo, then the dataset's order.
    fn new(index: usize, how: Vec<Option<Match>>) -> Hit {
        let count = |of: &[Match]| how.iter().filter(|h| h.is_some_and(|m| of.contains(&m))).count();
        let matched = how.iter().filter(|m| m.is_some()).count();
        let (names, typos) = (count(&[Match::Name, Match::NameTypo]), count(&[Match::NameTypo, Match::Typo]));
        Hit { index, matched, how, key: (std::cmp::Reverse(matched), std::cmp::Reverse(names), typos, index) }
    }
}

/// The vocabulary's words, folded, each with the senses it means; phrases (their words) are
/// matched in the query as a whole; and the common words a query drops.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Lexicon {
    pub words: HashMap<String, Vec<u16>>,
    pub phrases: Vec<(Vec<String>, u16)>,
    pub stopwords: Vec<String>,
}

impl Lexicon {
    /// The dataset's vocabulary and common words, in the languages its texts are in.
    fn of(data: &Dataset) -> Lexicon {
        let mut lexicon = Lexicon {
            stopwords: data.stopwords.all().flat_map(|s| fold(s).split(' ').map(str::to_string).collect::<Vec<_>>()).collect(),
            ..Lexicon::default()
        };
        for (i, sense) in data.vocabulary.iter().enumerate() {
            for entry in sense.words.all().flat_map(|w| w.split(',')) {
                let folded = fold(entry);
                let parts: Vec<String> = folded.split(' ').filter(|p| !p.is_empty()).map(str::to_string).collect();
                match parts.len() {
                    0 => {}
                    1 => lexicon.words.entry(folded).or_default().push(i as u16),
                    _ => lexicon.phrases.push((parts, i as u16)),
                }
            }
        }
        lexicon
    }
}

/// Everything searchable in a dataset, folded once on load.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchIndex {
    pub organizations: Vec<Haystack>,
    pub legal: Vec<Haystack>,
    pub situations: Vec<Haystack>,
    /// Every distinct word of the records, as letters, for typos, and the records holding each
    /// (organisations by position, then legal cards, then guides after them).
    dictionary: Vec<Vec<char>>,
    postings: Vec<Vec<u32>>,
    lexicon: Lexicon,
}

impl SearchIndex {
    pub fn new(data: &Dataset) -> SearchIndex {
        let mut organizations: Vec<Haystack> =
            data.organizations.iter().map(|o| Haystack::organization(o, &data.taxonomy)).collect();
        let mut legal: Vec<Haystack> = data.legal_info.iter().map(Haystack::legal).collect();
        let mut situations: Vec<Haystack> = data.situations.iter().map(Haystack::situation).collect();
        for (i, sense) in data.vocabulary.iter().enumerate() {
            let i = i as u16;
            for (org, h) in data.organizations.iter().zip(organizations.iter_mut()) {
                let has = |ids: &[String], of: &[String]| ids.iter().any(|id| of.contains(id));
                if has(&sense.services, &org.services) || has(&sense.categories, &org.categories) {
                    h.senses.push(i);
                }
            }
            for (card, h) in data.legal_info.iter().zip(legal.iter_mut()) {
                if sense.legal_info.contains(&card.id) {
                    h.senses.push(i);
                }
            }
            for (guide, h) in data.situations.iter().zip(situations.iter_mut()) {
                if sense.situations.contains(&guide.id) {
                    h.senses.push(i);
                }
            }
        }
        SearchIndex::from_parts(organizations, legal, situations, Lexicon::of(data))
    }

    /// The index of records already folded (as the compact index holds them): their distinct
    /// words, and which records hold each.
    pub fn from_parts(
        organizations: Vec<Haystack>,
        legal: Vec<Haystack>,
        situations: Vec<Haystack>,
        lexicon: Lexicon,
    ) -> SearchIndex {
        let mut ids: HashMap<&str, usize> = HashMap::new();
        let mut dictionary: Vec<Vec<char>> = Vec::new();
        let mut postings: Vec<Vec<u32>> = Vec::new();
        for (record, h) in organizations.iter().chain(legal.iter()).chain(situations.iter()).enumerate() {
            let places = tokens(&h.name).map(|t| (t, 1)).chain(tokens(&h.rest).map(|t| (t, 0)));
            for (t, in_name) in places {
                let id = *ids.entry(t).or_insert_with(|| {
                    dictionary.push(t.chars().collect());
                    postings.push(Vec::new());
                    dictionary.len() - 1
                });
                // A bit per record and place: 2 × record, + 1 for its name. Records come in
                // order, so a repeat is among the last two entries.
                let bit = (2 * record + in_name) as u32;
                if !postings[id].iter().rev().take(2).any(|&b| b == bit) {
                    postings[id].push(bit);
                }
            }
        }
        drop(ids);
        SearchIndex { organizations, legal, situations, dictionary, postings, lexicon }
    }

    /// What [`SearchIndex::from_parts`] was given.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Reads what a person typed: its words, less the common ones (unless nothing else is
    /// left), each with the dictionary words a typo of it could be, and the senses it means.
    pub fn query(&self, text: &str) -> Query {
        self.query_with(text, 0)
    }

    /// [`SearchIndex::query`], allowing `more` edits per word: the closest matches, when
    /// nothing matches.
    fn query_with(&self, text: &str, more: usize) -> Query {
        let folded = fold(text);
        let all: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
        let lexicon = &self.lexicon;
        let kept: Vec<usize> = {
            let meaningful: Vec<usize> = (0..all.len()).filter(|&i| !lexicon.stopwords.iter().any(|s| s == all[i])).collect();
            if meaningful.is_empty() { (0..all.len()).collect() } else { meaningful }
        };
        let mut words: Vec<Word> = kept.iter().map(|&i| self.word(all[i], more)).collect();
        // A phrase ("work permit") means its sense for each of its words.
        for (phrase, sense) in &lexicon.phrases {
            for start in (0..all.len()).filter(|&s| all[s..].starts_with(&phrase.iter().map(String::as_str).collect::<Vec<_>>()))
            {
                for (k, &i) in kept.iter().enumerate() {
                    if (start..start + phrase.len()).contains(&i) && !words[k].senses.contains(sense) {
                        words[k].senses.push(*sense);
                    }
                }
            }
        }
        Query { words }
    }

    fn word(&self, text: &str, more: usize) -> Word {
        let lexicon = &self.lexicon;
        let edits = allowed_edits(text);
        let edits = if edits == 0 && more > 0 && text.chars().count() >= 3 && text.chars().all(alphabetic) {
            more
        } else {
            edits + more.min(edits)
        };
        let letters: Vec<char> = text.chars().collect();
        let indexed = indexed(text);
        let (mut exact, mut typos) = (Vec::new(), Vec::new());
        if indexed {
            let size = (2 * (self.organizations.len() + self.legal.len() + self.situations.len())).div_ceil(64);
            let whole = letters.len() < 3;
            exact = vec![0u64; size];
            if edits > 0 {
                typos = vec![0u64; size];
            }
            let set = |places: &mut Places, records: &[u32]| {
                for &r in records {
                    places[r as usize / 64] |= 1 << (r % 64);
                }
            };
            for (token, records) in self.dictionary.iter().zip(&self.postings) {
                if (whole && *token == letters) || (!whole && token.starts_with(&letters)) {
                    set(&mut exact, records);
                } else if edits > 0 && token.len() >= 3 && prefix_distance(&letters, token, edits).is_some() {
                    set(&mut typos, records);
                }
            }
        }
        // A word means a sense if it is one of its words, or a typo of one, or (in scripts
        // without spaces) holds one: "弁護士が必要" holds 弁護士.
        let mut senses: Vec<u16> = Vec::new();
        for (word, of) in &lexicon.words {
            let means = word == text
                || (!text.chars().all(alphabetic) && word.chars().count() >= 2 && text.contains(word.as_str()))
                || (edits > 0 && {
                    let w: Vec<char> = word.chars().collect();
                    w.len() + edits >= letters.len()
                        && prefix_distance(&letters, &w, edits).is_some()
                        && letters.len() + edits >= w.len()
                });
            if means {
                senses.extend(of.iter().filter(|s| !senses.contains(s)).copied().collect::<Vec<_>>());
            }
        }
        Word { text: text.to_string(), indexed, exact, typos, senses }
    }

    /// The organisations that match at least one of the query's words, best first; `keep`
    /// filters positions before matching.
    pub fn organizations(&self, query: &Query, keep: impl Fn(usize) -> bool) -> Vec<Hit> {
        rank(&self.organizations, 0, query, keep)
    }

    /// The legal cards that match at least one of the query's words, best first.
    pub fn legal(&self, query: &Query) -> Vec<Hit> {
        rank(&self.legal, self.organizations.len(), query, |_| true)
    }

    /// The guides for situations that match at least one of the query's words, best first.
    pub fn situations(&self, query: &Query) -> Vec<Hit> {
        rank(&self.situations, self.organizations.len() + self.legal.len(), query, |_| true)
    }

    /// When nothing matches: the organisations closest to it, allowing a typo more, best first.
    pub fn closest(&self, text: &str, keep: impl Fn(usize) -> bool, how_many: usize) -> Vec<Hit> {
        let mut hits = self.organizations(&self.query_with(text, 1), keep);
        hits.truncate(how_many);
        hits
    }
}

/// The haystacks (numbered from `first` among all records) matching a word or more, best first.
fn rank(haystacks: &[Haystack], first: usize, query: &Query, keep: impl Fn(usize) -> bool) -> Vec<Hit> {
    let mut hits: Vec<Hit> = haystacks
        .iter()
        .enumerate()
        .filter(|&(i, _)| keep(i))
        .filter_map(|(index, h)| {
            // Most records match nothing: allocate how each word matched only for those that do.
            let mut how: Vec<Option<Match>> = Vec::new();
            for (k, w) in query.words.iter().enumerate() {
                if let Some(m) = matches(h, first + index, w) {
                    if how.is_empty() {
                        how = vec![None; query.words.len()];
                    }
                    how[k] = Some(m);
                }
            }
            // An empty query lists everything.
            (!how.is_empty() || query.is_empty()).then(|| Hit::new(index, how))
        })
        .collect();
    // Unstable is exact here (the position breaks ties) and generates less code than a stable sort.
    hits.sort_unstable_by_key(|h| h.key);
    hits
}

/// How one word matches one record (`record` among all), if it does.
fn matches(h: &Haystack, record: usize, w: &Word) -> Option<Match> {
    if w.in_record(h, record, true) {
        Some(Match::Name)
    } else if has(&w.typos, record, true) {
        Some(Match::NameTypo)
    } else if w.in_record(h, record, false) {
        Some(Match::Text)
    } else if let Some(&sense) = w.senses.iter().find(|s| h.senses.contains(s)) {
        Some(Match::Sense(sense))
    } else if has(&w.typos, record, false) {
        Some(Match::Typo)
    } else {
        None
    }
}
