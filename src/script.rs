//! Which script a text is written in, and so which language a run of it is in when it stands on
//! a page of another: Latin letters are English, kanji and kana Japanese, the only languages the
//! dataset and its sources are written in besides the interface's own. The build marks such runs
//! in the static pages (`site::runs`); the search marks the names it draws beyond them.

/// The scripts the pages mix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Script {
    Latin,
    Japanese,
    Arabic,
    /// A script none of the mixed runs is in (Myanmar, Tamil, …): only ever the page's own.
    Other,
}

/// A letter's script; `None` for what is no letter (digits, punctuation, spaces, signs). By
/// code ranges, not Unicode's letter tables, which would cost the browser's module kilobytes.
pub fn script(c: char) -> Option<Script> {
    Some(match c as u32 {
        0x41..=0x5A | 0x61..=0x7A | 0xC0..=0xD6 | 0xD8..=0xF6 | 0xF8..=0x24F | 0x1E00..=0x1EFF => Script::Latin,
        0x3005
        | 0x3041..=0x3096
        | 0x309D..=0x309F
        | 0x30A1..=0x30FA
        | 0x30FC..=0x30FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xF900..=0xFAFF
        | 0xFF66..=0xFF9F => Script::Japanese,
        0x0621..=0x064A | 0x066E..=0x06D3 | 0x06FA..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
            Script::Arabic
        }
        // ASCII and Latin-1's signs, combining marks, Arabic's digits, marks and signs, general
        // punctuation, currency and other symbols, CJK punctuation, fullwidth forms.
        0..=0xBF
        | 0xD7
        | 0xF7
        | 0x0300..=0x036F
        | 0x0600..=0x06FF
        | 0x2000..=0x2BFF
        | 0x3000..=0x303F
        | 0x3099..=0x309C
        | 0x30FB
        | 0xFE00..=0xFE0F
        | 0xFF00..=0xFF65 => return None,
        _ => Script::Other,
    })
}

/// The script a language is written in (Chinese counts as Japanese's: kanji on a Chinese page
/// are its own).
pub fn native(lang: &str) -> Script {
    match lang.split('-').next().unwrap_or_default() {
        "en" | "tr" | "kmr" | "fr" | "vi" | "tl" | "es" => Script::Latin,
        "ja" | "zh" => Script::Japanese,
        "fa" | "ar" | "ur" => Script::Arabic,
        _ => Script::Other,
    }
}

/// The language of a run in a script on a page in `context`, when that script is foreign there.
pub fn foreign(run: Script, context: &str) -> Option<&'static str> {
    match run {
        Script::Latin => Some("en"),
        Script::Japanese => Some("ja"),
        Script::Arabic | Script::Other => None,
    }
    .filter(|_| native(context) != run)
}

/// The language of a name shown on a page in `context`, when its letters are of a foreign
/// script (its first letter decides: a name is in one language).
pub fn language_of(text: &str, context: &str) -> Option<&'static str> {
    text.chars().find_map(script).and_then(|run| foreign(run, context))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_a_foreign_name_by_its_letters() {
        assert_eq!(language_of("Japan Association for Refugees", "fa"), Some("en"));
        assert_eq!(language_of("難民支援協会", "en"), Some("ja"));
        assert_eq!(language_of("難民支援協会", "zh-Hans"), None);
        assert_eq!(language_of("Forum for Refugees Japan", "fr"), None);
        assert_eq!(language_of("کانون وکلا", "fa"), None);
        assert_eq!(language_of("123", "fa"), None);
        assert_eq!(language_of("«Tom»", "fa"), Some("en"));
        assert_eq!(language_of("ビル", "en"), Some("ja"));
        assert_eq!(language_of("پناهجو", "en"), None);
        assert_eq!(script('\u{200c}'), None);
        assert_eq!(script('پ'), Some(Script::Arabic));
        assert_eq!(script('ー'), Some(Script::Japanese));
        assert_eq!(script('・'), None);
        assert_eq!(script('ệ'), Some(Script::Latin));
        assert_eq!(script('က'), Some(Script::Other));
    }
}
