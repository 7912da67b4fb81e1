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

struct Pair {
    a: String,
    b: String,
}

// A struct pattern is irrefutable, which syntax cannot tell from an enum
// variant's: the arm's choice must not warn `irrefutable_let_patterns`.
#[coro::coroutine]
fn guarded_struct(p: Pair) -> usize {
    match p {
        Pair { a, b: _ } if ready(a.len() > 1).await => a.len(),
        Pair { .. } => 0,
    }
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
    let pair = |a: &str| Pair { a: a.into(), b: "b".into() };
    assert_eq!(coro::run(guarded_struct(pair("abc"))), 3);
    assert_eq!(coro::run(guarded_struct(pair("a"))), 0);
    let n = Named { name: "x".into() };
    assert_eq!(coro::run(n.get()), "x");
}
