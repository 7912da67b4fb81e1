// args: 2
// Struct update syntax with Copy-only rest fields, and with Tracked fields all listed; awaited field values.
fn f(k: i64) -> i64 {
    let base = Cfg { retries: 3, timeout: 10, verbose: false };
    let c1 = Cfg { retries: ready("r", k).await, ..base };
    let c2 = Cfg { verbose: true, ..c1 };
    let d = Conn { name: Tracked::new("n"), cfg: Cfg { timeout: ready("to", 99).await, ..c2 }, peer: Tracked::new("p") };
    tick("x").await;
    let d2 = Conn { name: Tracked::new("n2"), ..d };
    tick("y").await;
    d2.cfg.retries * 1000 + d2.cfg.timeout * 10 + d2.cfg.verbose as i64 + base.retries + d.name.len()
}
#[derive(Clone, Copy)]
pub struct Cfg { retries: i64, timeout: i64, verbose: bool }
pub struct Conn { name: Tracked, cfg: Cfg, peer: Tracked }
