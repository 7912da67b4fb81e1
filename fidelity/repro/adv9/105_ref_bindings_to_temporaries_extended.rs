// args: 1
// `let ref r = make();`, `let (ref a, b) = (make(), 1);` and `match make() { ref t => .. }` holding temporaries across awaits.
fn f(k: i64) -> i64 {
    let ref r = Tracked::new("r");
    tick("a").await;
    let (ref a, b) = (Tracked::new("ta"), ready("b", k).await);
    let n = match Tracked::new("scr") { ref t => { tick("arm").await; t.len() } };
    let _after = Tracked::new("after");
    r.len() + a.len() + b + n
}
