// args:
// A connection state enum advanced with `std::mem::replace(&mut self.state, State::Closed)` in a #[co] `&mut self` method; states hold Tracked.
fn f() -> i64 {
    let mut c = Conn { state: St::Idle, log_n: 0 };
    let mut seen = 0;
    for _ in 0..4 {
        seen = seen * 10 + c.advance().await;
    }
    seen
}
pub enum St { Idle, Open(Tracked), Busy(Tracked, i64), Closed }
pub struct Conn { state: St, log_n: i64 }
impl Conn {
    #[co] fn advance(&mut self) -> i64 {
        self.log_n += 1;
        let prev = std::mem::replace(&mut self.state, St::Closed);
        self.state = match prev {
            St::Idle => St::Open(ready("open", Tracked::new("sock")).await),
            St::Open(t) => { tick("busy").await; St::Busy(t, 1) }
            St::Busy(t, n) => { log(format!("done {} {n}", t.name())); St::Closed }
            St::Closed => St::Closed,
        };
        match &self.state { St::Idle => 0, St::Open(_) => 1, St::Busy(..) => 2, St::Closed => 3 }
    }
}
