// args: 2
// `#[cfg_attr(all(), doc = "see cfg docs")]`-like attribute whose string holds the word cfg, on a let (applies no cfg).
fn f(k: i64) -> i64 {
    #[cfg_attr(all(), allow(unused_variables, reason = "cfg dependent"))]
    let y = k + 1;
    tick("a").await;
    k
}
