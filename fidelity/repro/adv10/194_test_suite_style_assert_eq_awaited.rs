// args: 2
// A port of a crate's async test: `assert_eq!(client.get(k).await, expected)` on values with drop glue,
// then more setup and awaits (finding 12 in test-suite form).
fn f(k: i64) -> i64 {
    let mut client = Client { calls: 0, _conn: Tracked::new("conn") };
    assert_eq!(client.get(1).await, Resp { code: 200, _body: Tracked::new("expected") });
    let fixture = Tracked::new("fixture");
    assert_ne!(client.get(k + 5).await, Resp { code: 200, _body: Tracked::new("other") });
    tick("teardown").await;
    client.calls * 10 + fixture.len()
}
#[derive(Debug)] pub struct Resp { code: i64, _body: Tracked }
impl PartialEq for Resp { fn eq(&self, o: &Resp) -> bool { log("resp eq"); self.code == o.code } }
pub struct Client { calls: i64, _conn: Tracked }
impl Client { #[co] fn get(&mut self, id: i64) -> Resp { self.calls += 1; tick("get").await; Resp { code: if id < 5 { 200 } else { 404 }, _body: Tracked::new("body") } } }
