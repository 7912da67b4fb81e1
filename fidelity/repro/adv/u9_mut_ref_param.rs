// args:
// Nested coroutines taking &mut Vec and &str, returning a borrowed &str.
fn f() -> i64 {
    let mut v: Vec<Tracked> = Vec::new();
    fill(&mut v, 2).await;
    fill(&mut v, 1).await;
    let text = String::from("alpha beta");
    let w = first_word(&text).await;
    let w2 = first_word(w).await;
    v.len() as i64 * 100 + w.len() as i64 + w2.len() as i64
}

#[co] fn fill(v: &mut Vec<Tracked>, n: i64) {
    for _ in 0..n {
        tick("fill").await;
        v.push(Tracked::new("f"));
    }
}
#[co] fn first_word(s: &str) -> &str {
    tick("fw").await;
    s.split(' ').next().unwrap_or("")
}
