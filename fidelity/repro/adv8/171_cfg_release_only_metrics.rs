// args: 2
// Release-only instrumentation: `#[cfg(not(debug_assertions))] { report(..).await; }` blocks and an early `return` in
// a request loop (compiled out in the dev build the harness uses).
fn f(k: i64) -> i64 {
    let mut served = 0;
    for i in 0..=k {
        let req = ready("req", i).await;
        #[cfg(not(debug_assertions))]
        {
            tick("metrics").await;
            log(format!("metrics {req}"));
        }
        served += req;
        #[cfg(not(debug_assertions))]
        if served > 0 { return served * 1000; }
    }
    served
}
