// args: 2
// match on a tuple of two awaited values with Tracked, arms moving one part and ignoring another.
fn f(n: i64) -> i64 {
    let out = match (get(n).await, get(n + 1).await) {
        (Some(a), Some(b)) => {
            tick("both").await;
            a.len() + b.len()
        }
        (Some(a), None) | (None, Some(a)) => {
            let l = a.len();
            tick("one").await;
            l * 10
        }
        (None, None) => 0,
    };
    tick("end").await;
    out
}

#[co] fn get(i: i64) -> Option<Tracked> {
    tick("get").await;
    if i % 3 == 0 { None } else { Some(Tracked::new(if i % 2 == 0 { "even" } else { "odd" })) }
}
