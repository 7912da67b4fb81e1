// args:
// A guard returned from a block expression with other guards dropped at the block's end, across awaits; tail temporaries too.
fn f() -> i64 {
    let kept = {
        let a = Tracked::new("a");
        tick("in").await;
        let b = Tracked::new("b");
        log(format!("a={}", a.name()));
        b
    };
    let n = {
        let _c = Tracked::new("c");
        Tracked::new("tmp").len() + ready("r", 1).await
    };
    let also = if n > 1 { let _d = Tracked::new("d"); tick("if").await; Tracked::new("e") } else { Tracked::new("f") };
    kept.len() + n + also.len()
}
