// args:
// An RPN interpreter: tokens, a Vec<i64> stack, `let Some(b) = stack.pop() else { .. }` error exits, awaits per op.
fn f() -> i64 {
    let prog = "3 4 + 2 * 7 - x 5 +";
    let mut stack: Vec<i64> = Vec::new();
    let _vm = Tracked::new("vm");
    for tok in prog.split_whitespace() {
        match tok {
            "+" | "-" | "*" => {
                let Some(b) = stack.pop() else { log("underflow"); return -1 };
                let Some(a) = stack.pop() else { log("underflow"); return -2 };
                let r = ready("op", match tok { "+" => a + b, "-" => a - b, _ => a * b }).await;
                stack.push(r);
            }
            t => match t.parse::<i64>() {
                Ok(n) => stack.push(n),
                Err(_) => { let _e = Tracked::new("badtok"); tick("skip").await; }
            },
        }
    }
    stack.pop().unwrap_or(0) * 10 + stack.ilen()
}
