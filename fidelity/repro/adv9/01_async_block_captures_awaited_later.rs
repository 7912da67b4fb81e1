// args: 2
// An `async move` block built before other awaits, holding a Tracked, awaited later (cancel drops it unpolled).
fn f(k: i64) -> i64 {
    let t = Tracked::new("cap");
    let job = async move {
        let n = t.len();
        ready("inner", n).await + 1
    };
    let _g = Tracked::new("g");
    let a = ready("a", k).await;
    let b = job.await;
    tick("end").await;
    a + b
}
