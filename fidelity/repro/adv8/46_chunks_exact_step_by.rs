// args:
// Slice adapters: `chunks_exact(2)` + remainder, `rchunks(3)`, `step_by(2)` feeding awaits in for loops.
fn f() -> i64 {
    let data: Vec<i64> = (1..=7).collect();
    let mut acc = 0;
    let it = data.chunks_exact(2);
    let rem = it.remainder().to_vec();
    for c in it {
        acc = acc * 10 + ready("pair", c[0] * c[1]).await % 10;
    }
    for c in data.rchunks(3) { acc += ready("r", c.len() as i64).await; }
    for x in data.iter().step_by(3) { tick("step").await; acc += x; }
    acc * 10 + rem.len() as i64
}
