// An `.await` under a raw borrow of a temporary that the `let` extends
// (`&raw const *Box::new(x.await)`): the box is bound and held to the end
// of the body, as Rust extends it, so the pointer stays valid across a
// later `.await` (refused until the fourteenth session; a raw borrow of a
// temporary without an `.await` in it dropped the temporary at the `let`).
#![deny(warnings)]

#[coro::coroutine]
fn answer() -> u32 {
    42
}

#[coro::coroutine]
fn fetch() -> u32 {
    let p = &raw const *Box::new(answer().await);
    let q = &raw const *String::from("kept");
    let later = answer().await;
    // SAFETY: both temporaries are extended to the end of the body.
    let (n, s) = unsafe { (*p, (&*q).len()) };
    n + later + u32::try_from(s).expect("short")
}

fn main() {
    assert_eq!(coro::run(fetch()), 88);
}
