// args: 2
// A value dropped inside a loop on one iteration (drop flag) with awaits before and after; cancellation.
fn f(n: i64) -> i64 {
    let res = Tracked::new("res");
    let mut res = Some(res);
    let mut i = 0;
    loop {
        tick("iter").await;
        if i == n {
            if let Some(r) = res.take() {
                drop(r);
            }
            tick("after-drop").await;
            break;
        }
        i += 1;
    }
    let t = Tracked::new("t");
    let mut moved = false;
    for k in 0..3 {
        if k == n && !moved {
            take(Tracked::new("extra"));
            moved = true;
        }
        tick("k").await;
    }
    i + t.len() + moved as i64
}
