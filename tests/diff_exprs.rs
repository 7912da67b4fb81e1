//! Differential tests: `.await` inside every kind of expression, and the
//! left-to-right evaluation order around it.
#[macro_use]
mod support;
use support::*;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub x: i32,
    pub y: i32,
}

#[derive(Debug, PartialEq)]
pub struct Chain(pub u32);

impl Chain {
    pub fn next(self, name: &'static str) -> Ready<Chain> {
        log(format!("next {name}"));
        ready(name, Chain(self.0 * 10 + 1))
    }
    pub fn get(&self) -> u32 {
        self.0
    }
}

pub fn add3(a: i32, b: i32, c: i32) -> i32 {
    log(format!("add3 {a} {b} {c}"));
    a * 100 + b * 10 + c
}

mod lets {
    use super::*;
    twins! {
        fn let_tuple_pattern() -> i32 {
            let (a, mut b) = ready("pair", (1, 2)).await;
            b += a;
            let ((c, _), [d, e]) = ready("nested", ((3, 4), [5, 6])).await;
            a + b * 10 + c * 100 + d * 1000 + e * 10000
        }
        fn let_struct_pattern() -> i32 {
            let Point { x, y: why } = ready("pt", Point { x: 7, y: 8 }).await;
            let Point { x: ref rx, .. } = ready("pt2", Point { x: 9, y: 0 }).await;
            x + why * 10 + *rx * 100
        }
        fn let_else(o: Option<i32>) -> i32 {
            let t = Tracked::new("t");
            let Some(v) = ready("opt", o).await else {
                log("else");
                return -1;
            };
            log(t.name());
            v * 2
        }
        fn let_else_await_in_else(o: Option<i32>) -> i32 {
            let Some(v) = val("o", o) else {
                let d = ready("default", 40).await;
                return d + 2;
            };
            v
        }
        fn let_uninit_then_assign(flag: bool) -> i32 {
            let x: i32;
            if flag {
                x = ready("a", 1).await;
            } else {
                x = ready("b", 2).await;
            }
            x
        }
        fn let_uninit_inferred(flag: bool) -> i32 {
            let x;
            if flag {
                x = ready("a", 1).await;
            } else {
                x = ready("b", 2).await;
            }
            x
        }
    }

    #[test]
    fn let_initialisers() {
        assert_eq!(
            assert_twins!(let_tuple_pattern()),
            1 + 30 + 300 + 5000 + 60000
        );
        assert_eq!(assert_twins!(let_struct_pattern()), 7 + 80 + 900);
        assert_eq!(assert_twins!(let_else(Some(4))), 8);
        assert_eq!(assert_twins!(let_else(None)), -1);
        assert_eq!(assert_twins!(let_else_await_in_else(Some(3))), 3);
        assert_eq!(assert_twins!(let_else_await_in_else(None)), 42);
        assert_eq!(assert_twins!(let_uninit_then_assign(true)), 1);
        assert_eq!(assert_twins!(let_uninit_then_assign(false)), 2);
        assert_eq!(assert_twins!(let_uninit_inferred(true)), 1);
        assert_eq!(assert_twins!(let_uninit_inferred(false)), 2);
    }
}

mod calls {
    use super::*;
    twins! {
        fn call_args_order() -> i32 {
            add3(val("a", 1), ready("b", 2).await, val("c", 3))
        }
        fn nested_call_order() -> i32 {
            add3(val("a", 1), add3(val("b", 2), ready("c", 3).await, val("d", 4)), ready("e", 5).await)
        }
        fn method_chain() -> u32 {
            ready("a", Chain(1)).await.next("b").await.next("c").await.get()
        }
        fn method_receiver_awaited() -> usize {
            let s = ready("s", String::from("hello")).await.to_uppercase();
            ready("v", vec![1, 2, 3]).await.len() + s.len()
        }
        fn method_arg_awaited() -> Vec<i32> {
            let mut v = Vec::new();
            v.push(ready("x", 1).await);
            v.push(val("y", 2));
            v.extend([ready("z", 3).await, val("w", 4)]);
            v
        }
        fn sub_coroutine_awaited() -> i32 {
            let a = helper(val("arg", 2)).await;
            a + helper(ready("arg2", 3).await).await
        }
        fn helper(n: i32) -> i32 {
            log(format!("helper {n}"));
            ready("h", n * 2).await
        }
    }

    #[test]
    fn calls_and_methods() {
        assert_eq!(assert_twins!(call_args_order()), 123);
        assert_eq!(assert_twins!(nested_call_order()), 100 + 10 * 234 + 5);
        assert_eq!(assert_twins!(method_chain()), 111);
        assert_eq!(assert_twins!(method_receiver_awaited()), 8);
        assert_eq!(assert_twins!(method_arg_awaited()), vec![1, 2, 3, 4]);
        assert_eq!(assert_twins!(sub_coroutine_awaited()), 4 + 6);
    }
}

