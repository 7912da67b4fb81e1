// args: 2
// An expression tree `enum Expr { Num, Add(Box<Expr>, Box<Expr>), Neg(Box<Expr>), Var(&str) }` evaluated iteratively
// with an explicit stack and awaited variable lookups; match on `&Expr` with box deref patterns via `**`.
fn f(k: i64) -> i64 {
    let e = Ex::Add(Box::new(Ex::Num(2)), Box::new(Ex::Neg(Box::new(Ex::Add(Box::new(Ex::Var("x")), Box::new(Ex::Num(k)))))));
    let mut stack: Vec<(&Ex, bool)> = vec![(&e, false)];
    let mut vals: Vec<i64> = Vec::new();
    while let Some((node, visited)) = stack.pop() {
        match (node, visited) {
            (Ex::Num(n), _) => vals.push(*n),
            (Ex::Var(name), _) => vals.push(ready("lookup", name.len() as i64 * 10).await),
            (Ex::Neg(inner), false) => { stack.push((node, true)); stack.push((&**inner, false)); }
            (Ex::Neg(_), true) => { let v = vals.pop().unwrap(); vals.push(-v); }
            (Ex::Add(a, b), false) => { stack.push((node, true)); stack.push((b, false)); stack.push((a, false)); }
            (Ex::Add(..), true) => { let b = vals.pop().unwrap(); let a = vals.pop().unwrap(); tick("add").await; vals.push(a + b); }
        }
    }
    vals.pop().unwrap_or(0)
}
pub enum Ex { Num(i64), Var(&'static str), Neg(Box<Ex>), Add(Box<Ex>, Box<Ex>) }
