// args: 2
// Several early exits (return, ?, break out of a labelled block) from a function holding guards in nested scopes.
fn f(mode: i64) -> Result<i64, String> {
    let _conn = Tracked::new("conn");
    let res = 'work: {
        let _tx = Tracked::new("tx");
        let a = step(1, mode).await?;
        if a > 5 {
            break 'work a;
        }
        let _lock = Tracked::new("lock");
        let b = step(2, mode).await?;
        if b == 0 {
            return Ok(-1);
        }
        a + b
    };
    tick("after").await;
    Ok(res)
}

#[co] fn step(i: i64, mode: i64) -> Result<i64, String> {
    tick("step").await;
    match (i, mode) {
        (1, 3) => Ok(10),
        (2, 2) => Err("step2".into()),
        (2, 1) => Ok(0),
        _ => Ok(i),
    }
}
