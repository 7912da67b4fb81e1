// args:
// An enum with a #[co] method matching on `self` (by reference) with awaits in arms; a by-value `into_*` style #[co] method.
fn f() -> i64 {
    let cmds = vec![Cmd::Get(Tracked::new("key")), Cmd::Set(Tracked::new("k2"), 4), Cmd::Ping];
    let mut out = 0;
    for c in &cmds {
        out = out * 10 + c.exec().await;
    }
    let last = Cmd::Set(Tracked::new("final"), 9);
    out * 100 + last.consume().await
}
pub enum Cmd { Get(Tracked), Set(Tracked, i64), Ping }
impl Cmd {
    #[co] fn exec(&self) -> i64 {
        match self {
            Cmd::Get(k) => ready(k.name(), k.len()).await,
            Cmd::Set(k, v) => { tick(k.name()).await; *v }
            Cmd::Ping => { tick("pong").await; 0 }
        }
    }
    #[co] fn consume(self) -> i64 {
        match self {
            Cmd::Set(k, v) => { tick("consume").await; take(k) + v }
            other => { tick("other").await; drop(other); -1 }
        }
    }
}
