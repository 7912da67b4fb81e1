//! Shared code of the coro benchmarks: leaf awaitables that are both a
//! [`coro::Awaitable`] and a std [`Future`], the reference functions of the
//! `sizes` report and the `throughput` bench (each body written once and
//! compiled both as a `#[coro::coroutine]` and as an `async fn`), and the
//! minimal no-op-waker drivers both sides are run with.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

/// Pending once (after waking its waker), then ready with its value: the
/// smallest leaf that really suspends. Both an `Awaitable` and a `Future`.
#[must_use = "a leaf does nothing unless awaited"]
#[derive(Debug)]
pub struct YieldOnce<T> {
    value: Option<T>,
    yielded: bool,
}

impl<T> Unpin for YieldOnce<T> {}

impl<T> YieldOnce<T> {
    #[inline]
    fn step(&mut self, cx: &mut Context<'_>) -> Poll<T> {
        if !self.yielded {
            self.yielded = true;
            cx.waker().wake_by_ref();
            return Poll::Pending;
        }
        // `black_box`: the value comes "from outside" (as from IO), so LLVM
        // cannot fold a whole await loop into a closed-form sum.
        Poll::Ready(std::hint::black_box(
            self.value
                .take()
                .expect("YieldOnce polled after completion"),
        ))
    }
}

impl<T> coro::Awaitable for YieldOnce<T> {
    type Output = T;
    #[inline]
    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T> {
        self.get_mut().step(cx)
    }
}

impl<T> Future for YieldOnce<T> {
    type Output = T;
    #[inline]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T> {
        self.get_mut().step(cx)
    }
}

/// `value` after one suspension.
#[inline]
pub fn yield_once<T>(value: T) -> YieldOnce<T> {
    YieldOnce {
        value: Some(value),
        yielded: false,
    }
}

/// `i` after one suspension: the leaf of the throughput loops.
#[inline]
pub fn leaf(i: u64) -> YieldOnce<u64> {
    yield_once(i)
}

/// A leaf that fails for multiples of `fail_every` (never if it is 0).
#[inline]
pub fn leaf_res(i: u64, fail_every: u64) -> YieldOnce<Result<u64, LeafError>> {
    if fail_every != 0 && i.is_multiple_of(fail_every) {
        yield_once(Err(LeafError(i)))
    } else {
        yield_once(Ok(i))
    }
}

/// The error of [`leaf_res`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LeafError(pub u64);

/// The error type of the `?`-heavy reference function; `From<LeafError>`
/// exercises the conversion that `?` does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RefError {
    /// A leaf failed at this value.
    Leaf(u64),
    /// A value was out of range.
    Range(String),
}

impl From<LeafError> for RefError {
    fn from(e: LeafError) -> Self {
        RefError::Leaf(e.0)
    }
}

/// A message kind for the `match` reference function.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    /// A number.
    Num(u64),
    /// Some text.
    Text(String),
    /// A pair.
    Pair(u32, u32),
    /// Nothing.
    Quit,
}

/// A cheap non-inlined checksum, so big buffers are really used.
#[inline(never)]
pub fn checksum(bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .fold(0u64, |h, &b| h.wrapping_mul(31).wrapping_add(b as u64))
}

/// Polls an awaitable to completion with a no-op waker; returns its output
/// and the number of resumes.
#[inline]
pub fn drive<A: coro::Awaitable>(a: A) -> (A::Output, u64) {
    let mut a = std::pin::pin!(a);
    let mut cx = Context::from_waker(Waker::noop());
    let mut polls = 0;
    loop {
        polls += 1;
        if let Poll::Ready(v) = a.as_mut().resume(&mut cx) {
            return (v, polls);
        }
    }
}

/// [`drive`] for std futures: the same loop, calling `poll`.
#[inline]
pub fn drive_future<F: Future>(f: F) -> (F::Output, u64) {
    let mut f = std::pin::pin!(f);
    let mut cx = Context::from_waker(Waker::noop());
    let mut polls = 0;
    loop {
        polls += 1;
        if let Poll::Ready(v) = f.as_mut().poll(&mut cx) {
            return (v, polls);
        }
    }
}

