// A homed binding (`buf` is borrowed across the `.await`) whose method is
// named like one taking `self` (`into_*`) but takes `&self`: the machine
// reads `buf` out of its home for the call (a move, as the name says), so
// the never-run `async` copy moves it too, and the later use is E0382 there,
// never a use of the value the machine dropped. Before that, the receiver
// check (`receiver_by_prefix_borrowing`) refuses the call itself (E0793).
// Rewrite: rename the method, or call it as `Buffer::into_text(&buf)`.
struct Buffer {
    text: String,
}

impl Buffer {
    fn into_text(&self) -> String {
        self.text.clone()
    }
}

#[coro::coroutine]
fn tick() {}

#[coro::coroutine]
fn render() -> usize {
    let buf = Buffer { text: String::from("x") };
    let r = &buf;
    tick().await;
    let n = r.text.len();
    let copy = buf.into_text();
    tick().await;
    n + copy.len() + buf.text.len()
}

fn main() {}
