// args:
// A non-move FnMut closure borrowing a local Vec mutably, called before and after awaits; the Vec read after the closure's last use.
fn f() -> i64 {
    let mut seen: Vec<i64> = Vec::new();
    let g = Tracked::new("g");
    let mut record = |x: i64| { seen.push(x); x };
    record(1);
    let y = ready("y", 5).await;
    record(y);
    tick("mid").await;
    let z = record(ready("z", 7).await);
    tick("end").await;
    seen.iter().sum::<i64>() * 10 + z + g.len()
}
