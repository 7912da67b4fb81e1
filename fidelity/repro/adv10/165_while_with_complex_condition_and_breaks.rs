// args: 3
// `while` loops whose conditions call methods on locals mutated in the body, break/continue after awaits, Tracked per turn.
fn f(k: i64) -> i64 {
    let mut stack = vec![k, k + 1];
    let mut seen = BTreeSet::new();
    let mut turns = 0;
    while !stack.is_empty() && seen.len() < 6 {
        turns += 1;
        let t = Tracked::new("turn");
        let x = stack.pop().unwrap();
        if !seen.insert(x) { tick("dup").await; continue; }
        if x > 20 { log("too big"); break; }
        let next = ready("next", x * 2).await;
        stack.push(next);
        if x % 3 == 0 { stack.push(x + 1); tick(t.name()).await; }
    }
    turns * 100 + seen.len() as i64 * 10 + stack.len() as i64
}
use std::collections::BTreeSet;
