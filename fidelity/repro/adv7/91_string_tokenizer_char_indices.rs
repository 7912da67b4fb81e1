// args:
// A tokenizer over `char_indices().peekable()` held across awaits, building tokens in a String with push between awaits.
fn f() -> i64 {
    let src = "let x1 = 42 + y;";
    let mut it = src.char_indices().peekable();
    let mut toks: Vec<String> = Vec::new();
    while let Some(&(_, c)) = it.peek() {
        if c.is_whitespace() { it.next(); continue; }
        let mut tok = String::new();
        if c.is_alphanumeric() {
            while let Some(&(_, d)) = it.peek() {
                if !d.is_alphanumeric() { break; }
                tok.push(d);
                it.next();
            }
            tick("word").await;
        } else {
            tok.push(ready("punct", c).await);
            it.next();
        }
        toks.push(tok);
    }
    log(toks.join("|"));
    toks.ilen() * 100 + toks.iter().map(|t| t.ilen()).sum::<i64>()
}
