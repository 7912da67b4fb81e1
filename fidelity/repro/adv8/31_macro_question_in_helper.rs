// args:
// A `field!(map, key)` macro_rules using `?` on Option inside a #[co] helper returning Option, between awaits.
fn f() -> i64 {
    let cfg = vec![("host", "10"), ("port", "80"), ("bad", "x")];
    let a = read_cfg(&cfg, "host", "port").await;
    let b = read_cfg(&cfg, "host", "bad").await;
    let c = read_cfg(&cfg, "nope", "port").await;
    a.unwrap_or(-1) * 10000 + b.unwrap_or(-1) * 100 + c.unwrap_or(-1)
}
#[co] fn read_cfg(cfg: &[(&str, &str)], k1: &str, k2: &str) -> Option<i64> {
    macro_rules! field { ($k:expr) => { cfg.iter().find(|(k, _)| *k == $k)?.1.parse::<i64>().ok()? }; }
    let _g = Tracked::new("cfg");
    tick("read").await;
    let a = field!(k1);
    let b = ready("b", field!(k2)).await;
    Some(a + b)
}
