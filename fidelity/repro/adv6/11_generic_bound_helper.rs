// args:
// Generic non-async helpers with trait bounds called with awaited values as arguments (IntoIterator, Into, PartialOrd).
fn f() -> i64 {
    let v = sum_all(vec![ready("a", 1).await, ready("b", 2).await, 3]);
    let m = max_of(ready("x", 4).await, ready("y", v).await);
    let w: i64 = widen(ready("small", 7i32).await);
    let t = Tracked::new("t");
    let z = pick(&t, ready("flag", true).await).len();
    v * 1000 + m * 100 + w * 10 + z
}
fn sum_all<I: IntoIterator<Item = i64>>(it: I) -> i64 { let s = it.into_iter().sum(); log(format!("sum {s}")); s }
fn max_of<T: PartialOrd + Copy + std::fmt::Debug>(a: T, b: T) -> T { log(format!("max {a:?} {b:?}")); if a > b { a } else { b } }
fn widen<T: Into<i64>>(x: T) -> i64 { x.into() }
fn pick<'a>(t: &'a Tracked, flag: bool) -> &'a Tracked { log(format!("pick {flag}")); t }
