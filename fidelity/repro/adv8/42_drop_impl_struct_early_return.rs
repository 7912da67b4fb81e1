// args: 3
// A connection struct with its own `impl Drop` (logs) holding a Tracked field; early returns between awaits.
fn f(k: i64) -> i64 {
    let c = Conn { id: k, sock: Tracked::new("sock") };
    tick("open").await;
    if k == 1 { return c.id; }
    let c2 = Conn { id: k * 10, sock: Tracked::new("sock2") };
    let n = ready("q", c.id + c2.id).await;
    if n > 20 { return n; }
    tick("close").await;
    n + c.sock.len()
}
pub struct Conn { id: i64, sock: Tracked }
impl Drop for Conn { fn drop(&mut self) { log(format!("close conn {}", self.id)); } }
