// args: 2
// A `skip_if!` macro expanding to `continue` and a `stop_if!` to `break` inside a loop with awaits and per-iteration guards.
fn f(k: i64) -> i64 {
    macro_rules! skip_if { ($c:expr) => { if $c { log("skip"); continue; } }; }
    macro_rules! stop_if { ($c:expr) => { if $c { log("stop"); break; } }; }
    let mut acc = 0;
    for i in 0..6 {
        let _g = Tracked::new("it");
        let v = ready("v", i).await;
        skip_if!(v % 2 == 1);
        stop_if!(v > k + 1);
        tick("body").await;
        acc += v;
    }
    acc
}
