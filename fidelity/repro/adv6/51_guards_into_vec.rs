// args:
// Guards moved into a Vec across awaits, popped and dropped in LIFO order, `truncate`, and the Vec dropped at scope end.
fn f() -> i64 {
    let mut held = Vec::new();
    for name in ["g1", "g2", "g3", "g4"] {
        let g = Tracked::new(name);
        let keep = ready(name, name != "g2").await;
        if keep { held.push(g); }
    }
    let last = held.pop();
    tick("popped").await;
    held.truncate(1);
    tick("truncated").await;
    drop(last);
    let n = held.len() as i64;
    tick("end").await;
    n
}
