//! The document around each page's body, from the `index.html` Trunk wrote: its `<head>` (the
//! stylesheet, the wasm and its glue under their hashed names and integrity hashes, the CSP),
//! with the page's own title, language, alternates and preloads added, and every address made
//! relative to the page.

/// The one script a page runs before its first paint, inline (a request of its own would delay
/// that paint), and allowed by its hash in the page's Content-Security-Policy. It marks the
/// document for the stylesheet: `js` where script runs, `embed` in a partner's frame
/// (`embed=1`), `no-saved` where the partner turned bookmarks off (`saved=0`). And it keeps
/// what must work from the first paint, before the wasm is in:
/// - **Leave quickly** (a click on `a.leave`, or Escape twice, not counting an Escape the page
///   used, as to close the filters): the neutral page, ours
///   (`notes.html`) or a partner's https page (`leave=`), replaces this one, so Back does not
///   return; Back to one of our pages that was left goes on to the neutral page again.
/// - **Discreet** (`input.discreet`, kept in localStorage): while on, the tab shows a neutral
///   title (`<html data-discreet>`, in the reader's language; the first `<title>` is the one
///   shown) and icon.
pub const PRE_PAINT: &str = include_str!("pre-paint.js");

/// `'sha256-…'` for a script, as a Content-Security-Policy names it.
fn csp_hash(script: &str) -> String {
    use base64::Engine;
    use sha2::Digest;
    format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(script)))
}

/// What the build's `index.html` gives every page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Template {
    /// The head's contents before the CSP (charset, viewport, …), the CSP itself, and the rest,
    /// without Trunk's title and inline loader. Addresses are relative to the site's root.
    before_csp: String,
    csp: String,
    after_csp: String,
    /// The wasm-bindgen glue and the wasm, as named in the site's root folder, and the glue's
    /// integrity hash (the page script preloads the glue with it once the page is drawn).
    pub glue: String,
    pub glue_integrity: String,
    pub wasm: String,
}

/// A failure to read the build's `index.html`.
#[derive(Debug)]
pub struct TemplateError(pub String);

/// The value of an attribute in a tag, quoted or not (Trunk's minifier unquotes some).
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let start = tag.find(&format!(" {name}="))? + name.len() + 2;
    let rest = &tag[start..];
    match rest.chars().next()? {
        quote @ ('"' | '\'') => rest[1..].split(quote).next(),
        _ => rest.split([' ', '>']).next().map(|v| v.trim_end_matches('/')),
    }
}

/// Every tag of a kind in a piece of HTML (`<link …>`).
fn tags<'a>(html: &'a str, name: &str) -> Vec<&'a str> {
    let open = format!("<{name} ");
    html.match_indices(&open).filter_map(|(i, _)| html[i..].find('>').map(|end| &html[i..=i + end])).collect()
}

/// Cuts the first `<name …>…</name>` element out of a piece of HTML.
fn cut(html: &mut String, name: &str) -> Option<String> {
    let start = html.find(&format!("<{name}"))?;
    let close = format!("</{name}>");
    let end = html[start..].find(&close)? + start + close.len();
    Some(html.drain(start..end).collect())
}

