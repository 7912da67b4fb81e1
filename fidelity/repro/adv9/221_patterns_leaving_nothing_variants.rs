// args: 1
// Patterns that move all of a binding through `@` in `if let`, `let else` and a tuple scrutinee binding, each
// followed by an await in their scope.
fn f(k: i64) -> i64 {
    let a = opt_trk("a", true);
    let mut s = 0;
    if let all @ Some(_) = a {
        tick("iflet").await;
        s += opt_len(&all);
    }
    let b = duo("b0", "b1");
    let both @ (_, _) = b else { return 0 };
    tick("letelse").await;
    s += both.0.len() + both.1.len();
    s + k
}
