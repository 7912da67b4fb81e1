// args: 2
// Early return from two nested loops with guards at function, outer-loop and inner-loop level, awaits everywhere.
fn f(k: i64) -> i64 {
    let _fg = Tracked::new("fn");
    for i in 0..3 {
        let _og = Tracked::new("outer");
        tick("o").await;
        for j in 0..3 {
            let _ig = Tracked::new("inner");
            let v = ready("v", i * 3 + j).await;
            if v == k + 3 { return v * 10; }
        }
    }
    -1
}
