// args:
// A job struct holding an awaitable and a Tracked: the awaitable field is moved out and awaited, the rest lives on.
fn f() -> i64 {
    let job = Job { fut: ready("job", 7), label: Tracked::new("label") };
    let v = job.fut.await;
    tick("after").await;
    let n = job.label.len();
    let jobs = vec![Job { fut: ready("j1", 1), label: Tracked::new("l1") }, Job { fut: ready("j2", 2), label: Tracked::new("l2") }];
    let mut total = 0;
    for j in jobs {
        let Job { fut, label } = j;
        total += fut.await + label.len();
    }
    v + n + total
}

pub struct Job {
    pub fut: Ready<i64>,
    pub label: Tracked,
}
