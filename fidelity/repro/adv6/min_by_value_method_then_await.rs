// args:
// MIN (refusal, documented: limits 1 and 3): `let n = p.finish();` with `fn finish(self)` and a later `.await`: E0507 "cannot move out of a mutable reference"
// at `p` (`n` is taken to borrow `p`, so `p` is homed, and a user method taking `self` moves out of the home). Limit 1 names `r.finish(); tick().await;` (E0382).
// Found by 91_self_consuming_builder_co.rs. Rewrite: `P::finish(p)`.
fn f() -> i64 {
    let p = P(Tracked::new("p"));
    let n = p.finish();
    tick("after").await;
    n
}
pub struct P(Tracked);
impl P {
    fn finish(self) -> i64 { take(self.0) }
}
