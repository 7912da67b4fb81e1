//! A binding held to the end of its scope after its referent is gone (its
//! last use was earlier, as NLL allows) must never be moved between
//! variants as a dangling reference: in a coroutine with homes every such
//! binding that is not provably plain data gets a home (issue 12, point 2).
//! The syntactic borrow analysis misses each of these borrows; run under
//! Miri (scripts/miri.sh) they were "constructing invalid value: encountered
//! a dangling reference".
#[macro_use]
mod support;
use std::path::PathBuf;
use support::*;

pub struct Holder<'a> {
    pub f: Option<&'a str>,
}

macro_rules! borrow_of {
    ($e:expr) => {
        &$e[..]
    };
}

mod held_after_referent_ends {
    use super::*;
    twins! {
        // `to_str` returns a borrow (`Path::to_str`), though `to_*` names
        // usually own their data: `k` is not seen to borrow `p`'s home.
        fn path_to_str_outlived_by_its_holder() -> usize {
            let k;
            {
                let p = PathBuf::from("abc");
                let rp = &p;
                tick("home").await;
                k = rp.to_str();
                log(format!("k {k:?}"));
            }
            tick("after").await;
            1
        }
        // A field assignment records no borrow edge.
        fn field_assignment_outlived() -> usize {
            let mut h = Holder { f: None };
            {
                let s = String::from("field");
                let rs = &s;
                tick("home").await;
                h.f = Some(rs.as_str());
                log(format!("h {:?}", h.f));
            }
            tick("after").await;
            2
        }
        // A borrow hidden in a user macro's expansion.
        fn borrow_in_user_macro_outlived() -> usize {
            let k;
            {
                let s = String::from("macro");
                let rs = &s;
                tick("home").await;
                k = borrow_of!(rs);
                log(format!("k {k:?}"));
            }
            tick("after").await;
            3
        }
    }

    #[test]
    fn dangling_holders_are_never_moved() {
        assert_eq!(assert_twins!(path_to_str_outlived_by_its_holder()), 1);
        assert_eq!(assert_twins!(field_assignment_outlived()), 2);
        assert_eq!(assert_twins!(borrow_in_user_macro_outlived()), 3);
    }
}
