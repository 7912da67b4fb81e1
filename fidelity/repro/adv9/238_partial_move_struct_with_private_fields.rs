// args: 1
// A partial move out of a struct from another module that has private fields (`c.name` moved, `c.port` read after an
// await): the split would need to name the private fields; the rest (`_sock`) drops at the end of `c`'s scope.
fn f(k: i64) -> i64 {
    let c: inner::Conn = inner::Conn::new(k);
    let name = c.name;
    tick("t").await;
    let _after = Tracked::new("after");
    take(name) + c.port
}
pub mod inner {
    use crate::support::Tracked;
    pub struct Conn { pub name: Tracked, pub port: i64, _sock: Tracked }
    impl Conn {
        pub fn new(id: i64) -> Conn { Conn { name: Tracked::new("name"), port: id, _sock: Tracked::new("sock") } }
    }
}
