// args:
// `match &mut self.state` in a #[co] method mutating through the binding before an await and reassigning `self.state` after it.
fn f() -> i64 {
    let mut d = Door { state: DoorState::Closed(0), log: vec![] };
    for _ in 0..5 { d.toggle().await; }
    d.log.len() as i64 * 10 + match d.state { DoorState::Open(ref t) => t.len(), DoorState::Closed(n) => n }
}
pub enum DoorState { Open(Tracked), Closed(i64) }
pub struct Door { state: DoorState, log: Vec<&'static str> }
impl Door {
    #[co] fn toggle(&mut self) -> () {
        match &mut self.state {
            DoorState::Closed(n) => {
                *n += 1;
                let opened = *n;
                tick("opening").await;
                self.log.push("open");
                if opened < 3 { self.state = DoorState::Open(Tracked::new("open")); }
            }
            DoorState::Open(t) => {
                log(format!("closing {}", t.name()));
                tick("closing").await;
                self.state = DoorState::Closed(1);
                self.log.push("close");
            }
        }
    }
}
