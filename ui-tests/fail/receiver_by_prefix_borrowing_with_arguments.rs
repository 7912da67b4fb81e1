// The receiver rule by NAME, for the prefixes called with arguments:
// `doc.into_joined(", ")` is taken to move `doc` (`into_*` takes `self`),
// so the machine would drop `doc` at the call, before the `.await`, while
// an `async fn` keeps it to the end of its scope. `Doc::into_joined` takes
// `&self`: the transform makes the same call, in code that never runs, on
// a value of `doc`'s type that cannot be borrowed, with the arguments
// stood in for by values of their types (a closure literal by one that
// diverges), so rustc's own method lookup refuses it at the call; the macro
// in the error's last note says what to write, `(&doc).into_joined(..)`.
// An argument whose type only the argument itself gives (a generic
// parameter) and that is neither a literal, a path nor a binding of the
// coroutine cannot be stood in for: E0282 names the function to read,
// `unknown_argument__bind_it_to_a_variable_first`.
struct Doc {
    text: String,
}

impl Doc {
    fn into_joined(&self, sep: &str) -> String {
        format!("{}{sep}", self.text)
    }
    fn unwrap_by<F: Fn(&str) -> usize>(&self, f: F) -> usize {
        f(&self.text)
    }
    fn into_shown<S: std::fmt::Display>(self, s: S) -> String {
        format!("{}{s}", self.text)
    }
}

impl Drop for Doc {
    fn drop(&mut self) {
        println!("doc dropped");
    }
}

fn sep() -> u8 {
    1
}

#[coro::coroutine]
fn tick() {}

#[coro::coroutine]
fn render() -> usize {
    let doc = Doc { text: String::from("x") };
    let text = doc.into_joined(", ");
    tick().await;
    text.len()
}

#[coro::coroutine]
fn measure() -> usize {
    let doc = Doc { text: String::from("x") };
    let n = doc.unwrap_by(|s| s.len());
    tick().await;
    n
}

#[coro::coroutine]
fn shown() -> usize {
    let doc = Doc { text: String::from("x") };
    let text = doc.into_shown(sep());
    tick().await;
    text.len()
}

fn main() {}
