// args: 2
// Config with `..Default::default()` (Tracked fields in the default), awaited overrides; which defaults drop when.
fn f(k: i64) -> i64 {
    let c = Config { retries: ready("r", k).await, ..Default::default() };
    tick("after c").await;
    let d = Config { name: Tracked::new("custom"), ..Config::default() };
    let e = Config { retries: 9, name: ready("n", Tracked::new("awaited")).await, ..d };
    tick("end").await;
    c.retries * 100 + e.retries + c.name.len() + e.timeout
}
pub struct Config { name: Tracked, retries: i64, timeout: i64, tag: Tracked }
impl Default for Config { fn default() -> Config { Config { name: Tracked::new("dname"), retries: 1, timeout: 30, tag: Tracked::new("dtag") } } }
