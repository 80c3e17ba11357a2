//! Every run of words in another script says its language: a build step over each page's body
//! that wraps such a run in `<span lang dir>`, so a screen reader or a voice reading aloud
//! reads it with the right sounds, and a browser draws it with the right letters. A Persian page
//! cites "Japan Association for Refugees"; an English one names 監理措置; a Japanese sentence
//! names "HSDS (Human Services Data Specification)". The components say the language of what
//! they know whole (a name in English, an address in Japanese); this catches the runs inside
//! sentences (a citation, a fallback, a term), by script ([`crate::script`]). What the islands
//! draw is theirs to mark: their text is left as it is, so hydration finds what it drew.

use crate::script::{Script, foreign, native, script};

/// What may stand between two Latin words of one run: ASCII, Latin-1's signs, typographic
/// dashes and quotes.
fn latin_between(c: char) -> bool {
    c.is_ascii() || ('\u{a0}'..='\u{bf}').contains(&c) || ('\u{2010}'..='\u{2027}').contains(&c)
}

/// A text (HTML-escaped, as it stands between tags) in a language, with its runs in another
/// script wrapped. In Japanese, a word of a few capitals ("JAR", "TAS"ビル) is Japanese writing.
pub fn mark_text(text: &str, context: &str) -> String {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = String::with_capacity(text.len());
    let mut done = 0; // byte offset copied so far
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        if c == '&' {
            // An entity is one neutral character.
            i += chars[i..].iter().position(|&(_, c)| c == ';').map_or(1, |n| n + 1);
            continue;
        }
        let Some(run) = script(c) else {
            i += 1;
            continue;
        };
        // The run: letters of this script, and what stands between them that is no letter.
        let mut end = i + 1;
        let mut last = i;
        while end < chars.len() {
            let c = chars[end].1;
            if c == '&' || c == '<' {
                break;
            }
            match script(c) {
                Some(s) if s == run => last = end,
                Some(_) => break,
                // Latin words run on over Latin punctuation only: "HSDS（Human" is two runs.
                None if run == Script::Latin && !latin_between(c) => break,
                None => {}
            }
            end += 1;
        }
        // Numbers at either end go with the words: "2-5-2 Nishi-Kanda", "from 11:00 to 16:00".
        let plain = |c: char| c.is_ascii() && !c.is_ascii_alphabetic() && c != '&' && c != '<' && c != ';';
        let mut first = i;
        let mut k = i;
        while k > 0 && chars[k - 1].0 >= done && plain(chars[k - 1].1) {
            k -= 1;
            if chars[k].1.is_ascii_digit() {
                first = k;
            }
        }
        let mut k = last;
        while k + 1 < chars.len() && plain(chars[k + 1].1) {
            k += 1;
            if chars[k].1.is_ascii_digit() {
                last = k;
            }
        }
        let start = chars[first].0;
        let stop = chars.get(last + 1).map_or(text.len(), |&(b, _)| b);
        let words = &text[start..stop];
        let japanese_capitals = native(context) == Script::Japanese
            && run == Script::Latin
            && words.len() <= 6
            && words.chars().all(|c| c.is_ascii_uppercase());
        if let Some(lang) = foreign(run, context).filter(|_| !japanese_capitals) {
            out.push_str(&text[done..start]);
            // Latin and Japanese runs both read left to right.
            let rtl = crate::i18n::language(context).is_some_and(|l| l.rtl);
            let dir = if rtl { " dir=\"ltr\"" } else { "" };
            out.push_str(&format!("<span lang=\"{lang}\"{dir}>{words}</span>"));
            done = stop;
        }
        i = last + 1;
    }
    out.push_str(&text[done..]);
    out
}

/// Elements whose contents are not text to mark.
const RAW: [&str; 4] = ["script", "style", "textarea", "template"];
const VOID: [&str; 8] = ["br", "input", "meta", "link", "img", "hr", "wbr", "source"];

/// One element open where the scan stands: its language, and whether its text is left alone
/// (an island's own, a script's).
struct Open {
    tag: String,
    lang: String,
    keep: bool,
}

/// The name of a tag and its `lang`, from its text (`<span lang="en" dir="auto">`).
fn tag_parts(tag: &str) -> (String, Option<String>) {
    let inner = tag.trim_start_matches('<').trim_end_matches('>').trim_end_matches('/');
    let name = inner.split(|c: char| c.is_whitespace()).next().unwrap_or_default().to_ascii_lowercase();
    let lang = inner.find(" lang=\"").map(|i| inner[i + 7..].split('"').next().unwrap_or_default().to_string());
    (name, lang)
}

/// The end of a tag that starts at `from` (its `>`, outside quotes).
fn tag_end(html: &str, from: usize) -> usize {
    let mut quote = None;
    for (i, c) in html[from..].char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return from + i,
            _ => {}
        }
    }
    html.len() - 1
}

