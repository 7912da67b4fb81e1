// The receiver rule by NAME through a `Box`: `doc.into_text()` on a
// `Box<Doc>` is taken to move `doc`, but `Doc::into_text` takes `&self`,
// reached through the box's deref (built in: no reference to the value the
// check makes, so the check is made on a value of `Doc`, not of
// `Box<Doc>`): refused at the call as without the box; write
// `(&doc).into_text()`.
struct Doc {
    text: String,
}

impl Doc {
    fn into_text(&self) -> String {
        self.text.clone()
    }
    fn unwrap_or_text(&self, other: &str) -> String {
        format!("{}{other}", self.text)
    }
}

#[coro::coroutine]
fn tick() {}

#[coro::coroutine]
fn render() -> usize {
    let doc = Box::new(Doc { text: String::from("x") });
    let text = doc.into_text();
    tick().await;
    text.len()
}

#[coro::coroutine]
fn render_or() -> usize {
    let doc = Box::new(Doc { text: String::from("x") });
    let text = doc.unwrap_or_text("y");
    tick().await;
    text.len()
}

fn main() {}
