// args: 0
// REFUSAL (E0026 "struct `Wrap2` does not have a field named `n`", no coro message): a field reached through a user
// `Deref` (`w.n` where `n` is a field of `Wrap2`'s target), read by value before an `.await`, on a binding made by a
// struct literal of the wrapper: limit 7's split takes `n` for a field of `Wrap2` and destructures it. The ledger lists
// the split's wrong guesses as E0027 / E0308 / E0034 (and keeps `Rc<Cfg>` annotations whole); this is a newtype with
// Deref (`Config(Inner { port, .. })`, `let port = cfg.port; fetch().await`). `(&w).n` compiles (237). The async fn
// compiles.
fn f(k: i64) -> i64 {
    let w = Wrap2 { inner: Cell2 { n: 5 } };
    let b = w.n + ready("b", k).await;
    b
}
pub struct Cell2 { n: i64 }
pub struct Wrap2 { inner: Cell2 }
impl std::ops::Deref for Wrap2 { type Target = Cell2; fn deref(&self) -> &Cell2 { &self.inner } }