mod operators {
    use super::*;
    twins! {
        fn binary_order() -> i32 {
            val("a", 2) * ready("b", 10).await + ready("c", 3).await - val("d", 1) * ready("e", 4).await
        }
        fn comparison_and_bits() -> (bool, i32, i32) {
            let lt = ready("l", 1).await < val("r", 2);
            let bits = (ready("x", 0b1100).await & val("m", 0b1010)) | (ready("y", 1).await << 4);
            let shr = val("s", 256) >> ready("n", 4).await;
            (lt, bits, shr)
        }
        fn unary_ops() -> (i32, bool, i32) {
            let n = -ready("n", 5).await;
            let b = !ready("b", true).await;
            let boxed = Box::new(ready("bx", 7).await);
            (n, b, *boxed + *&ready("r", 1).await)
        }
        fn and_short_circuit(l: bool) -> bool {
            val("left", l) && {
                log("rhs");
                ready("right", true).await
            }
        }
        fn or_short_circuit(l: bool) -> bool {
            ready("left", l).await || {
                log("rhs");
                ready("right", false).await
            }
        }
        fn chained_logic(a: bool, b: bool) -> bool {
            ready("a", a).await && ready("b", b).await || !ready("c", a).await && val("d", true)
        }
        fn compound_assign() -> (i32, Vec<i32>) {
            let mut x = val("x0", 1);
            x += ready("add", 10).await;
            x *= ready("mul", 3).await;
            let mut v = vec![0, 0, 0];
            v[val("idx", 1)] = ready("rhs", 5).await;
            v[val("i2", 2)] += ready("inc", 7).await;
            (x, v)
        }
        fn assign_rhs_first() -> [i32; 2] {
            let mut a = [0, 0];
            a[val("place", 0)] = ready("value", 9).await;
            a[val("place2", 1)] = val("value2", 8);
            a
        }
        fn await_in_compound_assign_place() -> Vec<i32> {
            let mut v = vec![0, 0, 0];
            v[ready("i2", 2).await] += val("inc", 7);
            v
        }
        // Issue 11 (adversarial programs): `.await` in the index of an
        // assignment's place was left in the output (E0728).
        fn await_in_assign_place() -> Vec<i32> {
            let mut v = vec![0, 0, 0];
            v[ready("i", 1).await] = val("value", 7);
            v[ready("j", 2).await] = 8;
            v
        }
        fn await_in_assign_place_moves_the_value_first() -> usize {
            let mut v = vec![Tracked::new("a"), Tracked::new("b")];
            let t = Tracked::new("t");
            v[ready("i", 0).await] = t;
            v[ready("j", 1).await] = ready("made", Tracked::new("m")).await;
            v[0].name().len() + v[1].name().len()
        }
    }

    #[test]
    fn arithmetic() {
        assert_eq!(assert_twins!(binary_order()), 20 + 3 - 4);
        assert_eq!(
            assert_twins!(comparison_and_bits()),
            (true, 0b1000 | 16, 16)
        );
        assert_eq!(assert_twins!(unary_ops()), (-5, false, 8));
        assert_eq!(assert_twins!(compound_assign()), (33, vec![0, 5, 7]));
        assert_eq!(assert_twins!(assign_rhs_first()), [9, 8]);
        assert_eq!(
            assert_twins!(await_in_compound_assign_place()),
            vec![0, 0, 7]
        );
        assert_eq!(assert_twins!(await_in_assign_place()), vec![0, 7, 8]);
        assert_eq!(
            assert_twins!(await_in_assign_place_moves_the_value_first()),
            2
        );
    }

    #[test]
    fn short_circuit() {
        assert!(!assert_twins!(and_short_circuit(false)));
        assert!(assert_twins!(and_short_circuit(true)));
        assert!(assert_twins!(or_short_circuit(true)));
        assert!(!assert_twins!(or_short_circuit(false)));
        for a in [false, true] {
            for b in [false, true] {
                assert_eq!(assert_twins!(chained_logic(a, b)), !a || b);
            }
        }
        // The log proves the right side was never evaluated.
        take_log();
        support::drive(coro_side::and_short_circuit(false));
        assert_eq!(take_log(), vec!["eval left"]);
    }
}

mod literals {
    use super::*;
    twins! {
        fn struct_literal() -> Point {
            Point { y: val("y", 2), x: ready("x", 1).await }
        }
        fn struct_update() -> Point {
            let base = Point { x: 0, y: 0 };
            Point { x: ready("x", 5).await, ..base }
        }
        fn tuple_literal() -> (i32, String, i32) {
            (val("a", 1), ready("b", String::from("b")).await, ready("c", 3).await)
        }
        fn array_literal() -> ([i32; 3], [u8; 4]) {
            ([val("a", 1), ready("b", 2).await, val("c", 3)], [ready("rep", 7).await; 4])
        }
        fn index_expr() -> i32 {
            let v = vec![10, 20, 30];
            let a = v[ready("i", 1).await];
            let b = ready("arr", [4, 5, 6]).await[val("j", 2)];
            a + b
        }
        fn cast_expr() -> (u8, f64, i64) {
            (ready("c", 300u32).await as u8, ready("f", 3i32).await as f64 / 2.0, -(ready("neg", 5u8).await as i64))
        }
        fn field_expr() -> i32 {
            let p = ready("p", Point { x: 3, y: 4 }).await.y;
            p + ready("t", (1, 2)).await.1
        }
        fn ref_range_paren() -> (usize, i32) {
            let range = ready("lo", 1).await..(val("hi", 3));
            let n = (&ready("r", vec![1, 2, 3, 4]).await)[range].len();
            (n, (ready("p", 6).await))
        }
    }

