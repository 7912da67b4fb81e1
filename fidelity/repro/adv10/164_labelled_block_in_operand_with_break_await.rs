// args: 3
// Labelled blocks as operands (`k + 'a: { .. break 'a f().await; .. }`), with Tracked temporaries in the operand.
fn f(k: i64) -> i64 {
    let a = k + 'a: {
        let t = Tracked::new("in_a");
        if k > 2 { break 'a ready("brk", 10).await + t.len(); }
        tick("fall").await;
        1
    };
    let b = consume(&Tracked::new("tmp"), 'b: {
        for i in 0..3 { if ready("i", i).await == k - 2 { break 'b i * 100; } }
        -1
    });
    a * 1000 + b
}
