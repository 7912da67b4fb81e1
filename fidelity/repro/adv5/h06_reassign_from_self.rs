// args:
// x = f(x, g().await) and x = x.method(await) reassignments of a Tracked-holding value across awaits.
fn f() -> i64 {
    let mut acc = Acc(Tracked::new("acc0"), 0);
    acc = merge(acc, ready("m1", 3).await);
    acc = merge(acc, make("m2").await.len());
    let mut s = String::from("a");
    s = s + &ready("s", String::from("b")).await;
    s = format!("{s}{}", ready("s2", "c").await);
    tick("end").await;
    acc.1 * 10 + s.len() as i64
}

pub struct Acc(pub Tracked, pub i64);
pub fn merge(a: Acc, n: i64) -> Acc {
    log(format!("merge {} {n}", (a.0).0));
    Acc(a.0, a.1 + n)
}
#[co] fn make(n: &'static str) -> Tracked {
    tick("make").await;
    Tracked::new(n)
}
