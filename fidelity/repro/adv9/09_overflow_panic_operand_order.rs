// args: 120
// Overflow panic (dev profile) in an operand after an awaited operand; temporaries and guards unwind.
fn f(k: i64) -> i64 {
    let _g = Tracked::new("g");
    let small: i8 = ready("s", k as i8).await;
    let r = take(Tracked::new("arg")) + (small + ready("t", 10i8).await) as i64 + Tracked::new("late").len();
    r
}
