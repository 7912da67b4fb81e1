// args: 1
// A generic tokenizer struct with a lifetime, #[co] method returning borrowed slices, driven in a loop.
fn f(k: i64) -> i64 {
    let src = String::from("let x = 42 ; y");
    let mut lx = Lexer { src: &src, pos: 0, _t: Tracked::new("lexer") };
    let mut toks: Vec<&str> = Vec::new();
    while let Some(tok) = lx.next_tok(k).await {
        if tok == ";" { break; }
        toks.push(tok);
    }
    let rest = lx.rest();
    toks.len() as i64 * 100 + rest.len() as i64
}
struct Lexer<'a> { src: &'a str, pos: usize, _t: Tracked }
impl<'a> Lexer<'a> {
    #[co] fn next_tok(&mut self, k: i64) -> Option<&'a str> {
        tick("lex").await;
        let s = &self.src[self.pos..];
        let s2 = s.trim_start();
        if s2.is_empty() { return None; }
        let start = self.pos + (s.len() - s2.len());
        let end = s2.find(' ').map(|e| start + e).unwrap_or(self.src.len());
        self.pos = end;
        log(format!("tok {} {k}", &self.src[start..end]));
        Some(&self.src[start..end])
    }
    fn rest(&self) -> &'a str { &self.src[self.pos..] }
}
