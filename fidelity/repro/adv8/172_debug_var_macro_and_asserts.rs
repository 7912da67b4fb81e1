// args: 2
// A `trace!(expr)` macro printing `stringify!(expr) = value` (Python's f"{x=}") and `assert!` invariants on shadowed
// and borrowed bindings in a loop with awaits; the last assert fails for k = 2.
fn f(k: i64) -> i64 {
    macro_rules! trace { ($e:expr) => { log(format!("{} = {:?}", stringify!($e), $e)) }; }
    let items = vec![3i64, 1, 2];
    let view = &items;
    let mut total = 0;
    for i in 0..=k {
        let total_before = total;
        let total_before = total_before * 1;
        total += ready("item", view[i as usize]).await;
        trace!(total_before);
        trace!(items.len());
        assert!(total >= total_before);
    }
    tick("check").await;
    assert!(items.len() as i64 > k + 1);
    total
}
