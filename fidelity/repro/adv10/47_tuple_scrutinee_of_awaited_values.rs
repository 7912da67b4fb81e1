// args: 1
// `match (a.await, b.await)` with Tracked payloads: some arms move parts, others bind nothing; awaits in arms.
fn f(k: i64) -> i64 {
    let mut n = 0;
    for i in 0..3 {
        n += match (ready("a", opt_trk("a", i != k)).await, ready("b", res_trk(i, "eb")).await) {
            (Some(a), Ok(v)) => { tick("both").await; a.len() + v }
            (None, Err(e)) => { tick("none_err").await; e.len() * 10 }
            (Some(_), Err(_)) => { tick("some_err").await; 100 }
            (None, Ok(v)) => v * 1000,
        };
    }
    n
}
