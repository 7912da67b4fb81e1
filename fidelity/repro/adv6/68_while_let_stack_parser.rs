// args:
// A bracket-matching tokenizer: `while let Some(c) = chars.next()` over a String's chars with a Vec stack, awaits on open/close, early return.
fn f() -> i64 {
    let a = check("(a[b]{c})").await;
    let b = check("(]").await;
    let c = check("((").await;
    a * 100 + b * 10 + c
}
#[co] fn check(src: &str) -> i64 {
    let text = ready("src", src.to_string()).await;
    let mut chars = text.chars();
    let mut stack = Vec::new();
    let mut depth_max = 0;
    while let Some(c) = chars.next() {
        match c {
            '(' | '[' | '{' => { stack.push((c, Tracked::new("open"))); depth_max = depth_max.max(stack.len() as i64); tick("push").await; }
            ')' | ']' | '}' => {
                let Some((o, _t)) = stack.pop() else { return -1; };
                let want = match c { ')' => '(', ']' => '[', _ => '{' };
                if o != want { tick("mismatch").await; return 0; }
            }
            _ => {}
        }
    }
    if stack.is_empty() { depth_max } else { 9 }
}
