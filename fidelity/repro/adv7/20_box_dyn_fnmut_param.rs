// args:
// A #[co] fn taking `Box<dyn FnMut(i64) -> i64>` and `&dyn Fn(&str) -> i64`, calling them between awaits; the FnMut mutates a captured counter.
fn f() -> i64 {
    let mut calls = 0;
    let weight = |s: &str| s.ilen();
    let r = {
        let cb: Box<dyn FnMut(i64) -> i64 + '_> = Box::new(|x| { calls += 1; x * 2 });
        drive(cb, &weight, &["ab", "cde"]).await
    };
    r * 10 + calls
}
#[co] fn drive(mut cb: Box<dyn FnMut(i64) -> i64 + '_>, w: &dyn Fn(&str) -> i64, words: &[&str]) -> i64 {
    let _g = Tracked::new("drive");
    let mut acc = 0;
    for word in words {
        let n = ready("w", w(word)).await;
        acc += cb(n);
        tick("cb").await;
    }
    acc
}
