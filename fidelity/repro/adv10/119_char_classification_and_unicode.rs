// args: 2
// Unicode strings: chars().rev(), char_indices, to_uppercase iterators, bytes() with awaits; byte offsets.
fn f(k: i64) -> i64 {
    let s = String::from("héllo wörld ß");
    let mut up = String::new();
    for (i, c) in s.char_indices() {
        if c.is_whitespace() { tick("ws").await; continue; }
        if i as i64 % (k + 1) == 0 { up.extend(c.to_uppercase()); } else { up.push(c); }
    }
    let rev: String = s.chars().rev().collect();
    let nb = s.bytes().filter(|b| *b >= 0x80).count() as i64 + ready("nb", 0).await;
    let first_word_end = s.find(' ').unwrap_or(s.len());
    let w = &s[..first_word_end];
    tick("w").await;
    up.chars().count() as i64 * 1000 + nb * 10 + w.len() as i64 + rev.len() as i64
}
