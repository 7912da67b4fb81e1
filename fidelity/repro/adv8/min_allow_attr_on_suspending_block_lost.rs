// args:
// MIN (lint difference): `#[allow(..)]` on a block statement that suspends is lost: the coroutine warns
// ["unused variable `unused`", "unused variable `also_unused`"], the async fn nothing (`#[allow(unused_must_use)]` the
// same for unused `Result`s). Same root as min_cfg_disabled_block_with_await_runs.rs (attributes on a suspending
// statement dropped). Found by probing attributes (see 131, 171).
fn f() -> i64 {
    #[allow(unused_variables)]
    {
        let unused = 5;
        tick("a").await;
        let also_unused = 6;
    }
    1
}
