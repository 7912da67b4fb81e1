// A pattern leaves a part of `r` (`Ok((t, _))`) and `r` is assigned again
// in its scope: Rust drops the part at the assignment, which the coroutine
// cannot do with a part it keeps across a suspension; a compile error.
#[coro::coroutine]
fn tick() {}

fn make(ok: bool) -> Result<(String, String), String> {
    if ok { Ok((String::from("a"), String::from("b"))) } else { Err(String::from("e")) }
}

#[coro::coroutine]
fn report(ok: bool) -> usize {
    let mut r = make(ok);
    let n = match r {
        Ok((t, _)) => t.len(),
        Err(_) => 0,
    };
    tick().await;
    r = make(!ok);
    n + r.is_ok() as usize
}

fn main() {}
