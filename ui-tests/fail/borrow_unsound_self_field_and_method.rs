// A `&mut self` coroutine holds `&mut self.buf` across `.await`s while it
// calls another `&mut self` coroutine (E0499).
#[coro::coroutine]
fn tick() {}

struct Conn {
    buf: Vec<u8>,
    n: u32,
}

impl Conn {
    #[coro::coroutine]
    fn bump(&mut self) -> u32 {
        self.n += 1;
        self.n
    }

    #[coro::coroutine]
    fn serve(&mut self) -> usize {
        let buf = &mut self.buf;
        tick().await;
        self.bump().await;
        buf.push(1);
        buf.len()
    }
}

fn main() {}
