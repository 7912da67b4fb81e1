// args: 2
// A #[co] fn with homes taking `impl Iterator<Item = impl std::fmt::Display>`.
fn f(k: i64) -> i64 {
    show_all(vec![k, 20].into_iter()).await
}
#[co] fn show_all(it: impl Iterator<Item = impl std::fmt::Display>) -> i64 {
    let mut s = String::new();
    let r = &mut s;
    for x in it { r.push_str(&x.to_string()); tick("a").await; }
    s.len() as i64
}
