// args: 2
// A tokenizer over chars().peekable() held across awaits; tokens are an enum with String data.
fn f(k: i64) -> i64 {
    let src = format!("let x = {} + foo(12, y);", k * 7);
    let mut it = src.chars().peekable();
    let mut toks = Vec::new();
    while let Some(&c) = it.peek() {
        if c.is_whitespace() { it.next(); continue; }
        if c.is_ascii_digit() {
            let mut n = 0i64;
            while let Some(d) = it.peek().and_then(|c| c.to_digit(10)) { n = n * 10 + d as i64; it.next(); }
            toks.push(Tok::Num(ready("num", n).await));
        } else if c.is_alphabetic() {
            let mut s = String::new();
            while let Some(&c) = it.peek() { if !c.is_alphanumeric() { break; } s.push(c); it.next(); }
            tick("ident").await;
            toks.push(Tok::Ident(s));
        } else {
            it.next();
            toks.push(Tok::Punct(ready("punct", c).await));
        }
    }
    toks.iter().map(|t| match t { Tok::Num(n) => *n, Tok::Ident(s) => s.len() as i64 * 100, Tok::Punct(_) => 1000 }).sum()
}
pub enum Tok { Num(i64), Ident(String), Punct(char) }
