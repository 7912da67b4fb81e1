// args:
// class closure (item 3): a non-move closure capturing a homed local by reference, called after an await
// (it captures the home's place, made `move` over it: fragment/mentions.rs, Frame).
fn f() -> i64 {
    let t: Tracked = Tracked::new("t");
    let g = |x: i64| x + t.len();
    tick("r").await;
    g(1)
}
