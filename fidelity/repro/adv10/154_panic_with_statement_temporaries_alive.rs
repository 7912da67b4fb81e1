// args: 1
// Panics (unwrap/expect/index) after an await in the same statement while temporaries and locals are alive.
fn f(k: i64) -> i64 {
    let keep = Tracked::new("keep");
    let v = vec![1i64, 2];
    let a = consume(&Tracked::new("tmp"), ready("a", 1).await + v[k as usize * 2]);
    let b = take2(Tracked::new("arg"), ready("b", opt_trk("inner", k == 0)).await.expect("no inner"));
    a + b + keep.len()
}
