// args: 3
// Un-awaited coroutines stored in struct fields, tuples and Options, awaited later by field (`h.fut.await`, a partial
// move), out of order (`b.await + a.await`), conditionally (`if let Some(f) = maybe { f.await }`).
fn f(k: i64) -> i64 {
    let h = Holder { fut: helper(k, "field"), name: Tracked::new("holder") };
    let v = h.fut.await;
    let w = v + h.name.len();
    let (a, b) = (helper(1, "a"), helper(2, "b"));
    let x = b.await * 10 + a.await;
    let maybe = if k > 2 { Some(helper(100, "maybe")) } else { None };
    let y = if let Some(fu) = maybe { fu.await } else { -1 };
    w * 10000 + x * 100 + y
}
pub struct Holder<F> { fut: F, name: Tracked }
#[co] fn helper(k: i64, name: &'static str) -> i64 { let _t = Tracked::new(name); tick(name).await; k }
