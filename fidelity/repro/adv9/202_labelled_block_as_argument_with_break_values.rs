// args: 1
// Labelled blocks used as call arguments and struct fields, breaking with Tracked values before or after awaits.
fn f(k: i64) -> i64 {
    let t = Tracked::new("first");
    let a = take2(t, 'b: {
        let _in = Tracked::new("in");
        if k == 0 { break 'b Tracked::new("early"); }
        ready("blk", Tracked::new("late")).await
    });
    let p = Pair {
        a: 'x: { if ready("c", k > 0).await { break 'x Tracked::new("xa"); } Tracked::new("xb") },
        b: Tracked::new("pb"),
    };
    a + p.a.len() + p.b.len()
}
