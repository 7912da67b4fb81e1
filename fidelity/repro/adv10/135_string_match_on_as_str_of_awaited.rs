// args: 2
// `match cmd.as_str()` on a String binding from an await, with arms that await; `match &*s`; `if s == "x"`.
fn f(k: i64) -> i64 {
    let mut n = 0;
    for c in ["get", "set", "del", "nop"] {
        let cmd = ready("cmd", c.to_string()).await;
        n += match cmd.as_str() {
            "get" => ready("get", 1).await,
            "set" | "del" => { tick("write").await; 10 }
            other => other.len() as i64 * 100,
        };
        match &*cmd { "nop" => { tick("nop").await; } _ => {} }
        if cmd == "del" { n += k; }
    }
    n
}
