// args: 2
// #[co] helpers with `T: ?Sized` references, `for<'a> &'a C: IntoIterator`, `impl AsRef<str>` and `&mut dyn Trait`.
fn f(k: i64) -> i64 {
    let a = len_of::<str>("hello").await + len_of::<[i64]>(&[1, 2, 3][..]).await;
    let v = vec![1i64, 2, k];
    let b = total(&v).await;
    let c = shout(String::from("hey")).await + shout("yo").await;
    let mut counter = Counter(0);
    let d = drive(&mut counter, k).await;
    a + b + c + d
}
pub trait Sized2 { fn size2(&self) -> i64; }
impl Sized2 for str { fn size2(&self) -> i64 { self.len() as i64 } }
impl Sized2 for [i64] { fn size2(&self) -> i64 { self.len() as i64 * 10 } }
#[co] fn len_of<T: Sized2 + ?Sized>(x: &T) -> i64 { tick("len").await; x.size2() }
#[co] fn total<C>(c: &C) -> i64 where for<'a> &'a C: IntoIterator<Item = &'a i64> {
    let mut s = 0;
    for x in c { s += *x; tick("tot").await; }
    s
}
#[co] fn shout(s: impl AsRef<str>) -> i64 { let _g = Tracked::new("shout"); tick("sh").await; s.as_ref().to_uppercase().len() as i64 }
pub trait Step { fn step(&mut self) -> i64; }
pub struct Counter(i64);
impl Step for Counter { fn step(&mut self) -> i64 { self.0 += 1; self.0 } }
#[co] fn drive(s: &mut dyn Step, n: i64) -> i64 {
    let mut last = 0;
    for _ in 0..n { tick("drive").await; last = s.step(); }
    last
}
