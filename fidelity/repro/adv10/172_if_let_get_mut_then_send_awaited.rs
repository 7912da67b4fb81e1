// args: 2
// A connection table: `if let Some(conn) = conns.get_mut(&id) { conn.send(m).await; }` (a method: passes) and
// `if let Some(conn) = conns.get(&id) { audit(conn).await; }` (the binding passed to a #[co] fn), then the table is used.
// Passes: the method call's receiver gives `conns` a home, which also covers the `audit(conn)` form (173 alone fails).
fn f(k: i64) -> i64 {
    let mut conns: BTreeMap<i64, Conn> = BTreeMap::new();
    conns.insert(1, Conn { sent: 0, _t: Tracked::new("c1") });
    conns.insert(2, Conn { sent: 0, _t: Tracked::new("c2") });
    for id in [1, k, 3] {
        if let Some(conn) = conns.get_mut(&id) { conn.send(id * 10).await; }
        if let Some(conn) = conns.get(&id) { audit(conn).await; }
    }
    conns.values().map(|c| c.sent).sum::<i64>() + conns.len() as i64
}
use std::collections::BTreeMap;
pub struct Conn { sent: i64, _t: Tracked }
impl Conn { #[co] fn send(&mut self, m: i64) { tick("send").await; self.sent += m; } }
#[co] fn audit(c: &Conn) { tick("audit").await; log(format!("audit {}", c.sent)); }
