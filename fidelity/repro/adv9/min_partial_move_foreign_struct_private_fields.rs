// args: 1
// REFUSAL ("pattern requires `..` due to inaccessible fields", rustc's, at the attribute's expansion): a partial move
// out of a struct of another module that has private fields (`let name = c.name; f().await; .. c.port`): limit 7's
// split destructures the binding into all its fields, which it cannot name here. The ledger's rewrite for a wrong
// split (`let Conn { name, port, .. } = c;`) is itself refused (parts under `..`, limit 7; its message says to write a
// `_` for each part, impossible for private fields: 239), so the only way out is to
// avoid the partial move (`std::mem::replace`, a getter). Typical of library structs with pub and private fields.
// The async fn compiles.
fn f(k: i64) -> i64 {
    let c: inner::Conn = inner::Conn::new(k);
    let name = c.name;
    tick("t").await;
    take(name) + c.port
}
pub mod inner {
    use crate::support::Tracked;
    pub struct Conn { pub name: Tracked, pub port: i64, _sock: Tracked }
    impl Conn {
        pub fn new(port: i64) -> Conn { Conn { name: Tracked::new("name"), port, _sock: Tracked::new("sock") } }
    }
}
