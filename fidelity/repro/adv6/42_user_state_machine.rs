// args:
// A hand-written connection state machine: `loop { state = match state { .. } }` with awaits in arms, states carrying Tracked by value.
fn f() -> i64 {
    let mut state = State::Idle(0);
    let mut transitions = 0;
    loop {
        transitions += 1;
        state = match state {
            State::Idle(n) => { tick("idle").await; State::Connecting(Tracked::new("sock"), n + 1) }
            State::Connecting(s, tries) => {
                let ok = ready("connect", tries >= 2).await;
                if ok { State::Connected(s) } else { drop(s); State::Idle(tries) }
            }
            State::Connected(s) => {
                let n = ready("send", s.len()).await;
                State::Closed(n)
            }
            State::Closed(n) => break n * 100 + transitions,
        };
    }
}
pub enum State { Idle(i64), Connecting(Tracked, i64), Connected(Tracked), Closed(i64) }
