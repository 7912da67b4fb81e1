// A reference to a local, held across an `.await`, sent to a thread that
// needs `'static` data (E0597).
#[coro::coroutine]
fn tick() {}

#[coro::coroutine]
fn threads() -> usize {
    let v = vec![1];
    let r = &v;
    tick().await;
    let h = std::thread::spawn(move || r.len());
    h.join().unwrap()
}

fn main() {}
