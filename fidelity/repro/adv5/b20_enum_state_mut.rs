// args:
// A connection state machine matched through &mut self.state, moving Tracked between variants with mem::replace.
fn f() -> i64 {
    let mut c = Conn { state: State::Idle, log: Vec::new() };
    for ev in [Ev::Open, Ev::Send(3), Ev::Send(4), Ev::Close, Ev::Send(1)] {
        c.step(ev).await;
    }
    c.log.iter().sum()
}

pub enum State { Idle, Open(Tracked, i64), Closed(Tracked) }
pub enum Ev { Open, Send(i64), Close }
pub struct Conn { state: State, log: Vec<i64> }
impl Conn {
    #[co] fn step(&mut self, ev: Ev) {
        match (&mut self.state, ev) {
            (State::Idle, Ev::Open) => {
                let sock = ready("connect", Tracked::new("sock")).await;
                self.state = State::Open(sock, 0);
            }
            (State::Open(_, sent), Ev::Send(n)) => {
                *sent += ready("send", n).await;
                self.log.push(*sent);
            }
            (st @ State::Open(..), Ev::Close) => {
                if let State::Open(sock, _) = std::mem::replace(st, State::Idle) {
                    tick("close").await;
                    self.state = State::Closed(sock);
                }
            }
            (_, ev) => {
                let code = match ev { Ev::Open => 1, Ev::Send(n) => n, Ev::Close => 2 };
                tick("ignored").await;
                self.log.push(-code);
            }
        }
    }
}
