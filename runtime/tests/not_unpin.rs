//! `gather!`, `gather()`, `wait_for` and `as_completed` accept `!Unpin`
//! awaitables and keep them pinned: a child never moves once resumed, and is
//! dropped where it was resumed.

mod common;

use common::{aw, block_on};
use coro_runtime::{Awaitable, TimeoutError, as_completed, gather, wait_for};
use std::cell::RefCell;
use std::marker::PhantomPinned;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};
use std::time::Duration;

const MS: Duration = Duration::from_millis(1);

/// What the [`Pinned`] children report.
#[derive(Clone, Default)]
struct Probe(Rc<RefCell<Vec<String>>>);

impl Probe {
    fn push(&self, event: String) {
        self.0.borrow_mut().push(event);
    }
    fn count(&self, prefix: &str) -> usize {
        self.0
            .borrow()
            .iter()
            .filter(|e| e.starts_with(prefix))
            .count()
    }
    fn events(&self) -> Vec<String> {
        self.0.borrow().clone()
    }
}

/// A self-referential-style awaitable: `!Unpin`, it records its address at
/// its first resume and asserts on every later resume, and on drop, that it
/// has not moved. It is `Pending` `pending` times (waking itself if `wake`),
/// then `Ready(value)`.
struct Pinned {
    name: &'static str,
    value: u32,
    pending: usize,
    wake: bool,
    address: Option<usize>,
    probe: Probe,
    _pin: PhantomPinned,
}

impl Pinned {
    /// Ready with `value` after `pending` self-woken `Pending`s.
    fn new(probe: &Probe, name: &'static str, pending: usize, value: u32) -> Self {
        Pinned {
            name,
            value,
            pending,
            wake: true,
            address: None,
            probe: probe.clone(),
            _pin: PhantomPinned,
        }
    }

    /// Pending forever, without arranging to be woken.
    fn never(probe: &Probe, name: &'static str) -> Self {
        let mut never = Pinned::new(probe, name, usize::MAX, 0);
        never.wake = false;
        never
    }

    fn here(&self) -> usize {
        self as *const Self as usize
    }
}

impl Awaitable for Pinned {
    type Output = u32;

    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        // SAFETY: nothing is moved out of `this`; it is only read and updated
        // in place.
        let this = unsafe { self.get_unchecked_mut() };
        let here = this.here();
        match this.address {
            None => this.address = Some(here),
            Some(first) => assert_eq!(first, here, "{} moved after its first resume", this.name),
        }
        this.probe.push(format!("resume {}", this.name));
        if this.pending == 0 {
            return Poll::Ready(this.value);
        }
        this.pending -= 1;
        if this.wake {
            cx.waker().wake_by_ref();
        }
        Poll::Pending
    }
}

impl Drop for Pinned {
    fn drop(&mut self) {
        if let Some(first) = self.address {
            assert_eq!(first, self.here(), "{} moved before its drop", self.name);
        }
        self.probe.push(format!("drop {}", self.name));
    }
}

/// `assert_not_unpin::<T>()` compiles only if `T` is `!Unpin`: for an
/// `Unpin` `T` both impls apply and the inferred parameter is ambiguous.
trait AmbiguousIfUnpin<Marker> {
    fn check() {}
}
impl<T: ?Sized> AmbiguousIfUnpin<()> for T {}
impl<T: ?Sized + Unpin> AmbiguousIfUnpin<u8> for T {}

fn assert_not_unpin<T: ?Sized>(_: &T) {
    <T as AmbiguousIfUnpin<_>>::check();
}

fn assert_unpin<T: Unpin + ?Sized>(_: &T) {}

#[test]
fn combinators_of_not_unpin_children_are_not_unpin() {
    let probe = Probe::default();
    assert_not_unpin(&Pinned::new(&probe, "a", 0, 0));
    assert_not_unpin(&coro_runtime::gather!(
        Pinned::new(&probe, "b", 0, 0),
        coro_runtime::sleep(MS)
    ));
    assert_not_unpin(&gather(vec![Pinned::new(&probe, "c", 0, 0)]));
    assert_not_unpin(&wait_for(Pinned::new(&probe, "d", 0, 0), MS));
    // The children live in the shared state, so the handles stay `Unpin`.
    let ac = as_completed(vec![Pinned::new(&probe, "e", 0, 0)]);
    assert_unpin(&ac);
    assert_unpin(&ac.next());
    drop(ac);
    assert_eq!(probe.count("drop"), 5, "{:?}", probe.events());
}

