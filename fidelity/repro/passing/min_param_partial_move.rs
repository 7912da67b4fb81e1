// args:
// Was MIN (refusal) until the eleventh session, fixed (twins diff_borrowed_values, diff_partial_moves::parameters): a by-value parameter partly moved before an `.await` and another part moved after it.
// E0382 "use of partially moved value: `j`" at `j.1`. An `async fn` accepts it (the rest of `j` drops at the end of the body).
// The same body on a `let` binding (`let j = (Tracked::new("a"), Tracked::new("bb"));`) passes: the split of limit 7 is not applied to parameters.
// Found by 02_self_by_value_parts.rs (the same with `self` in a `fn run(self)` method: E0382 at `self.b`).
fn f() -> i64 {
    run((Tracked::new("a"), Tracked::new("bb"))).await
}
#[co] fn run(j: (Tracked, Tracked)) -> i64 {
    let m = j.0;
    tick("run").await;
    take(j.1) + take(m)
}
