// args:
// A #[co] fn bubble-sorting `&mut [Tracked]` by name length with an await per comparison (`swap` through the slice), then caller reads order.
fn f() -> i64 {
    let mut v = vec![Tracked::new("ccc"), Tracked::new("a"), Tracked::new("bb")];
    let swaps = bubble(&mut v).await;
    log(format!("{:?}", v.iter().map(|t| t.name()).collect::<Vec<_>>()));
    swaps * 10 + v[0].len()
}
#[co] fn bubble(xs: &mut [Tracked]) -> i64 {
    let mut swaps = 0;
    for i in 0..xs.len() {
        for j in 0..xs.len() - 1 - i {
            let gt = ready("cmp", xs[j].name().len() > xs[j + 1].name().len()).await;
            if gt { xs.swap(j, j + 1); swaps += 1; }
        }
    }
    swaps
}
