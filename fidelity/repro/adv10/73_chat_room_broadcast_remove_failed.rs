// args: 2
// A chat room: broadcast to members in a Vec, failed sends collected and removed afterwards; members own Tracked.
fn f(k: i64) -> i64 {
    let mut room = Room { members: vec![Member::new(1), Member::new(2), Member::new(3)] };
    let mut sent = 0;
    for msg in 0..k + 1 {
        let mut failed = Vec::new();
        for (i, m) in room.members.iter_mut().enumerate() {
            match m.send(msg).await {
                Ok(()) => sent += 1,
                Err(e) => { log(format!("fail {e}")); failed.push(i); }
            }
        }
        for i in failed.into_iter().rev() {
            let gone = room.members.remove(i);
            tick("bye").await;
            drop(gone);
        }
    }
    sent * 10 + room.members.len() as i64
}
pub struct Member { id: i64, inbox: Vec<i64>, _t: Tracked }
impl Member {
    fn new(id: i64) -> Member { Member { id, inbox: Vec::new(), _t: Tracked::new("member") } }
    #[co] fn send(&mut self, msg: i64) -> Result<(), String> {
        tick("send").await;
        if (self.id + msg) % 3 == 0 { return Err(format!("{} full", self.id)); }
        self.inbox.push(msg);
        Ok(())
    }
}
pub struct Room { members: Vec<Member> }
