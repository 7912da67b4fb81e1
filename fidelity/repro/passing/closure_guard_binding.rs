// args:
// class closure: a closure capturing a binding of a `match` arm whose guard awaits, held across an
// await in the arm (was E0597 while guarded arms' bindings could not have homes). Generated:
// seeds 4170709748442245220, 10508787560019354568, 1015959199430393291 (3 in 2,000 of
// `--programs 2000 --seed 3 --batch 500 --classes ci`), there with the closure never called.
fn f() -> i64 {
    match ready("r", 3).await {
        m if m > ready("g", 1).await => {
            let g = |x: i64| x + m;
            tick("t").await;
            g(1)
        }
        _ => 0,
    }
}
