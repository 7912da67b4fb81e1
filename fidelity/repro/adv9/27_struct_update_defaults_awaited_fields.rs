// args: 2
// Struct update from a Default value with awaited fields; builder-like config merging.
fn f(k: i64) -> i64 {
    let base = Cfg { name: Tracked::new("base"), retries: 1, verbose: false };
    let cfg = Cfg { retries: ready("r", k).await, ..base };
    let cfg2 = Cfg { verbose: ready("v", true).await, name: Tracked::new("second"), ..cfg };
    tick("done").await;
    cfg2.retries * 10 + cfg2.name.len() + cfg2.verbose as i64
}
struct Cfg { name: Tracked, retries: i64, verbose: bool }
