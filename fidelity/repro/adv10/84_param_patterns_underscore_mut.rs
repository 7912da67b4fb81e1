// args: 2
// #[co] helpers with `_: Tracked`, `_t: Tracked`, `mut v`, tuple and struct pattern parameters; drop order.
fn f(k: i64) -> i64 {
    let a = under(Tracked::new("u1"), k).await;
    let b = named(Tracked::new("n1"), Tracked::new("n2")).await;
    let c = muts(vec![Tracked::new("m1")]).await;
    let d = tup((Tracked::new("t1"), k), Tracked::new("t2")).await;
    let e = strct(pair_of("pa", "pb")).await;
    a * 10000 + b * 1000 + c * 100 + d * 10 + e
}
#[co] fn under(_: Tracked, n: i64) -> i64 { tick("under").await; log("under body"); n }
#[co] fn named(_a: Tracked, b: Tracked) -> i64 { tick("named").await; b.len() }
#[co] fn muts(mut v: Vec<Tracked>) -> i64 { v.push(Tracked::new("m2")); tick("muts").await; v.len() as i64 }
#[co] fn tup((t, n): (Tracked, i64), _rest: Tracked) -> i64 { tick("tup").await; t.len() + n }
#[co] fn strct(Pair { a, b: _ }: Pair) -> i64 { tick("strct").await; a.len() }
