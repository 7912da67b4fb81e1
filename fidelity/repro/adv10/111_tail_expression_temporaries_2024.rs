// args: 2
// Edition 2024 tail-expression temporaries: a tail call with `&Tracked::new(..)` drops before locals; in blocks too.
fn f(k: i64) -> i64 {
    let a = Tracked::new("a");
    let x = {
        let inner = Tracked::new("inner");
        tick("blk").await;
        consume(&Tracked::new("tail_tmp"), inner.len())
    };
    let y = if k > 1 { tick("if").await; Tracked::new("if_tmp").len() } else { 0 };
    tick("end").await;
    consume(&Tracked::new("fn_tail"), x + y + a.len())
}
