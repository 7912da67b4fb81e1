//! Twins: array and slice patterns (`let [a, b] = arr;`, `[first, rest @
//! ..]`, `[first, .., last]`) with suspensions in their scope. A slice
//! pattern's `..` is named like a `_` (`__part @ ..`, which binds the
//! remaining elements: an array of them, moved out of an array matched by
//! value and kept where Rust keeps them; a reference to them when matched
//! through a reference, which moves nothing). Until the tenth session
//! `rest @ ..` was refused as leaving parts under `..`, and so was `[first,
//! .., last]` on a slice reference (`v.as_slice()`), where nothing moves.
//! A `for` pattern keeps what it leaves of each item to the end of the
//! iteration, as Rust's `match next(..) { Some(pat) => body }` does (it
//! dropped at the body's first suspension until the tenth session); what
//! it cannot name (a tuple's `..`) is a compile error where the items need
//! drop (ui test `for_pattern_leaves_unnamed_parts`).
#![deny(warnings)]
#[macro_use]
mod support;
use support::*;

pub fn trio() -> [Tracked; 3] {
    [Tracked::new("a"), Tracked::new("b"), Tracked::new("c")]
}
pub fn quad() -> [Tracked; 4] {
    [
        Tracked::new("a"),
        Tracked::new("b"),
        Tracked::new("c"),
        Tracked::new("d"),
    ]
}
pub fn names(ts: &[Tracked]) -> usize {
    ts.iter().map(|t| t.name().len()).sum()
}

