// args: 0
// Division by zero inside an index expression evaluated after an await; the Vec and a guard drop during unwind.
fn f(k: i64) -> i64 {
    let v = vec![Tracked::new("v0"), Tracked::new("v1")];
    let _g = Tracked::new("g");
    let d = ready("d", k).await;
    v[(10 / d) as usize].len() + ready("after", 1).await
}
