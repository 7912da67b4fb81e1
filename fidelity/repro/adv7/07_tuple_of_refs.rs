// args:
// A tuple of references `(&a, &mut b)` destructured and held across awaits; swap through `&mut`; then the owners read.
fn f() -> i64 {
    let a = Tracked::new("aa");
    let mut b = Tracked::new("bbbb");
    let mut c = Tracked::new("c");
    let (ra, rb) = (&a, &mut b);
    tick("t1").await;
    std::mem::swap(rb, &mut c);
    let n = ra.len() + ready("x", rb.len()).await;
    tick("t2").await;
    n * 100 + b.len() * 10 + c.len()
}
