// A reference that outlives the block of the local it borrows: the local is
// borrowed across an `.await` inside the block, and the reference is used
// after the block, across another `.await` (E0597).
#[coro::coroutine]
fn tick() {}

#[coro::coroutine]
fn dangling() -> usize {
    let r;
    {
        let x = vec![1];
        let y = &x;
        tick().await;
        r = y;
    }
    tick().await;
    r.len()
}

fn main() {}
