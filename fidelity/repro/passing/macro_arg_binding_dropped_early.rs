// args:
// MIN (mismatch): a binding named in a body-local `macro_rules!` invocation's input (the expansion only borrows it)
// is dropped at that statement instead of at the end of its scope, before a later suspension.
// coro  ["new t", "len t", "drop t", "poll a", "poll a"]
// async ["new t", "len t", "poll a", "poll a", "drop t"]
// Found by 16_user_macro_locals.rs, 67_macro_borrows_binding.rs (`m!(&u)` too).
fn f() -> i64 {
    macro_rules! m { ($t:expr) => { $t.len() }; }
    let t = Tracked::new("t");
    let n = m!(t);
    tick("a").await;
    n
}
