//! Japanese phone numbers: reading the many ways the source writes them, and the E.164 form
//! that `tel:` links dial.

use crate::model::{Phone, PhoneKind};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PhoneError {
    /// Not a number written the Japanese way (national `0…`) or with Japan's code (`+81`, `81`).
    NotJapanese,
    /// The national significant number must have 9 or 10 digits.
    WrongLength(usize),
}

/// Reads a Japanese number as written in the source — `03 53 79 60 01`, `+81 36 38 30 688`,
/// `81 33 499 2011`, `+81 (0)4 58 69 07 18`, `03-3595-2487` — into E.164 (`+81…`).
pub fn to_e164(written: &str) -> Result<String, PhoneError> {
    let written = written.replace("(0)", "");
    let international = written.trim_start().starts_with('+');
    let digits: String = written.chars().filter(char::is_ascii_digit).collect();
    let significant = if international {
        digits.strip_prefix("81").ok_or(PhoneError::NotJapanese)?.trim_start_matches('0')
    } else if let Some(rest) = digits.strip_prefix('0') {
        rest
    } else if digits.len() >= 11 {
        digits.strip_prefix("81").ok_or(PhoneError::NotJapanese)?
    } else {
        return Err(PhoneError::NotJapanese);
    };
    match significant.len() {
        9 | 10 => Ok(format!("+81{significant}")),
        n => Err(PhoneError::WrongLength(n)),
    }
}

/// True for `+81` followed by a 9- or 10-digit national significant number.
pub fn is_japanese_e164(s: &str) -> bool {
    s.strip_prefix("+81")
        .is_some_and(|n| matches!(n.len(), 9 | 10) && n.bytes().all(|b| b.is_ascii_digit()) && !n.starts_with('0'))
}

/// The `tel:` link for a phone, or `None` for a fax (shown, never offered as a call) or a
/// malformed number.
pub fn tel_href(phone: &Phone) -> Option<String> {
    (phone.kind != PhoneKind::Fax && is_japanese_e164(&phone.e164)).then(|| format!("tel:{}", phone.e164))
}

/// The digits alone, for search: "03-5379-6001" → "0353796001".
pub fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

/// A number as a voice should read it: digit by digit, in the language's digits, with a pause
/// between the groups as written ("03-5379-6001" → "0 3, 5 3 7 9, 6 0 0 1"), so no voice
/// reads it as one large number. `intl` is the reader's locale.
pub fn spoken(written: &str, intl: &str) -> String {
    let groups: Vec<String> = written
        .split(|c: char| !c.is_ascii_digit())
        .filter(|g| !g.is_empty())
        .map(|g| g.chars().map(String::from).collect::<Vec<_>>().join(" "))
        .collect();
    crate::i18n::native_digits(intl, &groups.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_way_the_source_writes_numbers() {
        let cases = [
            ("+81 36 38 30 688", "+81363830688"),
            ("03 53 79 60 01", "+81353796001"),
            ("01 20 47 74 72", "+81120477472"),
            ("81 33 499 2011", "+81334992011"),
            ("81 35 31 24 826", "+81353124826"),
            ("03-3595-2487", "+81335952487"),
            ("+81-3-3438-1311", "+81334381311"),
            ("+81 (0)4 58 69 07 18", "+81458690718"),
            ("+81 090 1234 5678", "+819012345678"),
        ];
        for (written, e164) in cases {
            assert_eq!(to_e164(written).as_deref(), Ok(e164), "{written}");
        }
    }

    #[test]
    fn refuses_what_is_not_a_japanese_number() {
        assert_eq!(to_e164("+44 20 7946 0958"), Err(PhoneError::NotJapanese));
        assert_eq!(to_e164("12345"), Err(PhoneError::NotJapanese));
        assert_eq!(to_e164("03-1234"), Err(PhoneError::WrongLength(5)));
        assert_eq!(to_e164(""), Err(PhoneError::NotJapanese));
    }

    #[test]
    fn checks_the_e164_form() {
        assert!(is_japanese_e164("+81353796001"));
        assert!(is_japanese_e164("+819012345678"));
        assert!(!is_japanese_e164("+810353796001"));
        assert!(!is_japanese_e164("+8135379600"));
        assert!(!is_japanese_e164("0353796001"));
        assert!(!is_japanese_e164("+81 3 5379 6001"));
    }

    #[test]
    fn offers_calls_but_never_to_a_fax() {
        let phone = |kind| Phone { number: "03-5379-6001".into(), e164: "+81353796001".into(), kind, description: None };
        assert_eq!(tel_href(&phone(PhoneKind::Voice)).as_deref(), Some("tel:+81353796001"));
        assert_eq!(tel_href(&phone(PhoneKind::TollFree)).as_deref(), Some("tel:+81353796001"));
        assert_eq!(tel_href(&phone(PhoneKind::Fax)), None);
        let broken = Phone { e164: "javascript:alert(1)".into(), ..phone(PhoneKind::Voice) };
        assert_eq!(tel_href(&broken), None);
    }

    #[test]
    fn a_number_is_spoken_digit_by_digit_in_the_readers_digits() {
        assert_eq!(spoken("03-5379-6001", "en"), "0 3, 5 3 7 9, 6 0 0 1");
        assert_eq!(spoken("0120-477-472", "fa"), "۰ ۱ ۲ ۰, ۴ ۷ ۷, ۴ ۷ ۲");
        assert_eq!(spoken("+81 3 3499 2011", "ja"), "8 1, 3, 3 4 9 9, 2 0 1 1");
        assert_eq!(spoken("", "en"), "");
    }
}
