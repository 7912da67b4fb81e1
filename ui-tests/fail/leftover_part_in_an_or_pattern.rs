// An or-pattern that moves a part out of a binding and leaves another
// under `_`: the macro cannot name the part the same way in every
// alternative to keep it to the end of the binding's scope, where Rust
// drops it; a compile error. Rewrite: name the part (`_u`).
#[coro::coroutine]
fn tick() {}

fn make(ok: bool) -> Result<(String, String), (String, String)> {
    let pair = (String::from("a"), String::from("b"));
    if ok { Ok(pair) } else { Err(pair) }
}

#[coro::coroutine]
fn report(ok: bool) -> usize {
    let r = make(ok);
    let n = match r {
        Ok((t, _)) | Err((t, _)) => t.len(),
    };
    tick().await;
    n
}

fn main() {}
