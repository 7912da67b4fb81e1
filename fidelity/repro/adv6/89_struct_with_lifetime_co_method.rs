// args:
// A struct borrowing data (`Parser<'a> { src: &'a str, pos: usize }`) with #[co] &mut self methods advancing `pos` across awaits and returning `&'a str` slices.
fn f() -> i64 {
    let text = String::from("alpha beta  gamma");
    let mut p = Parser { src: &text, pos: 0, t: Tracked::new("parser") };
    let mut words = Vec::new();
    while let Some(w) = p.next_word().await {
        words.push(w);
    }
    tick("done").await;
    words.len() as i64 * 100 + words.iter().map(|w| w.len() as i64).sum::<i64>()
}
pub struct Parser<'a> { src: &'a str, pos: usize, t: Tracked }
impl<'a> Parser<'a> {
    #[co] fn next_word(&mut self) -> Option<&'a str> {
        let rest = &self.src[self.pos..];
        let trimmed = rest.trim_start();
        self.pos += rest.len() - trimmed.len();
        if trimmed.is_empty() { return None; }
        tick("scan").await;
        let end = trimmed.find(' ').unwrap_or(trimmed.len());
        let w = &self.src[self.pos..self.pos + end];
        self.pos += end;
        Some(ready("word", w).await)
    }
}
