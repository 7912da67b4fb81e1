// args:
// A lexer over `chars().peekable()` using `next_if` and `peek` to group digits/idents, awaiting per token.
fn f() -> i64 {
    let src = "ab12 c3+ 45";
    let mut it = src.chars().peekable();
    let mut toks = Vec::new();
    while let Some(c) = it.next() {
        if c.is_ascii_digit() {
            let mut n = c.to_digit(10).unwrap() as i64;
            while let Some(d) = it.next_if(|d| d.is_ascii_digit()) { n = n * 10 + d.to_digit(10).unwrap() as i64; }
            toks.push(ready("num", n).await);
        } else if c.is_alphabetic() {
            let mut len = 1;
            while it.peek().is_some_and(|d| d.is_alphabetic()) { it.next(); len += 1; }
            tick("ident").await;
            toks.push(-len);
        }
    }
    toks.iter().fold(0, |a, t| a * 7 + t)
}
