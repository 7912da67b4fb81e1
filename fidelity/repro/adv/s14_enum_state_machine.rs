// args:
// An enum state machine driven in a loop, matching on &mut state with awaits.
fn f() -> i64 {
    let mut st = Phase::Start(Tracked::new("start"));
    let mut steps = 0;
    loop {
        steps += 1;
        st = match st {
            Phase::Start(t) => {
                tick("s").await;
                Phase::Running { t, n: 0 }
            }
            Phase::Running { t, n } if n < 2 => {
                tick("r").await;
                Phase::Running { t, n: n + 1 }
            }
            Phase::Running { t, n } => Phase::Done(t.len() + n),
            Phase::Done(v) => break v * 100 + steps,
        };
    }
}

pub enum Phase {
    Start(Tracked),
    Running { t: Tracked, n: i64 },
    Done(i64),
}
