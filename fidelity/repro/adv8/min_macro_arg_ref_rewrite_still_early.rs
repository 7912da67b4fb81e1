// args:
// MIN (mismatch; KNOWN class, limit 2 "A binding named only inside a user macro's input"): the rewrite the limit suggests,
// `m!(&t)`, still drops `t` at the statement:
// coro  ["new t", "len t", "drop t", "poll a", "poll a"]
// async ["new t", "len t", "poll a", "poll a", "drop t"]
// Found by 175_macro_nested_calls.rs (`square_sum!((&t).len(), a)`).
fn f() -> i64 {
    macro_rules! m { ($t:expr) => { $t.len() }; }
    let t = Tracked::new("t");
    let n = m!(&t);
    tick("a").await;
    n
}
