// args: 2
fn f(k: i64) -> i64 {
    ready("b", vec![1, 2].into_iter().map(|x| x + 1)).await;
    ready("c", ok_if(k)).await;
    k
}
