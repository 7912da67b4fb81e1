// args:
// A #[co] `&mut self` method awaiting a nested #[co] method on a field (`self.conn.send(..)`), each level owning guards; cancellation.
fn f() -> i64 {
    let mut client = Client { conn: Conn2 { sent: 0, sock: Tracked::new("sock") }, name: Tracked::new("client") };
    let a = client.request("ping").await;
    let b = client.request("data").await;
    a * 100 + b + client.conn.sent
}
pub struct Conn2 { sent: i64, sock: Tracked }
pub struct Client { conn: Conn2, name: Tracked }
impl Conn2 {
    #[co] fn send(&mut self, msg: &str) -> i64 {
        let _frame = Tracked::new("frame");
        tick(self.sock.name()).await;
        self.sent += 1;
        ready("ack", msg.ilen()).await
    }
}
impl Client {
    #[co] fn request(&mut self, path: &str) -> i64 {
        let _span = Tracked::new("span");
        log(format!("{} -> {path}", self.name.name()));
        let n = self.conn.send(path).await;
        tick("parse").await;
        n * 2
    }
}
