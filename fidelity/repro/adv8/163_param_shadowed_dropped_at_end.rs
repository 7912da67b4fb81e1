// args:
// A #[co] fn whose Tracked parameter is shadowed by `let x = x.len();` (the param lives to the end), and `let t = t;` moved into a block.
fn f() -> i64 {
    let a = shadow_param(Tracked::new("param")).await;
    let b = move_into_block(Tracked::new("moved"), Tracked::new("kept")).await;
    a * 10 + b
}
#[co] fn shadow_param(x: Tracked) -> i64 {
    let x = x.len();
    tick("a").await;
    let _local = Tracked::new("local");
    tick("b").await;
    x
}
#[co] fn move_into_block(t: Tracked, u: Tracked) -> i64 {
    let n = {
        let t = t;
        tick("in").await;
        t.len()
    };
    tick("out").await;
    n + u.len()
}
