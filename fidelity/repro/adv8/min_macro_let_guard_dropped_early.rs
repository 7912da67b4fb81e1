// args:
// MIN (mismatch until the thirteenth session, now refused: Rule::StatementMacroLocal): a `let` inside a statement macro's expansion (scopeguard's `defer!` pattern) is dropped at the
// macro's statement, before a later suspension of its block, instead of at the block's end.
// coro  ["new g", "drop g", "poll a", "poll a"]
// async ["new g", "poll a", "poll a", "drop g"]
// Found by 01_defer_macro_guard.rs.
fn f() -> i64 {
    macro_rules! guard { () => { let _g = Tracked::new("g"); }; }
    guard!();
    tick("a").await;
    1
}
