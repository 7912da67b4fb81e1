// args: 2
// A failing assert! with a cast, a method turbofish and an array literal.
fn f(k: i64) -> i64 {
    let x = k;
    let v = vec![1i64, 2];
    let r = &x;
    tick("a").await;
    assert!(x as usize == v.iter().copied().collect::<Vec<_>>().len() + 5 || v == [1,2,3]);
    *r
}
