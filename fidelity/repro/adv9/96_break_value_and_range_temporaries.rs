// args: 2
// Temporaries in `break value` operands and in range literals before an await of the same expression.
fn f(k: i64) -> i64 {
    let mut i = 0;
    let x = loop {
        i += 1;
        if i > k { break Tracked::new("brk").len() + ready("b", i).await; }
    };
    let r = Tracked::new("lo").len()..ready("hi", 10).await;
    let mut s = 0;
    for j in Tracked::new("start").len()..ready("end", 6).await {
        s += j;
    }
    x * 1000 + (r.end - r.start) * 100 + s
}
