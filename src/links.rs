//! The only links the app builds from data: `https:`, `tel:` (see [`crate::phone`]) and
//! `mailto:`. Anything else in the data stays plain text.

/// The URL if it is a well-formed `https:` URL, else `None`.
pub fn https_url(url: &str) -> Option<&str> {
    let rest = url.strip_prefix("https://")?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host_ok = host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && host.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':'));
    let chars_ok = rest.chars().all(|c| c.is_ascii_graphic() && !matches!(c, '\\' | '"' | '<' | '>' | '`'));
    (host_ok && chars_ok).then_some(url)
}

/// True for a plain `local@domain.tld` address (no display names, comments or quoting).
pub fn is_email(address: &str) -> bool {
    let Some((local, domain)) = address.split_once('@') else { return false };
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local.chars().all(|c| c.is_ascii_alphanumeric() || "!#$%&'*+/=?^_{|}~.-".contains(c));
    let labels: Vec<&str> = domain.split('.').collect();
    let domain_ok = labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty() && !l.starts_with('-') && !l.ends_with('-') && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
        && labels.last().is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic()));
    local_ok && domain_ok
}

/// The `mailto:` link for an address, or `None` if it is not a plain address.
pub fn mailto(address: &str) -> Option<String> {
    is_email(address).then(|| format!("mailto:{address}"))
}

/// A `mailto:` link with a subject and a body (RFC 6068: percent-encoded, lines ending CRLF).
pub fn mailto_with(address: &str, subject: &str, body: &str) -> Option<String> {
    let body = body.replace("\r\n", "\n").replace('\n', "\r\n");
    mailto(address).map(|m| format!("{m}?subject={}&body={}", encode_component(subject), encode_component(&body)))
}

/// A hand-off to a maps app for an address. Nothing is contacted until the person taps it.
pub fn maps_url(address: &str) -> String {
    format!("https://www.google.com/maps/search/?api=1&query={}", encode_component(address))
}

/// Percent-encodes like JavaScript's `encodeURIComponent`.
pub fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_a_mail_with_its_subject_and_lines() {
        assert_eq!(
            mailto_with("fix@example.org", "A & B?", "one\ntwo = 2").as_deref(),
            Some("mailto:fix@example.org?subject=A%20%26%20B%3F&body=one%0D%0Atwo%20%3D%202")
        );
        assert_eq!(mailto_with("not an address", "x", "y"), None);
    }

    #[test]
    fn accepts_only_well_formed_https() {
        assert_eq!(https_url("https://www.refugee.or.jp/"), Some("https://www.refugee.or.jp/"));
        assert!(https_url("https://example.org/a?b=c#d").is_some());
        for bad in [
            "http://example.org/",
            "javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "HTTPS://example.org",
            "https://",
            "https://localhost/",
            "https://exa mple.org/",
            "https://example.org/\"onmouseover=\"x",
            " https://example.org/",
            "//example.org/",
        ] {
            assert_eq!(https_url(bad), None, "{bad}");
        }
    }

    #[test]
    fn tells_plain_addresses_from_everything_else() {
        for good in ["info@frj.or.jp", "ho-okawalawoffice@nifty.com", "a.b+c@stateless-network.com"] {
            assert!(is_email(good), "{good}");
            assert_eq!(mailto(good), Some(format!("mailto:{good}")));
        }
        for bad in [
            "",
            "info",
            "info@",
            "@frj.or.jp",
            "info@frj",
            "info@frj.or.",
            "a..b@frj.or.jp",
            "info@frj.or.jp?subject=x",
            "Info <info@frj.or.jp>",
            "info@-frj.or.jp",
            "javascript:alert(1)//@x.jp",
        ] {
            assert!(!is_email(bad), "{bad}");
            assert_eq!(mailto(bad), None);
        }
    }

    #[test]
    fn hands_an_address_to_maps_encoded() {
        assert_eq!(
            maps_url("1-7-10 Yotsuya, Tokyo 160-0004"),
            "https://www.google.com/maps/search/?api=1&query=1-7-10%20Yotsuya%2C%20Tokyo%20160-0004"
        );
        assert_eq!(encode_component("新宿&x"), "%E6%96%B0%E5%AE%BF%26x");
    }
}
