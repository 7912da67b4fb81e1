// args: 2
// Generic #[co] fns whose bodies hold borrows across awaits (homes): `T: ?Sized`, HRTB closures, const generics,
// `where T: 'a`, generic methods on a generic struct.
fn f(k: i64) -> i64 {
    let a = describe("hello").await;
    let b = describe(&[1i64, 2, 3][..]).await;
    let c = apply_twice(|s: &str| s.trim(), "  pad  ").await;
    let d = windows_sum([1, 2, k, 4]).await;
    let h = Holder { items: vec![Tracked::new("h1"), Tracked::new("h22")] };
    let e = h.longest_by(|t| t.name().len()).await;
    a * 10000 + b * 1000 + c * 100 + d * 10 + e
}
#[co] fn describe<T: ?Sized + std::fmt::Debug>(x: &T) -> i64 {
    let s = format!("{:?}", x);
    let r = &s;
    tick("describe").await;
    r.len() as i64 % 10
}
#[co] fn apply_twice<F>(f: F, s: &str) -> i64 where F: for<'a> Fn(&'a str) -> &'a str {
    let once = f(s);
    tick("once").await;
    let twice = f(once);
    twice.len() as i64
}
#[co] fn windows_sum<const N: usize>(xs: [i64; N]) -> i64 {
    let w = xs.windows(2);
    tick("windows").await;
    w.map(|p| p[0] * p[1]).sum::<i64>() % 10
}
pub struct Holder<T> { items: Vec<T> }
impl<T> Holder<T> {
    #[co] fn longest_by<K: Ord>(&self, key: impl Fn(&T) -> K) -> i64 {
        let best = self.items.iter().max_by_key(|t| key(t));
        tick("best").await;
        best.map_or(0, |_| self.items.len() as i64)
    }
}
