// args:
// User macros in a `for` head (`for x in evens!(6)`), as a pattern (`match v { small!() => .. }`) and a type (`let v: vec_of!(i64)`).
fn f() -> i64 {
    macro_rules! evens { ($n:expr) => { (0..$n).filter(|x| x % 2 == 0) }; }
    macro_rules! small { () => { 0..=2 }; }
    macro_rules! vec_of { ($t:ty) => { Vec<$t> }; }
    let mut v: vec_of!(i64) = Vec::new();
    for x in evens!(6) {
        v.push(ready("x", x).await);
    }
    let mut out = 0;
    for x in &v {
        out = out * 10 + match *x { small!() => { tick("small").await; 1 } _ => 2 };
    }
    out
}
