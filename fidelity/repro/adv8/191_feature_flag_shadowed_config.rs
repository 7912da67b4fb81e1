// args:
// Feature-flagged config override: `let timeout = 5; #[cfg(any())] let timeout = 50;` (disabled) used after an await.
fn f() -> i64 {
    let timeout = 5;
    #[cfg(any())]
    let timeout = 50;
    let got = ready("cfg", timeout).await;
    tick("connect").await;
    got + timeout
}
