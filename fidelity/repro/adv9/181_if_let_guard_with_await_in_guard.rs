// args: 2
// An `if let` guard whose scrutinee awaits (`n if let Some(v) = lookup(n).await => ..`), binding not used after
// another await.
fn f(k: i64) -> i64 {
    let mut s = 0;
    for i in 0..3 {
        let _it = Tracked::new("it");
        s += match i + k {
            n if let Some(v) = ready("g", (n % 2 == 0).then_some(n)).await => v * 10,
            n => n,
        };
    }
    s
}
