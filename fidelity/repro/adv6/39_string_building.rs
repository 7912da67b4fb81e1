// args:
// String manipulation between awaits: push_str of awaited strings, `insert`, `truncate`, `split_off`, `char_indices` loop with awaits, `trim` borrowed across await.
fn f() -> i64 {
    let mut s = String::new();
    for part in ["ab", " cd ", "ef"] {
        s.push_str(&ready("part", part.to_string()).await);
        s.push('|');
    }
    let trimmed = s.trim_end_matches('|');
    tick("trim").await;
    let n = trimmed.len() as i64;
    s.insert(0, '[');
    let tail = s.split_off(4);
    let mut vowels = 0;
    for (i, c) in tail.char_indices() {
        if "aeiou".contains(c) { vowels += ready("v", i as i64).await; }
    }
    s.truncate(2);
    n * 1000 + vowels * 10 + s.len() as i64
}
