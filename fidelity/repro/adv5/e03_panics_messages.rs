// args: 3
// Panics of several kinds after awaits: expect with message, unreachable!, division by zero, overflow.
fn f(mode: i64) -> i64 {
    let _g = Tracked::new("g");
    let v = ready("v", mode).await;
    let _h = Tracked::new("h");
    match v {
        0 => fetch(false).await.expect("fetch failed"),
        1 => {
            let d = ready("d", 0).await;
            10 / d
        }
        2 => {
            let x: u8 = 250;
            let y: u8 = ready("y", 10).await;
            (x + y) as i64
        }
        3 => {
            tick("three").await;
            unreachable!("mode {}", v)
        }
        _ => 0,
    }
}

#[co] fn fetch(ok: bool) -> Option<i64> {
    tick("fetch").await;
    if ok { Some(1) } else { None }
}
