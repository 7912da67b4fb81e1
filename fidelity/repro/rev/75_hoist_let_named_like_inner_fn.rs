// args: 2
// `let total = { fn total(..) .. ; .await; total(..) };`: the let's binding has the name of the block's own fn.
fn f(k: i64) -> i64 {
    let v = vec![k, 3];
    let total = {
        fn total(v: &[i64]) -> i64 { v.iter().sum() }
        tick("a").await;
        total(&v)
    };
    total * 2
}
