// Calls the receiver rule takes by their names (`into_*`, `unwrap*`,
// `expect*`) to move their receiver, checked by rustc's own method lookup
// (`receiver_by_prefix_borrowing`): each method here does take `self` (an
// inherent method of a user type, a trait's, std's), or the receiver is a
// reference, so they compile, and the receiver is dropped where the call
// takes it, before the `.await`.
use std::cell::RefCell;

thread_local! {
    static LOG: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

fn log(s: &str) {
    LOG.with(|l| l.borrow_mut().push(s.to_string()));
}

struct Doc {
    text: String,
}

impl Doc {
    fn into_text(self) -> String {
        std::mem::take(&mut { self }.text)
    }
    fn into_len(&self) -> usize {
        self.text.len()
    }
}

impl Drop for Doc {
    fn drop(&mut self) {
        log("drop doc");
    }
}

trait IntoParts {
    fn into_parts(self) -> (String, usize);
}

impl IntoParts for Doc {
    fn into_parts(self) -> (String, usize) {
        let n = self.text.len();
        (self.into_text(), n)
    }
}

#[coro::coroutine]
fn tick() {
    log("tick");
}

#[coro::coroutine]
fn run<I: IntoIterator<Item = u8>>(items: I) -> usize {
    let doc = Doc { text: String::from("ab") };
    let text = doc.into_text();
    tick().await;
    let doc = Doc { text: String::from("abc") };
    let (_, n) = doc.into_parts();
    tick().await;
    let by_ref = &Doc { text: String::from("abcd") };
    let m = by_ref.into_len();
    tick().await;
    let opt = Some(String::from("x"));
    let s = opt.unwrap();
    let res: Result<String, String> = Ok(String::from("y"));
    let r = res.unwrap_or_default();
    let v = vec![1u8, 2];
    let it = v.into_iter();
    tick().await;
    let total: usize = items.into_iter().map(usize::from).sum();
    text.len() + n + m + s.len() + r.len() + it.count() + total
}

fn main() {
    let n = coro::run(run([1u8, 2]));
    assert_eq!(n, 2 + 3 + 4 + 1 + 1 + 2 + 3);
    let log = LOG.with(|l| l.borrow().clone());
    let ticks: Vec<usize> = (0..log.len()).filter(|&i| log[i] == "tick").collect();
    // Each `Doc` taken by value is dropped by the call, before the tick.
    assert_eq!(log[0], "drop doc");
    assert_eq!(log[2], "drop doc");
    assert_eq!(ticks.len(), 4);
}
