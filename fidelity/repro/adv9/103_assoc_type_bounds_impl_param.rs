// args: 2
// Associated type bounds in argument position (`impl Iterator<Item: Display>`) and `impl Fn` returned from a #[co] fn.
fn f(k: i64) -> i64 {
    let n = show_all([1, 2, 3].into_iter().take(k as usize)).await;
    let m = show_all(["a", "bb"].into_iter()).await;
    let g = make_scaler(k).await;
    g(n) + m
}
#[co] fn show_all(it: impl Iterator<Item: std::fmt::Display>) -> i64 {
    let mut len = 0;
    for x in it {
        let s = x.to_string();
        tick("show").await;
        len += s.len() as i64;
    }
    len
}
#[co] fn make_scaler(k: i64) -> impl Fn(i64) -> i64 {
    let t = Tracked::new("scaler");
    tick("mk").await;
    move |x| x * k + t.len()
}
