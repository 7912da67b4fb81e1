// args:
// camelCase bindings ported from JS/Python (`let userName`, `let retryCount`) held across awaits (non_snake_case warnings).
fn f() -> i64 {
    let userName = Tracked::new("user");
    let mut retryCount = 0;
    while retryCount < 2 {
        tick("try").await;
        retryCount += 1;
    }
    userName.len() + retryCount
}
