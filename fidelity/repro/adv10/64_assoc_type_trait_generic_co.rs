// args: 2
// A trait with an associated type; a generic #[co] fn over it; `P::Out` returned; impls for two parsers.
fn f(k: i64) -> i64 {
    let mut a = Digits { seen: Tracked::new("digits") };
    let mut b = Words;
    let x = run_parser(&mut a, "12 7 x").await;
    let y = run_parser(&mut b, "hello big world").await;
    let z = run_parser(&mut a, if k > 1 { "9" } else { "" }).await;
    x * 1000 + y.len() as i64 * 100 + z
}
pub trait Parse { type Out; fn feed(&mut self, tok: &str) -> Option<Self::Out>; fn empty(&self) -> Self::Out; }
pub struct Digits { seen: Tracked }
impl Parse for Digits {
    type Out = i64;
    fn feed(&mut self, tok: &str) -> Option<i64> { tok.parse().ok() }
    fn empty(&self) -> i64 { self.seen.len() }
}
pub struct Words;
impl Parse for Words {
    type Out = String;
    fn feed(&mut self, tok: &str) -> Option<String> { if tok.len() > 3 { Some(tok.to_uppercase()) } else { None } }
    fn empty(&self) -> String { String::new() }
}
#[co] fn run_parser<P: Parse>(p: &mut P, input: &str) -> P::Out {
    for tok in input.split(' ') {
        tick("tok").await;
        if let Some(o) = p.feed(tok) { return o; }
    }
    p.empty()
}
