// args:
// Generic coroutine over a trait with an associated type; where clauses on associated types.
fn f() -> i64 {
    let s = Doubler2;
    let out = run_all(&s, vec![1, 2, 3]).await;
    let names = run_all(&Namer, vec![Tracked::new("x"), Tracked::new("yy")]).await;
    out.iter().sum::<i64>() + names.iter().map(|s| s.len() as i64).sum::<i64>()
}

pub trait Step {
    type In;
    type Out: std::fmt::Debug;
    fn step(&self, x: Self::In) -> Self::Out;
}
pub struct Doubler2;
impl Step for Doubler2 {
    type In = i64;
    type Out = i64;
    fn step(&self, x: i64) -> i64 { x * 2 }
}
pub struct Namer;
impl Step for Namer {
    type In = Tracked;
    type Out = String;
    fn step(&self, x: Tracked) -> String { format!("<{}>", x.name()) }
}
#[co] fn run_all<S: Step>(s: &S, items: Vec<S::In>) -> Vec<S::Out> where S::Out: Clone {
    let mut out = Vec::new();
    for it in items {
        tick("step").await;
        out.push(s.step(it));
    }
    log(format!("{:?}", out));
    out
}
