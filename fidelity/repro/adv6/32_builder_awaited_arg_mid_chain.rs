// args:
// `Config::new().with_name(n).with_port(f().await).build()` and `.with_x(f().await)` as the first link, then a #[co] build.
fn f() -> i64 {
    let c = Config::new().with_name("svc").with_port(ready("port", 80).await).build();
    let d = Config::new().with_port(ready("p2", 8080).await).with_name("other").start().await;
    c.port + d
}
pub struct Config { name: Tracked, port: i64 }
impl Config {
    fn new() -> Self { Config { name: Tracked::new("default"), port: 0 } }
    fn with_name(mut self, n: &'static str) -> Self { self.name = Tracked::new(n); self }
    fn with_port(mut self, p: i64) -> Self { log(format!("port {p}")); self.port = p; self }
    fn build(self) -> Config { log("build"); self }
    #[co] fn start(self) -> i64 {
        tick("start").await;
        self.port + self.name.len()
    }
}
