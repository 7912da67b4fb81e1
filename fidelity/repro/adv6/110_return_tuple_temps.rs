// args:
// Return values built from temporaries and awaits: `return (Tracked::new("a"), f().await).1`, tail `Wrap(..).0.len() + g().await`.
fn f() -> i64 {
    let a = early(true).await;
    let b = early(false).await;
    a * 10 + b
}
pub struct Wrap(Tracked, i64);
#[co] fn early(flag: bool) -> i64 {
    let _g = Tracked::new("guard");
    if flag {
        return (Tracked::new("tmp"), ready("x", 3).await).1;
    }
    Wrap(Tracked::new("w"), 2).0.len() + ready("y", 4).await
}
