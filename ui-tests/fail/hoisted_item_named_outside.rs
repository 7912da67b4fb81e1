// An item of a block that contains a suspension is declared for the whole
// coroutine (its block is cut at the `.await`, and each piece must see it).
// Rust scopes it to its block, so `helper()` before the block calls the
// module's `helper`: hoisted, the block's would shadow it, silently.
// Refused where the name is written outside the block.
fn helper() -> u32 {
    1
}

#[coro::coroutine]
fn shadowed() -> u32 {
    let a = helper();
    let b = {
        fn helper() -> u32 {
            2
        }
        coro::sleep(std::time::Duration::from_millis(1)).await;
        helper()
    };
    a * 10 + b
}

fn main() {
    let _ = shadowed();
}
