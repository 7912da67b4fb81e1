// args:
// `Option<&mut i64>` and `Option<&mut Tracked>` parameters: matched, written through, across awaits; None path too.
fn f() -> i64 {
    let mut counter = 5;
    let mut t = Tracked::new("slot");
    let a = bump(Some(&mut counter), None).await;
    let b = bump(Some(&mut counter), Some(&mut t)).await;
    let c = bump(None, Some(&mut t)).await;
    log(format!("t={}", t.name()));
    a * 10000 + b * 100 + c + counter
}
#[co] fn bump(c: Option<&mut i64>, t: Option<&mut Tracked>) -> i64 {
    let mut out = 0;
    if let Some(c) = c {
        *c += ready("inc", 3).await;
        out += *c;
    }
    tick("mid").await;
    match t {
        Some(t) => {
            let old = std::mem::replace(t, Tracked::new("replaced"));
            tick("swap").await;
            out += old.len();
        }
        None => out += 1,
    }
    out
}
