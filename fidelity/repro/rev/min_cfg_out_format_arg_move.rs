// args:
// MIN (mismatch, silent; change 1 check/configured.rs accepts it; the same before): a compiled-out format macro
// statement is taken to be inert, but its arguments can move (`take(t)`): `t` is dropped at the suspension.
// coro  ["new t", "drop t", "poll a", "poll a", "end"]   async ["new t", "poll a", "poll a", "end", "drop t"]
fn f() -> i64 {
    let t = Tracked::new("t");
    #[cfg(any())]
    println!("{}", take(t));
    tick("a").await;
    log("end");
    1
}
