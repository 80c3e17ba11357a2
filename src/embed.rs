//! Embed mode: a partner's iframe shows the app compactly, in their colour, perhaps without
//! bookmarks. Its options come from URL parameters (the same names as `embed.js`'s `data-`
//! attributes); the app only ever *sends* one message to the partner page: its height.

use crate::route::param;

/// Visit-level parameters that keep embed mode across navigation inside the frame. `leave` is
/// the partner's https page for "Leave quickly" (read by `src/site/pre-paint.js`).
pub const PARAMS: [&str; 4] = ["embed", "accent", "saved", "leave"];

/// The one message the app posts to its parent, `{type, version, height}`.
pub const RESIZE_TYPE: &str = "michishirube:resize";
pub const MESSAGE_VERSION: u32 = 1;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rgb` or `#rrggbb`; nothing else (so no CSS can be smuggled in).
    pub fn parse_hex(s: &str) -> Option<Rgb> {
        let hex = s.trim().strip_prefix('#')?;
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let channel = |i: usize, len: usize| u8::from_str_radix(&hex[i * len..i * len + len], 16).ok();
        match hex.len() {
            3 => Some(Rgb(channel(0, 1)? * 17, channel(1, 1)? * 17, channel(2, 1)? * 17)),
            6 => Some(Rgb(channel(0, 2)?, channel(1, 2)?, channel(2, 2)?)),
            _ => None,
        }
    }

    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG relative luminance.
    fn luminance(self) -> f64 {
        let linear = |c: u8| {
            let c = c as f64 / 255.0;
            if c <= 0.04045 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
        };
        0.2126 * linear(self.0) + 0.7152 * linear(self.1) + 0.0722 * linear(self.2)
    }

    /// WCAG contrast ratio, 1 to 21.
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    fn darker(self) -> Rgb {
        let d = |c: u8| (c as f64 * 0.9) as u8;
        Rgb(d(self.0), d(self.1), d(self.2))
    }
}

pub const WHITE: Rgb = Rgb(255, 255, 255);
pub const INK: Rgb = Rgb(0x1b, 0x1f, 0x24);
/// WCAG AA for normal text.
const AA: f64 = 4.5;

/// A partner's colour, with the text colour that reads on it and a link colour that reads on
/// white, both at WCAG AA.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Accent {
    pub color: Rgb,
    pub ink: Rgb,
    pub link: Rgb,
}

impl Accent {
    pub fn new(color: Rgb) -> Accent {
        let ink = if color.contrast(WHITE) >= color.contrast(INK) { WHITE } else { INK };
        let mut link = color;
        while link.contrast(WHITE) < AA {
            link = link.darker();
        }
        Accent { color, ink, link }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Embed {
    /// `embed=1`: compact layout for a partner's iframe.
    pub on: bool,
    /// `accent=#rrggbb`; an invalid value is ignored.
    pub accent: Option<Accent>,
    /// `saved=0` hides bookmarks.
    pub saved: bool,
}

impl Default for Embed {
    fn default() -> Embed {
        Embed { on: false, accent: None, saved: true }
    }
}

impl Embed {
    pub fn from_params<'a>(params: impl IntoIterator<Item = (&'a str, &'a str)>) -> Embed {
        let params: Vec<(&str, &str)> = params.into_iter().collect();
        Embed {
            on: param(&params, "embed") == Some("1"),
            accent: param(&params, "accent").and_then(Rgb::parse_hex).map(Accent::new),
            saved: param(&params, "saved") != Some("0"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(pairs: &[(&str, &str)]) -> Embed {
        Embed::from_params(pairs.iter().copied())
    }

    #[test]
    fn reads_repeated_and_padded_parameters_as_the_route_does() {
        assert!(parse(&[("embed", "1"), ("embed", "0")]).on);
        assert!(!parse(&[("saved", " 0 "), ("saved", "1")]).saved);
        assert_eq!(parse(&[("accent", " #8a2be2 ")]).accent.unwrap().color, Rgb(0x8a, 0x2b, 0xe2));
    }

    #[test]
    fn reads_the_embed_parameters() {
        assert_eq!(parse(&[]), Embed::default());
        let e = parse(&[("embed", "1"), ("accent", "#8a2be2"), ("saved", "0"), ("category", "legal-aid")]);
        assert!(e.on && !e.saved);
        assert_eq!(e.accent.unwrap().color, Rgb(0x8a, 0x2b, 0xe2));
        assert!(!parse(&[("embed", "yes")]).on);
    }

    #[test]
    fn ignores_anything_but_a_hex_colour() {
        for bad in ["red", "#12", "#12345", "#1234567", "#ggg", "red;background:url(x)", "#fff;x", "", "url(#fff)", "#ffff"] {
            assert_eq!(parse(&[("accent", bad)]).accent, None, "{bad}");
        }
        assert_eq!(Rgb::parse_hex("#0af"), Some(Rgb(0, 0xaa, 0xff)));
        assert_eq!(Rgb::parse_hex("#8A2BE2").map(Rgb::hex).as_deref(), Some("#8a2be2"));
    }

    #[test]
    fn keeps_text_and_links_readable_on_any_accent() {
        let dark = Accent::new(Rgb(0x1f, 0x5f, 0x8b));
        assert_eq!((dark.ink, dark.link), (WHITE, dark.color));
        let yellow = Accent::new(Rgb(0xff, 0xdd, 0x00));
        assert_eq!(yellow.ink, INK);
        assert!(yellow.link.contrast(WHITE) >= 4.5);
        assert!(yellow.color.contrast(yellow.ink) >= 4.5);
        let white = Accent::new(WHITE);
        assert!(white.link.contrast(WHITE) >= 4.5);
        assert!((Rgb(0, 0, 0).contrast(WHITE) - 21.0).abs() < 1e-9);
    }
}
