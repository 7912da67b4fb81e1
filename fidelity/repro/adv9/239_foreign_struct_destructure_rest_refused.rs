// args: 1
// 238 written with the ledger's rewrite, `let inner::Conn { name, port, .. } = c;` (the private rest under `..`).
fn f(k: i64) -> i64 {
    let c: inner::Conn = inner::Conn::new(k);
    let inner::Conn { name, port, .. } = c;
    tick("t").await;
    let _after = Tracked::new("after");
    take(name) + port
}
pub mod inner {
    use crate::support::Tracked;
    pub struct Conn { pub name: Tracked, pub port: i64, _sock: Tracked }
    impl Conn {
        pub fn new(id: i64) -> Conn { Conn { name: Tracked::new("name"), port: id, _sock: Tracked::new("sock") } }
    }
}
