// args:
// A recursive-descent expression parser (sync, over a token slice) driven by a #[co] loop that awaits per input line.
fn f() -> i64 {
    let lines = ["1 + 2 * 3", "( 4 + 1 ) * 2", "7 - 2 - 1"];
    let mut out = 0;
    for l in lines {
        let toks: Vec<&str> = ready("read", l).await.split(' ').collect();
        let mut pos = 0;
        let v = expr(&toks, &mut pos);
        tick("eval").await;
        out = out * 100 + v;
    }
    out
}
fn expr(t: &[&str], p: &mut usize) -> i64 {
    let mut v = term(t, p);
    while *p < t.len() && (t[*p] == "+" || t[*p] == "-") { let op = t[*p]; *p += 1; let r = term(t, p); v = if op == "+" { v + r } else { v - r }; }
    v
}
fn term(t: &[&str], p: &mut usize) -> i64 {
    let mut v = atom(t, p);
    while *p < t.len() && t[*p] == "*" { *p += 1; v *= atom(t, p); }
    v
}
fn atom(t: &[&str], p: &mut usize) -> i64 {
    if t[*p] == "(" { *p += 1; let v = expr(t, p); *p += 1; v } else { let v = t[*p].parse().unwrap(); *p += 1; v }
}
