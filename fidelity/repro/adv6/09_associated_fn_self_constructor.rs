// args:
// An async constructor `Self::connect(..).await` returning Self, then methods; a `Self { .. }` literal with awaited fields inside.
fn f() -> i64 {
    let c = Client::connect("db", 2).await;
    let d = Client::connect("cache", c.pool).await;
    tick("both").await;
    c.pool * 10 + d.pool + c.name.len()
}
pub struct Client { name: Tracked, pool: i64 }
impl Client {
    #[co] fn connect(addr: &'static str, n: i64) -> Self {
        let name = Tracked::new(addr);
        Self { pool: ready("handshake", n + 1).await, name }
    }
}
