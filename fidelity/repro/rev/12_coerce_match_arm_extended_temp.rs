// args: 0
// `let s: &Tracked = match k { 0 => &Tracked::new(..), _ => { .await; &owned } }`: the arm's temporary is lifetime-extended to the block.
fn f(k: i64) -> i64 {
    let owned = Tracked::new("owned");
    let s: &Tracked = match k {
        0 => &Tracked::new("temp"),
        _ => { tick("a").await; &owned }
    };
    tick("b").await;
    s.len()
}
