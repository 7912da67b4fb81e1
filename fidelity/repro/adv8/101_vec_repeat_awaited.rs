// args:
// `vec![ready(..).await; 3]` (repeat form with an awaited element) and `[0i64; N]` arrays filled in a loop with awaits.
fn f() -> i64 {
    let v = vec![ready("x", 4i64).await; 3];
    let mut arr = [0i64; 4];
    for (i, slot) in arr.iter_mut().enumerate() {
        *slot = ready("fill", i as i64 * 2).await;
    }
    let names = vec![ready("s", String::from("ab")).await; 2];
    tick("end").await;
    v.iter().sum::<i64>() * 100 + arr.iter().sum::<i64>() * 10 + names.ilen()
}
