// args:
// A &mut self method matching on self.state, assigning it inside arms across awaits.
fn f() -> i64 {
    let mut c = Conn { state: ConnState::Idle, log: Vec::new() };
    c.step().await;
    c.step().await;
    c.step().await;
    c.step().await;
    c.log.len() as i64
}

#[derive(Debug)]
pub enum ConnState { Idle, Open(Tracked), Closed }
pub struct Conn { state: ConnState, log: Vec<String> }
impl Conn {
    #[co] fn step(&mut self) {
        match &self.state {
            ConnState::Idle => {
                tick("open").await;
                self.state = ConnState::Open(Tracked::new("sock"));
            }
            ConnState::Open(s) => {
                let n = s.len();
                tick("close").await;
                self.log.push(format!("closed {n}"));
                self.state = ConnState::Closed;
            }
            ConnState::Closed => {
                self.log.push("noop".to_string());
            }
        }
        self.log.push(format!("{:?}", self.state));
    }
}
