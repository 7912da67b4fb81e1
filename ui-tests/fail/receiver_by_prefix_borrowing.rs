// The receiver rule by NAME, for the prefixes: `doc.into_text()` is taken to
// move `doc` (Rust's naming convention: `into_*` takes `self`), so the
// machine would not carry `doc` across the `.await` and would drop it there,
// while an `async fn` keeps it to the end of its scope. `Doc::into_text`
// takes `&self` (`clippy::wrong_self_convention` warns of it): the transform
// makes the same call, in code that never runs, on a value of `doc`'s type
// that cannot be borrowed, so rustc's own method lookup refuses it at the
// call; the macro in the error's last note says what to write,
// `(&doc).into_text()`. `unwrap_all(&mut self)` and a method reached through
// `Rc`'s `Deref` are refused the same way.
use std::rc::Rc;

struct Doc {
    text: String,
}

impl Doc {
    fn into_text(&self) -> String {
        self.text.clone()
    }
    fn unwrap_all(&mut self) -> usize {
        self.text.len()
    }
}

impl Drop for Doc {
    fn drop(&mut self) {
        println!("doc dropped");
    }
}

#[coro::coroutine]
fn tick() {}

#[coro::coroutine]
fn render() -> usize {
    let doc = Doc { text: String::from("x") };
    let text = doc.into_text();
    tick().await;
    text.len()
}

#[coro::coroutine]
fn count() -> usize {
    let mut doc = Doc { text: String::from("x") };
    let n = doc.unwrap_all();
    tick().await;
    n
}

#[coro::coroutine]
fn shared() -> usize {
    let doc = Rc::new(Doc { text: String::from("x") });
    let text = doc.into_text();
    tick().await;
    text.len()
}

fn main() {}
