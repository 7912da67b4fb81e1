// args: 1
// A Tracked moved on some paths only (explicit drop, moved into a Vec, into a closure) with awaits after.
fn f(mode: i64) -> i64 {
    let a = Tracked::new("a");
    let b = Tracked::new("b");
    let c = Tracked::new("c");
    let mut sink: Vec<Tracked> = Vec::new();
    if mode == 0 {
        drop(a);
    } else if mode == 1 {
        sink.push(b);
    }
    tick("mid").await;
    let consume = move || c.len();
    let n = if mode > 0 { consume() } else { 0 };
    tick("end").await;
    n + sink.len() as i64
}
