// args:
// A trait with a generic coroutine consumer, dyn and impl Trait arguments.
fn f() -> i64 {
    let a = Fixed(Tracked::new("fixed"));
    let b = Doubler { base: 4 };
    let x = drive(&a, 2).await;
    let y = drive(&b, 3).await;
    let z = drive_dyn(&b as &dyn Source).await;
    x + y + z
}

pub trait Source {
    fn get(&self, k: i64) -> i64;
    fn label(&self) -> String { "src".to_string() }
}
pub struct Fixed(Tracked);
impl Source for Fixed {
    fn get(&self, k: i64) -> i64 { self.0.len() + k }
}
pub struct Doubler { base: i64 }
impl Source for Doubler {
    fn get(&self, k: i64) -> i64 { self.base * k }
    fn label(&self) -> String { format!("dbl{}", self.base) }
}
#[co] fn drive<S: Source + ?Sized>(s: &S, times: i64) -> i64 {
    let mut acc = 0;
    for i in 0..times {
        acc += s.get(i);
        tick("d").await;
    }
    log(s.label());
    acc
}
#[co] fn drive_dyn(s: &dyn Source) -> i64 {
    let v = s.get(1);
    tick("dyn").await;
    v + s.label().len() as i64
}
