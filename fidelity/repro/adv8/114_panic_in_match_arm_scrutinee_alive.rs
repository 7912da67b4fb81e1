// args:
// A panic inside a match arm while an awaited scrutinee (Tracked) and arm bindings are alive.
fn f() -> i64 {
    let _g = Tracked::new("g");
    match ready("s", pair_of("pa", "pb")).await {
        Pair { a, b } if a.len() == 2 => {
            let _inner = Tracked::new("inner");
            tick("arm").await;
            if b.len() == 2 { panic!("boom {}", a.name()); }
            0
        }
        _ => 1,
    }
}
