//! A minimal driver: polls one awaitable on the current thread, parking
//! between wake-ups. The event loop replaces it.

use crate::Awaitable;
use std::pin::pin;
use std::sync::Arc;
use std::task::{Context, Poll, Wake, Waker};
use std::thread::{self, Thread};

struct ThreadWaker(Thread);

impl Wake for ThreadWaker {
    fn wake(self: Arc<Self>) {
        self.0.unpark();
    }
    fn wake_by_ref(self: &Arc<Self>) {
        self.0.unpark();
    }
}

/// Runs `awaitable` to completion on this thread and returns its output
/// (Python's `asyncio.run`).
pub fn run<A: Awaitable>(awaitable: A) -> A::Output {
    let mut awaitable = pin!(awaitable);
    let waker = Waker::from(Arc::new(ThreadWaker(thread::current())));
    let mut cx = Context::from_waker(&waker);
    loop {
        if let Poll::Ready(v) = awaitable.as_mut().resume(&mut cx) {
            return v;
        }
        thread::park();
    }
}
