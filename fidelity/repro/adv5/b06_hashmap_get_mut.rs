// args:
// HashMap lookups only (no iteration): get_mut held across an await, entry().or_insert_with, remove then await.
fn f() -> i64 {
    use std::collections::HashMap;
    let mut sessions: HashMap<String, Vec<Tracked>> = HashMap::new();
    for (user, n) in [("ann", 2), ("bob", 1), ("ann", 1)] {
        let list = sessions.entry(user.to_string()).or_insert_with(Vec::new);
        for _ in 0..n {
            list.push(ready("open", Tracked::new("conn")).await);
        }
    }
    if let Some(list) = sessions.get_mut("ann") {
        let popped = list.pop();
        tick("ann").await;
        list.push(Tracked::new("fresh"));
        log_opt(&popped);
    }
    let removed = sessions.remove("bob");
    tick("removed").await;
    let ann = sessions.get("ann").map(|v| v.len()).unwrap_or(0) as i64;
    ann * 10 + removed.map(|v| v.len() as i64).unwrap_or(-1)
}
