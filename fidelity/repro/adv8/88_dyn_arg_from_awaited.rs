// args:
// Passing awaited values where `&dyn Debug`, `&str` (from &String) and `&[i64]` (from &Vec) parameters coerce them.
fn f() -> i64 {
    fn dbg_len(d: &dyn std::fmt::Debug) -> i64 { format!("{d:?}").len() as i64 }
    fn slen(s: &str) -> i64 { s.len() as i64 }
    fn total(xs: &[i64]) -> i64 { xs.iter().sum() }
    let a = dbg_len(&ready("d", Tracked::new("dbg")).await);
    let b = slen(&ready("s", String::from("hello")).await);
    let c = total(&ready("v", vec![1, 2, 3]).await);
    a * 10000 + b * 100 + c
}
