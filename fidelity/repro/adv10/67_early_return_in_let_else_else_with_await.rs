// args: 1
// let-else whose else block awaits before returning, with Tracked locals declared before and in the else.
fn f(k: i64) -> i64 {
    let a = Tracked::new("a");
    let mut total = 0;
    for i in 0..3 {
        let per = Tracked::new("per");
        let Some(v) = ready("v", if i == k { None } else { Some(i) }).await else {
            let e = Tracked::new("else");
            tick("else").await;
            return total + e.len() + per.len() + a.len();
        };
        total += v;
    }
    total
}
