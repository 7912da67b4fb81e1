// args:
// Iterator adapters on temporaries in statements that await: skip, take, cloned, copied, chain, zip.
fn f() -> i64 {
    let v = vec![1i64, 2, 3, 4, 5];
    let names = vec![String::from("a"), String::from("bb")];
    let a: i64 = v.iter().skip(1).take(2).sum::<i64>() + ready("a", 1).await;
    let b = consume(v.iter().copied().rev()).await;
    let c = consume(v.iter().cloned().step_by(2)).await;
    let d: Vec<String> = ready("n", names.iter().cloned().collect::<Vec<_>>()).await;
    let e = consume(v.iter().copied().zip(v.iter().copied().skip(1)).map(|(x, y)| x * y)).await;
    let first = v.iter().copied().find(|x| *x > 2).unwrap_or(0) + ready("f", 0).await;
    a + b + c + d.len() as i64 + e + first
}

#[co] fn consume(it: impl Iterator<Item = i64>) -> i64 {
    let mut s = 0;
    for x in it {
        s += x;
        tick("c").await;
    }
    s
}
