// args:
// Struct update from a temporary base with an awaited field, used in an expression before another await.
fn f() -> i64 {
    let n = Conf { retries: ready("r", 3).await, ..Conf::base() }.retries + ready("after", 1).await;
    let c = Conf { name: Tracked::new("named"), ..Conf::base() };
    tick("t").await;
    n + c.retries + c.name.len()
}

pub struct Conf { name: Tracked, extra: Tracked, retries: i64 }
impl Conf {
    pub fn base() -> Conf { Conf { name: Tracked::new("base-name"), extra: Tracked::new("base-extra"), retries: 1 } }
}
