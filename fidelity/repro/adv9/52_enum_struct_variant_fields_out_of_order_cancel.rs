// args: 2
// An enum struct-variant literal whose fields are written out of declaration order with an await between Tracked fields.
fn f(k: i64) -> i64 {
    let m = Msg::Move { to: Tracked::new("to"), n: ready("n", k).await, from: Tracked::new("from") };
    let w = W3(Tracked::new("w0"), ready("w", 1).await, Tracked::new("w2"));
    tick("t").await;
    match m { Msg::Move { from, to, n } => from.len() + to.len() + n + w.1 }
}
pub enum Msg { Move { from: Tracked, n: i64, to: Tracked } }
pub struct W3(pub Tracked, pub i64, pub Tracked);
