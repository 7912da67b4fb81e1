// args: 2
// A connection table: `if let Some(conn) = conns.get(&id) { audit(conn).await; }` (the pattern binding passed to a
// #[co] fn and not used after), then the table is used (min_pattern_binding_borrow_moved_into_awaitable_refused.rs).
fn f(k: i64) -> i64 {
    let mut conns: BTreeMap<i64, Conn> = BTreeMap::new();
    conns.insert(1, Conn { sent: 0, _t: Tracked::new("c1") });
    conns.insert(2, Conn { sent: 5, _t: Tracked::new("c2") });
    for id in [1, k, 3] {
        if let Some(conn) = conns.get(&id) { audit(conn).await; }
    }
    conns.values().map(|c| c.sent).sum::<i64>() + conns.len() as i64
}
use std::collections::BTreeMap;
pub struct Conn { sent: i64, _t: Tracked }
#[co] fn audit(c: &Conn) { tick("audit").await; log(format!("audit {}", c.sent)); }
