// args: 2
// REFUSAL (pre-existing, same at 94607c7; near 898b016's Box work). Moving a field out of a Box binding
// (`let t = b.t;`, a partial move Rust allows for Box) and reading another field after an .await
// is E0382 "use of partially moved value: `b`" from rustc on the expansion, no coro message.
fn f(k: i64) -> i64 {
    let b = Box::new(Inner { n: k, t: Tracked::new("t") });
    let t = b.t;
    tick("x").await;
    t.len() + b.n
}
struct Inner { n: i64, t: Tracked }
