// args:
// `while let Some(x) = ready(..).await` where the scrutinee holds a Tracked; the loop body and the final None scrutinee drop order.
fn f() -> i64 {
    let mut i = 0;
    let mut acc = 0;
    while let Some(t) = ready("next", if i < 3 { Some(Tracked::new("item")) } else { None }).await {
        i += 1;
        let _g = Tracked::new("body");
        acc += t.len();
        tick("body").await;
    }
    acc * 10 + i
}
