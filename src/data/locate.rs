//! JSON paths from positions in the text. serde reports where in the file it
//! stopped (line and column); a partner needs to know *which record* that is
//! (`$.figures[3].unit`). A small scan of the text up to that position gives the
//! path, far cheaper in wasm than tracking paths through every deserializer.
//! The same scan finds the span of one array element, so the lenient reader can
//! leave out a broken figure without building a JSON tree.

/// Where the scan is: inside an object (with the key last read) or an array.
#[derive(Debug, Clone)]
enum Frame {
    Object { key: Option<String> },
    Array { index: usize, started: bool },
}

/// Byte offset of a 1-based line and column (serde_json counts bytes).
pub fn offset(text: &str, line: usize, column: usize) -> usize {
    let mut start = 0;
    for _ in 1..line {
        match text[start..].find('\n') {
            Some(i) => start += i + 1,
            None => return text.len(),
        }
    }
    (start + column).min(text.len())
}

/// Reads a string starting at `i` (the opening quote); returns its decoded
/// text (escapes other than `\"` and `\\` kept as written: keys are plain) and
/// the index after the closing quote.
fn string_at(bytes: &[u8], mut i: usize) -> (String, usize) {
    let mut out = Vec::new();
    i += 1;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => return (String::from_utf8_lossy(&out).into_owned(), i + 1),
            b'\\' if i + 1 < bytes.len() => {
                match bytes[i + 1] {
                    b'"' | b'\\' | b'/' => out.push(bytes[i + 1]),
                    other => out.extend_from_slice(&[b'\\', other]),
                }
                i += 2;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    (String::from_utf8_lossy(&out).into_owned(), i)
}

/// Walks the text up to `end`, calling `on_element(depth, frames)` whenever an
/// array element starts. Returns the open containers at `end`.
fn scan(text: &str, end: usize, mut on_token: impl FnMut(&[Frame], usize, u8)) -> Vec<Frame> {
    let bytes = text.as_bytes();
    let end = end.min(bytes.len());
    let mut stack: Vec<Frame> = Vec::new();
    let mut expecting_key = false;
    let mut i = 0;
    while i < end {
        let b = bytes[i];
        if b.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        // A value (not a key, not punctuation) starts an array element.
        let value_start = !matches!(b, b',' | b':' | b']' | b'}') && !expecting_key;
        if value_start {
            if let Some(Frame::Array { started, .. }) = stack.last_mut() {
                if !*started {
                    *started = true;
                    on_token(&stack, i, b'v');
                }
            }
        }
        match b {
            b'{' => {
                stack.push(Frame::Object { key: None });
                expecting_key = true;
                i += 1;
            }
            b'[' => {
                stack.push(Frame::Array {
                    index: 0,
                    started: false,
                });
                expecting_key = false;
                i += 1;
            }
            b'}' | b']' => {
                on_token(&stack, i, b);
                stack.pop();
                expecting_key = false;
                i += 1;
            }
            b',' => {
                on_token(&stack, i, b);
                match stack.last_mut() {
                    Some(Frame::Array { index, started }) => {
                        *index += 1;
                        *started = false;
                    }
                    Some(Frame::Object { .. }) => expecting_key = true,
                    None => {}
                }
                i += 1;
            }
            b':' => {
                expecting_key = false;
                i += 1;
            }
            b'"' => {
                let (s, next) = string_at(bytes, i);
                if expecting_key {
                    if let Some(Frame::Object { key }) = stack.last_mut() {
                        *key = Some(s);
                    }
                }
                i = next;
            }
            _ => i += 1,
        }
    }
    stack
}

/// The JSONPath (`$.figures[3].values[0].value`) of the position `at`.
pub fn path_at(text: &str, at: usize) -> String {
    let mut path = String::from("$");
    for frame in scan(text, at, |_, _, _| {}) {
        match frame {
            Frame::Object { key: Some(k) } => {
                path.push('.');
                path.push_str(&k);
            }
            Frame::Object { key: None } => {}
            Frame::Array { index, .. } => path.push_str(&format!("[{index}]")),
        }
    }
    path
}

/// The byte span of `$.<array>[index]` (a top-level array), with one adjacent
/// comma, so that removing it leaves valid JSON.
pub fn element_span(text: &str, array: &str, index: usize) -> Option<(usize, usize)> {
    let in_target = |stack: &[Frame]| matches!(stack, [Frame::Object { key: Some(k) }, Frame::Array { index: at, .. }] if k == array && *at == index);
    let mut start = None;
    let mut end = None;
    let mut previous_comma = None;
    let mut next_comma = None;
    scan(text, text.len(), |stack, i, token| {
        if !in_target(stack) {
            if token == b','
                && matches!(stack, [Frame::Object { key: Some(k) }, Frame::Array { index: at, .. }] if k == array && *at + 1 == index)
            {
                previous_comma = Some(i);
            }
            return;
        }
        match token {
            b'v' if start.is_none() => start = Some(i),
            b',' if end.is_none() => {
                end = Some(i);
                next_comma = Some(i + 1);
            }
            b']' if end.is_none() => end = Some(i),
            _ => {}
        }
    });
    let (start, end) = (start?, end?);
    match (next_comma, previous_comma) {
        (Some(after), _) => Some((start, after)),
        (None, Some(before)) => Some((before, end)),
        (None, None) => Some((start, end)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = r#"{"a": 1, "figures": [{"id": "x", "values": [{"value": "many"}]}, {"id": "y"}, {"id": "z", "s": "a,\"b]"}], "b": [1, 2]}"#;

    #[test]
    fn paths_of_positions() {
        let at = DOC.find("\"many\"").map(|i| i + 6).unwrap_or(0);
        assert_eq!(path_at(DOC, at), "$.figures[0].values[0].value");
        let at = DOC.find("\"y\"").map(|i| i + 3).unwrap_or(0);
        assert_eq!(path_at(DOC, at), "$.figures[1].id");
        assert_eq!(path_at(DOC, DOC.find("2]").unwrap_or(0) + 1), "$.b[1]");
        assert_eq!(path_at(DOC, 0), "$");
    }

    #[test]
    fn element_spans_leave_valid_json() {
        for (index, gone) in [(0, "\"x\""), (1, "\"y\""), (2, "\"z\"")] {
            let (a, b) = element_span(DOC, "figures", index).expect("span");
            let rest = format!("{}{}", &DOC[..a], &DOC[b..]);
            let v: serde_json::Value = serde_json::from_str(&rest).expect("valid JSON");
            assert_eq!(v["figures"].as_array().map(Vec::len), Some(2), "{rest}");
            assert!(!rest.contains(gone), "{rest}");
        }
        assert!(element_span(DOC, "figures", 3).is_none());
        assert!(element_span(DOC, "nothing", 0).is_none());
        let single = r#"{"figures": [ {"id": 1} ]}"#;
        let (a, b) = element_span(single, "figures", 0).expect("span");
        assert_eq!(
            format!("{}{}", &single[..a], &single[b..]),
            r#"{"figures": [ ]}"#
        );
    }

    #[test]
    fn lines_and_columns_become_offsets() {
        let text = "ab\ncd\nef";
        assert_eq!(offset(text, 1, 1), 1);
        assert_eq!(offset(text, 2, 1), 4);
        assert_eq!(offset(text, 3, 2), 8);
        assert_eq!(offset(text, 9, 9), text.len());
    }
}
