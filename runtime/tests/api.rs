//! Static guarantees of the public API: every awaitable is `Unpin` (the
//! coroutine machines require `Unpin` sub-awaitables), wakers are `Send +
//! Sync`, and error types are real errors.

mod common;

use common::{aw, block_on};
use coro_runtime::*;
use std::marker::PhantomPinned;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};
use std::time::Duration;

fn assert_unpin_awaitable<A: Awaitable + Unpin>(_: &A) {}
fn assert_send_sync<T: Send + Sync>(_: &T) {}
fn assert_error<E: std::error::Error>(_: &E) {}

/// An output type that is not `Unpin`, to check that outputs do not leak
/// `!Unpin` into the combinators.
struct NotUnpin(#[allow(dead_code)] PhantomPinned);

#[test]
fn public_awaitables_are_unpin_even_with_unpin_hostile_outputs() {
    block_on(async {
        let q: Queue<NotUnpin> = Queue::new(0);
        assert_unpin_awaitable(&q.put(NotUnpin(PhantomPinned)));
        assert_unpin_awaitable(&q.get());
        assert_unpin_awaitable(&q.join());
        assert_unpin_awaitable(&sleep(Duration::ZERO));
        let task = spawn(from_future(async { NotUnpin(PhantomPinned) }));
        assert_unpin_awaitable(&task);
        let s = sleep(Duration::ZERO);
        assert_unpin_awaitable(&wait_for(s, Duration::ZERO));
        let g = gather(vec![from_future(async { NotUnpin(PhantomPinned) })]);
        assert_unpin_awaitable(&g);
        let t = coro_runtime::gather!(
            from_future(async { NotUnpin(PhantomPinned) }),
            sleep(Duration::ZERO)
        );
        assert_unpin_awaitable(&t);
        let ac = as_completed(vec![sleep(Duration::ZERO)]);
        assert_unpin_awaitable(&ac.next());
        assert_unpin_awaitable(&Lock::new().lock());
        assert_unpin_awaitable(&Semaphore::new(1).acquire());
        assert_unpin_awaitable(&Event::new().wait());
        assert_unpin_awaitable(&to_thread(|| NotUnpin(PhantomPinned)));
        task.cancel();
    });
}

struct GrabWaker;

impl Awaitable for GrabWaker {
    type Output = Waker;
    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Waker> {
        Poll::Ready(cx.waker().clone())
    }
}

#[test]
fn task_wakers_are_send_and_sync_and_outlive_their_task_harmlessly() {
    let waker = block_on(async {
        let task = spawn(GrabWaker);
        let waker = aw(task).await.unwrap();
        assert_send_sync(&waker);
        waker.wake_by_ref(); // the task is gone: a no-op
        let w = waker.clone();
        std::thread::spawn(move || w.wake()).join().unwrap();
        aw(sleep(Duration::from_millis(1))).await;
        waker
    });
    waker.wake(); // the loop is gone too
    assert_eq!(block_on(async { 5 }), 5);
}

#[test]
fn error_types_implement_error_and_display() {
    assert_error(&TimeoutError);
    assert_error(&GetNowaitError::Empty);
    assert_error(&PutNowaitError::Full(1));
    assert_error(&QueueShutDown(1));
    assert_error(&TaskError::Cancelled);
    assert_eq!(TaskError::Cancelled.to_string(), "task was cancelled");
    assert_eq!(
        TaskError::Panicked("boom".into()).to_string(),
        "task panicked: boom"
    );
    assert!(TaskError::Cancelled.is_cancelled());
    assert!(TaskError::Panicked(String::new().into()).is_panic());
}
