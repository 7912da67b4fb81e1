// args:
// `while let Ok(v) = ready(.., res_trk(..)).await` that ends on an `Err(Tracked)`: when the failing scrutinee drops relative to the code after the loop.
fn f() -> i64 {
    let mut i = 0;
    let mut acc = 0;
    while let Ok(v) = ready("next", res_trk(i * 2 + if i == 2 { 1 } else { 0 }, "stopper")).await {
        acc += v;
        i += 1;
    }
    log("after loop");
    tick("end").await;
    acc * 10 + i
}
