// args: Tracked::new("a"), (Tracked::new("b"), Tracked::new("c")), Tracked::new("d"), Pair { a: Tracked::new("pa"), b: Tracked::new("pb") }
// Several owned parameters, one a tuple pattern, one `_`, one a struct pattern: drop order when cancelled before
// the first poll, mid-way, and at completion.
fn f(a: Tracked, (b, c): (Tracked, Tracked), _: Tracked, Pair { a: pa, b: _ }: Pair) -> i64 {
    let _l = Tracked::new("local");
    tick("x").await;
    let n = take(c) + pa.len();
    tick("y").await;
    a.len() + b.len() + n
}
