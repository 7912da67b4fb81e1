// args: 2
// Matrix multiply with nested index expressions and awaits in the accumulated operand: `c[i][j] += a[i][p] * b.await`.
fn f(k: i64) -> i64 {
    let a = vec![vec![1, 2], vec![3, k]];
    let b = vec![vec![k, 0], vec![1, 1]];
    let mut c = vec![vec![0i64; 2]; 2];
    for i in 0..2 {
        for j in 0..2 {
            for p in 0..2 {
                c[i][j] += a[i][p] * ready("b", b[p][j]).await;
            }
        }
    }
    c[ready("i", 1usize).await][0] = c[0][ready("j", 1usize).await] + 100;
    c.iter().flatten().sum()
}
