// args:
// Coroutines with explicit lifetimes: a parser struct over &'a str with &mut self methods returning &'a str.
fn f() -> i64 {
    let text = String::from("let x = 42 ;");
    let mut p = Parser { src: &text, pos: 0, _t: Tracked::new("parser") };
    let mut toks: Vec<&str> = Vec::new();
    while let Some(tok) = p.next_token().await {
        toks.push(tok);
    }
    let l = longest(toks[0], toks[1]).await;
    let w = first_word(&text).await;
    (toks.len() * 100 + l.len() * 10 + w.len()) as i64
}

pub struct Parser<'a> { src: &'a str, pos: usize, _t: Tracked }
impl<'a> Parser<'a> {
    #[co] fn next_token(&mut self) -> Option<&'a str> {
        tick("tok").await;
        let rest = &self.src[self.pos..];
        let rest_trim = rest.trim_start();
        if rest_trim.is_empty() {
            return None;
        }
        let start = self.pos + (rest.len() - rest_trim.len());
        let end = rest_trim.find(' ').map(|i| start + i).unwrap_or(self.src.len());
        self.pos = end;
        Some(&self.src[start..end])
    }
}
#[co] fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    tick("longest").await;
    if a.len() >= b.len() { a } else { b }
}
#[co] fn first_word(s: &str) -> &str {
    tick("fw").await;
    s.split(' ').next().unwrap_or("")
}
