// args:
// Pattern parameters on methods and generic coroutines, with homes (borrowed across awaits).
fn f() -> i64 {
    let s = Svc { name: Tracked::new("svc") };
    let a = s.handle((String::from("req"), 3), Tracked::new("extra")).await;
    let b = pick_first((Tracked::new("p1"), Tracked::new("p2")), 5).await;
    let c = sum_pair(Pair { a: Tracked::new("qa"), b: Tracked::new("qbb") }).await;
    a + b + c
}

pub struct Svc { name: Tracked }
impl Svc {
    #[co] fn handle(&self, (body, n): (String, i64), _: Tracked) -> i64 {
        let r = &body;
        tick("h").await;
        r.len() as i64 + n + self.name.len()
    }
}
#[co] fn pick_first<T: std::fmt::Debug>((a, _): (T, Tracked), mut k: i64) -> i64 {
    let r = &a;
    tick("p").await;
    k += show(r);
    k
}
#[co] fn sum_pair(Pair { a, b }: Pair) -> i64 {
    let rb = &b;
    tick("s").await;
    a.len() + rb.len()
}
