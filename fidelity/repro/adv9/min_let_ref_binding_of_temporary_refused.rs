// args: 0
// REFUSAL (E0716 "temporary value dropped while borrowed"): `let ref r = make();` (a `ref` binding extends the
// temporary to the end of the block, like `let r = &make();`) with `r` used after an `.await`; also
// `let (ref a, b) = (make(), f().await);`. The async fn compiles. The ledger's fix for extended temporaries covers
// `let r = &make();` / `let r = &f().await;` only (105 has both forms). Same E0716 for extension through a deref,
// `let r = &*Box::new(t);`, `let s: &str = &*String::from(..);` (110), and `let ref mut v = Vec::new();` (111), and the other extending forms of Rust 1.79+:
// a block tail `let r = { &make() };` (129), `if`/`else` branches `let r = if c { &a() } else { &b() };` (130), a cast
// `let d = &make() as &dyn Debug;` (131). All E0716 without a coro message; the ledger names only tuple/struct literals.
fn f(k: i64) -> i64 {
    let ref r = Tracked::new("r");
    tick("a").await;
    r.len() + k
}
