// args: 3
// A non-move FnMut closure capturing a local by &mut, called before and after awaits; the local read after.
fn f(k: i64) -> i64 {
    let mut total = 0;
    let mut seen = Vec::new();
    let mut record = |x: i64, t: &Tracked| { total += x; seen.push(t.name()); };
    let a = Tracked::new("a");
    record(ready("x1", k).await, &a);
    tick("mid").await;
    record(2, &Tracked::new("tmp"));
    for i in 0..k { record(ready("loop", i).await, &a); }
    drop(record);
    tick("after").await;
    total * 10 + seen.len() as i64
}
