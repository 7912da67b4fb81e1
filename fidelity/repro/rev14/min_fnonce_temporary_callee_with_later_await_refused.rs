// args: 2
// REGRESSION (compiled and ran identically at 94607c7). A temporary FnOnce callee whose call is not the
// statement's last suspension (`once(t)(a.await) + b.await`, also a `match` on it whose arm awaits, `if let`
// whose body awaits, `vec![..]`, `?` after, `Box<dyn FnOnce>`, `h.cb.take().unwrap()(..)`, a `move` closure
// literal called in place: 06, 81-88) is now E0382 "use of moved value ... value moved due to this call, value
// used here after move", pointing at `#[coro::coroutine]`, with rustc's nonsense help
// "borrow this binding in the pattern: `ref #[coro::coroutine]`". No coro message, no fix given.
// The coroutine holds the callee to the statement's end (to drop it there, as Rust does for an Fn callee) but
// an FnOnce call moves it; the code comment admits "an FnOnce callee moved by the call makes that E0382".
// The promise asks for a clear error at least; before this commit the program was right.
// Likely commit 25d1e69: lower/temp_syntax.rs operands_of (callee as `Place`) + lower/temps.rs
// callee_after_suspension (`self.hoisting > 0` -> note_statement_temp(callee)).
// Workaround: `let g = once(t); let a = g(a.await) + b.await;`.
fn f(k: i64) -> i64 {
    once(Tracked::new("c"))(ready("a", k).await) + ready("b", 1).await
}
fn once(t: Tracked) -> impl FnOnce(i64) -> i64 {
    move |x| x + t.consume_len()
}
