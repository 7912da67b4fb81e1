// args: 1
// A #[co] fn returning Box<dyn ILen> whose tail match arm makes a temporary and a guard is alive: drop order at the arm's end.
fn f(k: i64) -> i64 {
    let b = make(k).await;
    b.ilen()
}
#[co] fn make(k: i64) -> Box<dyn ILen> {
    let _g = Tracked::new("g");
    match k {
        0 => { tick("a").await; Box::new(String::from("x")) }
        _ => Box::new(String::from(Tracked::new("temp").name())),
    }
}