#[test]
fn gather_macro_keeps_not_unpin_children_in_place() {
    let probe = Probe::default();
    let out = block_on({
        let probe = probe.clone();
        async move {
            let a = Pinned::new(&probe, "a", 3, 1);
            let b = Pinned::new(&probe, "b", 1, 2);
            aw(coro_runtime::gather!(a, b, Pinned::new(&probe, "c", 5, 3))).await
        }
    });
    assert_eq!(out, (1, 2, 3));
    assert_eq!(probe.count("resume a"), 4);
    assert_eq!(probe.count("resume b"), 2);
    assert_eq!(probe.count("resume c"), 6);
    assert_eq!(probe.count("drop"), 3);
}

#[test]
fn gather_vec_keeps_not_unpin_children_in_place() {
    let probe = Probe::default();
    let out = block_on({
        let probe = probe.clone();
        async move {
            let children: Vec<_> = (0..5)
                .map(|i| Pinned::new(&probe, ["p0", "p1", "p2", "p3", "p4"][i], 4 - i, i as u32))
                .collect();
            aw(gather(children)).await
        }
    });
    assert_eq!(out, vec![0, 1, 2, 3, 4]);
    assert_eq!(probe.count("resume p0"), 5);
    assert_eq!(probe.count("resume p4"), 1);
    assert_eq!(probe.count("drop"), 5);
}

#[test]
fn wait_for_in_time_gives_the_output_of_a_not_unpin_awaitable() {
    let probe = Probe::default();
    let out = block_on({
        let probe = probe.clone();
        async move {
            aw(wait_for(
                Pinned::new(&probe, "quick", 3, 7),
                Duration::from_secs(5),
            ))
            .await
        }
    });
    assert_eq!(out, Ok(7));
    assert_eq!(probe.count("resume quick"), 4);
    assert_eq!(probe.count("drop quick"), 1);
}

#[test]
fn wait_for_timeout_drops_the_not_unpin_awaitable_in_place() {
    let probe = Probe::default();
    block_on({
        let probe = probe.clone();
        async move {
            let result = aw(wait_for(Pinned::never(&probe, "stuck"), 20 * MS)).await;
            assert_eq!(result, Err(TimeoutError));
            // Dropped (in place: its `Drop` asserts so) before wait_for completed.
            assert_eq!(probe.count("drop stuck"), 1);
        }
    });
    assert!(probe.count("resume stuck") >= 2, "{:?}", probe.events());
    assert_eq!(probe.count("drop stuck"), 1);
}

#[test]
fn cancelled_gather_drops_its_not_unpin_children_in_place() {
    let probe = Probe::default();
    block_on({
        let probe = probe.clone();
        async move {
            let g = coro_runtime::gather!(
                Pinned::new(&probe, "done", 2, 1),
                Pinned::never(&probe, "stuck")
            );
            assert_eq!(aw(wait_for(g, 20 * MS)).await, Err(TimeoutError));
            let v = gather(vec![
                Pinned::new(&probe, "v-done", 1, 1),
                Pinned::never(&probe, "v-stuck"),
            ]);
            assert_eq!(aw(wait_for(v, 20 * MS)).await, Err(TimeoutError));
        }
    });
    let events = probe.events();
    let drops: Vec<_> = events.iter().filter(|e| e.starts_with("drop")).collect();
    assert_eq!(
        drops,
        ["drop done", "drop stuck", "drop v-done", "drop v-stuck"],
        "{events:?}"
    );
    assert!(probe.count("resume stuck") >= 2, "{events:?}");
    assert!(probe.count("resume v-stuck") >= 2, "{events:?}");
}

#[test]
fn as_completed_keeps_not_unpin_children_in_place() {
    let probe = Probe::default();
    let order = block_on({
        let probe = probe.clone();
        async move {
            let results = as_completed(vec![
                Pinned::new(&probe, "three", 3, 3),
                Pinned::new(&probe, "one", 1, 1),
                Pinned::new(&probe, "two", 2, 2),
            ]);
            let mut order = Vec::new();
            while let Some(value) = aw(results.next()).await {
                order.push(value);
                // Finished children are dropped in place, the others stay put.
                assert_eq!(probe.count("drop"), order.len());
            }
            order
        }
    });
    assert_eq!(order, vec![1, 2, 3]);
    assert_eq!(probe.count("resume three"), 4);
    assert_eq!(probe.count("drop"), 3);
}

#[test]
fn dropping_as_completed_drops_unfinished_not_unpin_children_in_place() {
    let probe = Probe::default();
    block_on({
        let probe = probe.clone();
        async move {
            let results = as_completed(vec![
                Pinned::never(&probe, "stuck"),
                Pinned::new(&probe, "quick", 2, 5),
            ]);
            assert_eq!(aw(results.next()).await, Some(5));
            assert_eq!(probe.events().last().unwrap(), "drop quick");
            drop(results);
            assert_eq!(probe.events().last().unwrap(), "drop stuck");
        }
    });
    assert_eq!(probe.count("resume stuck"), 3);
}
