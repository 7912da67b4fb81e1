// args:
// MIN (refusal, change 2 check/hoisted.rs; passed before): the block's `macro_rules! log` lives in the macro
// namespace; outside only the fn `log(..)` is called, which it cannot shadow.
// error: `log` is declared in a block that contains a suspension, and is also named outside that block: ...
fn f() -> i64 {
    log("start");
    let a = { macro_rules! log { () => { 1 }; } tick("a").await; log!() };
    a
}
