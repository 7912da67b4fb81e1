// args:
// MIN (refusal, NEW): a `ref` binding of a pattern on `*b` (`b: Box<(Tracked, Tracked)>`),
// used after an `.await`: `let (ref x, _) = *bx; tick().await; log(x.name());` (the same in a
// one-arm `match *bx { (ref x, _) => { tick().await; .. } }`).
// coro: error[E0597]: `bx.0` does not live long enough (at the `let (ref x, _)` line);
// async fn: compiles, runs. By-value forms (`let (x, _) = *bx;`, `match *bx { (x, _) => .. }`)
// pass. Likely transform file: macros/transform/src/destructuring.rs (a `ref` binding into a
// place under a `Box` deref: the borrow of the homed box's field is not carried as a borrow
// of the home), or lower/bindings.rs.
// Generator: --classes ci,box-pattern,box-pattern-ref (class `box-pattern-ref`, split off).
fn f() -> i64 {
    let bx = Box::new((Tracked::new("a"), Tracked::new("b")));
    let (ref x, _) = *bx;
    tick("r").await;
    log(x.name());
    0
}
