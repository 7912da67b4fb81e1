// args:
// An unused `Result` statement (`ok_if(3);`, must_use) between awaits, and `let _ = ok_if(..)` silencing it.
fn f() -> i64 {
    ok_if(3);
    tick("a").await;
    let _ = ok_if(6);
    ok_if(ready("r", 4).await);
    5
}
