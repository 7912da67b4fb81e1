// Generated code for match guards that await and for elided lifetimes is
// warning-free, as the same `async fn` would be.
#![deny(warnings)]

#[coro::coroutine]
fn ready(v: bool) -> bool {
    v
}

#[coro::coroutine]
fn guarded(o: Option<Vec<i32>>) -> usize {
    match o {
        Some(v) if ready(true).await => v.len(),
        Some(w) if w.len() > 9 && ready(false).await => 9,
        _ => 0,
    }
}

#[coro::coroutine]
fn first_word(s: &str) -> &str {
    ready(true).await;
    s.split(' ').next().unwrap_or("")
}

struct Named {
    name: String,
}

impl Named {
    #[coro::coroutine]
    fn get(&self) -> &str {
        ready(true).await;
        &self.name
    }
}

fn main() {
    assert_eq!(coro::run(guarded(Some(vec![1, 2]))), 2);
    assert_eq!(coro::run(first_word("a b")), "a");
    let n = Named { name: "x".into() };
    assert_eq!(coro::run(n.get()), "x");
}
