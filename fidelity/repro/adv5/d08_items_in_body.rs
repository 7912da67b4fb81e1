// args:
// const/static/use/fn/struct items declared in a coroutine body (also inside a block that awaits).
fn f() -> i64 {
    use std::collections::BTreeSet;
    const LIMIT: i64 = 3;
    static NAMES: [&str; 3] = ["x", "yy", "zzz"];
    let mut set = BTreeSet::new();
    for n in NAMES.iter() {
        set.insert(ready("ins", n.len() as i64).await);
    }
    let extra = {
        fn double(x: i64) -> i64 { x * 2 }
        struct Local { v: i64 }
        let l = Local { v: double(LIMIT) };
        tick("blk").await;
        l.v
    };
    set.len() as i64 * 100 + extra + set.iter().sum::<i64>()
}
