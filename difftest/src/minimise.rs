//! The minimiser: shrinks a failing program while a predicate ("it still
//! fails the same way") holds. Two passes repeat until neither makes
//! progress: deleting lines (a line that opens a block goes with its whole
//! block), and replacing a parenthesised binary expression by one of its
//! operands. Candidates that break the program are simply rejected by the
//! predicate (Go refuses them), so no pass needs to understand types.

/// Upper bound on predicate calls, so a minimisation ends in bounded time.
const MAX_TRIES: usize = 600;

pub fn minimise(src: &str, still_fails: &mut dyn FnMut(&str) -> bool) -> String {
    let mut best = src.to_string();
    let mut tries = 0;
    loop {
        let before = best.len();
        best = delete_pass(best, still_fails, &mut tries);
        best = simplify_pass(best, still_fails, &mut tries);
        if best.len() >= before || tries >= MAX_TRIES {
            return best;
        }
    }
}

/// The line range [i, end] a deletion at line i removes: a line ending in
/// `{` takes everything up to its matching closing line.
fn unit_end(lines: &[&str], i: usize) -> usize {
    let mut depth = 0i32;
    for (j, l) in lines.iter().enumerate().skip(i) {
        for c in l.chars() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ => {}
            }
        }
        if depth <= 0 {
            return j;
        }
    }
    i
}

fn delete_pass(
    src: String,
    still_fails: &mut dyn FnMut(&str) -> bool,
    tries: &mut usize,
) -> String {
    let mut cur = src;
    let mut i = cur.lines().count();
    while i > 0 && *tries < MAX_TRIES {
        i -= 1;
        let lines: Vec<&str> = cur.lines().collect();
        if i >= lines.len() {
            continue;
        }
        let t = lines[i].trim();
        if t.is_empty() || t.starts_with('}') || t.starts_with("package ") {
            continue;
        }
        let end = unit_end(&lines, i);
        let cand: Vec<&str> = lines[..i]
            .iter()
            .chain(&lines[end + 1..])
            .copied()
            .collect();
        let cand = cand.join("\n") + "\n";
        *tries += 1;
        if still_fails(&cand) {
            cur = cand;
        }
    }
    cur
}

/// Offsets of top-level binary operators inside the parenthesised text
/// s[open+1..close], and the close offset.
fn paren_group(s: &[u8], open: usize) -> Option<(usize, Vec<(usize, usize)>)> {
    let mut depth = 0;
    let mut ops = Vec::new();
    let mut i = open;
    let mut in_str = None;
    while i < s.len() {
        let c = s[i];
        if let Some(q) = in_str {
            if c == b'\\' && q != b'`' {
                i += 2;
                continue;
            }
            if c == q {
                in_str = None;
            }
            i += 1;
            continue;
        }
        match c {
            b'"' | b'`' | b'\'' => in_str = Some(c),
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => {
                depth -= 1;
                if depth == 0 {
                    return Some((i, ops));
                }
            }
            b' ' if depth == 1 => {
                let rest = &s[i + 1..];
                let len = rest.iter().take_while(|&&b| b != b' ').count();
                if len > 0 && len <= 2 && rest.get(len) == Some(&b' ') {
                    let op = &rest[..len];
                    if op.iter().all(|b| b"+-*/%&|^<>=!".contains(b)) {
                        ops.push((i, i + len + 2));
                    }
                }
            }
            b'\n' => return None,
            _ => {}
        }
        i += 1;
    }
    None
}

fn simplify_pass(
    src: String,
    still_fails: &mut dyn FnMut(&str) -> bool,
    tries: &mut usize,
) -> String {
    let mut cur = src;
    let mut at = 0;
    while *tries < MAX_TRIES {
        let bytes = cur.as_bytes();
        let Some(open) = bytes[at..].iter().position(|&b| b == b'(').map(|p| p + at) else {
            break;
        };
        at = open + 1;
        let Some((close, ops)) = paren_group(bytes, open) else {
            continue;
        };
        let [(op_start, op_end)] = ops[..] else {
            continue;
        };
        let left = cur[open + 1..op_start].to_string();
        let right = cur[op_end..close].to_string();
        for part in [left, right] {
            let cand = format!("{}{}{}", &cur[..open], part, &cur[close + 1..]);
            *tries += 1;
            if still_fails(&cand) {
                cur = cand;
                at = open;
                break;
            }
        }
    }
    cur
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deletes_what_does_not_matter() {
        let src = "package main\nfunc main() {\n\ta := 1\n\tb := 2\n\tprintln(BAD)\n}\n";
        let out = minimise(src, &mut |s| s.contains("BAD") && s.contains("func main"));
        assert_eq!(out, "package main\nfunc main() {\n\tprintln(BAD)\n}\n");
    }

    #[test]
    fn simplifies_binary_expressions() {
        let src = "package main\nfunc main() {\n\tprintln((x + (BAD * y)))\n}\n";
        let out = minimise(src, &mut |s| s.contains("BAD") && s.contains("println"));
        assert_eq!(out, "package main\nfunc main() {\n\tprintln(BAD)\n}\n");
    }
}
