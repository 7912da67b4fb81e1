// args: 2
// A binding made in a loop body and moved by a user macro, an await after it in the same body.
fn f(k: i64) -> i64 {
    macro_rules! push { ($v:expr, $e:expr) => { $v.push($e) }; }
    let mut all = Vec::new();
    for i in 0..k {
        let t = Tracked::new(if i == 0 { "a" } else { "b" });
        push!(all, t);
        tick("a").await;
    }
    all.len() as i64
}
