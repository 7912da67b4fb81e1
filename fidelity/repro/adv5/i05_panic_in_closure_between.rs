// args: 2
// A panic raised by a closure called between awaits (index out of bounds inside map), with locals alive.
fn f(n: i64) -> i64 {
    let data = vec![Tracked::new("d0"), Tracked::new("d1")];
    let lookup = |i: usize| data[i].len();
    let a = ready("a", lookup(0)).await;
    let _mid = Tracked::new("mid");
    let idxs: Vec<usize> = (0..=n as usize).collect();
    tick("t").await;
    let total: i64 = idxs.iter().map(|&i| lookup(i)).sum();
    a + total
}
