//! Differential tests: a homed binding split by its type inside another
//! probe's value. `o.take().map_or(0, f) + g().await` with `o` in a home
//! (live across a later suspension): the home's split for `take`
//! (`Option::take` borrows `o`: kept in place) was made inside the block
//! of `map_or`'s receiver split, whose glob import of its own family's
//! levels (`Option` taken by value) was in scope there too, so `o` was
//! read out of its home, `take` ran on a copy and the home kept a value
//! already dropped: a use after free from safe code, found by adversarial
//! programs (`fidelity/repro/adv7/min_option_take_map_use_after_free.rs`).
//! Fixed by evaluating a split's value outside its import block; and a
//! value with drop glue reached in its home after it was read out now
//! panics instead of being read (`Local::check_not_moved_out`).
#[macro_use]
mod support;
use support::*;

pub fn len_of(s: String) -> usize {
    log(format!("len of {s}"));
    s.len()
}

twins! {
    fn option_take_then_map_or_before_an_await() -> usize {
        let mut o = Some(5usize);
        let n = o.take().map_or(0, |t| t) + ready("mid", 10).await;
        tick("after").await;
        n * 10 + usize::from(o.is_none())
    }
    fn option_of_a_heap_value_taken_before_an_await() -> usize {
        let mut slot = Some(String::from("hello world, a heap string"));
        let n = slot.take().map_or(0, len_of) + ready("mid", 10).await;
        let junk = vec![String::from("XXXXXXXXXXXXXXXXXXXXXXXXXX"); 4];
        tick("after").await;
        log(format!("{slot:?}"));
        n + junk.len()
    }
    fn option_of_a_tracked_taken_with_other_combinators(k: usize) -> usize {
        let mut slot = Some(Tracked::new("slot"));
        let n = slot.take().map(|t| t.name().len()).unwrap_or(0) + ready("mid", k).await;
        tick("after").await;
        log(format!("{}", slot.is_some()));
        let mut again = Some(Tracked::new("again"));
        let m = again.take().filter(|t| t.name().len() > k).is_some() as usize + ready("m", 1).await;
        tick("end").await;
        n + m + usize::from(again.is_none())
    }
}

#[test]
fn option_take_then_map_or_before_an_await() {
    assert_eq!(
        assert_twins!(option_take_then_map_or_before_an_await()),
        151
    );
}

#[test]
fn option_of_a_heap_value_taken_before_an_await() {
    assert_eq!(
        assert_twins!(option_of_a_heap_value_taken_before_an_await()),
        40
    );
}

#[test]
fn option_of_a_tracked_taken_with_other_combinators() {
    assert_eq!(
        assert_twins!(option_of_a_tracked_taken_with_other_combinators(2)),
        9
    );
}
