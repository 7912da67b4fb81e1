// args:
// A user struct with a #[co] `fn next(&mut self) -> Option<i64>` (a tokenizer), awaited as `lexer.next().await` in a while let.
fn f() -> i64 {
    let mut lx = Lexer { src: vec![3, 4, 5], pos: 0, _g: Tracked::new("lexer") };
    let mut sum = 0;
    while let Some(tok) = lx.next().await {
        sum += tok;
    }
    sum
}
pub struct Lexer { src: Vec<i64>, pos: usize, _g: Tracked }
impl Lexer {
    #[co] fn next(&mut self) -> Option<i64> {
        tick("lex").await;
        let t = self.src.get(self.pos).copied();
        self.pos += 1;
        t
    }
}
