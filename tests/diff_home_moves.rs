//! Differential tests: moves out of a binding that has a home (borrowed
//! across a suspension, or moved on some paths only) that syntax proves: a
//! method taking `self` by its name (`into_*`, `unwrap*`, `map`, ...) and a
//! pattern that moves all of the value (`Some(t)`, `Pair { a, b }`). Each
//! ran into E0507 "cannot move out of a mutable reference" before; each is
//! run to completion and cancelled after every k polls (`assert_twins`).
#[macro_use]
mod support;
use support::*;

pub struct Pair {
    pub a: Tracked,
    pub b: Tracked,
}

fn some_if(c: bool, name: &'static str) -> Option<Tracked> {
    if c { Some(Tracked::new(name)) } else { None }
}

fn log_opt(o: &Option<Tracked>) {
    log(format!("opt {:?}", o.as_ref().map(|t| t.name())));
}

mod method_receivers {
    use super::*;
    twins! {
        fn into_name_of_borrowed_binding() -> usize {
            let t = Tracked::new("t");
            let r = &t;
            tick("a").await;
            log(r.name());
            let k = Tracked::new("k");
            let n = t.into_name();
            tick("b").await;
            log(k.name());
            n.len()
        }
        fn unwrap_on_one_path(c: bool) -> usize {
            let o = Some(Tracked::new("o"));
            let k = Tracked::new("k");
            let mut n = 0;
            if c {
                n = o.unwrap().into_name().len();
            }
            tick("a").await;
            log(k.name());
            n
        }
        fn map_of_borrowed_option(c: bool) -> usize {
            let o = some_if(c, "o");
            let r = &o;
            tick("a").await;
            log_opt(r);
            let n = o.map(|t| t.into_name().len()).unwrap_or(0);
            tick("b").await;
            n
        }
        fn receiver_moved_before_an_awaited_argument(c: bool) -> usize {
            let o = some_if(c, "o");
            let r = &o;
            tick("a").await;
            log_opt(r);
            let t = o.unwrap_or(ready("d", Tracked::new("d")).await);
            tick("b").await;
            t.into_name().len()
        }
        fn copy_value_read_out_stays_usable() -> u64 {
            let n: u32 = 5;
            let r = &n;
            tick("a").await;
            log(format!("n {r}"));
            let m: u64 = n.into();
            tick("b").await;
            m + u64::from(n)
        }
        fn known_mut_ref_is_reborrowed(buf: &mut Vec<i32>) -> usize {
            let r = &mut *buf;
            tick("a").await;
            r.push(1);
            let n = buf.into_iter().count();
            buf.push(2);
            tick("b").await;
            n + buf.len()
        }
    }

    #[test]
    fn copy_value_read_out_stays_usable() {
        assert_eq!(assert_twins!(copy_value_read_out_stays_usable()), 10);
    }

    #[test]
    fn known_mut_ref_is_reborrowed() {
        assert_eq!(assert_twins!(known_mut_ref_is_reborrowed(&mut vec![0])), 5);
    }

    #[test]
    fn into_name_of_borrowed_binding() {
        assert_eq!(assert_twins!(into_name_of_borrowed_binding()), 1);
    }

    #[test]
    fn unwrap_on_one_path() {
        assert_eq!(assert_twins!(unwrap_on_one_path(true)), 1);
        assert_eq!(assert_twins!(unwrap_on_one_path(false)), 0);
    }

    #[test]
    fn map_of_borrowed_option() {
        assert_eq!(assert_twins!(map_of_borrowed_option(true)), 1);
        assert_eq!(assert_twins!(map_of_borrowed_option(false)), 0);
    }

    #[test]
    fn receiver_moved_before_an_awaited_argument() {
        assert_eq!(
            assert_twins!(receiver_moved_before_an_awaited_argument(true)),
            1
        );
        assert_eq!(
            assert_twins!(receiver_moved_before_an_awaited_argument(false)),
            1
        );
    }
}

