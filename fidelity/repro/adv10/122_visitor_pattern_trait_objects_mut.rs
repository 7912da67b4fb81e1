// args: 2
// A visitor over an AST of boxed enums with a `&mut dyn Visitor`, driven by a #[co] walk over an explicit stack.
fn f(k: i64) -> i64 {
    let ast = Expr::Add(Box::new(Expr::Num(k)), Box::new(Expr::Mul(Box::new(Expr::Num(3)), Box::new(Expr::Neg(Box::new(Expr::Num(2)))))));
    let mut counter = CountNodes { n: 0, _t: Tracked::new("counter") };
    walk(&ast, &mut counter).await;
    let mut ev = Eval { stack: Vec::new() };
    walk(&ast, &mut ev).await;
    counter.n * 1000 + ev.stack.pop().unwrap_or(0)
}
pub enum Expr { Num(i64), Add(Box<Expr>, Box<Expr>), Mul(Box<Expr>, Box<Expr>), Neg(Box<Expr>) }
pub trait Visitor { fn post(&mut self, e: &Expr); }
pub struct CountNodes { n: i64, _t: Tracked }
impl Visitor for CountNodes { fn post(&mut self, _: &Expr) { self.n += 1; } }
pub struct Eval { stack: Vec<i64> }
impl Visitor for Eval {
    fn post(&mut self, e: &Expr) {
        let v = match e {
            Expr::Num(n) => *n,
            Expr::Add(..) => { let b = self.stack.pop().unwrap(); let a = self.stack.pop().unwrap(); a + b }
            Expr::Mul(..) => { let b = self.stack.pop().unwrap(); let a = self.stack.pop().unwrap(); a * b }
            Expr::Neg(_) => -self.stack.pop().unwrap(),
        };
        self.stack.push(v);
    }
}
#[co] fn walk(root: &Expr, v: &mut dyn Visitor) {
    let mut stack: Vec<(&Expr, bool)> = vec![(root, false)];
    while let Some((e, done)) = stack.pop() {
        if done { v.post(e); tick("post").await; continue; }
        stack.push((e, true));
        match e {
            Expr::Num(_) => {}
            Expr::Add(a, b) | Expr::Mul(a, b) => { stack.push((b, false)); stack.push((a, false)); }
            Expr::Neg(a) => stack.push((a, false)),
        }
    }
}
