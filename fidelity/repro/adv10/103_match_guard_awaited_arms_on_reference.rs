// args: 3
// Matching `&Enum` values (by reference, default binding modes) with tuple-variant `..` and `_` parts, arms awaiting.
fn f(k: i64) -> i64 {
    let evs = vec![Ev::Key(k, Tracked::new("key"), 1), Ev::Click { x: 1, y: 2, src: Tracked::new("mouse") }, Ev::Quit];
    let mut n = 0;
    for e in evs.iter() {
        n += match e {
            Ev::Key(code, ..) => ready("key", *code).await,
            Ev::Click { x, .. } => { tick("click").await; *x * 10 }
            Ev::Quit => 100,
        };
    }
    n
}
pub enum Ev { Key(i64, Tracked, i64), Click { x: i64, y: i64, src: Tracked }, Quit }
