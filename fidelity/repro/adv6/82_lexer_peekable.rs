// args:
// A lexer over `chars().peekable()` held across awaits: `while let Some(&c) = it.peek()`, `next_if`, numbers accumulated, tokens pushed as an enum.
fn f() -> i64 {
    let src = String::from("12+3*45");
    let mut it = src.chars().peekable();
    let mut toks = Vec::new();
    while let Some(&c) = it.peek() {
        if c.is_ascii_digit() {
            let mut n = 0;
            while let Some(d) = it.next_if(|x| x.is_ascii_digit()) {
                n = n * 10 + d.to_digit(10).unwrap() as i64;
            }
            toks.push(Tok::Num(ready("num", n).await));
        } else {
            it.next();
            tick("op").await;
            toks.push(Tok::Op(c));
        }
    }
    let mut acc = 0;
    for t in &toks { acc = acc * 3 + match t { Tok::Num(n) => *n, Tok::Op(_) => 1 }; }
    acc
}
pub enum Tok { Num(i64), Op(char) }
