#[coro::coroutine]
fn operands(v: Vec<u32>) -> u32 {
    // `make()` runs before `a().await` and is kept in a temporary; `v` is a
    // place and is read in place.
    combine(make(), a().await, v.len()) + v[b().await as usize]
}
