//! Differential tests: what `#[coro::coroutine]` applies to — methods with
//! every receiver, generic fns, argument patterns, visibility, attributes.
#[macro_use]
mod support;
use std::future::Future;
use std::marker::PhantomData;
use support::*;

pub struct Counter<S> {
    pub n: u32,
    pub name: &'static str,
    side: PhantomData<S>,
}

impl<S> Counter<S> {
    pub fn new(n: u32) -> Self {
        Counter {
            n,
            name: "counter",
            side: PhantomData,
        }
    }
}

impl<S> Drop for Counter<S> {
    fn drop(&mut self) {
        log(format!("drop counter {}", self.n));
    }
}

// The same methods twice, by hand (written before a method whose tokens come
// through `macro_rules!` compiled; `methods_from_macro_rules` below covers
// that form with `twin_impl!`).
#[allow(clippy::all)]
impl Counter<CoroSide> {
    /// Doc comments on methods are kept.
    #[coro::coroutine]
    pub fn by_value(self) -> u32 {
        let extra = ready("v", 1).await;
        self.n + extra
    }
    #[coro::coroutine]
    pub fn by_ref(&self) -> u32 {
        let a = ready("r", self.n).await;
        a + self.n
    }
    #[coro::coroutine]
    pub fn by_mut(&mut self, k: u32) -> u32 {
        self.n += ready("m", k).await;
        tick("again").await;
        self.n
    }
    #[coro::coroutine]
    pub fn boxed(self: Box<Self>) -> &'static str {
        tick("b").await;
        log(format!("boxed {}", self.n));
        self.name
    }
    #[coro::coroutine]
    pub fn calls_other_method(&self) -> u32 {
        let x = self.by_ref().await;
        x + ready("o", 1).await
    }
    #[coro::coroutine]
    pub fn associated(x: u32) -> u32 {
        ready("assoc", x * 3).await
    }
}

#[allow(clippy::all)]
impl Counter<NativeSide> {
    pub async fn by_value(self) -> u32 {
        let extra = ready("v", 1).await;
        self.n + extra
    }
    pub async fn by_ref(&self) -> u32 {
        let a = ready("r", self.n).await;
        a + self.n
    }
    pub async fn by_mut(&mut self, k: u32) -> u32 {
        self.n += ready("m", k).await;
        tick("again").await;
        self.n
    }
    pub async fn boxed(self: Box<Self>) -> &'static str {
        tick("b").await;
        log(format!("boxed {}", self.n));
        self.name
    }
    pub async fn calls_other_method(&self) -> u32 {
        let x = self.by_ref().await;
        x + ready("o", 1).await
    }
    pub async fn associated(x: u32) -> u32 {
        ready("assoc", x * 3).await
    }
}

#[test]
fn methods_with_every_receiver() {
    type C = Counter<CoroSide>;
    type N = Counter<NativeSide>;
    assert_eq!(assert_pair!(C::new(4).by_value(), N::new(4).by_value()), 5);
    let (c, n) = (C::new(2), N::new(2));
    assert_eq!(assert_pair!(c.by_ref(), n.by_ref()), 4);
    assert_eq!(
        assert_pair!(c.calls_other_method(), n.calls_other_method()),
        5
    );
    let (mut c, mut n) = (C::new(0), N::new(0));
    assert_eq!(assert_pair!(c.by_mut(3), n.by_mut(3)), 3);
    // Every run of the pair (full + cancelled after k polls) bumps both alike.
    assert_eq!(c.n, n.n);
    assert_eq!(
        assert_pair!(Box::new(C::new(7)).boxed(), Box::new(N::new(7)).boxed()),
        "counter"
    );
    assert_eq!(assert_pair!(C::associated(2), N::associated(2)), 6);
}

/// Trait with a generic method implemented by a coroutine on one side.
pub trait Source {
    fn value(&self) -> i32;
}

impl Source for i32 {
    fn value(&self) -> i32 {
        *self
    }
}

macro_rules! generic_twins {
    ($side:ident, $($kw:tt)*) => {
        #[allow(clippy::all)]
        pub mod $side {
            use super::*;
            $($kw)* fn type_param<T: Clone + std::fmt::Debug>(x: T) -> (T, T) {
                let a = ready("a", x.clone()).await;
                log(format!("{a:?}"));
                (a, x)
            }
            $($kw)* fn where_clause<T, U>(t: T, u: U) -> i32
            where
                T: Source,
                U: Source + Copy,
            {
                let v = ready("t", t.value()).await;
                v + u.value() * ready("u", 10).await
            }
            $($kw)* fn lifetime_param<'a, 'b>(s: &'a str, t: &'b str) -> (&'a str, usize) {
                let n = ready("len", t.len()).await;
                (&s[..n.min(s.len())], n)
            }
            $($kw)* fn const_param<const N: usize>(arr: [u8; N]) -> usize {
                let k = ready("n", N).await;
                arr.iter().map(|&b| b as usize).sum::<usize>() + k
            }
            $($kw)* fn impl_trait_arg(it: impl IntoIterator<Item = u32>) -> u32 {
                let mut s = 0;
                for v in it {
                    s += ready("item", v).await;
                }
                s
            }
            $($kw)* fn awaits_generic_awaitable<A>(a: A) -> u32
            where
                // No `Unpin` bound: an awaited operand is pinned in its variant.
                A: coro::Awaitable<Output = u32> + Future<Output = u32>,
            {
                let v = a.await;
                v + ready("after", 1).await
            }
            $($kw)* fn arg_patterns((a, b): (u8, u8), mut x: u32, _: Tracked, Wrapper(w): Wrapper) -> u32 {
                x += ready("x", a as u32).await;
                x * 10 + b as u32 + w
            }
        }
    };
}

