// args: 2
// Arms with guards that read bindings, then move the binding in the arm body after an await.
fn f(k: i64) -> i64 {
    let mut n = 0;
    for i in 0..3 {
        let o = opt_trk(if i == 0 { "zero" } else { "other" }, i != k);
        n += match o {
            Some(t) if t.name() == "zero" => { tick("zero").await; take(t) }
            Some(t) if i == 2 => { let l = t.len(); tick("two").await; l + take(t) * 10 }
            Some(t) => { tick("some").await; drop(t); 1 }
            None => 0,
        };
    }
    n
}
