// args: 2
// Nested Vec<Vec<i64>> index compound assignments with awaited values; row swaps; transposition.
fn f(k: i64) -> i64 {
    let mut m = vec![vec![1, 2, 3], vec![4, 5, 6]];
    for i in 0..2 {
        for j in 0..3 {
            m[i][j] *= ready("mul", k).await;
            m[i][j] += ready("add", i as i64 * 10 + j as i64).await;
        }
    }
    m.swap(0, 1);
    tick("swapped").await;
    let t: Vec<Vec<i64>> = (0..3).map(|j| m.iter().map(|row| row[j]).collect()).collect();
    let d = t[ready("r", 2).await][1] - t[0][ready("c", 0).await];
    d * 1000 + t.iter().flatten().sum::<i64>()
}