    #[test]
    fn literal_expressions() {
        assert_eq!(assert_twins!(struct_literal()), Point { x: 1, y: 2 });
        assert_eq!(assert_twins!(struct_update()), Point { x: 5, y: 0 });
        assert_eq!(assert_twins!(tuple_literal()), (1, "b".to_string(), 3));
        assert_eq!(assert_twins!(array_literal()), ([1, 2, 3], [7; 4]));
        assert_eq!(assert_twins!(index_expr()), 26);
        assert_eq!(assert_twins!(cast_expr()), (44, 1.5, -5));
        assert_eq!(assert_twins!(field_expr()), 6);
        assert_eq!(assert_twins!(ref_range_paren()), (2, 6));
    }
}

mod blocks {
    use super::*;
    twins! {
        fn block_as_value() -> i32 {
            let v = {
                let a = ready("a", 1).await;
                log("inner");
                a + ready("b", 2).await
            };
            v * { ready("c", 10).await }
        }
        fn nested_blocks() -> i32 {
            let mut acc = 0;
            {
                let x = ready("x", 1).await;
                {
                    let y = ready("y", 2).await;
                    acc += x + y;
                }
                acc += ready("z", 3).await;
            }
            acc
        }
        fn shadowing() -> String {
            let x = ready("x", 1).await;
            let x = x + ready("x2", 10).await;
            let x = format!("{x}");
            let x = {
                let x = ready("inner", x.len()).await;
                x * 3
            };
            format!("{x}")
        }
        fn closure_captures() -> i32 {
            let base = ready("base", 10).await;
            let mut count = 0;
            let add = move |v: i32| v + base;
            let r = add(ready("v", 1).await);
            {
                // Borrowing closures, used before the next await.
                let mut bump = || count += base;
                bump();
                bump();
            }
            let owned = 5;
            let takes = move || owned;
            r + count + takes() + ready("end", 0).await
        }
        fn closure_owning_tracked() -> usize {
            let t = Tracked::new("t");
            let c = move || t.name().len();
            let n = c();
            tick("x").await;
            n
        }
        fn nested_fn_item() -> i32 {
            fn square(x: i32) -> i32 {
                x * x
            }
            const K: i32 = 3;
            struct Local(i32);
            let l = Local(ready("a", 4).await);
            square(l.0) + K
        }
    }

    #[test]
    fn blocks_and_scopes() {
        assert_eq!(assert_twins!(block_as_value()), 30);
        assert_eq!(assert_twins!(nested_blocks()), 6);
        assert_eq!(assert_twins!(shadowing()), "6");
        assert_eq!(assert_twins!(closure_captures()), 11 + 20 + 5);
        assert_eq!(assert_twins!(nested_fn_item()), 19);
    }

    #[test]
    fn closure_owning_local_dropped_at_scope_end() {
        assert_eq!(assert_twins!(closure_owning_tracked()), 1);
    }
}

/// Coercions a `let`'s type or the return type drives into branches that
/// suspend (`let op: fn(i64) -> i64 = if c { f().await; dbl } else { inc
/// };`): each branch's value is coerced where it is made. The state's field
/// carrying the value to the join took the first branch's type, so the
/// others did not coerce (E0308 until the twelfth session; adversarial
/// round 8, `min_coerce_*`).
mod coercions_into_branches {
    use super::*;

    fn inc(x: i64) -> i64 {
        x + 1
    }
    fn dbl(x: i64) -> i64 {
        x * 2
    }

    twins! {
        fn fn_items(k: i64) -> i64 {
            let op: fn(i64) -> i64 = if k > 0 {
                tick("pick").await;
                dbl
            } else {
                inc
            };
            op(k)
        }
        fn boxed_closures(k: i64) -> i64 {
            let t = Tracked::new("t");
            let f: Box<dyn Fn(i64) -> i64> = match k {
                0 => Box::new(|x| x + 1),
                1 => {
                    tick("one").await;
                    Box::new(move |x| x * t.name().len() as i64)
                }
                _ => Box::new(move |x| x - k),
            };
            f(10)
        }
        fn return_type_drives_the_tail(k: i64) -> Box<dyn std::fmt::Debug> {
            if k > 0 {
                tick("t").await;
                Box::new(k)
            } else {
                Box::new("none")
            }
        }
    }

    #[test]
    fn branches_coerce_to_the_annotated_type() {
        assert_eq!(assert_twins!(fn_items(3)), 6);
        assert_eq!(assert_twins!(fn_items(-3)), -2);
        for k in 0..3 {
            assert_twins!(boxed_closures(k));
        }
        let c = support::drive(coro_side::return_type_drives_the_tail(2)).0;
        let n = support::drive_future(native_side::return_type_drives_the_tail(2)).0;
        assert_eq!(format!("{c:?}"), format!("{n:?}"));
    }
}
