// args:
// An unused `use` and a used `use` inside a block that suspends (unused_imports on hoisted items).
fn f() -> i64 {
    let n = {
        use std::collections::HashMap;
        use std::collections::BTreeSet;
        let mut s = BTreeSet::new();
        s.insert(ready("x", 3).await);
        s.insert(3);
        s.len() as i64
    };
    n
}
