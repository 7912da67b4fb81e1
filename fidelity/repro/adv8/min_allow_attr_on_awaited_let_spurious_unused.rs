// args:
// MIN (lint difference): `#[allow(non_snake_case)] let userName = f().await;` (used later) makes the coroutine warn
// "unused variable `userName`"; the async fn warns nothing. Without the attribute both agree (146).
fn f() -> i64 {
    #[allow(non_snake_case)]
    let userName = ready("u", 3).await;
    tick("a").await;
    userName
}
