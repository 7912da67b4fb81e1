// args: 1
// Same program, other path: division by zero in the middle of an expression with temporaries alive.
fn f(mode: i64) -> i64 {
    let _g = Tracked::new("g");
    let v = ready("v", mode).await;
    let d = ready("d", 0).await;
    let r = Tracked::new("tmp").len() + if v == 1 { 10 / d } else { 0 } + ready("after", 1).await;
    r
}
