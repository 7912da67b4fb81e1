// args:
// `match std::mem::replace(&mut self.state, St::Empty)` in a #[co] method, arms awaiting and writing `self.state` back.
fn f() -> i64 {
    let mut m = M { state: St::Ready(Tracked::new("r")), count: 0 };
    for _ in 0..4 { m.advance().await; }
    m.count * 10 + match &m.state { St::Empty => 0, St::Ready(_) => 1, St::Running(t, _) => t.len() }
}
pub enum St { Empty, Ready(Tracked), Running(Tracked, i64) }
pub struct M { state: St, count: i64 }
impl M {
    #[co] fn advance(&mut self) -> () {
        self.count += 1;
        match std::mem::replace(&mut self.state, St::Empty) {
            St::Empty => { tick("empty").await; self.state = St::Ready(Tracked::new("again")); }
            St::Ready(t) => { let n = ready("start", t.len()).await; self.state = St::Running(t, n); }
            St::Running(t, n) if n > 0 => { tick("run").await; self.state = St::Running(t, n - 1); }
            St::Running(t, _) => { drop(t); tick("done").await; }
        }
    }
}