twins! {
    fn subslice_binding_rest() -> usize {
        let arr = [Tracked::new("a"), Tracked::new("b")];
        let [first, rest @ ..] = arr;
        tick("t").await;
        first.name().len() + names(&rest)
    }
    fn slice_rest_ref_scrutinee() -> usize {
        let v = vec![Tracked::new("a"), Tracked::new("b"), Tracked::new("c")];
        match v.as_slice() {
            [first, .., last] => {
                tick("t").await;
                first.name().len() + last.name().len()
            }
            _ => 0,
        }
    }
    fn let_array_binds_all() -> usize {
        let arr = [Tracked::new("a"), Tracked::new("b")];
        let [a, b] = arr;
        tick("t").await;
        log("after");
        drop(b);
        tick("u").await;
        a.name().len()
    }
    fn let_array_leaves_middle() -> usize {
        let arr = quad();
        let k = Tracked::new("k");
        let [first, .., last] = arr;
        drop(first);
        tick("t").await;
        log("after");
        last.name().len() + k.name().len()
    }
    fn let_array_leaves_tail_then_moves_on() -> usize {
        let arr = trio();
        let [first, ..] = arr;
        tick("t").await;
        let n = first.name().len();
        drop(first);
        tick("u").await;
        n
    }
    fn if_let_on_a_reslice() -> usize {
        let v = vec![Tracked::new("a"), Tracked::new("bb")];
        if let [x, ..] = &v[..] {
            tick("t").await;
            x.name().len()
        } else {
            0
        }
    }
    fn match_binding_rest_at() -> usize {
        let arr = trio();
        match arr {
            [a, rest @ ..] => {
                tick("t").await;
                log("arm");
                a.name().len() + names(&rest)
            }
        }
    }
    fn match_owned_array_leaves_middle() -> usize {
        let n = match quad() {
            [a, .., z] => {
                tick("t").await;
                log("arm");
                a.name().len() + z.name().len()
            }
        };
        log("after");
        n
    }
    fn match_awaited_array_leaves_tail() -> usize {
        let n = match ready("arr", trio()).await {
            [a, ..] => {
                tick("t").await;
                log("arm");
                a.name().len()
            }
        };
        log("after");
        n
    }
    fn if_let_as_slice_first_last() -> usize {
        let v = vec![Tracked::new("a"), Tracked::new("b"), Tracked::new("cc")];
        if let [first, .., last] = v.as_slice() {
            tick("t").await;
            first.name().len() + last.name().len()
        } else {
            0
        }
    }
    fn while_let_walks_a_slice() -> usize {
        let v = vec![Tracked::new("a"), Tracked::new("bb"), Tracked::new("ccc")];
        let mut s: &[Tracked] = &v;
        let mut total = 0;
        while let [first, rest @ ..] = s {
            tick("t").await;
            total += first.name().len();
            s = rest;
        }
        total
    }
    fn match_ref_to_array() -> usize {
        let arr = trio();
        match &arr {
            [a, ..] => {
                tick("t").await;
                a.name().len()
            }
        }
    }
    fn windows_in_a_loop() -> usize {
        let v = vec![Tracked::new("a"), Tracked::new("bb"), Tracked::new("c")];
        let mut n = 0;
        for w in v.windows(2) {
            if let [a, b] = w {
                tick("t").await;
                n += a.name().len() * b.name().len();
            }
        }
        n
    }
    fn match_slice_method_rest_binding() -> usize {
        let v = vec![Tracked::new("a"), Tracked::new("b"), Tracked::new("c")];
        match v.as_slice() {
            [head, tail @ ..] => {
                tick("t").await;
                head.name().len() + names(tail)
            }
            [] => 0,
        }
    }
    fn match_owned_array_middle_bound() -> usize {
        match quad() {
            [a, mid @ .., z] => {
                tick("t").await;
                drop(z);
                log("arm");
                a.name().len() + names(&mid)
            }
        }
    }
    fn let_array_of_copies_leaves_rest() -> usize {
        let arr = [1usize, 2, 3, 4];
        let [a, .., d] = arr;
        tick("t").await;
        a + d + arr[1]
    }
    fn option_of_array() -> usize {
        match Some(trio()) {
            Some([a, ..]) => {
                tick("t").await;
                log("arm");
                a.name().len()
            }
            None => 0,
        }
    }
    fn several_slice_arms() -> usize {
        let v = vec![Tracked::new("a"), Tracked::new("bb"), Tracked::new("c")];
        let mut n = 0;
        for k in 0..4 {
            n += match &v[..k] {
                [] => 0,
                [one] => {
                    tick("one").await;
                    one.name().len()
                }
                [first, second, ..] => {
                    tick("two").await;
                    first.name().len() + second.name().len()
                }
            };
        }
        n
    }
    fn mut_slice_pattern() -> usize {
        let mut v = vec![1usize, 2, 3];
        if let [a, rest @ ..] = &mut v[..] {
            *a += 10;
            tick("t").await;
            rest[0] += 1;
        }
        v.iter().sum()
    }
    fn match_place_array() -> usize {
        let arr = trio();
        let k = Tracked::new("k");
        let n = match arr {
            [a, ..] => {
                tick("t").await;
                a.name().len()
            }
        };
        log("after");
        tick("u").await;
        n + k.name().len()
    }
    fn for_over_arrays_leaves_tail() -> usize {
        let v = vec![[Tracked::new("a0"), Tracked::new("a1")], [Tracked::new("b0"), Tracked::new("b1")]];
        let mut n = 0;
        for [a, ..] in v {
            tick("t").await;
            log("body");
            n += a.name().len();
        }
        n
    }
    fn for_over_pairs_leaves_second() -> usize {
        let v = vec![(Tracked::new("a0"), Tracked::new("a1")), (Tracked::new("b0"), Tracked::new("b1"))];
        let mut n = 0;
        for (a, _) in v {
            tick("t").await;
            log("body");
            n += a.name().len();
        }
        n
    }
    fn for_over_pair_references_leaves_rest() -> usize {
        let v = vec![(Tracked::new("a0"), Tracked::new("a1")), (Tracked::new("b0"), Tracked::new("b1"))];
        let mut n = 0;
        for (a, ..) in &v {
            tick("t").await;
            n += a.name().len();
        }
        for (i, ..) in v.iter().enumerate() {
            tick("u").await;
            n += i;
        }
        n
    }
    fn let_else_slice() -> usize {
        let v = vec![Tracked::new("a"), Tracked::new("b")];
        let [first, .., last] = v.as_slice() else {
            return 0;
        };
        tick("t").await;
        first.name().len() + last.name().len()
    }
    fn let_else_slice_awaiting_else() -> usize {
        let v = vec![Tracked::new("a")];
        let [first, second, ..] = v.as_slice() else {
            tick("e").await;
            return 7;
        };
        first.name().len() + second.name().len()
    }
    fn while_let_array_pop() -> usize {
        let mut stack = vec![trio(), trio()];
        let mut n = 0;
        while let Some([a, .., c]) = stack.pop() {
            tick("t").await;
            log("body");
            n += a.name().len() + c.name().len();
        }
        n
    }
    fn awaited_slice_ref() -> usize {
        let v = vec![Tracked::new("a"), Tracked::new("b")];
        match ready("s", v.as_slice()).await {
            [first, rest @ ..] => {
                tick("t").await;
                first.name().len() + rest.len()
            }
            [] => 0,
        }
    }
    fn let_array_from_awaited_value() -> usize {
        let [a, b, ..] = ready("arr", trio()).await;
        tick("t").await;
        log("after");
        a.name().len() + b.name().len()
    }
    fn nested_array_in_tuple() -> usize {
        let pair = (trio(), Tracked::new("p"));
        let ([x, ..], p) = pair;
        tick("t").await;
        log("after");
        x.name().len() + p.name().len()
    }
    fn option_array_if_let_leaves_tail() -> usize {
        let o = Some(trio());
        let k = Tracked::new("k");
        let mut n = 0;
        if let Some([a, _, _]) = o {
            tick("t").await;
            n += a.name().len();
        }
        log("after");
        tick("u").await;
        n + k.name().len()
    }
    fn match_array_one_arm_statement() -> usize {
        let arr = trio();
        match arr {
            [a, ..] => {
                tick("t").await;
                log(a.name());
            }
        }
        tick("u").await;
        1
    }
    // A parameter (declared before the body): destructured before any
    // suspension, in one run, the orders agree; after one, an array of
    // plain data passes the check (ui test
    // `array_parameter_pattern_drop_order` has the refused case).
    fn array_parameter_destructured_first(arr: [Tracked; 3]) -> usize {
        let [a, rest @ ..] = arr;
        tick("t").await;
        log(a.name());
        rest.len()
    }
    fn array_parameter_of_plain_data(arr: [usize; 3]) -> usize {
        tick("t").await;
        let [a, .., c] = arr;
        tick("u").await;
        a + c
    }
    fn array_in_a_branch_of_plain_data() -> usize {
        let arr = [1usize, 2, 3];
        let mut n = 0;
        if n == 0 {
            let [a, ..] = arr;
            n += a;
        }
        tick("t").await;
        n
    }
}

