// args: 2
// A connection state machine: `state = match state { .. }` moves the Tracked payload between variants with awaits in arms.
fn f(k: i64) -> i64 {
    let mut state = Conn::Idle;
    let mut steps = 0;
    loop {
        steps += 1;
        state = match state {
            Conn::Idle => { tick("dial").await; Conn::Connecting(Tracked::new("sock"), 0) }
            Conn::Connecting(s, n) if n < k => { tick("retry").await; Conn::Connecting(s, n + 1) }
            Conn::Connecting(s, _) => Conn::Open(s, ready("hello", 7).await),
            Conn::Open(s, v) => { log(format!("open {v}")); let n = s.len(); break n * 100 + v * 10 + steps; }
        };
    }
}
pub enum Conn { Idle, Connecting(Tracked, i64), Open(Tracked, i64) }
