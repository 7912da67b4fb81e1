use std::pin::Pin;
use std::task::{Context, Poll};

/// Pending once, then ready: a `Send` leaf awaitable.
struct YieldOnce(bool);

impl coro::Awaitable for YieldOnce {
    type Output = ();
    fn resume(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.0 {
            Poll::Ready(())
        } else {
            self.0 = true;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

#[coro::coroutine]
fn add(a: u64, b: u64) -> u64 {
    YieldOnce(false).await;
    a + b
}

#[coro::coroutine]
fn work(items: Vec<u64>) -> u64 {
    let mut total = 0;
    for i in items {
        total = add(total, i).await;
    }
    total
}

fn assert_send<T: Send + 'static>(t: T) -> T {
    t
}

fn main() {
    let machine = assert_send(work(vec![1, 2, 3, 4]));
    let handle = std::thread::spawn(move || coro::run(machine));
    assert_eq!(handle.join().unwrap(), 10);
    let handles: Vec<_> = (0..4u64)
        .map(|k| std::thread::spawn(move || coro::run(work(vec![k; 10]))))
        .collect();
    let sums: Vec<u64> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    assert_eq!(sums, vec![0, 10, 20, 30]);
}
