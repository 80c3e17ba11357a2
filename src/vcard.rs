//! An organisation as a contact card: vCard 4.0 (RFC 6350), written on the device from the
//! dataset, for "Save to contacts". Only what the dataset holds goes in: the name in English and
//! in Japanese, each phone typed (a fax as a fax), each checked email, each address in Japanese
//! and in English, the websites. An email the source cut short is left out, as it is never
//! linked.

use crate::model::{Address, Organization, PhoneKind, Taxonomy};
use crate::text::Text;

/// Whether a card would hold a way to reach the organisation: a phone, a checked email, an address.
pub fn has_a_way_to_reach(org: &Organization) -> bool {
    !org.phones.is_empty() || org.emails.iter().any(checked) || !org.addresses.is_empty()
}

/// An email the card holds: not one the source cut short.
fn checked(email: &crate::model::Email) -> bool {
    email.unverified.is_none()
}

/// The card's file name.
pub fn file_name(org: &Organization) -> String {
    format!("{}.vcf", org.id)
}

/// The card, lines ending in CRLF and folded at 75 octets. `note` is said on the card (where
/// it comes from, in the reader's language).
pub fn card(org: &Organization, taxonomy: &Taxonomy, note: &str) -> String {
    let mut lines: Vec<String> = vec!["BEGIN:VCARD".into(), "VERSION:4.0".into(), "KIND:org".into()];
    // The same name in two languages: one ALTID, so contacts apps show one of them.
    for property in ["FN", "ORG"] {
        lines.extend(in_languages(property, 1, &org.name));
    }
    if !org.alternate_name.is_empty() {
        lines.push(format!("NICKNAME:{}", escape(&org.alternate_name)));
    }
    for phone in &org.phones {
        let kind = match phone.kind {
            PhoneKind::Voice | PhoneKind::TollFree => "voice",
            PhoneKind::Fax => "fax",
        };
        lines.push(format!("TEL;TYPE={kind}:{}", escape(&phone.number)));
    }
    for email in org.emails.iter().filter(|e| checked(e)) {
        lines.push(format!("EMAIL:{}", escape(&email.address)));
    }
    for (i, address) in org.addresses.iter().enumerate() {
        let id = 2 + i;
        lines.push(format!("ADR;ALTID={id};LANGUAGE=ja:{}", adr(address, taxonomy, "ja")));
        lines.push(format!("ADR;ALTID={id};LANGUAGE=en:{}", adr(address, taxonomy, "en")));
    }
    for link in &org.links {
        if let Some(url) = crate::links::https_url(&link.url) {
            lines.push(format!("URL:{}", escape(url)));
        }
    }
    if !note.is_empty() {
        lines.push(format!("NOTE:{}", escape(note)));
    }
    lines.push(format!("UID:urn:michishirube:{}", escape(&org.id)));
    lines.push("END:VCARD".into());
    lines.iter().map(|l| fold(l)).collect()
}

/// A property in each of English and Japanese that the text holds (one ALTID, RFC 6350 §5.4);
/// a text with one of them is written once, without.
fn in_languages(property: &str, altid: usize, text: &Text) -> Vec<String> {
    let forms: Vec<(&str, &str)> = ["en", "ja"].into_iter().filter_map(|l| text.exactly(l).map(|t| (l, t))).collect();
    match forms.as_slice() {
        [(lang, one)] => vec![format!("{property};LANGUAGE={lang}:{}", escape(one))],
        _ => forms.iter().map(|(lang, t)| format!("{property};ALTID={altid};LANGUAGE={lang}:{}", escape(t))).collect(),
    }
}

/// An address's seven components (RFC 6350 §6.3.1): no post box or extended part; the street
/// with the building, the city, the prefecture, the postal code, the country (left out in
/// Japanese, as Japanese addresses leave it out).
fn adr(a: &Address, taxonomy: &Taxonomy, lang: &str) -> String {
    let prefecture = Taxonomy::name(&taxonomy.prefectures, &a.state_province, lang);
    let mut street = a.address_1.text(lang).to_string();
    if let Some(building) = &a.address_2 {
        street =
            if lang == "ja" { format!("{street} {}", building.text(lang)) } else { format!("{}, {street}", building.text(lang)) };
    }
    let country = if lang == "ja" { "" } else { "Japan" };
    ["", "", &street, a.city.text(lang), prefecture, &a.postal_code, country].map(escape).join(";")
}