/// A page's body as the components drew it, in `lang`, with every run in another script
/// marked ([`mark_text`]), outside the islands' own views.
pub fn mark(html: &str, lang: &str) -> String {
    let mut out = String::with_capacity(html.len() + html.len() / 8);
    let mut stack = vec![Open { tag: String::new(), lang: lang.to_string(), keep: false }];
    let mut at = 0;
    while at < html.len() {
        let Some(offset) = html[at..].find('<') else {
            let top = stack.last().expect("the page's own entry");
            out.push_str(&if top.keep { html[at..].to_string() } else { mark_text(&html[at..], &top.lang) });
            break;
        };
        let text = &html[at..at + offset];
        let top = stack.last().expect("the page's own entry");
        out.push_str(&if top.keep || text.is_empty() { text.to_string() } else { mark_text(text, &top.lang) });
        let start = at + offset;
        let end = tag_end(html, start);
        let tag = &html[start..=end];
        out.push_str(tag);
        at = end + 1;
        if tag.starts_with("<!") {
            continue;
        }
        let (name, tag_lang) = tag_parts(tag);
        if let Some(name) = name.strip_prefix('/') {
            if let Some(i) = stack.iter().rposition(|o| o.tag == name) {
                stack.truncate(i.max(1));
            }
            continue;
        }
        if VOID.contains(&name.as_str()) || tag.ends_with("/>") {
            continue;
        }
        let parent = stack.last().expect("the page's own entry");
        let keep = match name.as_str() {
            "leptos-island" => true,
            "leptos-children" => false,
            n if RAW.contains(&n) => true,
            _ => parent.keep,
        };
        if RAW.contains(&name.as_str()) {
            // Copied as it is, to its closing tag.
            let close = format!("</{name}");
            let stop = html[at..].find(&close).map_or(html.len(), |i| at + i);
            out.push_str(&html[at..stop]);
            at = stop;
        }
        stack.push(Open { tag: name, lang: tag_lang.unwrap_or_else(|| parent.lang.clone()), keep });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_english_in_persian_and_japanese_in_english() {
        assert_eq!(
            mark_text("افزوده از \u{2068}CANPAN FIELDS, “listing: 難民支援協会 (Japan)”\u{2069}.", "fa"),
            "افزوده از \u{2068}<span lang=\"en\" dir=\"ltr\">CANPAN FIELDS, “listing</span>: \
             <span lang=\"ja\" dir=\"ltr\">難民支援協会</span> (<span lang=\"en\" dir=\"ltr\">Japan</span>)”\u{2069}."
        );
        assert_eq!(
            mark_text("Supervision measures (監理措置)", "en"),
            "Supervision measures (<span lang=\"ja\">監理措置</span>)"
        );
        assert_eq!(mark_text("Tom &amp; Jerry", "en"), "Tom &amp; Jerry");
        assert_eq!(mark_text("نام &amp; Tom", "fa"), "نام &amp; <span lang=\"en\" dir=\"ltr\">Tom</span>");
    }

    #[test]
    fn leaves_capitals_in_japanese_and_kanji_in_chinese() {
        assert_eq!(mark_text("TASビル4階", "ja"), "TASビル4階");
        assert_eq!(mark_text("HSDS（Human Services）", "ja"), "HSDS（<span lang=\"en\">Human Services</span>）");
        assert_eq!(mark_text("难民 監理措置", "zh-Hans"), "难民 監理措置");
        assert_eq!(mark_text("ساعات 10:00–17:00", "fa"), "ساعات 10:00–17:00");
        assert_eq!(mark_text("2-5-2 Nishi-Kanda", "fa"), "<span lang=\"en\" dir=\"ltr\">2-5-2 Nishi-Kanda</span>");
        assert_eq!(mark_text("گفته: from 11 to 16:00.", "fa"), "گفته: <span lang=\"en\" dir=\"ltr\">from 11 to 16:00</span>.");
    }

    #[test]
    fn marks_text_between_tags_by_the_nearest_language_and_leaves_the_islands_alone() {
        let page = "<p>نام <span lang=\"en\">Japan Association</span> و JAR</p>\
                    <leptos-island data-component=\"X\"><b>Save JAR</b><leptos-children><i>Japan</i></leptos-children></leptos-island>\
                    <script>let a = \"x\";</script><br><textarea lang=\"en\">Please</textarea><!>Japan";
        assert_eq!(
            mark(page, "fa"),
            "<p>نام <span lang=\"en\">Japan Association</span> و <span lang=\"en\" dir=\"ltr\">JAR</span></p>\
             <leptos-island data-component=\"X\"><b>Save JAR</b><leptos-children><i><span lang=\"en\" dir=\"ltr\">Japan</span></i></leptos-children></leptos-island>\
             <script>let a = \"x\";</script><br><textarea lang=\"en\">Please</textarea><!><span lang=\"en\" dir=\"ltr\">Japan</span>"
        );
    }
}