/// Defines each fn twice from the same tokens: as a `#[coro::coroutine]` in
/// module `coro_side` and as an `async fn` in module `native_side`. Calls
/// between them resolve within their own side.
macro_rules! twins {
    ($($(#[$m:meta])* fn $name:ident ($($args:tt)*) $(-> $ret:ty)? { $($body:tt)* })*) => {
        /// The reference functions as `#[coro::coroutine]` machines.
        #[allow(clippy::all, missing_docs)]
        pub mod coro_side {
            use super::*;
            $( $(#[$m])* #[coro::coroutine] pub fn $name ($($args)*) $(-> $ret)? { $($body)* } )*
        }
        /// The reference functions as rustc `async fn` futures.
        #[allow(clippy::all, missing_docs)]
        pub mod native_side {
            use super::*;
            $( $(#[$m])* pub async fn $name ($($args)*) $(-> $ret)? { $($body)* } )*
        }
    };
}

twins! {
    // 1. A loop with awaits accumulating into a Vec.
    fn collect_loop(n: u64) -> Vec<u64> {
        let mut out = Vec::with_capacity(n as usize);
        for i in 0..n {
            let x = leaf(i).await;
            if x % 3 != 0 {
                out.push(x * 2);
            }
        }
        out
    }

    // 2. Nested calls: awaits of sub-coroutines (which themselves await).
    fn nested(n: u64) -> u64 {
        let v = collect_loop(n).await;
        let mut total = 0u64;
        for x in v {
            total += add_slowly(x, 1).await;
        }
        total + add_slowly(total, 7).await
    }
    fn add_slowly(a: u64, b: u64) -> u64 {
        let a = leaf(a).await;
        let b = leaf(b).await;
        a + b
    }

    // 3. A match with awaits in the arms.
    fn match_arms(msg: Msg) -> u64 {
        let r = match msg {
            Msg::Num(n) => leaf(n).await + 1,
            Msg::Text(s) => {
                let len = leaf(s.len() as u64).await;
                len + leaf(s.bytes().map(u64::from).sum()).await
            }
            Msg::Pair(a, b) if a > b => leaf(u64::from(a - b)).await,
            Msg::Pair(a, b) => leaf(u64::from(b - a)).await * 2,
            Msg::Quit => 0,
        };
        r + leaf(1).await
    }

    // 4. Locals of various sizes alive across awaits.
    fn locals_across(seed: u8) -> u64 {
        let mut buf = [seed; 64];
        let small: u16 = u16::from(seed) * 3;
        let name = format!("buf-{seed}");
        let x = leaf(u64::from(seed)).await;
        buf[(x % 64) as usize] = 0xff;
        let wide: u128 = u128::from(x) << 64;
        let y = leaf(checksum(&buf)).await;
        let z = leaf(u64::from(small) + name.len() as u64).await;
        y ^ z ^ (wide >> 64) as u64
    }

    // 5. `?`-heavy: every await can fail, with a From conversion.
    fn try_heavy(start: u64, fail_every: u64) -> Result<u64, RefError> {
        let a = leaf_res(start, fail_every).await?;
        let b = leaf_res(a + 1, fail_every).await?;
        if b > 1_000_000 {
            return Err(RefError::Range(format!("{b} too big")));
        }
        let c = leaf_res(b + 1, fail_every).await?;
        let d = leaf_res(c + 1, fail_every).await.map_err(|e| RefError::Leaf(e.0 + 1000))?;
        let e = u32::try_from(d).map_err(|_| RefError::Range("u32".to_string()))?;
        Ok(a + b + c + d + u64::from(e))
    }

    // 6. A big local whose last use is before the await (still in scope).
    fn big_dead(seed: u8) -> u64 {
        let big = [seed; 1024];
        let sum = checksum(&big);
        let x = leaf(sum).await;
        let y = leaf(x / 2).await;
        x + y
    }

    // 6b (extra). The big local dies in an inner block before the await.
    fn big_scoped(seed: u8) -> u64 {
        let sum = {
            let big = [seed; 1024];
            checksum(&big)
        };
        let x = leaf(sum).await;
        let y = leaf(x / 2).await;
        x + y
    }

    // 6c (extra). The big local is in scope across the await, never
    // borrowed, and not used after it.
    fn big_unborrowed(seed: u8) -> u64 {
        let mut big = [0u8; 1024];
        big[usize::from(seed)] = seed;
        let sum = u64::from(big[0]) + u64::from(big[1023]) + u64::from(big[usize::from(seed)]);
        let x = leaf(sum).await;
        let y = leaf(x / 2).await;
        x + y
    }

    // 7. Many sequential awaits.
    fn many_awaits(seed: u64) -> u64 {
        let a = leaf(seed).await;
        let b = leaf(a + 1).await;
        let c = leaf(b + 1).await;
        let d = leaf(c + 1).await;
        let e = leaf(d + 1).await;
        let f = leaf(e + 1).await;
        let g = leaf(f + 1).await;
        let h = leaf(g + 1).await;
        let i = leaf(h + 1).await;
        let j = leaf(i + 1).await;
        let k = leaf(j + 1).await;
        let l = leaf(k + 1).await;
        let m = leaf(l + 1).await;
        let n = leaf(m + 1).await;
        let o = leaf(n + 1).await;
        let p = leaf(o + 1).await;
        a + b + c + d + e + f + g + h + i + j + k + l + m + n + o + p
    }

    // 8. An if/else with awaits in both branches.
    fn branches(flag: bool, x: u64) -> u64 {
        let base = leaf(x).await;
        if flag {
            let s = format!("{base}");
            let l = leaf(s.len() as u64).await;
            base + l
        } else {
            let v = vec![base; 4];
            let t = leaf(v.iter().sum::<u64>()).await;
            let u = leaf(t / 2).await;
            t + u
        }
    }

    // The throughput loops.
    fn count_loop(n: u64) -> u64 {
        let mut acc = 0u64;
        for i in 0..n {
            acc += leaf(i).await;
        }
        acc
    }
    fn count_nested(n: u64) -> u64 {
        let mut acc = 0u64;
        for i in 0..n {
            acc += step(i).await;
        }
        acc
    }
    fn step(i: u64) -> u64 {
        leaf(i).await + 1
    }

    // Borrows across awaits (issue 3): the borrowed locals get one fixed
    // home, everything else keeps moving between variants.
    fn fill(buf: &mut Vec<u64>, n: u64) -> usize {
        for i in 0..n {
            buf.push(leaf(i).await);
        }
        buf.len()
    }
    fn borrowed_buffer(n: u64) -> u64 {
        let mut buf = Vec::with_capacity(8);
        let len = fill(&mut buf, n).await as u64;
        let first = &buf[0];
        let t = leaf(len).await;
        t + *first + buf.iter().sum::<u64>()
    }
    fn borrowed_iteration(seed: u64) -> u64 {
        let v = vec![seed, seed + 1, seed + 2];
        let mut total = 0;
        for x in &v {
            total += leaf(*x).await;
        }
        total
    }
    fn borrowed_and_packed(seed: u8) -> u64 {
        // `big` is dead before the first await (packed away: the type of
        // `c` says it borrows nothing); `small` is borrowed across one (a
        // slot of 64 bytes).
        let big: [u8; 512] = [seed; 512];
        let c: u64 = checksum(&big);
        let mut small = [seed; 64];
        let r = &mut small;
        r[0] = leaf(c).await as u8;
        let d = leaf(checksum(r)).await;
        d + u64::from(small[0])
    }
}

/// Hand-written variants of the `count_loop` expansion, to find where the
/// generated code loses time against rustc (see BENCHMARKS.md). Same machine
/// support (`coro::__private::machine`), same leaf, same driver.
pub mod hand {
    use super::*;
    use coro::__private as p;

    enum State<I, A> {
        Start { n: u64 },
        Leaf { awaitee: A, iter: I, acc: u64 },
        Returned,
        Poisoned,
    }

    /// As generated, minus the `ForTop` hop: the `Leaf` arm calls `next` and
    /// goes straight back to `Leaf` (still `mem::replace` + rebuild).
    pub fn count_loop_fused(n: u64) -> impl coro::Awaitable<Output = u64> {
        p::machine(State::Start { n }, move |state, cx| {
            loop {
                match state {
                    State::Start { .. } => {
                        let State::Start { n } = std::mem::replace(state, State::Poisoned) else {
                            unreachable!()
                        };
                        let mut iter = 0..n;
                        let acc = 0u64;
                        match iter.next() {
                            Some(i) => {
                                *state = State::Leaf {
                                    awaitee: leaf(i),
                                    iter,
                                    acc,
                                }
                            }
                            None => {
                                *state = State::Returned;
                                return Poll::Ready(acc);
                            }
                        }
                    }
                    State::Leaf { awaitee, .. } => {
                        let v = match p::poll(awaitee, cx) {
                            Poll::Ready(v) => v,
                            Poll::Pending => return Poll::Pending,
                        };
                        let State::Leaf {
                            mut iter, mut acc, ..
                        } = std::mem::replace(state, State::Poisoned)
                        else {
                            unreachable!()
                        };
                        acc += v;
                        match iter.next() {
                            Some(i) => {
                                *state = State::Leaf {
                                    awaitee: leaf(i),
                                    iter,
                                    acc,
                                }
                            }
                            None => {
                                *state = State::Returned;
                                return Poll::Ready(acc);
                            }
                        }
                    }
                    State::Returned => p::resumed_after_completion("count_loop_fused"),
                    State::Poisoned => p::resumed_after_panicking("count_loop_fused"),
                }
            }
        })
    }

    /// Like [`count_loop_fused`], but the `Leaf` arm updates the fields in
    /// place instead of moving them out with `mem::replace` and back in.
    pub fn count_loop_in_place(n: u64) -> impl coro::Awaitable<Output = u64> {
        p::machine(State::Start { n }, move |state, cx| {
            loop {
                match state {
                    State::Start { n } => {
                        let mut iter = 0..*n;
                        match iter.next() {
                            Some(i) => {
                                *state = State::Leaf {
                                    awaitee: leaf(i),
                                    iter,
                                    acc: 0,
                                }
                            }
                            None => {
                                *state = State::Returned;
                                return Poll::Ready(0);
                            }
                        }
                    }
                    State::Leaf { awaitee, iter, acc } => {
                        let v = match p::poll(awaitee, cx) {
                            Poll::Ready(v) => v,
                            Poll::Pending => return Poll::Pending,
                        };
                        *acc += v;
                        match iter.next() {
                            Some(i) => *awaitee = leaf(i),
                            None => {
                                let acc = *acc;
                                *state = State::Returned;
                                return Poll::Ready(acc);
                            }
                        }
                    }
                    State::Returned => p::resumed_after_completion("count_loop_in_place"),
                    State::Poisoned => p::resumed_after_panicking("count_loop_in_place"),
                }
            }
        })
    }
}
