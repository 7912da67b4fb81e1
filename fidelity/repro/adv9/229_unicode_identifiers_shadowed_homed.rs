// args: 2
// Non-ASCII identifiers (`café`, `größe`, `λ`) as bindings that are shadowed, homed and captured across awaits.
fn f(k: i64) -> i64 {
    let café = Tracked::new("cafe");
    let größe = &café;
    let λ = |x: i64| x + größe.len();
    let café_n = k;
    let café_n = café_n * 2;
    tick("a").await;
    let ünit = ready("u", λ(café_n)).await;
    log(format!("{ünit} {café_n}"));
    ünit + größe.len()
}
