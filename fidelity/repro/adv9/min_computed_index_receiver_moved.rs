// args: 0
// REFUSAL (E0507 "cannot move out of index of `Vec<Vec<i64>>`"): a method call whose receiver is an index place
// with a computed index (`rows[i + 1].push(f().await)`, `rows[k as usize].push(..)`, `rows[idx(i)].push(..)`) and
// an awaited argument: the coroutine moves the place out instead of borrowing it. A plain-name or literal index
// compiles (`rows[i].push(..)`, `g[0].push(..)`). The async fn compiles. Limit 10 says a borrowed place's index is
// evaluated first and the place borrowed; an autoref'd receiver place is not treated so.
fn f(k: i64) -> i64 {
    let mut rows: Vec<Vec<i64>> = vec![vec![], vec![]];
    let i = k as usize;
    rows[i + 1].push(ready("b", 1).await);
    rows[1].len() as i64
}
