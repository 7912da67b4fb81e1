//! Known failure (see tests/KNOWN_FAILURES.md#self-from-macro-rules): a
//! `#[coro::coroutine]` method whose tokens pass through `macro_rules!`.
#[macro_use]
#[path = "../support/mod.rs"]
mod support;
use std::marker::PhantomData;
use support::*;

pub struct Counter<S> {
    pub n: u32,
    side: PhantomData<S>,
}

twin_impl! {
    impl Counter {
        fn by_ref(&self) -> u32 {
            let a = ready("r", self.n).await;
            a + self.n
        }
    }
}

fn main() {
    let c = Counter::<CoroSide> {
        n: 2,
        side: PhantomData,
    };
    let n = Counter::<NativeSide> {
        n: 2,
        side: PhantomData,
    };
    assert_eq!(assert_pair!(c.by_ref(), n.by_ref()), 4);
}