pub struct Wrapper(pub u32);

generic_twins!(coro_side, #[coro::coroutine] pub);
generic_twins!(native_side, pub async);

#[test]
fn generic_functions() {
    assert_eq!(
        assert_twins!(type_param(String::from("s"))),
        ("s".into(), "s".into())
    );
    assert_eq!(assert_twins!(type_param(5u8)), (5, 5));
    assert_eq!(assert_twins!(where_clause(3, 4)), 43);
    let s = String::from("hello");
    assert_eq!(assert_twins!(lifetime_param(&s, "abc")), ("hel", 3));
    assert_eq!(assert_twins!(const_param([1, 2, 3])), 9);
    assert_eq!(assert_twins!(const_param([0u8; 0])), 0);
    assert_eq!(assert_twins!(impl_trait_arg(vec![1, 2, 3])), 6);
    assert_eq!(
        assert_twins!(awaits_generic_awaitable(ready_after("inner", 3, 7))),
        8
    );
}

#[test]
fn argument_patterns() {
    assert_eq!(
        assert_twins!(arg_patterns(
            (2, 5),
            1,
            Tracked::new("ignored"),
            Wrapper(100)
        )),
        30 + 5 + 100
    );
}

mod visibility_and_attributes {
    use super::*;

    pub(crate) mod inner {
        use super::*;

        /// A documented `pub(crate)` coroutine.
        #[coro::coroutine]
        pub(crate) fn crate_visible(x: u32) -> u32 {
            ready("cv", x).await + 1
        }

        /// The same as an `async fn`.
        pub(crate) async fn crate_visible_native(x: u32) -> u32 {
            ready("cv", x).await + 1
        }

        #[coro::coroutine]
        fn private_helper() -> u32 {
            ready("p", 2).await
        }

        #[coro::coroutine]
        pub fn uses_private() -> u32 {
            private_helper().await * 2
        }

        async fn private_helper_native() -> u32 {
            ready("p", 2).await
        }

        pub async fn uses_private_native() -> u32 {
            private_helper_native().await * 2
        }

        // If the transform dropped the `cfg` attributes, these two would
        // collide (E0428) or the first one would be called.
        #[cfg(any())]
        #[coro::coroutine]
        pub fn cfg_selected() -> &'static str {
            ready("wrong", "wrong").await
        }
        #[cfg(not(any()))]
        #[coro::coroutine]
        pub fn cfg_selected() -> &'static str {
            ready("right", "right").await
        }

        pub async fn cfg_selected_native() -> &'static str {
            ready("right", "right").await
        }

        /// `#[must_use]` and `#[inline]` kept; `allow` applies to the body.
        #[must_use]
        #[inline]
        #[allow(unused_mut, clippy::let_and_return)]
        #[coro::coroutine]
        pub fn attributed() -> u32 {
            let mut unused_mut = ready("a", 1).await;
            unused_mut
        }

        #[must_use]
        #[inline]
        #[allow(unused_mut, clippy::let_and_return)]
        pub async fn attributed_native() -> u32 {
            let mut unused_mut = ready("a", 1).await;
            unused_mut
        }
    }

    #[test]
    fn pub_crate_private_and_attributes() {
        use inner::*;
        assert_eq!(assert_pair!(crate_visible(4), crate_visible_native(4)), 5);
        assert_eq!(assert_pair!(uses_private(), uses_private_native()), 4);
        assert_eq!(assert_pair!(cfg_selected(), cfg_selected_native()), "right");
        assert_eq!(assert_pair!(attributed(), attributed_native()), 1);
    }
}

// A method whose tokens (and `self`) come through a `macro_rules!`.
twin_impl! {
    impl Counter {
        fn by_ref_from_macro_rules(&self) -> u32 {
            let a = ready("r", self.n).await;
            a + self.n
        }
    }
}

#[test]
fn methods_from_macro_rules() {
    let (c, n) = (Counter::<CoroSide>::new(2), Counter::<NativeSide>::new(2));
    assert_eq!(
        assert_pair!(c.by_ref_from_macro_rules(), n.by_ref_from_macro_rules()),
        4
    );
}

/// `impl Trait` arguments of a coroutine with homes: an anonymous type
/// parameter gets the bound the named ones get (`impl Fn(&i64) -> bool +
/// '__coro_h`); without it the machine holding it beside a home was E0309
/// "the parameter type may not live long enough" (adversarial round 7,
/// `min_impl_fn_arg_with_homes`).
mod impl_trait_arguments_with_homes {
    use super::*;

