// args: 0
// MISMATCH (silent): a raw pointer to a local made with the raw borrow operator (`&raw const x` / `&raw mut x`)
// before an `.await` no longer points at `x` after it: the coroutine moves `x` between state variants (the raw
// borrow is not seen as a borrow, so `x` gets no home), while the pinned async fn keeps its address. The same for
// `std::ptr::addr_of!(x)`; `&x as *const _` is seen as a borrow (44_addr_of_plain_array.rs). Dereferencing it after the await (unsafe code
// that is sound in the async fn) would read moved-from memory.
// coro: "same false"; async fn: "same true"
fn f(k: i64) -> i64 {
    let arr = [k, 2, 3];
    let p = &raw const arr;
    tick("t").await;
    log(format!("same {}", std::ptr::eq(p, &arr)));
    arr[1]
}
