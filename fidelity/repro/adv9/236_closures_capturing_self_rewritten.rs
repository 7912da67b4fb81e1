// args: 2
// 235 rewritten as the messages say (`let n = self.n;` before a `move` closure; `Model::consume(m)`): closures capturing `self` (`move || self.n`, `|x| self.scale(x)`), called after awaits, in
// `&self`, `&mut self` and `self` methods.
fn f(k: i64) -> i64 {
    let mut m = Model { n: k, t: Tracked::new("model") };
    let a = m.read().await;
    let b = m.write(3).await;
    let c = Model::consume(m).await;
    a + b + c
}
pub struct Model { n: i64, t: Tracked }
impl Model {
    fn scale(&self, x: i64) -> i64 { x * self.n }
    #[co] fn read(&self) -> i64 {
        let (n, tl) = (self.n, self.t.len());
        let get = move || n + tl;
        let sc = |x| self.scale(x);
        tick("read").await;
        get() + sc(2)
    }
    #[co] fn write(&mut self, d: i64) -> i64 {
        let mut bump = |x: i64| { self.n += x; self.n };
        bump(d);
        let r = bump(ready("w", 1).await);
        tick("w2").await;
        r + self.n
    }
    #[co] fn consume(self) -> i64 {
        let take_t = move || take(self.t) + self.n;
        tick("c").await;
        take_t()
    }
}
