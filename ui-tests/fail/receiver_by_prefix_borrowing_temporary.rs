// The receiver rule by NAME for a temporary receiver before a later
// suspension of its statement: `Doc::new().into_text()` is taken to move
// the `Doc` (`into_*` takes `self`), so the machine would drop it at the
// call, while an `async fn` keeps a temporary that the call borrows to the
// end of the statement, after the `.await`. `Doc::into_text` takes
// `&self`: refused at the call by rustc's own method lookup, made on the
// temporary in code that never runs; write `Doc::into_text(&Doc::new())`
// or bind the `Doc` first.
struct Doc {
    text: String,
}

impl Doc {
    fn new() -> Doc {
        Doc { text: String::from("x") }
    }
    fn into_text(&self, sep: &str) -> String {
        format!("{}{sep}", self.text)
    }
}

impl Drop for Doc {
    fn drop(&mut self) {
        println!("doc dropped");
    }
}

#[coro::coroutine]
fn ready(n: usize) -> usize {
    n
}

#[coro::coroutine]
fn render() -> usize {
    Doc::new().into_text(", ").len() + ready(1).await
}

fn main() {}
