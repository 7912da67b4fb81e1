// args: 2
// Awaits in rarely used positions: an array repeat operand, slice range bounds, a `matches!` guard reading an awaited value, a tuple index
// of an awaited tuple, a turbofish chain on an awaited Vec.
fn f(k: i64) -> i64 {
    let arr = [ready("rep", k).await; 3];
    let v = vec![1i64, 2, 3, 4, 5];
    let s = &v[ready("lo", 1usize).await..ready("hi", 4usize).await];
    let g = ready("g", 2).await;
    let m = matches!(Some(k), Some(n) if n >= g);
    let t = ready("tup", (Tracked::new("t0"), 7i64)).await.1;
    let c = ready("vec", vec![3i64, 1, 2]).await.into_iter().filter(|x| *x > 1).collect::<Vec<_>>();
    arr.iter().sum::<i64>() + s.iter().sum::<i64>() + m as i64 + t + c.len() as i64
}
