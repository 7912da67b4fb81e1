// args:
// class temp-across-await: temporaries made after an earlier await of the statement, inside a hoisted operand, in vec! elements and in the awaited expression.
fn f() -> i64 {
    let n: i64 = add3(ready("a", 1).await, Tracked::new("t").plus(2), ready("b", 2).await);
    let m: i64 = ready("r40", vec![consume(&Tracked::new("tmp38"), 3), Tracked::new("tmp39").plus(1)].ilen()).await;
    let k: i64 = ready("r", Tracked::new("v")).await.len() + ready("s", 1).await;
    n + m + k
}