#[test]
fn subslice_binding_rest() {
    assert_eq!(assert_twins!(subslice_binding_rest()), 2);
}
#[test]
fn slice_rest_ref_scrutinee() {
    assert_eq!(assert_twins!(slice_rest_ref_scrutinee()), 2);
}
#[test]
fn let_array_binds_all() {
    assert_twins!(let_array_binds_all());
}
#[test]
fn let_array_leaves_middle() {
    assert_twins!(let_array_leaves_middle());
}
#[test]
fn let_array_leaves_tail_then_moves_on() {
    assert_twins!(let_array_leaves_tail_then_moves_on());
}
#[test]
fn if_let_on_a_reslice() {
    assert_twins!(if_let_on_a_reslice());
}
#[test]
fn match_binding_rest_at() {
    assert_twins!(match_binding_rest_at());
}
#[test]
fn match_owned_array_leaves_middle() {
    assert_twins!(match_owned_array_leaves_middle());
}
#[test]
fn match_awaited_array_leaves_tail() {
    assert_twins!(match_awaited_array_leaves_tail());
}
#[test]
fn if_let_as_slice_first_last() {
    assert_twins!(if_let_as_slice_first_last());
}
#[test]
fn while_let_walks_a_slice() {
    assert_eq!(assert_twins!(while_let_walks_a_slice()), 6);
}
#[test]
fn match_ref_to_array() {
    assert_twins!(match_ref_to_array());
}
#[test]
fn windows_in_a_loop() {
    assert_twins!(windows_in_a_loop());
}
#[test]
fn match_slice_method_rest_binding() {
    assert_twins!(match_slice_method_rest_binding());
}
#[test]
fn match_owned_array_middle_bound() {
    assert_twins!(match_owned_array_middle_bound());
}
#[test]
fn let_array_of_copies_leaves_rest() {
    assert_twins!(let_array_of_copies_leaves_rest());
}
#[test]
fn option_of_array() {
    assert_twins!(option_of_array());
}
#[test]
fn several_slice_arms() {
    assert_twins!(several_slice_arms());
}
#[test]
fn mut_slice_pattern() {
    assert_twins!(mut_slice_pattern());
}
#[test]
fn match_place_array() {
    assert_twins!(match_place_array());
}
#[test]
fn for_over_arrays_leaves_tail() {
    assert_twins!(for_over_arrays_leaves_tail());
}
#[test]
fn for_over_pairs_leaves_second() {
    assert_twins!(for_over_pairs_leaves_second());
}
#[test]
fn for_over_pair_references_leaves_rest() {
    assert_twins!(for_over_pair_references_leaves_rest());
}
#[test]
fn let_else_slice() {
    assert_twins!(let_else_slice());
}
#[test]
fn let_else_slice_awaiting_else() {
    assert_twins!(let_else_slice_awaiting_else());
}
#[test]
fn while_let_array_pop() {
    assert_twins!(while_let_array_pop());
}
#[test]
fn awaited_slice_ref() {
    assert_twins!(awaited_slice_ref());
}
#[test]
fn let_array_from_awaited_value() {
    assert_twins!(let_array_from_awaited_value());
}
#[test]
fn nested_array_in_tuple() {
    assert_twins!(nested_array_in_tuple());
}
#[test]
fn option_array_if_let_leaves_tail() {
    assert_twins!(option_array_if_let_leaves_tail());
}
#[test]
fn match_array_one_arm_statement() {
    assert_twins!(match_array_one_arm_statement());
}
#[test]
fn array_in_a_branch_of_plain_data() {
    assert_twins!(array_in_a_branch_of_plain_data());
}
#[test]
fn array_parameter_destructured_first() {
    let arr = || [Tracked::new("a"), Tracked::new("b"), Tracked::new("c")];
    assert_eq!(assert_twins!(array_parameter_destructured_first(arr())), 2);
}
#[test]
fn array_parameter_of_plain_data() {
    assert_eq!(assert_twins!(array_parameter_of_plain_data([1, 2, 3])), 4);
}
