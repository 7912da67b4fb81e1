// args: 2
// Items inside blocks that contain awaits: a struct with impl, a fn, a const, a `use ... as`.
fn f(k: i64) -> i64 {
    let a = {
        struct Acc { n: i64 }
        impl Acc { fn add(&mut self, x: i64) { self.n += x; } }
        const START: i64 = 5;
        let mut acc = Acc { n: START };
        acc.add(ready("x", k).await);
        acc.n
    };
    let b = {
        use std::collections::BTreeSet as Set;
        fn sq(x: i64) -> i64 { x * x }
        let mut s = Set::new();
        s.insert(sq(ready("y", 3).await));
        s.insert(sq(k));
        s.len() as i64
    };
    a * 10 + b
}
