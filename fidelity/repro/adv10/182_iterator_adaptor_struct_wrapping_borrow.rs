// args: 3
// A hand-written iterator adaptor struct borrowing a slice (`Pairs<'a>`), stepped manually across awaits.
fn f(k: i64) -> i64 {
    let data: Vec<Tracked> = (0..k + 1).map(|_| Tracked::new("d")).collect();
    let mut pairs = Pairs { s: &data, i: 0 };
    let mut n = 0;
    while let Some((a, b)) = pairs.next() {
        n += ready("pair", a.len() + b.len()).await;
        if n > 10 { break; }
    }
    let rest = pairs.remaining();
    tick("rest").await;
    n * 10 + rest as i64
}
pub struct Pairs<'a> { s: &'a [Tracked], i: usize }
impl<'a> Iterator for Pairs<'a> {
    type Item = (&'a Tracked, &'a Tracked);
    fn next(&mut self) -> Option<Self::Item> {
        if self.i + 1 >= self.s.len() { return None; }
        self.i += 1;
        Some((&self.s[self.i - 1], &self.s[self.i]))
    }
}
impl Pairs<'_> { fn remaining(&self) -> usize { self.s.len() - self.i } }