/// Escapes a text value (RFC 6350 §3.4): backslash, comma, semicolon and newline.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// One content line, folded (RFC 6350 §3.2): no line longer than 75 octets, never splitting a
/// character; each continuation starts with a space. Ends in CRLF.
pub fn fold(line: &str) -> String {
    const LIMIT: usize = 75;
    let mut out = String::with_capacity(line.len() + line.len() / LIMIT * 3 + 2);
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > LIMIT {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Dataset;

    fn data() -> Dataset {
        serde_json::from_str(include_str!("../data/directory.json")).unwrap()
    }

    /// The card unfolded (RFC 6350 §3.2), one content line each.
    fn unfolded(card: &str) -> Vec<String> {
        card.replace("\r\n ", "").split("\r\n").filter(|l| !l.is_empty()).map(str::to_string).collect()
    }

    #[test]
    fn escapes_what_the_rfc_names() {
        assert_eq!(escape(r"a\b,c;d"), r"a\\b\,c\;d");
        assert_eq!(escape("one\ntwo\r\nthree"), r"one\ntwo\nthree");
        assert_eq!(escape("四谷1-7-10"), "四谷1-7-10");
    }

    #[test]
    fn folds_long_lines_at_75_octets_without_splitting_a_character() {
        let short = "FN:JAR";
        assert_eq!(fold(short), "FN:JAR\r\n");
        let long = format!("NOTE:{}", "あ".repeat(60));
        let folded = fold(&long);
        for line in folded.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        assert!(folded.split("\r\n").skip(1).filter(|l| !l.is_empty()).all(|l| l.starts_with(' ')));
        assert_eq!(folded.replace("\r\n ", "").trim_end(), long);
        let ascii = "x".repeat(150);
        assert_eq!(fold(&ascii), format!("{}\r\n {}\r\n {}\r\n", &ascii[..75], &ascii[75..149], &ascii[149..]));
    }

    #[test]
    fn writes_jars_card() {
        let data = data();
        let card = card(data.organization("jar").unwrap(), &data.taxonomy, "From Michishirube; check before you go.");
        assert!(card.starts_with("BEGIN:VCARD\r\nVERSION:4.0\r\n") && card.ends_with("END:VCARD\r\n"), "{card}");
        assert!(card.split("\r\n").all(|l| l.len() <= 75));
        let lines = unfolded(&card);
        let has = |line: &str| lines.iter().any(|l| l == line);
        assert!(has("FN;ALTID=1;LANGUAGE=en:Japan Association for Refugees"), "{lines:#?}");
        assert!(has("FN;ALTID=1;LANGUAGE=ja:難民支援協会"));
        assert!(has("TEL;TYPE=voice:03-5379-6001"));
        assert!(has("TEL;TYPE=voice:0120-477-472"));
        assert!(has("TEL;TYPE=fax:03-5379-6002"));
        // The address the source listed is out of date: the card holds the one that replaced it.
        assert!(has(r"ADR;ALTID=2;LANGUAGE=ja:;;西神田2-5-2 TASビル4階;千代田区;東京都;101-0065;"));
        assert!(has(r"ADR;ALTID=2;LANGUAGE=en:;;TAS Bldg. 4F\, 2-5-2 Nishi-Kanda;Chiyoda-ku;Tokyo;101-0065;Japan"));
        assert!(!lines.iter().any(|l| l.contains("Yotsuya") || l.contains("四谷")));
        assert!(has(r"NOTE:From Michishirube\; check before you go."));
        assert!(has("UID:urn:michishirube:jar"));
    }

    #[test]
    fn writes_one_name_where_the_dataset_has_one_and_leaves_out_a_cut_short_email() {
        let data = data();
        let mut brsa = data.organization("brsa").unwrap().clone();
        brsa.name = [("en", "BRSA")].into_iter().collect();
        let lines = unfolded(&card(&brsa, &data.taxonomy, ""));
        assert!(lines.contains(&"FN;LANGUAGE=en:BRSA".to_string()), "{lines:#?}");
        assert!(!lines.iter().any(|l| l.contains("LANGUAGE=ja:BRSA") || l.starts_with("NOTE")));
        assert!(lines.contains(&"EMAIL:ho-okawalawoffice@nifty.com".to_string()));
        let jlnr = unfolded(&card(data.organization("jlnr").unwrap(), &data.taxonomy, ""));
        assert!(!jlnr.iter().any(|l| l.starts_with("EMAIL")), "{jlnr:#?}");
        assert!(jlnr.contains(&"TEL;TYPE=fax:03-5312-4543".to_string()));
    }

    #[test]
    fn every_card_in_the_dataset_is_well_formed() {
        let data = data();
        for org in &data.organizations {
            let card = card(org, &data.taxonomy, "note, with; all\\ of it\nhere");
            for line in unfolded(&card) {
                let (name, _) = line.split_once(':').unwrap_or_else(|| panic!("{}: no colon in {line}", org.id));
                assert!(name.chars().all(|c| c.is_ascii_alphanumeric() || "-;=".contains(c)), "{}: {name}", org.id);
            }
            assert_eq!(file_name(org), format!("{}.vcf", org.id));
        }
    }
}
