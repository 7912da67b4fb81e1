// args: 3
// A circuit breaker: Closed -> Open after N failures -> HalfOpen after cooldown ticks -> Closed on success.
fn f(k: i64) -> i64 {
    let mut cb = Breaker { state: BState::Closed { fails: 0 }, trips: 0 };
    let mut oks = 0;
    for i in 0..12 {
        match cb.call(i, k).await {
            Ok(v) => oks += v,
            Err(BErr::Open) => log("rejected"),
            Err(BErr::Failed(t)) => log(format!("failed {}", t.name())),
        }
    }
    oks * 10 + cb.trips
}
pub enum BState { Closed { fails: i64 }, Open { cooldown: i64 }, HalfOpen }
pub enum BErr { Open, Failed(Tracked) }
pub struct Breaker { state: BState, trips: i64 }
impl Breaker {
    #[co] fn call(&mut self, i: i64, k: i64) -> Result<i64, BErr> {
        if let BState::Open { cooldown } = &mut self.state {
            if *cooldown > 0 { *cooldown -= 1; tick("open").await; return Err(BErr::Open); }
            self.state = BState::HalfOpen;
        }
        let ok = ready("call", (i + k) % 4 != 0).await;
        match (&mut self.state, ok) {
            (BState::Closed { fails }, false) => {
                *fails += 1;
                if *fails >= 2 { self.state = BState::Open { cooldown: 2 }; self.trips += 1; }
                Err(BErr::Failed(Tracked::new("closed_fail")))
            }
            (BState::HalfOpen, false) => { self.state = BState::Open { cooldown: 3 }; self.trips += 1; Err(BErr::Failed(Tracked::new("half_fail"))) }
            (_, true) => { self.state = BState::Closed { fails: 0 }; Ok(1) }
            (BState::Open { .. }, false) => unreachable!(),
        }
    }
}
