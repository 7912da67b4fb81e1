// args:
// `match cmd.as_str()` with awaits in arms and guards-free string patterns; commands read from a Vec<String> in a loop.
fn f() -> i64 {
    let cmds: Vec<String> = "push 3;push 4;add;dup;mul;pop".split(';').map(String::from).collect();
    let mut stack: Vec<i64> = Vec::new();
    let _g = Tracked::new("vm");
    for cmd in &cmds {
        let mut parts = cmd.split(' ');
        let op = parts.next().unwrap_or("");
        match op {
            "push" => {
                let n: i64 = parts.next().unwrap().parse().unwrap();
                stack.push(ready("push", n).await);
            }
            "add" | "mul" => {
                let b = stack.pop().unwrap();
                let a = stack.pop().unwrap();
                tick("arith").await;
                stack.push(if op == "add" { a + b } else { a * b });
            }
            "dup" => {
                let top = *stack.last().unwrap();
                stack.push(ready("dup", top).await);
            }
            other => log(format!("unknown {other}")),
        }
    }
    stack.iter().sum()
}