/// Prefixes every relative `href` and `src` in a piece of HTML with `root`.
fn relative_to(html: &str, root: &str) -> String {
    if root.is_empty() {
        return html.to_string();
    }
    let mut out = String::with_capacity(html.len() + 256);
    let mut rest = html;
    while let Some(i) = rest.find([' ', '\n']) {
        let (before, after) = rest.split_at(i + 1);
        out.push_str(before);
        rest = after;
        for name in ["href=", "src="] {
            if let Some(value) = rest.strip_prefix(name) {
                out.push_str(name);
                let (quote, value) = match value.chars().next() {
                    Some(q @ ('"' | '\'')) => (Some(q), &value[1..]),
                    _ => (None, value),
                };
                if let Some(q) = quote {
                    out.push(q);
                }
                let value = value.strip_prefix("./").unwrap_or(value);
                let end = match quote {
                    Some(q) => value.find(q),
                    None => value.find([' ', '>']),
                };
                let own = &value[..end.unwrap_or(value.len())];
                let absolute = own.starts_with(['/', '#']) || own.contains(':');
                if !absolute {
                    out.push_str(root);
                }
                rest = value;
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A piece of HTML without the tags `drop` picks.
fn without(html: &str, drop: impl Fn(&str) -> bool) -> String {
    html.split_inclusive('>').filter(|tag| !drop(tag)).collect()
}

impl Template {
    /// Reads the `index.html` Trunk wrote into the site's root folder.
    pub fn parse(index: &str) -> Result<Template, TemplateError> {
        let error = |what: &str| TemplateError(format!("index.html: {what}"));
        let head_start = index.find("<meta").ok_or_else(|| error("no <meta> in the head"))?;
        let head_end = index.find("</head>").or_else(|| index.find("<body")).ok_or_else(|| error("no </head>"))?;
        let mut head = index[head_start..head_end].to_string();
        cut(&mut head, "title");
        // Trunk's inline loader: public/islands.js starts the wasm instead.
        while head.contains("<script") {
            cut(&mut head, "script").ok_or_else(|| error("an unclosed <script>"))?;
        }
        let links = tags(&head, "link");
        let preload = links
            .iter()
            .find(|l| attribute(l, "rel") == Some("modulepreload"))
            .ok_or_else(|| error("no modulepreload link to the wasm-bindgen glue"))?;
        let glue = attribute(preload, "href").ok_or_else(|| error("no modulepreload link to the wasm-bindgen glue"))?;
        let glue_integrity = attribute(preload, "integrity").unwrap_or_default().to_string();
        let wasm = links
            .iter()
            .filter_map(|l| attribute(l, "href"))
            .find(|href| href.ends_with(".wasm"))
            .ok_or_else(|| error("no preload link to the wasm"))?;
        let (glue, wasm) = (glue.trim_start_matches("./").to_string(), wasm.trim_start_matches("./").to_string());
        let csp = tags(&head, "meta")
            .into_iter()
            .find(|m| m.contains("Content-Security-Policy"))
            .ok_or_else(|| error("no Content-Security-Policy"))?
            .to_string();
        let at = head.find(&csp).unwrap_or_default();
        let (before_csp, after_csp) = (head[..at].to_string(), head[at + csp.len()..].to_string());
        Ok(Template { before_csp, after_csp, csp, glue, glue_integrity, wasm })
    }

    /// A whole page around its body.
    pub fn page(&self, page: &Document, body: &str) -> String {
        let root = page.root;
        let mut html = String::with_capacity(body.len() + 4096);
        let dir = if page.rtl { "rtl" } else { "ltr" };
        html.push_str(&format!(
            "<!doctype html><html lang=\"{}\" dir=\"{dir}\" data-root=\"{root}\" data-discreet=\"{}\"><head>",
            page.lang, page.discreet
        ));
        html.push_str(&relative_to(&self.before_csp, root));
        if let Some(Scripts { site_root, .. }) = &page.scripts {
            let script = PRE_PAINT.trim_end();
            html.push_str(&self.csp.replacen("script-src 'self'", &format!("script-src 'self' {}", csp_hash(script)), 1));
            // Before the stylesheet, so they run at once: the layout, and at the site's root the
            // reader's language, are set before the first paint.
            html.push_str(&format!("<script>{script}</script>"));
            if let Some(file) = site_root {
                html.push_str(&format!("<script src=\"{root}{file}\"></script>"));
            }
        }
        // The glue and the wasm: the page script asks for them once the page is drawn.
        html.push_str(&without(&relative_to(&self.after_csp, root), |tag| {
            tag.contains("modulepreload") || tag.contains(".wasm")
        }));
        if let Some(Scripts { loader, .. }) = &page.scripts {
            html.push_str(&format!("<script type=\"module\" src=\"{root}{loader}\"></script>"));
        }
        html.push_str(&page.head);
        html.push_str("</head><body>");
        html.push_str(body);
        html.push_str("</body></html>");
        html
    }
}

/// One page's document, around its body.
pub struct Document<'a> {
    pub lang: &'a str,
    pub rtl: bool,
    /// From the page to the site's root folder.
    pub root: &'a str,
    /// The tab's neutral title in discreet mode (escaped for an attribute).
    pub discreet: &'a str,
    /// The title, alternates and preloads.
    pub head: String,
    /// None for a page with no script at all (the benchmark's static baseline).
    pub scripts: Option<Scripts>,
}

/// The files of a page's scripts, beside [`PRE_PAINT`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scripts {
    /// The page script, which starts the islands: `src/site/islands.js`.
    pub loader: String,
    /// On the site's root page, the script that sends old links and other languages' readers
    /// on before the first paint: `src/site/root.js`.
    pub site_root: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    // As Trunk's release build writes it: minified, some attributes unquoted.
    const TRUNK: &str = r#"<!doctype html><html lang=en dir=ltr><meta charset=utf-8><meta name=viewport content="width=device-width, initial-scale=1"><meta http-equiv=Content-Security-Policy content="default-src 'self'"><title>Michishirube</title><link href=./main-1.css integrity=sha384-a rel=stylesheet><link rel=manifest href=manifest.webmanifest><link rel=modulepreload href=./michishirube-2.js crossorigin integrity=sha384-b><link as=fetch crossorigin href=./michishirube-2_bg.wasm rel=preload type=application/wasm><script type=module>import init from './michishirube-2.js';</script><body></body></html>"#;

    #[test]
    fn reads_trunks_head_and_writes_each_page_relative_to_itself() {
        let template = Template::parse(TRUNK).unwrap();
        assert_eq!((template.glue.as_str(), template.wasm.as_str()), ("michishirube-2.js", "michishirube-2_bg.wasm"));
        let page = Document {
            lang: "fa",
            rtl: true,
            root: "../../",
            discreet: "Notes",
            head: "<title>T</title>".into(),
            scripts: Some(Scripts { loader: "islands-3.js".into(), site_root: None }),
        };
        let html = template.page(&page, "<main>hi</main>");
        assert!(
            html.starts_with(
                r#"<!doctype html><html lang="fa" dir="rtl" data-root="../../" data-discreet="Notes"><head><meta charset=utf-8>"#
            ),
            "{html}"
        );
        // The script before the first paint runs inline, allowed by its hash and nothing looser.
        let allowed = format!("default-src 'self'\"><script>{}</script>", PRE_PAINT.trim_end());
        assert!(html.contains(&allowed), "{html}");
        assert!(!html.contains("unsafe-inline") && html.matches("<script>").count() == 1);
        assert!(html.contains("href=../../main-1.css") && html.contains("href=../../manifest.webmanifest"), "{html}");
        // The glue and the wasm wait for the loader, off the first paint's path; Trunk's inline
        // loader is gone.
        assert!(!html.contains("_bg.wasm") && !html.contains("michishirube-2.js") && !html.contains("import init"), "{html}");
        assert_eq!(template.glue_integrity, "sha384-b");
        assert!(
            html.contains(
                r#"<script type="module" src="../../islands-3.js"></script><title>T</title></head><body><main>hi</main>"#
            )
        );
        assert_eq!(html.matches("<title>").count(), 1);
        let bare = template.page(&Document { scripts: None, ..page }, "");
        assert!(!bare.contains("<script") && !bare.contains(".wasm") && !bare.contains("modulepreload"), "{bare}");
        assert!(bare.contains("main-1.css"));
    }

    #[test]
    fn says_what_is_missing() {
        assert!(Template::parse("<html><body>").unwrap_err().0.contains("<meta"));
        let no_glue = TRUNK.replace("modulepreload", "preload");
        assert!(Template::parse(&no_glue).unwrap_err().0.contains("glue"));
    }
}
