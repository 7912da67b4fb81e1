// args:
// Nested enum `Expr` (Box children) evaluated with an explicit work stack of `&Expr`, awaiting at each leaf.
fn f() -> i64 {
    use Expr::*;
    let e = Add(Box::new(Mul(Box::new(Lit(3)), Box::new(Lit(4)))), Box::new(Neg(Box::new(Lit(5)))));
    let mut stack: Vec<&Expr> = vec![&e];
    let mut lits = Vec::new();
    let mut ops = 0;
    while let Some(node) = stack.pop() {
        match node {
            Lit(n) => lits.push(ready("lit", *n).await),
            Add(a, b) | Mul(a, b) => { ops += 1; stack.push(b); stack.push(a); }
            Neg(inner) => { tick("neg").await; stack.push(inner); ops += 10; }
        }
    }
    lits.iter().fold(ops, |a, x| a * 10 + x)
}
pub enum Expr { Lit(i64), Add(Box<Expr>, Box<Expr>), Mul(Box<Expr>, Box<Expr>), Neg(Box<Expr>) }
