//! How wide a text is, estimated without a browser. The layouts decide from
//! it what the page's CSS cannot measure for itself (where a matrix turns its
//! headings, how small a big number is set, which text a time axis measures
//! its room by) and what the pictures show and where they wrap their lines,
//! so all of them ask this one estimate.
//!
//! The advances are a wide system font's, DejaVu Sans (what `system-ui` is on
//! many Linux desktops, and in the test browser), measured in Chromium by kind
//! of character and rounded up within each kind: a narrower font (Segoe UI,
//! San Francisco, Roboto) leaves more room than estimated, never less.

/// The advance of `c`, in ems of its text, regular or bold.
fn advance(c: char, bold: bool) -> f64 {
    let (regular, heavy) = match c {
        '0'..='9' => (0.64, 0.70),
        ' ' | '\u{a0}' | '\u{202f}' | 'i' | 'j' | 'l' | 'I' | 'J' | '\'' | '|' => (0.32, 0.35),
        ',' | '.' | ':' | ';' | '·' => (0.34, 0.38),
        '(' | ')' | '[' | ']' | '-' | '/' => (0.39, 0.46),
        'f' | 't' | 'r' => (0.41, 0.5),
        'm' | 'w' | 'M' | 'W' | '%' | '&' => (0.99, 1.05),
        'A'..='Z' | 'Å' | 'Ä' | 'Ö' | 'É' | 'Ü' => (0.74, 0.8),
        _ => (0.62, 0.69),
    };
    if bold {
        heavy
    } else {
        regular
    }
}

/// The width of `text` on one line, in ems of its size.
pub fn em_width(text: &str, bold: bool) -> f64 {
    text.chars().map(|c| advance(c, bold)).sum()
}

/// The width of `text` on one line at `size` pixels.
pub fn text_width(text: &str, size: f64, bold: bool) -> f64 {
    em_width(text, bold) * size
}

/// How many of `text`'s characters fit in `max` pixels at `size` (at least
/// one, so a line always moves on).
pub fn chars_within(text: &str, max: f64, size: f64, bold: bool) -> usize {
    let mut used = 0.0;
    let mut n = 0;
    for c in text.chars() {
        used += advance(c, bold) * size;
        if used > max {
            break;
        }
        n += 1;
    }
    n.max(1)
}

/// Greedy word wrap to `max` pixels; a word longer than a line is cut. Lines
/// break at ordinary spaces only: the no-break spaces the number and date
/// formats put inside "35 369" and "30 november" hold them together, as a
/// browser does.
pub fn wrap(text: &str, max: f64, size: f64, bold: bool) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_ascii_whitespace() {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if text_width(&candidate, size, bold) <= max {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        let mut rest = word.to_string();
        while text_width(&rest, size, bold) > max {
            let chars: Vec<char> = rest.chars().collect();
            let fit = chars_within(&rest, max, size, bold);
            // An address too long for a line breaks after a slash or a
            // question mark, or before an ampersand, where its pieces stay
            // readable; anything else where the line ends.
            let cut = (fit / 3 + 1..fit.min(chars.len()))
                .rev()
                .find(|&i| matches!(chars[i - 1], '/' | '?') || chars[i] == '&')
                .unwrap_or(fit);
            lines.push(chars[..cut].iter().collect());
            rest = chars[cut..].iter().collect();
        }
        line = rest;
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// A text's widest word (a run no line may break: words are split at
/// spaces, and no-break spaces hold "SEK 2.797" and "miljoner kr" together),
/// in ems ("35 369" is 3.85 em bold). A column's value is shown only where it
/// has that room, a big number is set smaller where its card has not, and a
/// picture wraps a label no narrower, so none is ever cut inside a word
/// ("SEK 2.7 / 97 million").
pub fn widest_word_em(text: &str, bold: bool) -> f64 {
    text.split(' ')
        .map(|word| em_width(word, bold))
        .fold(0.0, f64::max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bold_is_wider_and_narrow_letters_narrower() {
        assert!(em_width("Göteborg", true) > em_width("Göteborg", false));
        assert!(em_width("ill", false) < em_width("mww", false));
        assert!((text_width("2015", 13.0, false) - 4.0 * 0.64 * 13.0).abs() < 1e-9);
    }

    #[test]
    fn a_cut_keeps_within_its_width_and_moves_on() {
        assert_eq!(chars_within("abcdef", 0.62 * 12.0 * 3.0, 12.0, false), 3);
        assert_eq!(chars_within("mmm", 1.0, 12.0, false), 1);
        assert_eq!(chars_within("ab", 100.0, 12.0, false), 2);
    }

    #[test]
    fn wrapping_keeps_numbers_and_dates_whole() {
        // As the formats write them: "Uppdaterad 30 november 2026", "35 369 barn".
        for (text, whole) in [
            ("Uppdaterad 30\u{a0}november 2026", "30\u{a0}november"),
            ("35\u{a0}369 barn i Sverige", "35\u{a0}369"),
        ] {
            for max in [100.0, 130.0, 160.0] {
                let lines = wrap(text, max, 12.0, false);
                assert_eq!(lines.join(" "), text, "at {max}: {lines:?}");
                assert!(
                    lines.iter().any(|l| l.contains(whole)),
                    "at {max}: {lines:?}"
                );
            }
        }
    }

    #[test]
    fn a_long_address_breaks_between_its_parts() {
        let url = "https://data.goteborg.example.se/partnerskap/iop/?lang=sv&chart=timeline";
        let lines = wrap(&format!("Licens CC0 1.0 · {url}"), 300.0, 12.0, false);
        assert_eq!(lines.concat(), format!("Licens CC0 1.0 ·{url}"));
        assert_eq!(
            lines[1..],
            [
                "https://data.goteborg.example.se/partnerskap/",
                "iop/?lang=sv&chart=timeline"
            ]
        );
        let url = "https://data.example.se/iop/?lang=sv&chart=timeline&view=table&mark=signed";
        assert_eq!(
            wrap(url, 260.0, 12.0, false),
            [
                "https://data.example.se/iop/?lang=sv",
                "&chart=timeline&view=table",
                "&mark=signed"
            ]
        );
    }

    #[test]
    fn wrapping_keeps_every_word_and_the_width() {
        let text = "Göteborgs Stad och nio idéburna organisationer tecknade ett partnerskap";
        let lines = wrap(text, 200.0, 14.0, false);
        assert!(lines.len() > 1);
        assert_eq!(lines.join(" "), text);
        assert!(lines.iter().all(|l| text_width(l, 14.0, false) <= 200.0));
        let long = wrap(&"x".repeat(100), 100.0, 10.0, false);
        assert_eq!(long.concat(), "x".repeat(100));
        assert!(wrap("", 100.0, 10.0, false).is_empty());
    }
}
