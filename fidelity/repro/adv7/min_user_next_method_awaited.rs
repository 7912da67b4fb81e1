// args:
// MIN (refusal): `x.next().await` on a local binding of a user type whose inherent `next(&mut self)` returns an awaitable
// (a plain fn returning Ready here; a #[co] fn next is the same) is taken to be an async iterator's `next`:
// E0277 "`Counter` is not an async iterator: `async_for!` needs an async iterator" and E0308 "expected `i64`, found `Option<_>`".
// Found by 60_two_lifetimes_struct_method.rs, 69_user_next_method.rs (a lexer's `while let Some(t) = lx.next().await`).
fn f() -> i64 {
    let mut c = Counter(0);
    c.next().await
}
pub struct Counter(i64);
impl Counter { fn next(&mut self) -> Ready<i64> { self.0 += 1; ready("n", self.0) } }
