// args:
// A struct holding an awaitable and a Tracked; moving the awaitable out of a field and awaiting it.
fn f() -> i64 {
    let job = Job2 { task: work2(3), label: Tracked::new("label") };
    let v = job.task.await;
    tick("after").await;
    v + job.label.len()
}

pub struct Job2<A> { task: A, label: Tracked }
#[co] fn work2(i: i64) -> i64 {
    tick("w").await;
    i * 10
}
