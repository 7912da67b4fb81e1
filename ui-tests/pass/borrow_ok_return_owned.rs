// The nearest valid forms of returning a reference to a local borrowed
// across an `.await` (ui-tests/fail/borrow_unsound_return_local_ref.rs):
// return an owned value, the local itself once the borrow ended, or a
// reference into an argument.
#[coro::coroutine]
fn tick() {}

#[coro::coroutine]
fn shout(a: &str) -> String {
    let owned = format!("{a}!");
    let r = owned.as_str();
    tick().await;
    r.to_uppercase()
}

#[coro::coroutine]
fn give_back() -> Vec<i32> {
    let v = vec![1, 2];
    let r = &v;
    tick().await;
    let n = r.len() as i32;
    tick().await;
    let mut v = v;
    v.push(n);
    v
}

#[coro::coroutine]
fn first_word<'a>(a: &'a str) -> &'a str {
    let words: Vec<&'a str> = a.split(' ').collect();
    let r = &words;
    tick().await;
    r[0]
}

fn main() {
    assert_eq!(coro::run(shout("hi")), "HI!");
    assert_eq!(coro::run(give_back()), vec![1, 2, 2]);
    assert_eq!(coro::run(first_word("one two")), "one");
}
