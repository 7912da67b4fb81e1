// A pattern that moves one part out of a binding and borrows another with
// `ref`: the borrowed part stays in the partly moved binding to the end of
// its scope, which a suspension cannot carry; a compile error.
#[coro::coroutine]
fn tick() {}

fn make(ok: bool) -> Result<(String, String), String> {
    if ok { Ok((String::from("a"), String::from("b"))) } else { Err(String::from("e")) }
}

#[coro::coroutine]
fn report(ok: bool) -> usize {
    let r = make(ok);
    let n = match r {
        Ok((t, ref u)) => t.len() + u.len(),
        Err(_) => 0,
    };
    tick().await;
    n
}

fn main() {}
