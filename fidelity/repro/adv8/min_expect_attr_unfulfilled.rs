// args:
// MIN (lint difference): `#[expect(unused_variables)]` on a binding the coroutine no longer reports as unused (a lost
// lint, not a failure by itself) becomes a warning only the coroutine has: "this lint expectation is unfulfilled".
// Same with `#[expect(unused_mut)]` on a binding borrowed across an `.await` (144's lost lint). Found by probing lints.
fn f() -> i64 {
    #[expect(unused_variables)]
    let conn = Tracked::new("conn");
    tick("a").await;
    3
}
