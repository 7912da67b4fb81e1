// args:
// MIN (refusal): `c.take().map_or(..)` before an `.await` of the same statement, `c` used after a later suspension, where `take`
// borrows its receiver but is not `Option::take` (std's `Cell::take`; a user `fn take(&mut self)` is the same):
// E0034 "multiple applicable items in scope: multiple `__coro_home_split` found". Sibling of min_option_take_map_before_await.rs.
fn f() -> i64 {
    let c = std::cell::Cell::new(Some(5i64));
    let n = c.take().map_or(0, |t| t) + ready("mid", 10).await;
    tick("after").await;
    n + c.take().unwrap_or(0)
}
