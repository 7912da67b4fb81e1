// args: 1
// REFUSAL (E0507 "cannot move out of dereference of `Ref<'_, Vec<i64>>`"): `&*c.borrow()` as a call argument before
// an awaited argument: the coroutine hoists the place `*c.borrow()` by value. The async fn compiles (and keeps the
// guard to the statement's end). Same root as min_deref_temp_dropped_before_await.rs (a `*` operand that is a
// temporary is not a place context). `for x in &*c.borrow() { f().await }` is E0716 (95).
fn f(k: i64) -> i64 {
    let c = std::cell::RefCell::new(vec![k, 2]);
    sum_ref(&*c.borrow(), ready("a", 1).await)
}
fn sum_ref(v: &Vec<i64>, n: i64) -> i64 { v.iter().sum::<i64>() + n }
