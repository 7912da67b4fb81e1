// args:
// Coroutine method delegating to a coroutine method of a field (`self.conn.send(..).await`) then to another of self; `&mut self.conn` borrowed into a local across awaits.
fn f() -> i64 {
    let mut s = Session { conn: Conn { sent: vec![], t: Tracked::new("conn") }, retries: 0 };
    let a = s.send_all(&["hi", "there"]).await;
    let b = s.reconnect_and_send("again").await;
    a * 10 + b + s.retries
}
pub struct Conn { sent: Vec<String>, t: Tracked }
pub struct Session { conn: Conn, retries: i64 }
impl Conn {
    #[co] fn send(&mut self, m: &str) -> i64 {
        tick("send").await;
        self.sent.push(m.to_string());
        self.sent.len() as i64
    }
}
impl Session {
    #[co] fn send_all(&mut self, ms: &[&str]) -> i64 {
        let c = &mut self.conn;
        let mut n = 0;
        for m in ms {
            n = c.send(m).await;
        }
        n
    }
    #[co] fn reconnect_and_send(&mut self, m: &str) -> i64 {
        self.retries += 1;
        let _g = Tracked::new("reconnect");
        self.conn = Conn { sent: vec![], t: Tracked::new("conn2") };
        tick("reconnected").await;
        self.conn.send(m).await + self.send_all(&[m]).await
    }
}
