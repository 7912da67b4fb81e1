// A `use` of a block that contains a suspension is declared for the whole
// coroutine (its block is cut at the `.await`, and each piece must see it).
// Rust scopes it to its block: a trait it imports would change which
// `describe` the call before the block finds (`ByRef`'s, here), silently.
// Refused where a method is called outside the block; a glob always.
#[allow(unused_imports)] // (the refused body is not emitted)
use m::ByRef;

mod m {
    pub trait ByRef {
        fn describe(&self) -> i64;
    }
    impl ByRef for i64 {
        fn describe(&self) -> i64 {
            1
        }
    }
    pub trait ByVal {
        fn describe(self) -> i64;
    }
    impl ByVal for i64 {
        fn describe(self) -> i64 {
            2
        }
    }
    pub enum Dir {
        North,
        South,
    }
}

#[coro::coroutine]
fn trait_import() -> i64 {
    let a = 5i64.describe();
    let b = {
        use m::ByVal;
        coro::sleep(std::time::Duration::from_millis(1)).await;
        5i64.describe()
    };
    a * 10 + b
}

#[coro::coroutine]
fn glob_import(d: m::Dir) -> i64 {
    let n = {
        use m::Dir::*;
        coro::sleep(std::time::Duration::from_millis(1)).await;
        matches!(d, North) as i64
    };
    n
}

fn main() {
    let _ = trait_import();
    let _ = glob_import(m::Dir::South);
}
