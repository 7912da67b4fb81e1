// args:
// Generic coroutines with trait bounds and a trait object Vec; Display + Debug bounds; impl Trait args.
fn f() -> i64 {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Sq(Tracked::new("sq"), 3)), Box::new(Circle(2))];
    let mut total = 0;
    for s in &shapes {
        total += measure(s.as_ref()).await;
    }
    let labelled = describe(vec![1i64, 2, 3]).await + describe(["x", "yy"]).await;
    total + labelled + sum_all((1..=4).map(|x| x * x)).await
}

pub trait Shape {
    fn area(&self) -> i64;
    fn name(&self) -> String;
}
pub struct Sq(pub Tracked, pub i64);
pub struct Circle(pub i64);
impl Shape for Sq {
    fn area(&self) -> i64 { self.1 * self.1 }
    fn name(&self) -> String { format!("sq-{}", self.0.name()) }
}
impl Shape for Circle {
    fn area(&self) -> i64 { 3 * self.0 * self.0 }
    fn name(&self) -> String { "circle".into() }
}
#[co] fn measure(s: &dyn Shape) -> i64 {
    let n = s.name();
    tick("measure").await;
    log(n);
    s.area()
}
#[co] fn describe<T: std::fmt::Debug, I: IntoIterator<Item = T>>(items: I) -> i64 {
    let mut n = 0;
    for it in items {
        tick("item").await;
        n += show(&it);
    }
    n
}
#[co] fn sum_all(it: impl Iterator<Item = i64>) -> i64 {
    let mut s = 0;
    for x in it {
        s += ready("sum", x).await;
    }
    s
}
