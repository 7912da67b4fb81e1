// args:
// MIN (refusal): a struct binding initialised by a call (`let p = pair_of(..)`), one field borrowed across a suspension
// (a home), the other field moved after it: E0507 "cannot move out of a mutable reference: move occurs because value has
// type `Tracked`". The same with a struct literal (`let p = Pair { a: .., b: .. };`) passes, and so does the call without the
// borrow across the `.await`. Limit 7 says a homed binding is split wherever a field is moved; not here. Found by 129_ref_pattern_bindings.rs
// (whose `let Pair { ref a, ref b } = p;` form is limit 3's documented E0507 for `ref` patterns).
fn f() -> i64 {
    let p = pair_of("a", "b");
    let a = &p.a;
    tick("t").await;
    a.len() + take(p.b)
}
