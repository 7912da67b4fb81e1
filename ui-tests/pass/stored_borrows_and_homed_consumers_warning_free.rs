// Borrows stored into another binding (`v.push(&s)`, `h.f = Some(..)`,
// `push_into(&mut v, &s)`), a closure naming a local inline in a format
// string, and homed receivers of `sum`/`or`/`take` (moved out of their home
// or borrowed there by their type): no warning, and they run.
#![deny(warnings)]

struct Holder<'a> {
    f: Option<&'a str>,
}

fn push_into<'a>(v: &mut Vec<&'a str>, s: &'a str) {
    v.push(s);
}

#[coro::coroutine]
fn ready(n: usize) -> usize {
    n
}

#[coro::coroutine]
fn run() -> usize {
    let s = String::from("ab");
    let mut v: Vec<&str> = Vec::new();
    v.push(&s);
    push_into(&mut v, s.as_str());
    let mut h = Holder { f: None };
    h.f = Some(s.as_str());
    let prefix = String::from("item-");
    let fmt = |n: usize| format!("{prefix}{n}");
    let words = vec![1usize, 2, 3];
    let lens = words.iter();
    let total: usize = lens.sum();
    let primary = Some(String::from("p"));
    let chosen = primary.or(None);
    let mut slot = Some(String::from("t"));
    let r = &slot;
    let k = r.as_ref().map_or(0, String::len);
    ready(0).await;
    let taken = slot.take();
    ready(1).await;
    v.len() + h.f.map_or(0, str::len) + fmt(1).len() + total + chosen.map_or(0, |c| c.len())
        + k + taken.map_or(0, |t| t.len()) + slot.map_or(0, |t| t.len())
}

fn main() {
    assert_eq!(coro::run(run()), 2 + 2 + 6 + 6 + 1 + 1 + 1);
}
