// args: 2
// A tokenizer with `char_indices().peekable()` and `while let Some(&(i, c)) = it.peek()`, awaiting per token.
fn f(k: i64) -> i64 {
    let src = "ab 12+c3 (x)";
    let mut it = src.char_indices().peekable();
    let mut toks: Vec<(&str, i64)> = Vec::new();
    while let Some(&(start, c)) = it.peek() {
        if c.is_whitespace() { it.next(); continue; }
        let mut end = start + c.len_utf8();
        it.next();
        if c.is_alphanumeric() {
            while let Some(&(j, d)) = it.peek() {
                if !d.is_alphanumeric() { break; }
                end = j + d.len_utf8();
                it.next();
            }
        }
        let w = ready("tok", (end - start) as i64 * k).await;
        toks.push((&src[start..end], w));
    }
    toks.iter().map(|(s, w)| s.len() as i64 + w).sum()
}
