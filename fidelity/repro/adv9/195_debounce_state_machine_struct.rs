// args: 2
// A debouncer: events with timestamps go into a struct that emits when quiet for `gap` ticks; an enum state with
// data, `std::mem::take` of a pending Vec, awaits as the clock.
fn f(k: i64) -> i64 {
    let events = [(0, "a"), (1, "b"), (5, "c"), (6, "d"), (7, "e"), (12, "f")];
    let mut d = Debounce { gap: k + 1, state: DState::Idle, emitted: Vec::new() };
    let mut now = 0;
    for (t, name) in events {
        while now < t { now += 1; tick("clock").await; d.on_tick(now); }
        d.on_event(now, Tracked::new(name));
    }
    for _ in 0..5 { now += 1; tick("flush").await; d.on_tick(now); }
    d.emitted.iter().map(|v| v.len() as i64).fold(0, |a, x| a * 10 + x)
}
pub enum DState { Idle, Pending { last: i64, items: Vec<Tracked> } }
pub struct Debounce { gap: i64, state: DState, emitted: Vec<Vec<Tracked>> }
impl Debounce {
    fn on_event(&mut self, now: i64, t: Tracked) {
        match &mut self.state {
            DState::Idle => self.state = DState::Pending { last: now, items: vec![t] },
            DState::Pending { last, items } => { *last = now; items.push(t); }
        }
    }
    fn on_tick(&mut self, now: i64) {
        if let DState::Pending { last, items } = &mut self.state {
            if now - *last >= self.gap {
                let batch = std::mem::take(items);
                log(format!("emit {}", batch.len()));
                self.emitted.push(batch);
                self.state = DState::Idle;
            }
        }
    }
}
