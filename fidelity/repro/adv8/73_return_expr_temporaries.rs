// args: 1
// Temporaries in `return` expressions and block tails (`return Tracked::new(..).len() + ready(..).await;`), locals dropped after.
fn f(k: i64) -> i64 {
    let _a = Tracked::new("local");
    if k == 1 {
        let _b = Tracked::new("inner");
        return Tracked::new("ret").len() + ready("r", 10).await;
    }
    let v = {
        let _c = Tracked::new("blk");
        Tracked::new("tail").len() + ready("t", 20).await
    };
    v + 1
}
