//! Differential tests: the receiver check (ARCHITECTURE.md "Liveness", known
//! limit 1). A method call that the receiver rule takes to move its
//! receiver by the method's NAME (`map`, `collect`, `ok`, `sum`, ...) is
//! checked at compile time to be one of std's methods of that name taking
//! `self` (ui tests `receiver_by_name_borrowing_*` show the refusal of a
//! user `&self` method). These twins show std receivers still run exactly
//! as an `async fn` runs them: bindings with and without homes, generic
//! and `Copy` receivers, temporaries, run to completion and cancelled
//! after every k polls (`assert_twins`).
#[macro_use]
mod support;
use support::*;

fn tracked_vec(names: &[&'static str]) -> Vec<Tracked> {
    names.iter().map(|n| Tracked::new(n)).collect()
}

fn len_of(t: Tracked) -> usize {
    t.name().len()
}

mod bindings {
    use super::*;
    twins! {
        fn option_map_then_await() -> usize {
            let o = Some(Tracked::new("o"));
            let keep = Tracked::new("keep");
            let n = o.map(len_of);
            tick("a").await;
            log(keep.name());
            n.unwrap_or(0)
        }
        fn filter_collect_then_await() -> usize {
            let it = tracked_vec(&["a", "bb", "c"]).into_iter();
            let kept: Vec<Tracked> = it.filter(|t| t.name().len() == 1).collect();
            tick("a").await;
            kept.len()
        }
        fn adapter_binding_then_collect() -> usize {
            let v = tracked_vec(&["a", "bb"]);
            let lens = v.into_iter().map(len_of);
            tick("a").await;
            let all: Vec<usize> = lens.collect();
            tick("b").await;
            all.iter().sum()
        }
        fn result_ok_then_await(good: bool) -> usize {
            let r: Result<Tracked, Tracked> = if good {
                Ok(Tracked::new("ok"))
            } else {
                Err(Tracked::new("err"))
            };
            let o = r.ok();
            tick("a").await;
            o.map_or(0, len_of)
        }
        fn into_iter_then_await() -> usize {
            let v = tracked_vec(&["x", "yy"]);
            let mut it = v.into_iter();
            let first = it.next();
            tick("a").await;
            first.map_or(0, len_of) + it.len()
        }
        fn generic_iterator_receiver(it: impl Iterator<Item = Tracked>) -> usize {
            let lens = it.map(len_of);
            tick("a").await;
            lens.sum()
        }
        fn boxed_iterator_receiver(it: Box<dyn Iterator<Item = Tracked>>) -> usize {
            let n = it.fold(0, |n, t| n + len_of(t));
            tick("a").await;
            n
        }
        fn copy_option_of_reference() -> usize {
            let t = Tracked::new("t");
            let o = Some(&t);
            let n = o.map(|t| t.name().len());
            tick("a").await;
            n.unwrap_or(0) + o.map_or(0, |t| t.name().len())
        }
        fn option_ok_or_then_await(c: bool) -> usize {
            let o = if c { Some(Tracked::new("o")) } else { None };
            let r = o.ok_or(Tracked::new("missing"));
            tick("a").await;
            match r {
                Ok(t) => len_of(t),
                Err(e) => len_of(e) + 10,
            }
        }
    }

    #[test]
    fn std_receivers_run_as_async_fn_runs_them() {
        assert_eq!(assert_twins!(option_map_then_await()), 1);
        assert_eq!(assert_twins!(filter_collect_then_await()), 2);
        assert_eq!(assert_twins!(adapter_binding_then_collect()), 3);
        assert_eq!(assert_twins!(result_ok_then_await(true)), 2);
        assert_eq!(assert_twins!(result_ok_then_await(false)), 0);
        assert_eq!(assert_twins!(into_iter_then_await()), 2);
        assert_eq!(assert_twins!(copy_option_of_reference()), 2);
        assert_eq!(assert_twins!(option_ok_or_then_await(true)), 1);
        assert_eq!(assert_twins!(option_ok_or_then_await(false)), 17);
    }

    #[test]
    fn generic_receivers_run_as_async_fn_runs_them() {
        let names = || tracked_vec(&["a", "bb"]).into_iter();
        assert_eq!(
            assert_pair!(
                coro_side::generic_iterator_receiver(names()),
                native_side::generic_iterator_receiver(names()),
            ),
            3
        );
        assert_eq!(
            assert_pair!(
                coro_side::boxed_iterator_receiver(Box::new(names())),
                native_side::boxed_iterator_receiver(Box::new(names())),
            ),
            3
        );
    }
}

/// Bindings with a home (borrowed across a suspension), read out of it by
/// a std method taking `self`.
mod homed {
    use super::*;
    twins! {
        fn homed_option_map() -> usize {
            let o = Some(Tracked::new("o"));
            let r = &o;
            tick("a").await;
            log(format!("{}", r.is_some()));
            let n = o.map(len_of);
            tick("b").await;
            n.unwrap_or(0)
        }
        fn homed_iterator_filter_collect() -> usize {
            let it = tracked_vec(&["a", "bb", "c"]).into_iter();
            let r = &it;
            tick("a").await;
            log(format!("{}", r.len()));
            let kept: Vec<Tracked> = it.filter(|t| t.name().len() == 1).collect();
            tick("b").await;
            kept.len()
        }
        fn homed_result_ok() -> usize {
            let res: Result<Tracked, ()> = Ok(Tracked::new("r"));
            let r = &res;
            tick("a").await;
            log(format!("{}", r.is_ok()));
            let o = res.ok();
            tick("b").await;
            o.map_or(0, len_of)
        }
        fn homed_copy_option_of_reference() -> usize {
            let t = Tracked::new("t");
            let o = Some(&t);
            let r = &o;
            tick("a").await;
            let n = o.map(|t| t.name().len());
            tick("b").await;
            n.unwrap_or(0) + r.map_or(0, |t| t.name().len())
        }
    }

    #[test]
    fn std_receivers_read_out_of_homes_run_as_async_fn_runs_them() {
        assert_eq!(assert_twins!(homed_option_map()), 1);
        assert_eq!(assert_twins!(homed_iterator_filter_collect()), 2);
        assert_eq!(assert_twins!(homed_result_ok()), 1);
        assert_eq!(assert_twins!(homed_copy_option_of_reference()), 2);
    }
}

/// A user type with `&self` methods named like std's consumers.
pub struct Stats(pub Tracked);

impl Stats {
    pub fn new(name: &'static str) -> Stats {
        Stats(Tracked::new(name))
    }
    pub fn count(&self) -> usize {
        log(format!("count {}", self.0.name()));
        self.0.name().len()
    }
    pub fn sum(&mut self) -> usize {
        log(format!("sum {}", self.0.name()));
        2
    }
}

/// Temporaries of a statement with a later suspension, the receivers of a
/// method the receiver rule takes by its name to move them: split by their
/// type, taken by std's method of that name (which takes `self`), held to
/// the statement's end and borrowed for a user's (`Stats::count(&self)`:
/// dropped at the `;`, after the `.await`, as in Rust).
mod temporaries {
    use super::*;
    twins! {
        fn user_count_of_a_temporary() -> usize {
            let n = Stats::new("s").count() + ready("r", 1).await;
            log("after");
            n
        }
        fn user_sum_by_mut_ref_of_a_temporary() -> usize {
            let n = Stats::new("s").sum() + ready("r", 1).await;
            log("after");
            n
        }
        fn user_count_in_a_scrutinee() -> usize {
            match Stats::new("s").count() + 1 {
                n => {
                    tick("a").await;
                    n
                }
            }
        }
        fn iterator_chain_sum_before_await() -> usize {
            let v = tracked_vec(&["a", "bb"]);
            v.into_iter().map(len_of).sum::<usize>() + ready("r", 1).await
        }
        fn option_map_or_before_await() -> usize {
            Some(Tracked::new("o")).map_or(0, len_of) + ready("r", 1).await
        }
        fn count_of_filter_before_await() -> usize {
            tracked_vec(&["a", "bb", "c"])
                .into_iter()
                .filter(|t| t.name().len() == 1)
                .count()
                + ready("r", 1).await
        }
        fn option_zip_with_awaited_argument() -> usize {
            Some(Tracked::new("o"))
                .zip(ready("r", Some(Tracked::new("z"))).await)
                .map_or(0, |(a, b)| len_of(a) + len_of(b))
        }
        fn ord_max_before_await() -> usize {
            String::from("apple").max(String::from("pear")).len() + ready("r", 1).await
        }
        fn result_ok_before_await() -> usize {
            let r: Result<Tracked, ()> = Ok(Tracked::new("r"));
            r.ok().map_or(0, len_of) + ready("x", 1).await
        }
    }

    #[test]
    fn std_temporaries_run_as_async_fn_runs_them() {
        assert_eq!(assert_twins!(iterator_chain_sum_before_await()), 4);
        assert_eq!(assert_twins!(option_map_or_before_await()), 2);
        assert_eq!(assert_twins!(count_of_filter_before_await()), 3);
        assert_eq!(assert_twins!(result_ok_before_await()), 2);
        assert_eq!(assert_twins!(ord_max_before_await()), 5);
        assert_eq!(assert_twins!(option_zip_with_awaited_argument()), 2);
    }

    #[test]
    fn user_consumer_named_methods_borrow_a_held_temporary() {
        assert_eq!(assert_twins!(user_count_of_a_temporary()), 2);
        assert_eq!(assert_twins!(user_sum_by_mut_ref_of_a_temporary()), 3);
        assert_eq!(assert_twins!(user_count_in_a_scrutinee()), 2);
    }
}

/// A user type whose prefix-named methods with arguments take `self`.
pub struct Doc(pub Tracked);

impl Doc {
    pub fn into_joined<S: std::fmt::Display>(self, sep: S) -> String {
        format!("{}{sep}", self.0.name())
    }
    pub fn into_len_by<F: FnOnce(&str) -> usize>(self, f: F) -> usize {
        f(self.0.name())
    }
}

fn fallback() -> Tracked {
    Tracked::new("fallback")
}

/// Prefix-named methods (`unwrap*`, `expect*`, `into_*`) called with
/// arguments on a binding in scope at a later suspension: checked by
/// rustc's lookup on a value that cannot be borrowed, the arguments stood
/// in for (`syntax::moves::Arg`). std's and a user's taking `self` compile
/// and drop the receiver at the call, as an `async fn` does.
mod prefix_with_arguments {
    use super::*;
    twins! {
        fn option_unwrap_or(c: bool) -> usize {
            let o = if c { Some(Tracked::new("o")) } else { None };
            let keep = Tracked::new("keep");
            let t = o.unwrap_or(Tracked::new("d"));
            tick("a").await;
            log(keep.name());
            len_of(t)
        }
        fn option_unwrap_or_else_closure(c: bool) -> usize {
            let o = if c { Some(Tracked::new("o")) } else { None };
            let t = o.unwrap_or_else(|| Tracked::new("made"));
            tick("a").await;
            len_of(t)
        }
        fn option_unwrap_or_else_path(c: bool) -> usize {
            let o = if c { Some(Tracked::new("o")) } else { None };
            let t = o.unwrap_or_else(fallback);
            tick("a").await;
            let o2 = if c { None } else { Some(Tracked::new("o2")) };
            let f = || Tracked::new("bound");
            let t2 = o2.unwrap_or_else(f);
            tick("b").await;
            len_of(t) + len_of(t2)
        }
        fn result_unwrap_or_else_and_expect(good: bool) -> usize {
            let r: Result<Tracked, usize> = if good { Ok(Tracked::new("r")) } else { Err(7) };
            let t = r.unwrap_or_else(|n| Tracked::new(if n > 3 { "big" } else { "small" }));
            tick("a").await;
            let r2: Result<Tracked, Tracked> = Ok(Tracked::new("r2"));
            let msg = "r2 is ok";
            let t2 = r2.expect(msg);
            let r4: Result<u8, String> = Ok(1);
            let owned = String::from("r4");
            let _ = r4.expect(&owned);
            tick("b").await;
            let r3: Result<usize, Tracked> = Err(Tracked::new("e3"));
            let e3 = r3.expect_err(&format!("r{} is an error", 3));
            tick("c").await;
            len_of(t) + len_of(t2) + len_of(e3)
        }
        fn homed_option_unwrap_or(c: bool) -> usize {
            let o = if c { Some(Tracked::new("o")) } else { None };
            let r = &o;
            tick("a").await;
            log(format!("{}", r.is_some()));
            let t = o.unwrap_or(fallback());
            tick("b").await;
            len_of(t)
        }
        fn user_into_with_arguments() -> usize {
            let d = Doc(Tracked::new("doc"));
            let s = d.into_joined(", ");
            tick("a").await;
            let d2 = Doc(Tracked::new("doc2"));
            let n = d2.into_len_by(|s| s.len() * 2);
            tick("b").await;
            let d3 = Doc(Tracked::new("doc3"));
            let k = 1u8;
            let s3 = d3.into_joined(k);
            tick("c").await;
            s.len() + n + s3.len()
        }
        fn through_a_box(c: bool) -> usize {
            let o = Box::new(if c { Some(Tracked::new("o")) } else { None });
            let t = o.unwrap_or(Tracked::new("d"));
            tick("a").await;
            let d = Box::new(Doc(Tracked::new("doc")));
            let s = d.into_joined("!");
            tick("b").await;
            let v = Box::new(tracked_vec(&["x", "yy"]));
            let it = v.into_iter();
            tick("c").await;
            let b: Box<[Tracked]> = tracked_vec(&["z"]).into_boxed_slice();
            let w = b.into_vec();
            tick("d").await;
            len_of(t) + s.len() + it.map(len_of).sum::<usize>() + w.len()
        }
        fn temporary_receivers_before_await() -> usize {
            let n = Doc(Tracked::new("doc")).into_joined(", ").len() + ready("r", 1).await;
            log("after");
            let m = Some(Tracked::new("o")).unwrap_or(Tracked::new("d")).name().len()
                + ready("s", 2).await;
            log("after");
            let k = "7".parse::<usize>().unwrap_or_else(|_| 0) + ready("t", 3).await;
            n + m + k
        }
    }

    #[test]
    fn prefix_methods_on_temporaries_run_as_async_fn_runs_them() {
        assert_eq!(
            assert_twins!(temporary_receivers_before_await()),
            5 + 1 + 1 + 2 + 7 + 3
        );
    }

    #[test]
    fn prefix_methods_through_a_box_run_as_async_fn_runs_them() {
        assert_eq!(assert_twins!(through_a_box(true)), 1 + 4 + 3 + 1);
        assert_eq!(assert_twins!(through_a_box(false)), 1 + 4 + 3 + 1);
    }

    #[test]
    fn prefix_methods_with_arguments_run_as_async_fn_runs_them() {
        assert_eq!(assert_twins!(option_unwrap_or(true)), 1);
        assert_eq!(assert_twins!(option_unwrap_or(false)), 1);
        assert_eq!(assert_twins!(option_unwrap_or_else_closure(true)), 1);
        assert_eq!(assert_twins!(option_unwrap_or_else_closure(false)), 4);
        assert_eq!(assert_twins!(option_unwrap_or_else_path(true)), 1 + 5);
        assert_eq!(assert_twins!(option_unwrap_or_else_path(false)), 8 + 2);
        assert_eq!(
            assert_twins!(result_unwrap_or_else_and_expect(true)),
            1 + 2 + 2
        );
        assert_eq!(
            assert_twins!(result_unwrap_or_else_and_expect(false)),
            3 + 2 + 2
        );
        assert_eq!(assert_twins!(homed_option_unwrap_or(true)), 1);
        assert_eq!(assert_twins!(homed_option_unwrap_or(false)), 8);
        assert_eq!(assert_twins!(user_into_with_arguments()), 5 + 8 + 5);
    }
}

/// The temporary receiver of an awaited method call is moved into the
/// call, checked by rustc's by-value lookup (`temps.rs` `awaited_receiver`;
/// a method borrowing it is E0793, ui test
/// `awaited_method_borrowing_temporary_receiver`): a method taking `self`
/// runs as in the `async fn`, whether the receiver is made before the
/// `.await` or is itself awaited.
mod awaited_temporary_receivers {
    use super::*;

    pub struct Svc(Tracked);

    impl Svc {
        pub fn new(name: &'static str) -> Svc {
            Svc(Tracked::new(name))
        }
        pub fn send(self, extra: usize) -> Ready<usize> {
            log(format!("send {}", self.0.name()));
            ready("send", self.0.name().len() + extra)
        }
    }

    twins! {
        fn made_before_the_await(k: usize) -> usize {
            let n = Svc::new("made").send(k).await + Svc::new("two").send(k + 1).await;
            tick("t").await;
            n
        }
        fn awaited_receiver(k: usize) -> usize {
            let n = ready("r", Svc::new("awaited")).await.send(k).await;
            tick("t").await;
            n
        }
    }

    #[test]
    fn taken_by_the_call() {
        assert_eq!(assert_twins!(made_before_the_await(1)), 10);
        assert_eq!(assert_twins!(awaited_receiver(2)), 9);
    }
}

/// `[T; N]::map` takes the array by value: a binding of an array consumed
/// by `map` is moved, as for an iterator (it was refused by the receiver
/// check, whose `map` set had no arrays; found by the tenth session's
/// adversarial programs, h08).
mod array_map {
    use super::*;

    twins! {
        fn array_mapped_before_await() -> i64 {
            let arr = [Tracked::new("a"), Tracked::new("bb")];
            let lens = arr.map(|t| t.name().len() as i64);
            tick("t").await;
            lens[0] + lens[1]
        }
        fn array_mapped_after_await() -> i64 {
            let arr = [Tracked::new("a"), Tracked::new("bb")];
            tick("t").await;
            let names = arr.map(|t| t.name());
            tick("u").await;
            names.len() as i64
        }
    }

    #[test]
    fn arrays_are_mapped_by_value() {
        assert_eq!(assert_twins!(array_mapped_before_await()), 3);
        assert_eq!(assert_twins!(array_mapped_after_await()), 2);
    }
}

/// A user iterator with inherent `&self` methods named like std's by-value
/// ones that the receiver rule takes to move a binding (`map`, `collect`,
/// `fold`): Rust's method lookup tries the receiver's own type first, where
/// the trait's `self` method is found, before the `&self` step where the
/// inherent one is, so `c.map(f)` calls `Iterator::map` and moves `c`, as
/// the rule takes it to. (The ledger listed this as a silent difference
/// until the twelfth session.)
mod inherent_borrowing_methods_of_listed_names {
    use super::*;

    /// The `Tracked` is there to be dropped (its drop is logged).
    #[allow(dead_code)]
    pub struct Countdown(pub Tracked, pub u32);

    impl Iterator for Countdown {
        type Item = u32;
        fn next(&mut self) -> Option<u32> {
            self.1 = self.1.checked_sub(1)?;
            Some(self.1)
        }
    }

    #[allow(dead_code)]
    impl Countdown {
        pub fn map(&self, _f: fn(u32) -> u32) -> usize {
            log("inherent map");
            99
        }
        pub fn collect(&self) -> Vec<u32> {
            log("inherent collect");
            Vec::new()
        }
        pub fn fold(&self, init: u32, _f: fn(u32, u32) -> u32) -> u32 {
            log("inherent fold");
            init
        }
    }

    twins! {
        fn map_then_sum_across_await() -> u32 {
            let c = Countdown(Tracked::new("c"), 4);
            let m = c.map(|x| x * 2);
            tick("a").await;
            m.sum::<u32>()
        }
        fn collect_before_await() -> Vec<u32> {
            let c = Countdown(Tracked::new("c"), 3);
            let v: Vec<u32> = c.collect();
            tick("a").await;
            v
        }
        fn fold_between_awaits() -> u32 {
            tick("a").await;
            let c = Countdown(Tracked::new("c"), 5);
            let total = c.fold(100, |a, x| a + x);
            tick("b").await;
            total
        }
    }

    #[test]
    fn the_trait_method_is_called_and_moves_the_receiver() {
        assert_eq!(assert_twins!(map_then_sum_across_await()), 12);
        assert_eq!(assert_twins!(collect_before_await()), vec![2, 1, 0]);
        assert_eq!(assert_twins!(fold_between_awaits()), 110);
    }
}
