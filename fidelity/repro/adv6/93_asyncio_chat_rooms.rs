// args:
// Port of an asyncio chat server: rooms in a BTreeMap<String, Vec<Client>>, join/leave/broadcast methods as #[co] &mut self with awaits per recipient.
fn f() -> i64 {
    let mut srv = Server { rooms: BTreeMap::new(), sent: 0 };
    srv.join("lobby", "ann").await;
    srv.join("lobby", "bob").await;
    srv.join("dev", "cy").await;
    srv.broadcast("lobby", "hi").await;
    let left = srv.leave("lobby", "ann").await;
    srv.broadcast("lobby", "bye").await;
    srv.sent * 10 + left as i64
}
use std::collections::BTreeMap;
pub struct Client { name: Tracked, inbox: Vec<String> }
pub struct Server { rooms: BTreeMap<String, Vec<Client>>, sent: i64 }
impl Server {
    #[co] fn join(&mut self, room: &str, who: &'static str) -> () {
        tick("join").await;
        self.rooms.entry(room.to_string()).or_default().push(Client { name: Tracked::new(who), inbox: vec![] });
    }
    #[co] fn broadcast(&mut self, room: &str, msg: &str) -> () {
        if let Some(clients) = self.rooms.get_mut(room) {
            for c in clients.iter_mut() {
                tick(c.name.name()).await;
                c.inbox.push(msg.to_string());
                self.sent += 1;
            }
        }
    }
    #[co] fn leave(&mut self, room: &str, who: &str) -> bool {
        let Some(clients) = self.rooms.get_mut(room) else { return false; };
        let before = clients.len();
        clients.retain(|c| c.name.name() != who);
        tick("left").await;
        before != clients.len()
    }
}
