// args: 2
// A failing assert! whose condition holds a string with braces and a char, and matches!.
fn f(k: i64) -> i64 {
    let x = k;
    let s = String::from("{x}");
    let r = &x;
    tick("a").await;
    assert!(s == "{}" && matches!(x, 0..=1 | 5), );
    *r
}
