// args:
// Config structs with `..Default::default()` and `..base` updates where a listed field awaits; Tracked in a non-listed field.
fn f() -> i64 {
    let base = Cfg { name: Tracked::new("base"), retries: 1, port: 80 };
    let c1 = Cfg { port: ready("port", 8080).await, ..base };
    tick("mid").await;
    let c2 = Opts { verbose: ready("v", true).await, ..Default::default() };
    c1.port + c1.retries * 10 + c1.name.len() + c2.level + c2.verbose as i64
}
pub struct Cfg { name: Tracked, retries: i64, port: i64 }
#[derive(Default)]
pub struct Opts { verbose: bool, level: i64 }
