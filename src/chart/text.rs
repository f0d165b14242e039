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
}