    twins! {
        fn count_matching(xs: &[i64], pred: impl Fn(&i64) -> bool) -> usize {
            let mut n = 0;
            for x in xs.iter() {
                tick("x").await;
                if pred(x) {
                    n += 1;
                }
            }
            n
        }
        fn without_lifetimes(pred: impl Fn(i64) -> bool, label: impl AsRef<str>) -> usize {
            let held = Tracked::new("held");
            let v = vec![1i64, 5, 9];
            let mut n = 0;
            for x in v.iter() {
                tick("y").await;
                if pred(*x) {
                    n += held.name().len();
                }
            }
            n + label.as_ref().len()
        }
        fn generic_beside_impl<T>(seed: T, more: impl IntoIterator<Item = T>) -> usize {
            let all: Vec<T> = std::iter::once(seed).chain(more).collect();
            let mut n = 0;
            for _ in all.iter() {
                tick("z").await;
                n += 1;
            }
            n
        }
    }

    #[test]
    fn anonymous_parameters_outlive_the_homes() {
        let limit = 2i64;
        let xs = [1i64, 2, 3, 4];
        // The closures borrow a local: the bound is the new lifetime, not `'static`.
        assert_eq!(assert_twins!(count_matching(&xs, |x| *x > limit)), 2);
        assert_eq!(assert_twins!(without_lifetimes(|x| x > limit, "ab")), 10);
        assert_eq!(assert_twins!(generic_beside_impl(1u8, vec![2u8, 3])), 3);
    }
}

/// Raw identifiers (`r#type`, a common Python name) as bindings and
/// parameters held across a suspension: the macro built other names from
/// their text and panicked ("`\"R#type\"` is not a valid Ident") until the
/// twelfth session (adversarial round 8).
mod raw_identifiers {
    use super::*;

    twins! {
        fn held_binding(r#in: i64) -> i64 {
            let r#type = Tracked::new("type");
            tick("a").await;
            let r#type = r#type.name().len() as i64 + r#in;
            tick("b").await;
            r#type
        }
        fn borrowed_across(r#match: Vec<i64>) -> i64 {
            let r#ref = &r#match;
            tick("a").await;
            let r#loop: i64 = r#ref.iter().sum();
            match r#match.first() {
                Some(r#as) => r#loop + *r#as,
                None => r#loop,
            }
        }
        fn captured_in_a_closure() -> i64 {
            let r#fn = 3i64;
            let r#dyn = Tracked::new("dyn");
            let add = |x: i64| x + r#fn;
            tick("a").await;
            add(r#dyn.name().len() as i64)
        }
    }

    #[test]
    fn raw_names_held_across_suspensions() {
        assert_eq!(assert_twins!(held_binding(2)), 6);
        assert_eq!(assert_twins!(borrowed_across(vec![1, 2, 3])), 7);
        assert_eq!(assert_twins!(captured_in_a_closure()), 6);
    }
}

/// Uppercase names bound where a pattern cannot be refutable (Python's
/// `MAX_RETRIES = 3` in a function, a `for N in ..`, a parameter) are
/// bindings: they were taken for constants, so one held across a
/// suspension was E0425, and one holding a value with drop glue and not
/// named again was dropped at the suspension (adversarial round 8).
#[allow(non_snake_case, unused_variables)]
mod uppercase_bindings {
    use super::*;

    twins! {
        fn python_style_constant() -> i64 {
            let MAX_RETRIES = 3i64;
            let mut tries = 0;
            while tries < MAX_RETRIES {
                tick("try").await;
                tries += 1;
            }
            MAX_RETRIES + tries
        }
        fn guard_held_to_scope_end() -> i64 {
            let X = Tracked::new("X");
            let (A, b) = (Tracked::new("A"), Tracked::new("b"));
            tick("a").await;
            b.name().len() as i64
        }
        fn loop_and_parameter(LIMIT: i64) -> i64 {
            let mut s = 0;
            for N in 0..LIMIT {
                tick("n").await;
                s += N;
            }
            s
        }
        fn uppercase_in_an_arm_is_still_a_path(o: Option<i64>) -> i64 {
            const TEN: i64 = 10;
            let Y = Tracked::new("Y");
            tick("a").await;
            match o {
                Some(TEN) => 1,
                Some(v) => v + Y.name().len() as i64,
                None => 0,
            }
        }
    }

    #[test]
    fn uppercase_locals_are_bindings() {
        assert_eq!(assert_twins!(python_style_constant()), 6);
        assert_eq!(assert_twins!(guard_held_to_scope_end()), 1);
        assert_eq!(assert_twins!(loop_and_parameter(4)), 6);
        assert_eq!(
            assert_twins!(uppercase_in_an_arm_is_still_a_path(Some(10))),
            1
        );
        assert_eq!(
            assert_twins!(uppercase_in_an_arm_is_still_a_path(Some(3))),
            4
        );
    }
}
