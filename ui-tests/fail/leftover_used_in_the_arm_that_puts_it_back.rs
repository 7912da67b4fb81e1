// A `match` on a binding moved by one arm (`Ok(t)`) and left whole by
// another (`Err(_)`): the binding needs a drop flag, so a home, and the
// machine reads it out of the home into the `match`, the `Err(_)` arm
// putting it back first thing. The never-run `async` copy moves it into the
// `match` on every path (stricter than the machine), so a use of it in the
// arm that left it is E0382 there. Rewrite: bind the part by reference
// (`Err(ref e) =>`), or match a reference (`match &r`).
#[coro::coroutine]
fn tick() {}

fn make(ok: bool) -> Result<String, String> {
    if ok { Ok(String::from("ok")) } else { Err(String::from("err")) }
}

#[coro::coroutine]
fn report(ok: bool) -> usize {
    let r = make(ok);
    match r {
        Ok(t) => t.len(),
        Err(_) => {
            tick().await;
            r.is_err() as usize
        }
    }
}

fn main() {}
