// args: 1
// `let h: Box<dyn Fn(i64) -> i64> = match .. { .. => Box::new(closure), .. => { await; Box::new(other closure) } }`.
fn f(k: i64) -> i64 {
    let t = Tracked::new("cap");
    let h: Box<dyn Fn(i64) -> i64 + '_> = match k {
        0 => Box::new(|x| x + 1),
        _ => { let m = ready("m", 3).await; Box::new(move |x| x * m + t.len()) }
    };
    tick("a").await;
    h(5)
}
