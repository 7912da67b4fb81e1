// args:
// A Vec of `Box<dyn Fn(i64) -> Ready<i64>>` factories, each awaited in a loop; results folded; a factory owning a Tracked by move.
fn f() -> i64 {
    let owned = Tracked::new("owned");
    let fs: Vec<Box<dyn Fn(i64) -> Ready<i64>>> = vec![
        Box::new(|x| ready("id", x)),
        Box::new(|x| ready("sq", x * x)),
        Box::new(move |x| ready(owned.name(), x + owned.len())),
    ];
    let mut acc = 1;
    for f in fs.iter() {
        acc = f(acc + 1).await;
    }
    drop(fs);
    tick("end").await;
    acc
}
