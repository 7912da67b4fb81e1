// args: 2
// `return f(&local).await` with locals alive; tail call with a temporary argument; locals drop after the value.
fn f(k: i64) -> i64 {
    let a = Tracked::new("a");
    if k > 1 {
        let b = Tracked::new("b");
        return weigh(&b, ready("r", k).await).await + a.len();
    }
    let c = Tracked::new("c");
    helper(&Tracked::new("tmp"), &c).await
}
#[co] fn helper(t: &Tracked, u: &Tracked) -> i64 { tick("helper").await; t.len() + u.len() }
