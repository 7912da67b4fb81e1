// args:
// String building: `chars().rev()`, `push_str`/`push` between awaits, `format!` with an awaited argument, `to_uppercase`.
fn f() -> i64 {
    let word = String::from("coroutine");
    let mut out = String::new();
    for c in word.chars().rev() {
        if c == 'o' {
            out.push_str(&ready("o", "0".to_string()).await);
        } else {
            out.push(c);
        }
    }
    let msg = format!("{}|{}|{}", out, ready("len", out.len()).await, word.to_uppercase());
    log(msg.clone());
    tick("done").await;
    msg.ilen()
}
