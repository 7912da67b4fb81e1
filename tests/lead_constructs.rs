#[macro_use]
mod support;
use support::*;

mod constructs {
    use super::*;
    twins! {
        fn matching(x: Option<u32>) -> u32 {
            let a = match x {
                Some(n) if n > 3 => ready("big", n * 2).await,
                Some(n) => { let t = Tracked::new("arm"); ready("small", n).await + t.name().len() as u32 }
                None => 0,
            };
            let b = match ready("scrut", a).await { 0 => 100, k => k };
            a + b
        }
        fn iflet(x: Option<u32>) -> u32 {
            if let Some(v) = x {
                let w = ready("w", v).await;
                w + 1
            } else if x.is_none() {
                ready("none", 7).await
            } else { 0 }
        }
        fn loops(n: u32) -> u32 {
            let mut total = 0;
            let mut i = 0;
            while i < n {
                total += ready("w", i).await;
                i += 1;
            }
            let found = 'outer: loop {
                for j in 0..n {
                    if ready("f", j).await == 2 { break 'outer j * 100; }
                    if j > 10 { continue 'outer; }
                }
                break 999;
            };
            let mut it = vec![1, 2, 3].into_iter();
            while let Some(x) = it.next() {
                total += tick_val(x).await;
            }
            total + found
        }
        fn tick_val(x: u32) -> u32 { ready("tv", x).await }
        fn shortcircuit(a: bool) -> bool {
            let x = a && { log("rhs"); ready("r", true).await };
            let y = a || ready("r2", false).await;
            x && y
        }
        fn letelse(x: Option<u32>) -> u32 {
            let Some(v) = ready("opt", x).await else { return 5; };
            let Some(w) = x.map(|q| q + v) else { ready("e", ()).await; return 6; };
            w
        }
        fn labelled(n: u32) -> u32 {
            let v = 'b: {
                if n == 0 { break 'b 1; }
                let x = ready("x", n).await;
                if x > 5 { break 'b x; }
                x * 2
            };
            v
        }
        fn shadow() -> u32 {
            let t = Tracked::new("outer");
            let t2 = 1u32;
            {
                let t = Tracked::new("inner");
                tick("a").await;
                log(t.name());
            }
            let t2 = t2 + ready("b", 1).await;
            log(t.name());
            t2
        }
        fn exprs(v: Vec<u32>) -> (u32, [u32; 2], u32) {
            let s = (ready("a", 1).await, ready("b", 2).await);
            let arr = [s.0, ready("c", 3).await];
            let idx = v[ready("i", 1).await as usize];
            let neg = -(ready("n", 4).await as i64);
            (s.0 + s.1 + idx + (neg as u32 & 0), arr, v.iter().map(|x| x * 2).sum::<u32>() + ready("d", 0).await)
        }
        fn macros_args(x: u32) -> String {
            println!("{} {}", x, ready("p", 1).await);
            let v = vec![ready("v", 1).await, x];
            assert_eq!(v.len(), ready("l", 2).await);
            assert!(matches!(ready("m", Some(1)).await, Some(_)));
            format!("{x}-{}", ready("f", v[0]).await)
        }
    }

    #[test]
    fn all() {
        assert_twins!(matching(Some(5)));
        assert_twins!(matching(Some(1)));
        assert_twins!(matching(None));
        assert_twins!(iflet(Some(3)));
        assert_twins!(iflet(None));
        assert_twins!(loops(4));
        assert_twins!(shortcircuit(true));
        assert_twins!(shortcircuit(false));
        assert_twins!(letelse(Some(2)));
        assert_twins!(letelse(None));
        assert_twins!(labelled(0));
        assert_twins!(labelled(3));
        assert_twins!(labelled(9));
        assert_twins!(shadow());
        assert_twins!(exprs(vec![5, 6, 7]));
        assert_twins!(macros_args(4));
    }
}