mod patterns {
    use super::*;
    twins! {
        fn match_moves_on_one_arm(c: bool) -> usize {
            let o = some_if(c, "o");
            let r = &o;
            tick("a").await;
            log_opt(r);
            let k = Tracked::new("k");
            match o {
                Some(t) => {
                    tick("some").await;
                    log(k.name());
                    t.into_name().len()
                }
                None => {
                    tick("none").await;
                    0
                }
            }
        }
        fn await_free_match_on_one_path(c: bool) -> usize {
            let o = Some(Tracked::new("o"));
            let k = Tracked::new("k");
            let n = if c {
                match o {
                    Some(t) => t.into_name().len(),
                    None => 7,
                }
            } else {
                2
            };
            tick("a").await;
            log(k.name());
            n
        }
        fn guarded_arms(c: bool) -> usize {
            let o = some_if(c, "o");
            let r = &o;
            tick("a").await;
            log_opt(r);
            match o {
                Some(t) if t.name().len() > 3 => t.into_name().len(),
                Some(t) => {
                    tick("g").await;
                    t.into_name().len() + 1
                }
                None => 0,
            }
        }
        fn if_let_moves(c: bool) -> usize {
            let o = some_if(c, "o");
            let r = &o;
            tick("a").await;
            log_opt(r);
            let k = Tracked::new("k");
            let mut n = 0;
            if let Some(t) = o {
                tick("then").await;
                n = t.into_name().len();
            } else {
                tick("else").await;
            }
            tick("b").await;
            log(k.name());
            n
        }
        fn let_else_moves(c: bool) -> usize {
            let o = some_if(c, "o");
            let r = &o;
            tick("a").await;
            log_opt(r);
            let Some(t) = o else {
                tick("else").await;
                return 9;
            };
            tick("b").await;
            t.into_name().len()
        }
        fn destructured_on_one_path(c: bool) -> usize {
            let p = Pair { a: Tracked::new("a"), b: Tracked::new("b") };
            let r = &p;
            tick("x").await;
            log(r.a.name());
            if c {
                let Pair { b, a } = p;
                tick("y").await;
                log(b.name());
                return a.into_name().len();
            }
            tick("z").await;
            0
        }
    }

    #[test]
    fn match_moves_on_one_arm() {
        assert_eq!(assert_twins!(match_moves_on_one_arm(true)), 1);
        assert_eq!(assert_twins!(match_moves_on_one_arm(false)), 0);
    }

    #[test]
    fn await_free_match_on_one_path() {
        assert_eq!(assert_twins!(await_free_match_on_one_path(true)), 1);
        assert_eq!(assert_twins!(await_free_match_on_one_path(false)), 2);
    }

    #[test]
    fn guarded_arms() {
        assert_eq!(assert_twins!(guarded_arms(true)), 2);
        assert_eq!(assert_twins!(guarded_arms(false)), 0);
    }

    #[test]
    fn if_let_moves() {
        assert_eq!(assert_twins!(if_let_moves(true)), 1);
        assert_eq!(assert_twins!(if_let_moves(false)), 0);
    }

    #[test]
    fn let_else_moves() {
        assert_eq!(assert_twins!(let_else_moves(true)), 1);
        assert_eq!(assert_twins!(let_else_moves(false)), 9);
    }

    #[test]
    fn destructured_on_one_path() {
        assert_eq!(assert_twins!(destructured_on_one_path(true)), 1);
        assert_eq!(assert_twins!(destructured_on_one_path(false)), 0);
    }
}

/// A homed binding declared without a value (`let x;`, borrowed across an
/// `.await`) and assigned an awaited value: the assignment wrote the home
/// in place, dropping what `let x;` never put there (garbage: undefined
/// behaviour, a crash or a `drop` of nonsense) and leaving the value
/// unowned (never dropped). It goes through the home's guard, as an
/// assignment in await-free code does.
mod awaited_assignment_to_a_homed_binding {
    use super::*;

    twins! {
        fn declared_then_awaited() -> usize {
            let x: Tracked;
            x = ready("r", Tracked::new("b")).await;
            let r = &x;
            tick("v").await;
            log(r.name());
            log("after");
            0
        }
        fn reassigned_by_an_await(c: bool) -> usize {
            let mut x = Tracked::new("a");
            let r = &x;
            tick("t").await;
            log(r.name());
            if c {
                x = ready("r", Tracked::new("b")).await;
            }
            let r = &x;
            tick("v").await;
            r.name().len()
        }
    }

    #[test]
    fn through_the_guard() {
        assert_eq!(assert_twins!(declared_then_awaited()), 0);
        assert_eq!(assert_twins!(reassigned_by_an_await(true)), 1);
        assert_eq!(assert_twins!(reassigned_by_an_await(false)), 1);
    }
}
