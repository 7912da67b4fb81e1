// args:
// class temp-across-await: an if-let scrutinee's temporary lives through the then branch; a block tail's temporary drops before the block's locals.
fn f() -> i64 {
    let m: i64 = if let 1 = Tracked::new("s").len() { ready("a", 1).await } else { 0 };
    log_i(m);
    let t: Tracked = Tracked::new("local");
    Tracked::new("tmp").plus(t.len()) + ready("r", 1).await
}
