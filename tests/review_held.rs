//! Cases the review of the operand-order rule tried that held: known macros
//! with awaits in coroutines with homes (also clean under Miri:
//! `RUSTFLAGS="--cfg polling_test_poll_backend" CARGO_TARGET_DIR=target/miri
//! cargo +nightly miri test -p coro --test review_held`), `gather!` with an
//! awaited operand, and a generator whose yield type is named `Simple`.
#[macro_use]
mod support;
use std::fmt::Write as _;
use support::*;
twins! {
    fn write_through_homed_mut_ref() -> String {
        let mut s = String::new();
        let r = &mut s;
        tick("h").await;
        write!(r, "{}-{}", ready("a", 1u32).await, r.len()).unwrap();
        writeln!(r, "{}", ready("b", r.len()).await).unwrap();
        r.push('x');
        s
    }
    fn vec_mut_ref_receiver_and_println() -> Vec<u32> {
        let mut v = vec![1u32];
        let r = &mut v;
        tick("h").await;
        r.push(ready("a", 2u32).await);
        println!("{:?} {}", r, ready("b", 3u32).await);
        let n = r.len() as u32;
        r.push(ready("c", n).await);
        v
    }
    fn many_macros_with_home() -> Vec<u32> {
        let v = vec![1u32, 2];
        let r = &v;
        tick("h").await;
        let w = vec![r[0], ready("a", r[1]).await, r.len() as u32];
        assert_eq!(w[0], ready("b", 1u32).await);
        assert!(ready("c", w.len() == 3).await, "{} {:?}", r[0], r);
        let d = dbg!(r[0], ready("d", 5u32).await);
        let m = matches!(ready("e", Some(r[1])).await, Some(2));
        let s = format!("{r:?}{}{}", ready("f", d.1).await, m);
        let mut out = w;
        out.push(s.len() as u32);
        out
    }
    fn homes_in_loop_with_macros() -> Vec<String> {
        let v = vec![10u32, 20];
        let r = &v;
        let mut out = Vec::new();
        for i in 0..3usize {
            tick("l").await;
            out.push(format!("{} {} {}", r[i % 2], ready("x", i).await, r[(i + 1) % 2]));
            if i == 1 {
                let t = vec![r[0]; ready("n", 2usize).await];
                out.push(format!("{t:?}"));
            }
        }
        out
    }
    fn homed_vec_index_hoisted() -> String {
        let v = vec![10u32, 20, 30];
        let r = &v;
        let mut i = 0usize;
        tick("h").await;
        format!("{} {} {}", r[i], { i = 2; ready("a", 1u32) }.await, r[i])
    }
}
#[test]
fn write_through_homed_mut_ref_t() {
    assert_twins!(write_through_homed_mut_ref());
}
#[test]
fn vec_mut_ref_receiver_and_println_t() {
    assert_twins!(vec_mut_ref_receiver_and_println());
}
#[test]
fn many_macros_with_home_t() {
    assert_twins!(many_macros_with_home());
}
#[test]
fn homes_in_loop_with_macros_t() {
    assert_twins!(homes_in_loop_with_macros());
}
#[test]
fn homed_vec_index_hoisted_t() {
    assert_twins!(homed_vec_index_hoisted());
}

#[coro::coroutine]
fn gather_reads_place_before_later_operand() -> (u32, u32, u32) {
    let mut x = 1u32;
    let (a, b) = coro::gather!(
        ready("a", x),
        {
            x = 5;
            ready("o", ready("i", 2u32))
        }
        .await
    )
    .await;
    (a, b, x)
}

#[coro::coroutine]
fn gather_with_home() -> (u32, u32) {
    let v = vec![1u32, 2];
    let r = &v;
    tick("h").await;
    coro::gather!(ready("a", r[0]), ready("o", ready("i", r[1])).await).await
}

#[test]
fn gather_operands_in_order() {
    take_log();
    assert_eq!(
        drive(gather_reads_place_before_later_operand()).0,
        (1, 2, 5)
    );
    assert_eq!(
        take_log(),
        ["poll o", "poll o", "poll a", "poll i", "poll a", "poll i"]
    );
    assert_eq!(drive(gather_with_home()).0, (1, 2));
}

#[derive(Default, Debug, PartialEq)]
pub struct Simple(u32);

impl From<u32> for Simple {
    fn from(n: u32) -> Simple {
        Simple(n)
    }
}

// Both yields need the declared yield type to infer.
#[coro::generator]
fn yields_simple() -> impl Iterator<Item = Simple> {
    yield_!(Default::default());
    yield_!(7.into());
}

#[test]
fn yield_type_named_simple_keeps_its_annotation() {
    assert_eq!(yields_simple().collect::<Vec<_>>(), [Simple(0), Simple(7)]);
}
