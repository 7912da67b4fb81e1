// args:
// Realistic: a `Config<'a> { name: &'a str, tags: &'a [String] }` built from locals, passed by value to a #[co] fn; the locals used after.
fn f() -> i64 {
    let name = String::from("service");
    let tags = vec![String::from("a"), String::from("bb")];
    let cfg = Config { name: &name, tags: &tags };
    let n = start(cfg).await;
    tick("started").await;
    n * 100 + name.ilen() + tags.ilen()
}
pub struct Config<'a> { name: &'a str, tags: &'a [String] }
#[co] fn start(cfg: Config<'_>) -> i64 {
    let _g = Tracked::new("start");
    tick(if cfg.name.is_empty() { "anon" } else { "named" }).await;
    cfg.tags.iter().map(|t| t.ilen()).sum::<i64>() + cfg.name.ilen()
}
