//! Differential tests: locals borrowed across an `.await` (issue 3) —
//! buffers filled by sub-coroutines, references held across suspensions,
//! loops over borrowed vectors, methods awaited on locals and on `self`,
//! drop order of borrowed locals on every exit path and on cancellation
//! (assert_twins cancels after every k polls), and panics.
#[macro_use]
mod support;
use std::marker::PhantomData;
use support::*;

pub struct Pair {
    pub a: Tracked,
    pub b: Tracked,
}

pub fn take(t: Tracked) -> &'static str {
    t.into_name()
}

/// Reads the vector it borrows when dropped: a use after free if the
/// borrowed local were dropped first.
pub struct Peek<'a>(pub &'a Vec<Tracked>);

impl Drop for Peek<'_> {
    fn drop(&mut self) {
        let names: Vec<&str> = self.0.iter().map(|t| t.name()).collect();
        log(format!("drop peek {names:?}"));
    }
}

mod buffers {
    use super::*;
    twins! {
        fn fill(buf: &mut Vec<u32>, n: u32) -> usize {
            for i in 0..n {
                buf.push(ready("fill", i).await);
            }
            buf.len()
        }
        fn double_all(s: &mut [u32]) -> u32 {
            let mut sum = 0;
            let mut i = 0;
            while i < s.len() {
                s[i] = ready("double", s[i] * 2).await;
                sum += s[i];
                i += 1;
            }
            sum
        }
        fn append(s: &mut String, word: &'static str) -> usize {
            tick(word).await;
            s.push_str(word);
            s.len()
        }
        fn count_chars(s: &str) -> usize {
            tick("count").await;
            s.chars().count()
        }
        fn sum_bytes(b: &[u8]) -> u32 {
            let mut sum = 0;
            for x in b {
                sum += ready("byte", *x as u32).await;
            }
            sum
        }
        fn fill_tracked(buf: &mut Vec<Tracked>, names: &'static [&'static str]) -> usize {
            for name in names {
                tick(name).await;
                buf.push(Tracked::new(name));
            }
            buf.len()
        }

        fn fill_then_len(n: u32) -> usize {
            let mut buf = Vec::new();
            let k = fill(&mut buf, n).await;
            buf.len() + k
        }
        fn fill_and_return(n: u32) -> Vec<u32> {
            let mut buf = Vec::new();
            fill(&mut buf, n).await;
            buf
        }
        fn fill_twice(a: u32, b: u32) -> (usize, usize, Vec<u32>) {
            let mut buf = vec![100];
            let first = fill(&mut buf, a).await;
            log(format!("between {}", buf.len()));
            let second = fill(&mut buf, b).await;
            (first, second, buf)
        }
        fn fill_slices(n: usize) -> (u32, u32, Vec<u32>) {
            let mut buf: Vec<u32> = (1..=n as u32).collect();
            let all = double_all(&mut buf[..]).await;
            let tail = double_all(&mut buf[n / 2..]).await;
            (all, tail, buf)
        }
        fn string_buffer(words: u32) -> String {
            let mut s = String::from(">");
            let mut total = 0;
            for _ in 0..words {
                total += append(&mut s, "ab").await;
            }
            total += append(&mut s, "cd").await;
            s.push_str(&total.to_string());
            s
        }
        fn str_of_local(text: &'static str) -> usize {
            let owned = String::from(text);
            let a = count_chars(&owned).await;
            let b = count_chars(owned.as_str()).await;
            let c = count_chars(&owned[1..]).await;
            a + b + c + owned.len()
        }
        fn bytes_of_local(n: u8) -> u32 {
            let v: Vec<u8> = (1..=n).collect();
            let all = sum_bytes(&v).await;
            let rest = sum_bytes(&v[1..]).await;
            all * 100 + rest + v.len() as u32
        }
        fn tracked_buffer() -> Vec<&'static str> {
            let keep = Tracked::new("keep");
            let mut buf = Vec::new();
            fill_tracked(&mut buf, &["x", "y"]).await;
            log(keep.name());
            fill_tracked(&mut buf, &["z"]).await;
            // `keep` is used after the last await.
            log(keep.name());
            buf.iter().map(|t| t.name()).collect()
        }
    }

    #[test]
    fn filled_by_sub_coroutines() {
        assert_eq!(assert_twins!(fill_then_len(0)), 0);
        assert_eq!(assert_twins!(fill_then_len(3)), 6);
        assert_eq!(assert_twins!(fill_and_return(3)), vec![0, 1, 2]);
        assert_eq!(assert_twins!(fill_and_return(0)), Vec::<u32>::new());
        assert_eq!(assert_twins!(fill_twice(2, 1)), (3, 4, vec![100, 0, 1, 0]));
        assert_eq!(assert_twins!(fill_twice(0, 2)), (1, 3, vec![100, 0, 1]));
    }

    #[test]
    fn slices_and_strings() {
        assert_eq!(assert_twins!(fill_slices(4)), (20, 28, vec![2, 4, 12, 16]));
        assert_eq!(assert_twins!(fill_slices(1)), (2, 4, vec![4]));
        assert_eq!(assert_twins!(string_buffer(2)), ">ababcd15");
        assert_eq!(assert_twins!(string_buffer(0)), ">cd3");
        assert_eq!(assert_twins!(str_of_local("héllo")), 5 + 5 + 4 + 6);
        assert_eq!(assert_twins!(bytes_of_local(3)), 600 + 5 + 3);
    }

    #[test]
    fn buffer_of_tracked() {
        assert_eq!(assert_twins!(tracked_buffer()), vec!["x", "y", "z"]);
    }
}

mod shared_refs {
    use super::*;
    twins! {
        fn ref_held(a: u32, b: u32) -> u32 {
            let v = vec![a, b];
            let r = &v;
            tick("t").await;
            r[0]
        }
        fn several_refs(n: u32) -> usize {
            let a = vec![n, n + 1, n + 2];
            let b = String::from("text");
            let ra = &a;
            let rb = &b;
            let rc = &a[1];
            tick("one").await;
            let x = ra.len() + rb.len();
            tick("two").await;
            x + *rc as usize + rb.len()
        }
        fn field_ref() -> &'static str {
            let pair = Pair { a: Tracked::new("pa"), b: Tracked::new("pb") };
            let ra = &pair.a;
            tick("t").await;
            log(ra.name());
            let rb = &pair.b;
            tick("u").await;
            log(ra.name());
            rb.name()
        }
        fn reborrowed(n: u32) -> u32 {
            let v: Vec<u32> = (1..=n).collect();
            let r1 = &v;
            let r2 = &r1[1..];
            let r3 = &*r1;
            let r4: &u32 = &r2[0];
            tick("t").await;
            r2[0] + r3.len() as u32 + *r4
        }
        fn mut_ref_held(n: u32) -> usize {
            let mut v = vec![0u32];
            let m = &mut v;
            m.push(ready("a", n).await);
            m.push(ready("b", n + 1).await);
            tick("after").await;
            m.push(2);
            v.len() + v[1] as usize
        }
        fn awaited_value_is_a_ref(n: usize) -> usize {
            let v: Vec<usize> = (0..n).collect();
            let tail = ready("r", &v[1..]).await;
            tick("t").await;
            tail.len() + tail.iter().sum::<usize>()
        }
        fn tuple_of_refs() -> u32 {
            let v = vec![3u32, 4];
            let (a, b) = (&v[0], &v[1]);
            tick("t").await;
            a * 10 + b
        }
        fn struct_holding_ref(n: u32) -> usize {
            struct View<'a> {
                s: &'a [u32],
                name: &'a str,
            }
            let v: Vec<u32> = (0..n).collect();
            let name = String::from("view");
            let view = View { s: &v, name: &name };
            tick("t").await;
            view.s.len() + view.name.len()
        }
        fn try_with_borrow(fail: bool) -> Result<usize, String> {
            let t = Tracked::new("t");
            let v = vec![1u8, 2, 3];
            let r = &v;
            let rt = &t;
            let r0: Result<usize, String> = if fail { Err("e".into()) } else { Ok(10) };
            let x = ready("r", r0).await?;
            tick("ok").await;
            log(rt.name());
            Ok(r.len() + x)
        }
    }

    #[test]
    fn references_held_across_awaits() {
        assert_eq!(assert_twins!(ref_held(5, 6)), 5);
        assert_eq!(assert_twins!(several_refs(1)), 3 + 4 + 2 + 4);
        assert_eq!(assert_twins!(field_ref()), "pb");
        assert_eq!(assert_twins!(reborrowed(3)), 2 + 3 + 2);
        assert_eq!(assert_twins!(mut_ref_held(5)), 4 + 5);
        assert_eq!(assert_twins!(awaited_value_is_a_ref(4)), 3 + 6);
        assert_eq!(assert_twins!(tuple_of_refs()), 34);
        assert_eq!(assert_twins!(struct_holding_ref(3)), 7);
        assert_eq!(assert_twins!(try_with_borrow(false)), Ok(13));
        assert_eq!(assert_twins!(try_with_borrow(true)), Err("e".into()));
    }
}

mod loops {
    use super::*;
    twins! {
        fn sum_with_ticks(n: u32) -> u32 {
            let v: Vec<u32> = (1..=n).collect();
            let mut s = 0;
            for x in &v {
                tick("x").await;
                s += x;
            }
            s + v.len() as u32
        }
        fn enumerate_local(n: u32) -> usize {
            let v: Vec<u32> = (10..10 + n).collect();
            let mut s = 0;
            for (i, x) in v.iter().enumerate() {
                let y = ready("e", *x as usize).await;
                s += i * y;
            }
            s
        }
        fn mutate_in_place(n: u32) -> Vec<u32> {
            let mut v: Vec<u32> = (0..n).collect();
            for x in &mut v {
                *x += ready("add", 10).await;
            }
            for x in v.iter_mut() {
                *x *= ready("mul", 2).await;
            }
            v
        }
        fn nested_with_break_continue(limit: u32) -> u32 {
            let grid = vec![vec![1u32, 0, 2], vec![3, 200, 4], vec![5]];
            let mut s = 0;
            'rows: for row in &grid {
                for x in row {
                    if *x == 0 {
                        tick("skip").await;
                        continue;
                    }
                    if *x > limit {
                        tick("break").await;
                        break 'rows;
                    }
                    s += ready("cell", *x).await;
                }
                tick("row").await;
            }
            s
        }
        fn early_return_from_loop(target: u32) -> Option<usize> {
            let t = Tracked::new("outer");
            let v = vec![4u32, 5, 6];
            for (i, x) in v.iter().enumerate() {
                tick("look").await;
                if *x == target {
                    log(t.name());
                    return Some(i);
                }
            }
            log(t.name());
            None
        }
        fn loop_over_tracked() -> usize {
            let items = vec![Tracked::new("a"), Tracked::new("b"), Tracked::new("c")];
            let mut n = 0;
            for t in &items {
                if t.name() == "b" {
                    continue;
                }
                tick(t.name()).await;
                n += 1;
            }
            n + items.len()
        }
        fn while_let_iterator(n: u32) -> u32 {
            let v: Vec<u32> = (1..=n).collect();
            let mut it = v.iter();
            let mut s = 0;
            while let Some(x) = it.next() {
                s += ready("w", *x).await;
            }
            s
        }
    }

    #[test]
    fn loops_over_borrowed_locals() {
        assert_eq!(assert_twins!(sum_with_ticks(0)), 0);
        assert_eq!(assert_twins!(sum_with_ticks(3)), 9);
        assert_eq!(assert_twins!(enumerate_local(3)), 11 + 24);
        assert_eq!(assert_twins!(enumerate_local(0)), 0);
        assert_eq!(assert_twins!(mutate_in_place(3)), vec![20, 22, 24]);
        assert_eq!(assert_twins!(while_let_iterator(4)), 10);
    }

    #[test]
    fn nested_break_continue_return() {
        assert_eq!(assert_twins!(nested_with_break_continue(100)), 1 + 2 + 3);
        assert_eq!(
            assert_twins!(nested_with_break_continue(1000)),
            1 + 2 + 3 + 200 + 4 + 5
        );
        assert_eq!(assert_twins!(early_return_from_loop(5)), Some(1));
        assert_eq!(assert_twins!(early_return_from_loop(9)), None);
        assert_eq!(assert_twins!(loop_over_tracked()), 5);
    }
}

mod lifetimes {
    use super::*;
    twins! {
        fn tracked_borrowed() -> &'static str {
            let a = Tracked::new("a");
            let b = Tracked::new("b");
            let ra = &a;
            tick("one").await;
            log(ra.name());
            let rb = &b;
            tick("two").await;
            rb.name()
        }
        fn shadowed_keeps_old_alive() -> &'static str {
            let t = Tracked::new("t1");
            let r1 = &t;
            let t = Tracked::new("t2");
            let r2 = &t;
            tick("t").await;
            log(r1.name());
            r2.name()
        }
        fn shadowed_after_last_use() -> &'static str {
            let t = Tracked::new("t1");
            let r = &t;
            tick("a").await;
            log(r.name());
            let t = Tracked::new("t2");
            let r = &t;
            tick("b").await;
            r.name()
        }
        fn nested_blocks() -> usize {
            let outer = Tracked::new("outer");
            let n = {
                let inner = Tracked::new("inner");
                let v = vec![1u8, 2];
                let r = (&inner, &v);
                tick("in").await;
                log(r.0.name());
                r.1.len()
            };
            let m = {
                let v = vec![3u8];
                let r = &v;
                tick("in2").await;
                r.len()
            };
            tick("out").await;
            log(outer.name());
            n + m
        }
        fn redeclared_each_iteration(n: usize) -> usize {
            let mut total = 0;
            for i in 0..n {
                let t = Tracked::new("iter");
                let v = vec![i; i];
                let s = &v[..];
                let rt = &t;
                tick("loop").await;
                log(rt.name());
                total += s.len();
            }
            total
        }
        fn moved_out_after_borrow(n: u32) -> usize {
            let mut buf = Vec::new();
            for i in 0..n {
                let r = &mut buf;
                r.push(ready("p", i).await);
            }
            let owned = buf;
            tick("after-move").await;
            owned.len()
        }
        fn tracked_moved_out() -> &'static str {
            let keep = Tracked::new("keep");
            let t = Tracked::new("t");
            let r = &t;
            tick("a").await;
            log(r.name());
            let owned = t;
            tick("b").await;
            log(keep.name());
            take(owned)
        }
        fn reassigned_after_borrow() -> &'static str {
            let mut t = Tracked::new("first");
            let r = &t;
            tick("a").await;
            log(r.name());
            t = Tracked::new("second");
            let r = &t;
            tick("b").await;
            r.name()
        }
        fn copy_borrowed(k: u32) -> u32 {
            let n = 5u32 * k;
            let r = &n;
            tick("t").await;
            *r + n
        }
        fn match_over_borrowed_local(text: Option<&'static str>) -> usize {
            let opt = text.map(String::from);
            let n = match &opt {
                Some(x) => {
                    tick("some").await;
                    x.len()
                }
                None => {
                    tick("none").await;
                    0
                }
            };
            // A by-value method on a slotted local is a known limit: move it out first.
            let owned = opt;
            n + owned.map_or(100, |s| s.len())
        }
        fn if_let_first_local(n: u32) -> u32 {
            let v: Vec<u32> = (4..4 + n).collect();
            if let Some(x) = v.first() {
                tick("t").await;
                *x + v.len() as u32
            } else {
                tick("empty").await;
                0
            }
        }
    }

    #[test]
    fn tracked_and_shadowed() {
        assert_eq!(assert_twins!(tracked_borrowed()), "b");
        assert_eq!(assert_twins!(shadowed_keeps_old_alive()), "t2");
        assert_eq!(assert_twins!(shadowed_after_last_use()), "t2");
        assert_eq!(assert_twins!(nested_blocks()), 3);
        assert_eq!(assert_twins!(redeclared_each_iteration(3)), 3);
        assert_eq!(assert_twins!(redeclared_each_iteration(0)), 0);
    }

    #[test]
    fn moved_reassigned_copy() {
        assert_eq!(assert_twins!(moved_out_after_borrow(3)), 3);
        assert_eq!(assert_twins!(tracked_moved_out()), "t");
        assert_eq!(assert_twins!(reassigned_after_borrow()), "second");
        assert_eq!(assert_twins!(copy_borrowed(1)), 10);
        assert_eq!(assert_twins!(copy_borrowed(3)), 30);
    }

    #[test]
    fn patterns_over_borrowed_locals() {
        assert_eq!(assert_twins!(match_over_borrowed_local(Some("abc"))), 6);
        assert_eq!(assert_twins!(match_over_borrowed_local(None)), 100);
        assert_eq!(assert_twins!(if_let_first_local(2)), 6);
        assert_eq!(assert_twins!(if_let_first_local(0)), 0);
    }
}

/// Arguments borrowed across an await, written twice by hand: through
/// `twins!` (tokens from a `macro_rules!`) a borrowed argument does not
/// compile yet (E0425 "cannot find value `v` in this scope": the homed
/// argument's `let v = v;` is built with `Span::call_site()`). Move them into
/// a `twins!` block once that is fixed.
mod arguments {
    use super::*;

    mod coro_side {
        use super::*;
        #[coro::coroutine]
        pub fn borrowed_argument(v: Vec<u8>) -> usize {
            let r = &v;
            tick("t").await;
            r.len() + v[0] as usize
        }
        #[coro::coroutine]
        pub fn borrowed_tracked_argument(t: Tracked, u: Tracked) -> &'static str {
            let r = &u;
            tick("t").await;
            log(t.name());
            r.name()
        }
        #[coro::coroutine]
        pub fn match_over_borrowed(opt: Option<String>) -> usize {
            let n = match &opt {
                Some(x) => {
                    tick("some").await;
                    x.len()
                }
                None => {
                    tick("none").await;
                    0
                }
            };
            // A by-value method on a slotted local is a known limit: move it out first.
            let owned = opt;
            n + owned.map_or(100, |s| s.len())
        }
        #[coro::coroutine]
        pub fn match_over_borrowed_tracked(opt: Option<Tracked>) -> &'static str {
            match &opt {
                Some(t) if t.name() == "skip" => "skipped",
                Some(t) => {
                    tick("arm").await;
                    t.name()
                }
                None => ready("none", "none").await,
            }
        }
        #[coro::coroutine]
        pub fn if_let_first(v: Vec<u32>) -> u32 {
            if let Some(x) = v.first() {
                tick("t").await;
                *x + v.len() as u32
            } else {
                tick("empty").await;
                0
            }
        }
    }

    mod native_side {
        use super::*;
        pub async fn borrowed_argument(v: Vec<u8>) -> usize {
            let r = &v;
            tick("t").await;
            r.len() + v[0] as usize
        }
        pub async fn borrowed_tracked_argument(t: Tracked, u: Tracked) -> &'static str {
            let r = &u;
            tick("t").await;
            log(t.name());
            r.name()
        }
        pub async fn match_over_borrowed(opt: Option<String>) -> usize {
            let n = match &opt {
                Some(x) => {
                    tick("some").await;
                    x.len()
                }
                None => {
                    tick("none").await;
                    0
                }
            };
            // A by-value method on a slotted local is a known limit: move it out first.
            let owned = opt;
            n + owned.map_or(100, |s| s.len())
        }
        pub async fn match_over_borrowed_tracked(opt: Option<Tracked>) -> &'static str {
            match &opt {
                Some(t) if t.name() == "skip" => "skipped",
                Some(t) => {
                    tick("arm").await;
                    t.name()
                }
                None => ready("none", "none").await,
            }
        }
        pub async fn if_let_first(v: Vec<u32>) -> u32 {
            if let Some(x) = v.first() {
                tick("t").await;
                *x + v.len() as u32
            } else {
                tick("empty").await;
                0
            }
        }
    }

    #[test]
    fn borrowed_arguments() {
        assert_eq!(assert_twins!(borrowed_argument(vec![7, 8])), 9);
        assert_eq!(
            assert_twins!(borrowed_tracked_argument(
                Tracked("arg-t"),
                Tracked("arg-u")
            )),
            "arg-u"
        );
        assert_eq!(assert_twins!(match_over_borrowed(Some("abc".into()))), 6);
        assert_eq!(assert_twins!(match_over_borrowed(None)), 100);
        assert_eq!(
            assert_twins!(match_over_borrowed_tracked(Some(Tracked("opt")))),
            "opt"
        );
        assert_eq!(
            assert_twins!(match_over_borrowed_tracked(Some(Tracked("skip")))),
            "skipped"
        );
        assert_eq!(assert_twins!(match_over_borrowed_tracked(None)), "none");
        assert_eq!(assert_twins!(if_let_first(vec![4, 5])), 6);
        assert_eq!(assert_twins!(if_let_first(vec![])), 0);
    }
}

mod methods {
    use super::*;

    pub struct Acc<S> {
        pub n: u32,
        pub buf: Vec<u32>,
        side: PhantomData<S>,
    }

    impl<S> Acc<S> {
        pub fn new(n: u32) -> Self {
            log(format!("new acc {n}"));
            Acc {
                n,
                buf: Vec::new(),
                side: PhantomData,
            }
        }
    }

    impl<S> Drop for Acc<S> {
        fn drop(&mut self) {
            log(format!("drop acc {} {:?}", self.n, self.buf));
        }
    }

    twin_impl! {
        impl Acc {
            fn get(&self) -> u32 {
                tick("get").await;
                self.n
            }
            fn bump(&mut self, k: u32) -> u32 {
                self.n += ready("bump", k).await;
                self.n
            }
            fn push_into(buf: &mut Vec<u32>, k: u32) -> usize {
                for i in 0..k {
                    buf.push(ready("push", i).await);
                }
                buf.len()
            }
            fn bump_twice(&mut self) -> u32 {
                let a = self.bump(1).await;
                let b = self.bump(2).await;
                let c = self.get().await;
                a + b + c
            }
            fn fill_own_buf(&mut self, k: u32) -> usize {
                let a = Self::push_into(&mut self.buf, k).await;
                self.n += 1;
                let b = Self::push_into(&mut self.buf, 1).await;
                a + b + self.buf.len()
            }
            // Issue 11 (adversarial programs): `+=` on a place that awaits
            // with an argument on the right, re-bound after the homed
            // `self`: it was read after the place's suspension but not
            // carried there (E0425 naming `k_shadowing..`).
            fn add_at_an_awaited_index(&mut self, k: u32) -> u32 {
                let at = self.get().await;
                self.buf.push(at);
                *self.buf.get_mut(ready("i", 0usize).await).unwrap() += k;
                self.buf[0]
            }
            fn field_ref_across(&self) -> usize {
                let r = &self.buf;
                let n = &self.n;
                tick("field").await;
                r.len() + *n as usize
            }
            fn on_local(start: u32) -> u32 {
                let mut c = Self::new(start);
                let a = c.bump(2).await;
                let b = c.get().await;
                let d = c.bump_twice().await;
                a + b + d + c.n
            }
            fn local_buf_via_method(k: u32) -> Vec<u32> {
                let mut c = Self::new(0);
                c.fill_own_buf(k).await;
                let r = &c;
                tick("r").await;
                let out = r.buf.clone();
                log(format!("len {}", c.buf.len()));
                out
            }
            fn shared_and_awaited(start: u32) -> u32 {
                let c = Self::new(start);
                let r = &c;
                let a = r.get().await;
                let b = c.get().await;
                a + b + r.n
            }
            fn sum_buf_with_gets(&self) -> u32 {
                let mut s = 0;
                for x in &self.buf {
                    s += *x + self.get().await;
                }
                s
            }
            fn bump_elements(&mut self) -> u32 {
                for x in self.buf.iter_mut() {
                    *x += ready("elem", 100).await;
                }
                if let Some(first) = self.buf.first_mut() {
                    *first += ready("first", 1000).await;
                }
                let mut tmp = Vec::new();
                Self::push_into(&mut tmp, 2).await;
                self.buf.extend(tmp);
                self.buf.iter().sum()
            }
            fn on_index_and_field(start: u32) -> u32 {
                let mut v = vec![Self::new(start), Self::new(start + 1)];
                let a = v[1].bump(1).await;
                let b = v[0].get().await;
                let mut pair = (Self::new(7), 0u32);
                pair.1 = pair.0.bump(3).await;
                a + b + v[0].n + v[1].n + pair.1
            }
            fn for_each_mut(start: u32) -> u32 {
                let mut v = vec![Self::new(start), Self::new(start + 1)];
                let mut s = 0;
                for c in &mut v {
                    s += c.bump(10).await;
                }
                for c in v.iter() {
                    s += c.get().await;
                }
                s
            }
            fn in_loop(rounds: u32) -> u32 {
                let mut c = Self::new(0);
                let mut total = 0;
                for i in 0..rounds {
                    if i == 1 {
                        continue;
                    }
                    total += c.bump(i).await;
                    if total > 10 {
                        break;
                    }
                }
                total + c.get().await
            }
        }
    }

    type C = Acc<CoroSide>;
    type N = Acc<NativeSide>;

    #[test]
    fn methods_awaited_on_locals() {
        assert_eq!(assert_pair!(C::on_local(1), N::on_local(1)), 3 + 3 + 16 + 6);
        assert_eq!(
            assert_pair!(C::local_buf_via_method(2), N::local_buf_via_method(2)),
            vec![0, 1, 0]
        );
        assert_eq!(
            assert_pair!(C::shared_and_awaited(4), N::shared_and_awaited(4)),
            12
        );
        assert_eq!(assert_pair!(C::in_loop(3), N::in_loop(3)), 4);
        assert_eq!(assert_pair!(C::in_loop(9), N::in_loop(9)), 16 + 9);
    }

    #[test]
    fn methods_on_elements() {
        assert_eq!(
            assert_pair!(C::on_index_and_field(1), N::on_index_and_field(1)),
            3 + 1 + 1 + 3 + 10
        );
        assert_eq!(
            assert_pair!(C::for_each_mut(1), N::for_each_mut(1)),
            11 + 12 + 11 + 12
        );
    }

    #[test]
    fn loops_over_self_fields() {
        let (mut c, mut n) = (C::new(2), N::new(2));
        c.buf = vec![1, 2];
        n.buf = vec![1, 2];
        assert_eq!(
            assert_pair!(c.sum_buf_with_gets(), n.sum_buf_with_gets()),
            3 + 4
        );
        assert_pair!(c.bump_elements(), n.bump_elements());
        // Every run (full, then cancelled after each k polls) mutates both alike.
        assert_eq!(c.buf, n.buf);
    }

    #[test]
    fn mut_self_methods() {
        assert_eq!(
            assert_pair!(C::new(1).bump_twice(), N::new(1).bump_twice()),
            2 + 4 + 4
        );
        assert_eq!(
            assert_pair!(C::new(0).fill_own_buf(2), N::new(0).fill_own_buf(2)),
            2 + 3 + 3
        );
        assert_eq!(
            assert_pair!(C::new(3).field_ref_across(), N::new(3).field_ref_across()),
            3
        );
        assert_eq!(
            assert_pair!(
                C::new(3).add_at_an_awaited_index(2),
                N::new(3).add_at_an_awaited_index(2)
            ),
            5
        );
    }

    #[test]
    fn mut_self_methods_on_kept_values() {
        // Every run of the pair (full + cancelled after k polls) mutates both
        // alike.
        let (mut c, mut n) = (C::new(1), N::new(1));
        assert_pair!(c.bump_twice(), n.bump_twice());
        assert_eq!(c.n, n.n);
        assert_pair!(c.fill_own_buf(2), n.fill_own_buf(2));
        assert_eq!((c.n, &c.buf), (n.n, &n.buf));
        assert_eq!(
            assert_pair!(c.field_ref_across(), n.field_ref_across()),
            c.buf.len() + c.n as usize
        );
    }
}

mod panics {
    use super::*;
    twins! {
        fn panics_holding_borrow(n: u32) -> u32 {
            let t = Tracked::new("t");
            let v = vec![n, n + 1];
            let r = &v;
            let rt = &t;
            tick("t").await;
            let u = Tracked::new("u");
            if r[0] == 1 {
                panic!("boom {}", rt.name());
            }
            tick("after").await;
            log(u.name());
            r[1]
        }
        fn panics_in_callee_with_borrowed_buf(n: u32) -> usize {
            let keep = Tracked::new("keep");
            let mut buf = vec![Tracked::new("b0")];
            let k = fill_panicking(&mut buf, n).await;
            log(keep.name());
            k + buf.len()
        }
        fn fill_panicking(buf: &mut Vec<Tracked>, n: u32) -> usize {
            for i in 0..n {
                tick("fill").await;
                if i == 1 {
                    panic!("fill {}", buf.len());
                }
                buf.push(Tracked::new("item"));
            }
            buf.len()
        }
    }

    #[test]
    fn panics_unwind_like_async_fn() {
        assert_eq!(
            assert_twins_catch!(panics_holding_borrow(1)),
            Err("boom t".to_string())
        );
        assert_eq!(assert_twins_catch!(panics_holding_borrow(2)), Ok((3, 3)));
        assert_eq!(
            assert_twins_catch!(panics_in_callee_with_borrowed_buf(3)),
            Err("fill 2".to_string())
        );
        assert_eq!(
            assert_twins_catch!(panics_in_callee_with_borrowed_buf(1)),
            Ok((4, 2))
        );
    }
}

mod more {
    use super::*;

    twins! {
        fn inner_slotted(n: u32) -> u32 {
            let v = vec![n, n * 2];
            let r = &v;
            tick("inner").await;
            r[1]
        }
        fn awaits_slotted_sub_coroutines(n: u32) -> u32 {
            let v = vec![n];
            let r = &v;
            let a = inner_slotted(r[0]).await;
            let b = inner_slotted(a).await;
            a + b + r.len() as u32
        }
        fn break_with_reference(n: u32) -> u32 {
            let v: Vec<u32> = (0..n + 1).collect();
            let got = loop {
                let x = &v[n as usize];
                tick("l").await;
                break x;
            };
            tick("after").await;
            *got
        }
        fn continue_while_borrowed(n: u32) -> u32 {
            let mut s = 0;
            for i in 0..n {
                let t = Tracked::new("it");
                let r = &t;
                tick("t").await;
                if i == 1 {
                    continue;
                }
                log(r.name());
                s += i;
            }
            s
        }
        fn ref_to_ref() -> usize {
            let v = vec![1u8, 2, 3];
            let r = &v;
            let rr = &r;
            tick("t").await;
            rr.len() + r.len()
        }
        fn borrowed_in_match_arm(k: u32) -> usize {
            match k {
                0 => {
                    let v = vec![Tracked::new("zero")];
                    let r = &v;
                    tick("zero").await;
                    r.len()
                }
                _ => {
                    let s = String::from("other");
                    let r = &s;
                    tick("other").await;
                    r.len() + k as usize
                }
            }
        }
        fn awaited_condition_borrows(n: usize) -> usize {
            let v: Vec<usize> = (0..n).collect();
            if ready("c", &v).await.len() > 1 {
                let r = ready("then", &v[1..]).await;
                r.len()
            } else {
                0
            }
        }
        fn mut_borrow_in_block(n: u32) -> usize {
            let mut v = vec![Tracked::new("first")];
            {
                let m = &mut v;
                for _ in 0..n {
                    m.push(ready("p", Tracked::new("pushed")).await);
                }
            }
            tick("after").await;
            v.len()
        }
        fn early_return_before_declaration(early: bool) -> &'static str {
            let a = Tracked::new("a");
            tick("first").await;
            if early {
                return a.name();
            }
            let b = Tracked::new("b");
            let r = &b;
            tick("second").await;
            log(a.name());
            r.name()
        }
        fn early_return_from_nested_borrowed(early: bool) -> usize {
            let outer = vec![Tracked::new("outer")];
            let ro = &outer;
            {
                let inner = Tracked::new("inner");
                let ri = &inner;
                tick("in").await;
                if early {
                    log(ri.name());
                    return ro.len();
                }
                log(ri.name());
            }
            tick("out").await;
            ro.len() + 1
        }
        fn reassigned_in_loop() -> &'static str {
            let mut cur = Tracked::new("0");
            for name in ["1", "2"] {
                cur = Tracked::new(name);
                let r = &cur;
                tick(name).await;
                log(r.name());
            }
            cur.name()
        }
        fn copy_mutated_between_borrows() -> u32 {
            let mut n = 1u32;
            let r = &n;
            tick("a").await;
            let a = *r;
            n += 10;
            let r = &n;
            tick("b").await;
            a + *r
        }
        fn moved_into_sub_coroutine(n: u32) -> usize {
            let v: Vec<u32> = (0..n).collect();
            let r = &v;
            tick("t").await;
            let x = r.len();
            take_vec(v).await + x
        }
        fn take_vec(v: Vec<u32>) -> usize {
            tick("take").await;
            v.len()
        }
        fn returned_early(early: bool) -> Vec<u32> {
            let mut buf = vec![1];
            let m = &mut buf;
            m.push(ready("a", 2).await);
            if early {
                return buf;
            }
            let r = &buf;
            tick("late").await;
            let n = r.len() as u32;
            buf.push(n);
            buf
        }
        fn in_format_macros() -> String {
            let s = String::from("x");
            let v = vec![1u8, 2];
            let r = &s;
            let rv = &v;
            tick("t").await;
            assert!(!v.is_empty(), "{s} {v:?}");
            let w = vec![s.len(); 2];
            format!("{s}-{r}-{v:?}-{rv:?}-{}-{w:?}-{}", s.len(), matches!(v.as_slice(), [1, ..]))
        }
        fn closure_used_between_awaits(n: usize) -> usize {
            let v: Vec<usize> = (0..n).collect();
            let r = &v;
            tick("t").await;
            let s: usize = (0..n).map(|i| v[i] + r[i]).sum();
            tick("u").await;
            s + r.len()
        }
        fn array_local() -> usize {
            let arr = [1u8, 2, 3];
            let r = &arr[1..];
            tick("t").await;
            r.len() + arr.len()
        }
        fn labeled_block_borrow(n: u32) -> u32 {
            let v = vec![n, n + 1];
            let x = 'b: {
                let r = &v;
                tick("t").await;
                if r[0] == 0 {
                    break 'b 100;
                }
                r[1]
            };
            x + v[0]
        }
        fn split_lifetime<'a>(s: &'a str) -> usize {
            let parts: Vec<&'a str> = s.split(',').collect();
            let r = &parts;
            tick("t").await;
            r.len() + parts.iter().map(|p| p.len()).sum::<usize>()
        }
        fn generic_local<T>(x: T, y: T) -> usize {
            let v = vec![x, y];
            let r = &v;
            tick("t").await;
            r.len()
        }
        fn question_in_loop(fail_at: u32) -> Result<u32, String> {
            let v: Vec<u32> = (0..4).collect();
            let keep = Tracked::new("keep");
            let mut s = 0;
            for x in &v {
                let r: Result<u32, String> = if *x == fail_at { Err(format!("at {x}")) } else { Ok(*x) };
                s += ready("q", r).await?;
            }
            log(keep.name());
            Ok(s)
        }
        fn option_take() -> &'static str {
            let mut o = Some(Tracked::new("o"));
            let r = &o;
            tick("t").await;
            log(r.as_ref().map_or("none", |t| t.name()));
            let t = o.take();
            tick("u").await;
            t.map_or("none", |t| t.name())
        }
    }

    #[test]
    fn nested_and_control_flow() {
        assert_eq!(assert_twins!(awaits_slotted_sub_coroutines(2)), 4 + 8 + 1);
        assert_eq!(assert_twins!(break_with_reference(3)), 3);
        assert_eq!(assert_twins!(continue_while_borrowed(3)), 2);
        assert_eq!(assert_twins!(ref_to_ref()), 6);
        assert_eq!(assert_twins!(borrowed_in_match_arm(0)), 1);
        assert_eq!(assert_twins!(borrowed_in_match_arm(2)), 7);
        assert_eq!(assert_twins!(awaited_condition_borrows(3)), 2);
        assert_eq!(assert_twins!(awaited_condition_borrows(1)), 0);
        assert_eq!(assert_twins!(mut_borrow_in_block(2)), 3);
        assert_eq!(assert_twins!(early_return_before_declaration(true)), "a");
        assert_eq!(assert_twins!(early_return_before_declaration(false)), "b");
        assert_eq!(assert_twins!(early_return_from_nested_borrowed(true)), 1);
        assert_eq!(assert_twins!(early_return_from_nested_borrowed(false)), 2);
        assert_eq!(assert_twins!(labeled_block_borrow(0)), 100);
        assert_eq!(assert_twins!(labeled_block_borrow(3)), 7);
        assert_eq!(assert_twins!(question_in_loop(9)), Ok(6));
        assert_eq!(assert_twins!(question_in_loop(2)), Err("at 2".into()));
    }

    #[test]
    fn moves_and_reassignments() {
        assert_eq!(assert_twins!(reassigned_in_loop()), "2");
        assert_eq!(assert_twins!(copy_mutated_between_borrows()), 12);
        assert_eq!(assert_twins!(moved_into_sub_coroutine(3)), 6);
        assert_eq!(assert_twins!(returned_early(true)), vec![1, 2]);
        assert_eq!(assert_twins!(returned_early(false)), vec![1, 2, 2]);
        assert_eq!(assert_twins!(option_take()), "o");
    }

    #[test]
    fn macros_closures_patterns() {
        assert_eq!(
            assert_twins!(in_format_macros()),
            "x-x-[1, 2]-[1, 2]-1-[1, 1]-true"
        );
        assert_eq!(assert_twins!(closure_used_between_awaits(3)), 6 + 3);
        assert_eq!(assert_twins!(array_local()), 5);
        assert_eq!(assert_twins!(split_lifetime("a,bc,")), 3 + 3);
        assert_eq!(assert_twins!(generic_local(Tracked("x"), Tracked("y"))), 2);
    }
}

mod bindings {
    use super::*;
    twins! {
        fn first_of<'a>(v: &'a [u32]) -> &'a u32 {
            tick("first").await;
            &v[0]
        }
        fn replace(t: &mut Tracked, name: &'static str) -> &'static str {
            tick("replace").await;
            let old = t.name();
            *t = Tracked::new(name);
            old
        }
        fn reference_returned_by_sub_coroutine(n: u32) -> u32 {
            let buf: Vec<u32> = (n..n + 3).collect();
            let first = first_of(&buf).await;
            tick("t").await;
            *first + buf.len() as u32
        }
        fn tracked_replaced_by_callee() -> &'static str {
            let mut t = Tracked::new("old");
            let was = replace(&mut t, "new").await;
            log(was);
            tick("t").await;
            t.name()
        }
        fn vec_of_refs() -> usize {
            let a = Tracked::new("a");
            let b = Tracked::new("b");
            let refs = [&a, &b];
            tick("t").await;
            refs.iter().map(|t| t.name().len()).sum::<usize>() + refs.len()
        }
        fn mut_ref_to_copy() -> u32 {
            let mut n = 1u32;
            let r = &mut n;
            *r += ready("a", 2).await;
            *r += ready("b", 3).await;
            n
        }
        fn shadowed_in_inner_block() -> usize {
            let v = vec![1u8];
            let r = &v;
            {
                let v = vec![2u8, 3];
                let r2 = &v;
                tick("inner").await;
                log(format!("inner {}", r2.len()));
            }
            tick("outer").await;
            r.len() + v.len()
        }
        fn swap_after_borrows() -> (Vec<u8>, Vec<u8>) {
            let mut a = vec![1u8];
            let mut b = vec![2u8, 3];
            let ra = &a;
            tick("t").await;
            log(format!("{}", ra.len()));
            std::mem::swap(&mut a, &mut b);
            let rb = &mut b;
            rb.push(ready("p", 9).await);
            (a, b)
        }
        fn explicit_reborrow_passed() -> usize {
            let mut buf = vec![0u32];
            let r = &mut buf;
            fill_into(&mut *r, 2).await;
            fill_into(&mut *r, 1).await;
            r.len() + buf.len()
        }
        fn fill_into(buf: &mut Vec<u32>, n: u32) -> usize {
            for i in 0..n {
                buf.push(ready("fill", i).await);
            }
            buf.len()
        }
    }

    #[test]
    fn sub_coroutines_with_references() {
        assert_eq!(assert_twins!(reference_returned_by_sub_coroutine(4)), 7);
        assert_eq!(assert_twins!(tracked_replaced_by_callee()), "new");
        assert_eq!(assert_twins!(explicit_reborrow_passed()), 8);
    }

    #[test]
    fn assorted() {
        assert_eq!(assert_twins!(vec_of_refs()), 4);
        assert_eq!(assert_twins!(mut_ref_to_copy()), 6);
        assert_eq!(assert_twins!(shadowed_in_inner_block()), 2);
        assert_eq!(
            assert_twins!(swap_after_borrows()),
            (vec![2, 3], vec![1, 9])
        );
    }
}

mod drop_order {
    use super::*;
    twins! {
        fn conditionally_moved(pass_on: bool) -> i32 {
            let t = Tracked::new("t");
            let r = &t;
            tick("a").await;
            log(r.name());
            if pass_on {
                log(take(t));
            }
            tick("b").await;
            1
        }
        fn guard_dropped_before_borrowed() -> usize {
            let v = vec![Tracked::new("v0"), Tracked::new("v1")];
            let g = Peek(&v);
            tick("t").await;
            log(format!("peek {}", g.0.len()));
            tick("u").await;
            // `g` is used after the last await.
            log(format!("peek {}", g.0.len()));
            v.len()
        }
        fn guard_in_callee(v: &Vec<Tracked>) -> usize {
            let _g = Peek(v);
            tick("callee").await;
            v.len()
        }
        fn callee_guard_dropped_before_borrowed() -> usize {
            let before = Tracked::new("before");
            let v = vec![Tracked::new("v0")];
            let n = guard_in_callee(&v).await;
            let after = Tracked::new("after");
            let m = guard_in_callee(&v).await;
            log(format!("{} {}", before.name(), after.name()));
            n + m
        }
        fn unborrowed_then_borrowed() -> &'static str {
            let a = Tracked::new("a");
            let b = Tracked::new("b");
            let r = &b;
            tick("t").await;
            log(a.name());
            let c = Tracked::new("c");
            tick("u").await;
            log(c.name());
            log(a.name());
            r.name()
        }
        fn borrowed_then_unborrowed_in_loop(n: u32) -> u32 {
            let mut s = 0;
            for i in 0..n {
                let keep = Tracked::new("keep");
                let v = vec![Tracked::new("v")];
                let g = Peek(&v);
                let after = Tracked::new("after");
                s += ready("i", i).await;
                if i == 1 {
                    log(format!("{} {}", keep.name(), after.name()));
                    break;
                }
                log(format!("{} {} {}", keep.name(), after.name(), g.0.len()));
            }
            s
        }
    }

    #[test]
    fn drops_match_async_fn() {
        assert_eq!(assert_twins!(conditionally_moved(true)), 1);
        assert_eq!(assert_twins!(conditionally_moved(false)), 1);
        assert_eq!(assert_twins!(guard_dropped_before_borrowed()), 2);
        assert_eq!(assert_twins!(callee_guard_dropped_before_borrowed()), 2);
        assert_eq!(assert_twins!(unborrowed_then_borrowed()), "b");
        assert_eq!(assert_twins!(borrowed_then_unborrowed_in_loop(3)), 1);
    }
}

// ---------------------------------------------------------------------------
// Extended forms (homes for pattern bindings, reborrowed `&mut` bindings,
// assigned and extended references, values built from references, `move`
// closures and shorthand fields after a borrow ended). Each module below
// covers one group of the forms the borrow-across-await transform was
// extended to; as everywhere in this file, `assert_twins!` compares results,
// logs, poll counts, and drop logs when cancelled after every k polls.
// ---------------------------------------------------------------------------

/// Bindings of `for`, `if let`, `match` and destructuring `let` patterns
/// (by value and by `ref`) borrowed across an await.
mod extended_pattern_bindings {
    use super::*;
    twins! {
        fn name_len(s: &'static str) -> usize {
            tick(s).await;
            s.len()
        }
        fn for_binding_borrowed(extra: &'static str) -> usize {
            let mut n = 0;
            for s in vec![String::from("a"), String::from("bc"), String::from(extra)] {
                let r = &s;
                tick("s").await;
                n = n * 10 + r.len();
            }
            n
        }
        fn for_tracked_binding_borrowed(stop: &'static str) -> usize {
            let mut n = 0;
            for t in vec![Tracked::new("a"), Tracked::new("b"), Tracked::new("c")] {
                let r = &t;
                tick(r.name()).await;
                if r.name() == stop {
                    break;
                }
                log(r.name());
                n += 1;
            }
            n
        }
        fn method_on_for_binding_in_operand(k: usize) -> usize {
            let items: Vec<String> = (0..k).map(|i| "x".repeat(i + 1)).collect();
            let mut n = 0;
            for t in items {
                n += ready("len", t.len()).await;
                n += ready("trim", t.trim().len()).await;
            }
            n
        }
        fn method_on_tracked_for_binding_in_operand() -> usize {
            let items = vec![Tracked::new("ab"), Tracked::new("cde")];
            let mut n = 0;
            for t in items {
                n += name_len(t.name()).await;
                log(t.name());
            }
            n
        }
        fn if_let_some_string(text: Option<&'static str>) -> usize {
            let opt = text.map(String::from);
            if let Some(x) = opt {
                let r = &x;
                tick("some").await;
                r.len()
            } else {
                tick("none").await;
                100
            }
        }
        fn if_let_some_tracked(some: bool) -> &'static str {
            let opt = if some { Some(Tracked::new("x")) } else { None };
            let after = Tracked::new("after");
            if let Some(x) = opt {
                let r = &x;
                tick("some").await;
                log(after.name());
                r.name()
            } else {
                tick("none").await;
                after.name()
            }
        }
        fn match_pair(text: &'static str, b: usize) -> usize {
            let pair = (String::from(text), b);
            match pair {
                (a, b) => {
                    let r = &a;
                    tick("pair").await;
                    r.len() + b
                }
            }
        }
        fn match_tracked_pair() -> &'static str {
            let pair = (Tracked::new("a"), Tracked::new("b"));
            match pair {
                (a, b) => {
                    let r = &a;
                    tick("pair").await;
                    log(b.name());
                    r.name()
                }
            }
        }
        fn match_nested_pattern(which: u8) -> usize {
            let v = match which {
                0 => None,
                1 => Some((String::from("one"), 10)),
                _ => Some((String::from("other"), 20)),
            };
            match v {
                Some((s, 10)) => {
                    let r = &s;
                    tick("ten").await;
                    r.len() + 10
                }
                Some((s, k)) => {
                    let r = &s;
                    tick("k").await;
                    r.len() + k
                }
                None => {
                    tick("none").await;
                    0
                }
            }
        }
        fn for_over_argument(items: Vec<Tracked>) -> usize {
            let mut n = 0;
            for t in items {
                n += name_len(t.name()).await;
            }
            n
        }
        fn tuple_pattern_argument((a, b): (String, usize)) -> usize {
            let r = &a;
            tick("t").await;
            r.len() + b
        }
        fn tracked_pattern_argument((a, b): (Tracked, Tracked)) -> &'static str {
            let r = &b;
            tick("t").await;
            log(a.name());
            r.name()
        }
        fn destructured_let(n: u32) -> usize {
            let (a, b) = (vec![1], vec![2; n as usize]);
            let r = &a;
            tick("t").await;
            r.len() * 10 + b.len()
        }
        fn destructured_tracked_let() -> &'static str {
            let (a, b) = (Tracked::new("a"), Tracked::new("b"));
            let c = Tracked::new("c");
            let r = &b;
            tick("t").await;
            log(a.name());
            log(c.name());
            r.name()
        }
        fn destructured_struct_let() -> &'static str {
            let Pair { a, b } = Pair { a: Tracked::new("pa"), b: Tracked::new("pb") };
            let ra = &a;
            tick("t").await;
            log(b.name());
            ra.name()
        }
        fn if_let_ref(text: Option<&'static str>) -> usize {
            let opt = text.map(String::from);
            if let Some(ref x) = opt {
                tick("some").await;
                x.len()
            } else {
                tick("none").await;
                0
            }
        }
        fn match_ref(text: Option<&'static str>) -> usize {
            let opt = text.map(String::from);
            match opt {
                Some(ref x) => {
                    tick("some").await;
                    x.len()
                }
                None => 0,
            }
        }
        fn match_ref_tracked(some: bool) -> &'static str {
            let opt = if some { Some(Tracked::new("o")) } else { None };
            let n = match opt {
                Some(ref t) => {
                    tick("some").await;
                    t.name()
                }
                None => {
                    tick("none").await;
                    "none"
                }
            };
            tick("after").await;
            log(opt.as_ref().map_or("gone", |t| t.name()));
            n
        }
        fn let_ref(text: &'static str) -> usize {
            let s = String::from(text);
            let ref x = s;
            tick("t").await;
            x.len()
        }
        fn let_ref_tracked() -> &'static str {
            let t = Tracked::new("t");
            let ref x = t;
            let u = Tracked::new("u");
            tick("t").await;
            log(u.name());
            x.name()
        }
    }

    #[test]
    fn for_bindings() {
        assert_eq!(assert_twins!(for_binding_borrowed("def")), 123);
        assert_eq!(assert_twins!(for_binding_borrowed("")), 120);
        assert_eq!(assert_twins!(for_tracked_binding_borrowed("b")), 1);
        assert_eq!(assert_twins!(for_tracked_binding_borrowed("z")), 3);
        assert_eq!(assert_twins!(method_on_for_binding_in_operand(3)), 12);
        assert_eq!(assert_twins!(method_on_for_binding_in_operand(0)), 0);
        assert_eq!(assert_twins!(method_on_tracked_for_binding_in_operand()), 5);
    }

    #[test]
    fn if_let_and_match_bindings() {
        assert_eq!(assert_twins!(if_let_some_string(Some("abc"))), 3);
        assert_eq!(assert_twins!(if_let_some_string(None)), 100);
        assert_eq!(assert_twins!(if_let_some_tracked(true)), "x");
        assert_eq!(assert_twins!(if_let_some_tracked(false)), "after");
        assert_eq!(assert_twins!(match_pair("abcd", 5)), 9);
        assert_eq!(assert_twins!(match_pair("", 0)), 0);
        assert_eq!(assert_twins!(match_tracked_pair()), "a");
        assert_eq!(assert_twins!(match_nested_pattern(0)), 0);
        assert_eq!(assert_twins!(match_nested_pattern(1)), 13);
        assert_eq!(assert_twins!(match_nested_pattern(2)), 25);
    }

    #[test]
    fn argument_bindings() {
        assert_eq!(
            assert_twins!(for_over_argument(vec![Tracked("x"), Tracked("yy")])),
            3
        );
        assert_eq!(assert_twins!(for_over_argument(vec![])), 0);
        assert_eq!(
            assert_twins!(tuple_pattern_argument((String::from("ab"), 3))),
            5
        );
        assert_eq!(
            assert_twins!(tracked_pattern_argument((Tracked("a"), Tracked("b")))),
            "b"
        );
    }

    #[test]
    fn destructuring_lets() {
        assert_eq!(assert_twins!(destructured_let(3)), 13);
        assert_eq!(assert_twins!(destructured_let(0)), 10);
        assert_eq!(assert_twins!(destructured_tracked_let()), "b");
        assert_eq!(assert_twins!(destructured_struct_let()), "pa");
    }

    #[test]
    fn ref_bindings() {
        assert_eq!(assert_twins!(if_let_ref(Some("abc"))), 3);
        assert_eq!(assert_twins!(if_let_ref(None)), 0);
        assert_eq!(assert_twins!(match_ref(Some("ab"))), 2);
        assert_eq!(assert_twins!(match_ref(None)), 0);
        assert_eq!(assert_twins!(match_ref_tracked(true)), "o");
        assert_eq!(assert_twins!(match_ref_tracked(false)), "none");
        assert_eq!(assert_twins!(let_ref("hello")), 5);
        assert_eq!(assert_twins!(let_ref_tracked()), "t");
    }
}

/// A `&mut` for-binding reborrowed by two awaited method calls.
mod extended_mut_for_binding {
    use super::*;

    pub struct Counter<S> {
        pub name: &'static str,
        pub n: u32,
        side: PhantomData<S>,
    }

    impl<S> Counter<S> {
        pub fn new(name: &'static str, n: u32) -> Self {
            log(format!("new counter {name}"));
            Counter {
                name,
                n,
                side: PhantomData,
            }
        }
    }

    impl<S> Drop for Counter<S> {
        fn drop(&mut self) {
            log(format!("drop counter {} {}", self.name, self.n));
        }
    }

    twin_impl! {
        impl Counter {
            fn bump(&mut self) -> u32 {
                self.n += ready(self.name, 1).await;
                self.n
            }
            fn bump_each_twice(start: u32) -> u32 {
                let mut v = vec![Self::new("a", start), Self::new("b", start * 10)];
                let mut s = 0;
                for c in &mut v {
                    s += c.bump().await;
                    c.bump().await;
                }
                s * 1000 + v.iter().map(|c| c.n).sum::<u32>()
            }
            fn bump_each_twice_iter_mut(start: u32) -> u32 {
                let mut v = vec![Self::new("a", start)];
                v.push(Self::new("b", start + 1));
                for c in v.iter_mut() {
                    c.bump().await;
                    c.bump().await;
                    log(format!("{} at {}", c.name, c.n));
                }
                v[0].n + v[1].n
            }
            fn bump_if_let_mut(some: bool) -> u32 {
                let mut opt = if some { Some(Self::new("o", 1)) } else { None };
                if let Some(c) = &mut opt {
                    c.bump().await;
                    c.bump().await;
                }
                opt.as_ref().map_or(0, |c| c.n)
            }
        }
    }

    type C = Counter<CoroSide>;
    type N = Counter<NativeSide>;

    #[test]
    fn mut_for_binding_reborrowed_twice() {
        assert_eq!(
            assert_pair!(C::bump_each_twice(1), N::bump_each_twice(1)),
            (2 + 11) * 1000 + 3 + 12
        );
        assert_eq!(
            assert_pair!(C::bump_each_twice(0), N::bump_each_twice(0)),
            2 * 1000 + 2 + 2
        );
        assert_eq!(
            assert_pair!(
                C::bump_each_twice_iter_mut(3),
                N::bump_each_twice_iter_mut(3)
            ),
            5 + 6
        );
        assert_eq!(
            assert_pair!(C::bump_if_let_mut(true), N::bump_if_let_mut(true)),
            3
        );
        assert_eq!(
            assert_pair!(C::bump_if_let_mut(false), N::bump_if_let_mut(false)),
            0
        );
    }
}

/// A `&mut` argument or binding passed on by value to two awaited calls
/// (reborrowed, not moved).
mod extended_mut_passed_twice {
    use super::*;
    twins! {
        fn fill(buf: &mut Vec<u32>, n: u32) -> usize {
            for i in 0..n {
                buf.push(ready("fill", i).await);
            }
            buf.len()
        }
        fn fill_both(buf: &mut Vec<u32>) -> usize {
            fill(buf, 2).await;
            fill(buf, 1).await
        }
        fn fill_both_caller(start: u32) -> (usize, Vec<u32>) {
            let mut v = vec![start];
            let k = fill_both(&mut v).await;
            (k, v)
        }
        fn binding_passed_twice(a: u32, b: u32) -> (usize, usize, Vec<u32>) {
            let mut v = vec![9];
            let r = &mut v;
            let x = fill(r, a).await;
            let y = fill(r, b).await;
            (x, y, v)
        }
        fn push_tracked(buf: &mut Vec<Tracked>, name: &'static str) -> usize {
            tick(name).await;
            buf.push(Tracked::new(name));
            buf.len()
        }
        fn tracked_binding_passed_twice() -> Vec<&'static str> {
            let keep = Tracked::new("keep");
            let mut v = vec![Tracked::new("v0")];
            let r = &mut v;
            push_tracked(r, "v1").await;
            push_tracked(r, "v2").await;
            log(keep.name());
            v.iter().map(|t| t.name()).collect()
        }
    }

    #[test]
    fn mut_reference_passed_on_twice() {
        assert_eq!(assert_twins!(fill_both(&mut vec![7])), 4);
        assert_eq!(assert_twins!(fill_both(&mut Vec::new())), 3);
        assert_eq!(assert_twins!(fill_both_caller(5)), (4, vec![5, 0, 1, 0]));
        assert_eq!(
            assert_twins!(binding_passed_twice(2, 1)),
            (3, 4, vec![9, 0, 1, 0])
        );
        assert_eq!(assert_twins!(binding_passed_twice(0, 0)), (1, 1, vec![9]));
        assert_eq!(
            assert_twins!(tracked_binding_passed_twice()),
            vec!["v0", "v1", "v2"]
        );
    }
}

/// References assigned (`r = &x;`) rather than initialised, and reassigned
/// after an await.
mod extended_assignments {
    use super::*;
    twins! {
        fn deferred_init(n: usize) -> usize {
            let r;
            let x = vec![1u8; n];
            r = &x;
            tick("t").await;
            r.len()
        }
        fn deferred_init_tracked() -> &'static str {
            let r;
            let x = Tracked::new("x");
            let y = Tracked::new("y");
            r = &x;
            tick("t").await;
            log(y.name());
            r.name()
        }
        fn reassigned_after_await() -> (&'static str, &'static str) {
            let a = Tracked::new("a");
            let b = Tracked::new("b");
            let mut r = &a;
            tick("one").await;
            let first = r.name();
            r = &b;
            tick("two").await;
            (first, r.name())
        }
        fn conditionally_reassigned(switch: bool) -> usize {
            let a = vec![1u8];
            let b = vec![2u8, 3];
            let mut r = &a;
            tick("one").await;
            if switch {
                r = &b;
            }
            tick("two").await;
            r.len() * 10 + r[0] as usize
        }
        fn reassigned_in_loop(n: usize) -> usize {
            let words = vec![String::from("a"), String::from("bb"), String::from("ccc")];
            let mut longest = &words[0];
            for i in 0..n {
                tick("l").await;
                if words[i].len() > longest.len() {
                    longest = &words[i];
                }
            }
            longest.len()
        }
    }

    #[test]
    fn assigned_references() {
        assert_eq!(assert_twins!(deferred_init(3)), 3);
        assert_eq!(assert_twins!(deferred_init(0)), 0);
        assert_eq!(assert_twins!(deferred_init_tracked()), "x");
        assert_eq!(assert_twins!(reassigned_after_await()), ("a", "b"));
        assert_eq!(assert_twins!(conditionally_reassigned(true)), 22);
        assert_eq!(assert_twins!(conditionally_reassigned(false)), 11);
        assert_eq!(assert_twins!(reassigned_in_loop(3)), 3);
        assert_eq!(assert_twins!(reassigned_in_loop(1)), 1);
    }
}

/// `let r = &make();`: temporary lifetime extension across an await; the
/// extended temporary must be dropped where `async fn` drops it (at the end
/// of the block, in reverse declaration order), also on cancellation.
mod extended_temporaries {
    use super::*;
    twins! {
        fn extended_vec(n: u32) -> usize {
            let r = &vec![0, n];
            tick("t").await;
            r.len() + r[1] as usize
        }
        fn extended_format(n: u32) -> usize {
            let s = &format!("{n}");
            tick("t").await;
            s.len()
        }
        fn extended_tracked() -> &'static str {
            let t = &Tracked::new("t");
            tick("t").await;
            t.name()
        }
        fn extended_tracked_between_locals() -> &'static str {
            let a = Tracked::new("a");
            let t = &Tracked::new("t");
            let b = Tracked::new("b");
            tick("one").await;
            log(b.name());
            tick("two").await;
            log(a.name());
            log(b.name());
            t.name()
        }
        fn extended_tracked_in_block(early: bool) -> &'static str {
            let outer = Tracked::new("outer");
            let n = {
                let t = &Tracked::new("inner");
                tick("in").await;
                if early {
                    return t.name();
                }
                t.name()
            };
            tick("out").await;
            log(outer.name());
            n
        }
        fn extended_tracked_in_loop(n: u32) -> u32 {
            let mut s = 0;
            for i in 0..n {
                let t = &Tracked::new("it");
                s += ready("i", i).await;
                log(t.name());
            }
            s
        }
        fn extended_tuple_struct_call() -> &'static str {
            let keep = Tracked::new("keep");
            let p = &Tracked("lit");
            tick("t").await;
            log(keep.name());
            p.name()
        }
        fn extended_option(text: Option<&'static str>) -> usize {
            let p = &text.map(String::from);
            tick("t").await;
            p.as_ref().map_or(100, |s| s.len())
        }
        fn extended_mut(n: u32) -> Vec<u32> {
            let r = &mut vec![n];
            r.push(ready("a", n + 1).await);
            r.push(ready("b", n + 2).await);
            r.clone()
        }
    }

    #[test]
    fn extended_plain_values() {
        assert_eq!(assert_twins!(extended_vec(7)), 9);
        assert_eq!(assert_twins!(extended_format(0)), 1);
        assert_eq!(assert_twins!(extended_format(12345)), 5);
        assert_eq!(assert_twins!(extended_mut(1)), vec![1, 2, 3]);
    }

    #[test]
    fn extended_tracked_drop_order() {
        assert_eq!(assert_twins!(extended_tracked()), "t");
        assert_eq!(assert_twins!(extended_tracked_between_locals()), "t");
        assert_eq!(assert_twins!(extended_tracked_in_block(true)), "inner");
        assert_eq!(assert_twins!(extended_tracked_in_block(false)), "inner");
        assert_eq!(assert_twins!(extended_tracked_in_loop(3)), 3);
        assert_eq!(assert_twins!(extended_tracked_in_loop(0)), 0);
        assert_eq!(assert_twins!(extended_tuple_struct_call()), "lit");
        assert_eq!(assert_twins!(extended_option(Some("abc"))), 3);
        assert_eq!(assert_twins!(extended_option(None)), 100);
    }
}

/// Values built from references (a tuple struct, a vector, an option of
/// references) that hold what the reference borrows across an await.
mod extended_built_from_refs {
    use super::*;

    pub struct Holder<'a>(pub &'a Tracked, pub &'a Tracked);

    twins! {
        fn borrower(n: u32) -> usize {
            struct Borrower<'a>(&'a Vec<u32>);
            let v: Vec<u32> = (0..n).collect();
            let r = &v;
            let b = Borrower(r);
            tick("t").await;
            b.0.len()
        }
        fn holder_of_tracked() -> &'static str {
            let a = Tracked::new("a");
            let b = Tracked::new("b");
            let (ra, rb) = (&a, &b);
            let h = Holder(rb, ra);
            tick("t").await;
            log(h.1.name());
            h.0.name()
        }
        fn vec_of_refs(k: usize) -> usize {
            let a = vec![1u8; k];
            let b = String::from("bb");
            let refs = vec![&a[..], b.as_bytes()];
            tick("t").await;
            refs.len() + refs[0].len() + refs[1].len()
        }
        fn vec_of_tracked_refs() -> Vec<&'static str> {
            let a = Tracked::new("a");
            let b = Tracked::new("b");
            let refs = vec![&a, &b, &a];
            tick("t").await;
            refs.iter().map(|t| t.name()).collect()
        }
        fn option_of_ref(some: bool) -> usize {
            let v = vec![1u8, 2, 3];
            let r = &v;
            let o = if some { Some(r) } else { None };
            tick("t").await;
            o.map_or(0, |v| v.len())
        }
    }

    #[test]
    fn values_built_from_references() {
        assert_eq!(assert_twins!(borrower(3)), 3);
        assert_eq!(assert_twins!(borrower(0)), 0);
        assert_eq!(assert_twins!(holder_of_tracked()), "b");
        assert_eq!(assert_twins!(vec_of_refs(4)), 2 + 4 + 2);
        assert_eq!(assert_twins!(vec_of_tracked_refs()), vec!["a", "b", "a"]);
        assert_eq!(assert_twins!(option_of_ref(true)), 3);
        assert_eq!(assert_twins!(option_of_ref(false)), 0);
    }
}

/// `move` closures mentioning a local that was borrowed across an earlier
/// await (that borrow has ended).
mod extended_move_closures {
    use super::*;
    twins! {
        fn move_vec_after_borrow(n: usize) -> usize {
            let v = vec![0u8; n];
            let r = &v;
            tick("t").await;
            let k = r.len();
            let f = move || v.len();
            f() + k
        }
        fn move_copy_after_borrow(k: u32) -> u32 {
            let k = k;
            let r = &k;
            tick("t").await;
            let f = move || k + 1;
            f() + *r
        }
        fn move_copy_literal_after_borrow() -> u32 {
            let k = 5u32;
            let r = &k;
            tick("t").await;
            let f = move || k + 1;
            f() + *r
        }
        fn move_tracked_after_borrow() -> &'static str {
            let before = Tracked::new("before");
            let t = Tracked::new("t");
            let r = &t;
            tick("a").await;
            log(r.name());
            let f = move || t.name();
            let after = Tracked::new("after");
            tick("b").await;
            log(before.name());
            log(after.name());
            f()
        }
        fn move_tracked_called_then_dropped() -> &'static str {
            let t = Tracked::new("t");
            let r = &t;
            tick("a").await;
            log(r.name());
            let f = move || take(t);
            let name = f();
            tick("b").await;
            name
        }
    }

    #[test]
    fn move_closures_after_borrow_ended() {
        assert_eq!(assert_twins!(move_vec_after_borrow(3)), 6);
        assert_eq!(assert_twins!(move_vec_after_borrow(0)), 0);
        assert_eq!(assert_twins!(move_copy_after_borrow(5)), 11);
        assert_eq!(assert_twins!(move_copy_after_borrow(0)), 1);
        assert_eq!(assert_twins!(move_copy_literal_after_borrow()), 11);
        assert_eq!(assert_twins!(move_tracked_after_borrow()), "t");
        assert_eq!(assert_twins!(move_tracked_called_then_dropped()), "t");
    }
}

/// Shorthand struct fields (`W { v }`) naming a local that was borrowed
/// across an earlier await, or a shadowing binding of it.
mod extended_shorthand_fields {
    use super::*;

    pub struct W {
        pub v: Vec<u32>,
    }

    pub struct Holds {
        pub t: Tracked,
        pub n: usize,
    }

    twins! {
        fn shorthand_after_borrow(n: u32) -> usize {
            let v: Vec<u32> = (0..n).collect();
            let r = &v;
            tick("t").await;
            let k = r.len();
            let w = W { v };
            w.v.len() + k
        }
        fn shorthand_of_shadowing_binding(n: u32) -> usize {
            let v: Vec<u32> = (0..n).collect();
            let r = &v;
            tick("a").await;
            let v: Vec<u32> = r.iter().map(|x| x * 2).collect();
            let r = &v;
            tick("b").await;
            let k = r.len();
            let w = W { v };
            w.v.iter().sum::<u32>() as usize + k
        }
        fn shorthand_tracked_after_borrow() -> &'static str {
            let t = Tracked::new("t");
            let r = &t;
            tick("a").await;
            let n = r.name().len();
            let h = Holds { t, n };
            let after = Tracked::new("after");
            tick("b").await;
            log(after.name());
            log(format!("n {}", h.n));
            h.t.name()
        }
    }

    #[test]
    fn shorthand_fields_of_borrowed_locals() {
        assert_eq!(assert_twins!(shorthand_after_borrow(3)), 6);
        assert_eq!(assert_twins!(shorthand_after_borrow(0)), 0);
        assert_eq!(assert_twins!(shorthand_of_shadowing_binding(3)), 6 + 3);
        assert_eq!(assert_twins!(shorthand_tracked_after_borrow()), "t");
    }
}

/// Programs from the adversarial review of the borrow support: each was a
/// use-after-free (or a wrong result) before its fix.
mod review_findings {
    use super::*;

    pub struct S {
        pub b: Box<u64>,
    }

    pub fn pair(a: u64, b: u64) -> u64 {
        a + b
    }

    twins! {
        // A homed `FnMut` closure called twice: the call borrows it (it was
        // read out of its home and dropped after the first call).
        fn fn_mut_called_twice() -> usize {
            let mut s = String::from("a");
            let mut f = move || {
                s.push_str("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");
                s.len()
            };
            let r = &f;
            tick("t").await;
            let _size = std::mem::size_of_val(r);
            let a = f();
            let b = f();
            a + b
        }
        // A place operand of a homed binding is read before a later
        // operand's suspension, as Rust orders it (it was read after the
        // later operand had dropped the binding).
        fn place_operand_before_suspension() -> u64 {
            let s = S { b: Box::new(41) };
            let r = &s;
            tick("t").await;
            let _ = *r.b;
            pair(*s.b, {
                drop(s);
                tick("u").await;
                1
            })
        }
    }

    mod temporaries {
        use super::*;

        /// Logs what it still sees of the vector it borrows when dropped.
        pub struct Loud<'a>(pub &'a Vec<u8>);

        impl Drop for Loud<'_> {
            fn drop(&mut self) {
                log(format!("Loud sees {:?}", self.0));
            }
        }

        pub fn use_loud(l: &Loud<'_>, _: ()) -> usize {
            l.0.len()
        }

        pub fn loud_len(l: &Loud<'_>) -> usize {
            l.0.len()
        }

        twins! {
            // A temporary used by reference in a statement that suspends is
            // dropped at the end of that statement (it was dropped at the end of
            // the block, after `drop(v)` had freed what it borrows).
            fn statement_temporary_ends_with_its_statement() -> usize {
                let v = vec![1u8, 2, 3];
                let r = &v;
                tick("a").await;
                let _k = r.len();
                let n = use_loud(&Loud(&v), tick("b").await);
                drop(v);
                let w = vec![9u8; 3];
                n + w.len()
            }
            fn get_loud(v: &Vec<u8>) -> Loud<'_> {
                tick("get").await;
                Loud(v)
            }
            // The same for an awaited value used by reference.
            fn awaited_temporary_ends_with_its_statement() -> usize {
                let mut v = vec![1u8, 2, 3];
                let r = &v;
                tick("a").await;
                let _k = r.len();
                let n = loud_len(&get_loud(&v).await);
                v.clear();
                v.shrink_to_fit();
                n
            }
        }

        #[test]
        fn statement_temporaries_end_with_their_statement() {
            assert_eq!(
                assert_twins!(statement_temporary_ends_with_its_statement()),
                6
            );
            assert_eq!(
                assert_twins!(awaited_temporary_ends_with_its_statement()),
                3
            );
        }
    }

    #[test]
    fn calls_and_operand_order_match_async_fn() {
        assert_eq!(assert_twins!(fn_mut_called_twice()), 51 + 101);
        assert_eq!(assert_twins!(place_operand_before_suspension()), 42);
    }
}

/// Temporaries of conditions and of `let`s that Rust does not extend, when
/// they borrow a local that has a home (found by the third review: each
/// was a use-after-free while they lived to the end of the statement/block).
mod condition_temporaries {
    use super::*;

    /// Pushes 99 into the vector it borrows mutably when dropped.
    pub struct Pusher<'a>(pub &'a mut Vec<i32>);

    impl Drop for Pusher<'_> {
        fn drop(&mut self) {
            self.0.push(99);
            log(format!("Pusher drop {:?}", self.0));
        }
    }

    pub fn pusher_len(p: &Pusher<'_>, _: ()) -> usize {
        p.0.len()
    }

    twins! {
        // A temporary in a call inside a tuple `let` is not extended: it is
        // dropped at the end of the `let`, before `v` is moved.
        fn let_temporary_not_extended() -> usize {
            let mut v = vec![1, 2, 3];
            {
                let r = &v;
                tick("a").await;
                log(format!("{}", r.len()));
            }
            let n = (pusher_len(&Pusher(&mut v), tick("b").await), 0);
            log("after let");
            let w = v;
            n.0 + w.len()
        }
        // Temporaries of an `if` condition are dropped before the branch.
        fn if_condition_temporary() -> usize {
            let mut v = vec![1, 2, 3];
            {
                let r = &v;
                tick("a").await;
                log(format!("{}", r.len()));
            }
            let mut moved = 0;
            if pusher_len(&Pusher(&mut v), tick("b").await) > 0 {
                log("in if");
                let w = v;
                moved = w.len();
            }
            moved
        }
        // Temporaries of a `while` condition are dropped before the body.
        fn while_condition_temporary() -> usize {
            let mut v = vec![1, 2, 3];
            {
                let r = &v;
                tick("a").await;
                log(format!("{}", r.len()));
            }
            let mut i = 0;
            while pusher_len(&Pusher(&mut v), tick("b").await) < 6 {
                log(format!("body {i}: len {}", v.len()));
                i += 1;
            }
            i
        }
    }

    #[test]
    fn condition_and_let_temporaries_end_where_rust_ends_them() {
        assert_eq!(assert_twins!(let_temporary_not_extended()), 3 + 4);
        assert_eq!(assert_twins!(if_condition_temporary()), 4);
        assert_eq!(assert_twins!(while_condition_temporary()), 3);
    }
}

/// Operand order and statement forms from the fourth review: each read a
/// place (through a reference into a home, or an index) after a later
/// operand's suspension had changed it, or kept a macro statement's
/// temporaries alive (two were undefined behaviour under Miri).
mod operand_order {
    use super::*;

    pub fn add(a: usize, _: ()) -> usize {
        a
    }

    pub fn pick(a: &usize, _: ()) -> usize {
        *a
    }

    pub fn add_hundred(x: &mut i32, _: ()) {
        *x += 100;
    }

    pub use super::condition_temporaries::{Pusher, pusher_len};

    twins! {
        fn bump(x: &mut usize) {
            tick("bump").await;
            *x += 1;
        }
        fn read_through_reference_before_later_await() -> usize {
            let mut x = 5;
            let r = &x;
            let s = add(*r, bump(&mut x).await);
            s + x * 100
        }
        fn index_read_before_later_await() -> usize {
            let v = vec![10, 20, 30];
            let keep = &v;
            let mut i = 0;
            let s = add(v[i], bump(&mut i).await);
            s + keep.len()
        }
        fn borrowed_index_before_later_await() -> usize {
            let v = vec![10, 20, 30];
            let keep = &v;
            let mut i = 0;
            let s = pick(&v[i], bump(&mut i).await);
            s + keep.len()
        }
        fn mutable_borrow_of_an_indexed_place() -> Vec<i32> {
            let mut v = vec![1, 2, 3];
            let keep = &v;
            tick("a").await;
            let i = keep.len() - 3;
            add_hundred(&mut v[i + 1], tick("b").await);
            v
        }
        fn receiver_with_await_in_arguments() -> Vec<u32> {
            let mut w = vec![1u32];
            let r = &w;
            tick("a").await;
            let n = r.len() as u32;
            w.push(ready("x", 3).await + n - 1);
            w
        }
        fn macro_statement_temporaries() -> Vec<i32> {
            let mut v = vec![1];
            let r = &v;
            tick("a").await;
            log(format!("r {}", r.len()));
            assert_eq!(pusher_len(&Pusher(&mut v), tick("b").await), 1);
            v.push(5);
            v
        }
    }

    #[test]
    fn operands_are_read_in_rust_order() {
        assert_eq!(
            assert_twins!(read_through_reference_before_later_await()),
            605
        );
        assert_eq!(assert_twins!(index_read_before_later_await()), 13);
        assert_eq!(assert_twins!(borrowed_index_before_later_await()), 13);
        assert_eq!(
            assert_twins!(mutable_borrow_of_an_indexed_place()),
            vec![1, 102, 3]
        );
        assert_eq!(
            assert_twins!(receiver_with_await_in_arguments()),
            vec![1, 3]
        );
        assert_eq!(assert_twins!(macro_statement_temporaries()), vec![1, 99, 5]);
    }
}

/// From the fifth review: a place read by an earlier operand that a later,
/// suspending operand assigns; a guarded `match` over an indexed place.
mod reassigned_operands {
    use super::*;

    pub fn guard_ok(n: i32) -> bool {
        n > 5
    }

    twins! {
        fn place_assigned_by_a_later_operand(k: i32) -> (i32, i32) {
            let mut x = k;
            let t = (x, {
                x = 5;
                ready("a", 0).await
            });
            let u = x + {
                x = 7;
                ready("b", 1).await
            };
            (t.0 + t.1 + x - 7, u)
        }
        fn guard_over_an_indexed_place(k: usize) -> i32 {
            let v = vec![Some(10), None];
            let mut i = k;
            match v[i] {
                Some(n) if {
                    i += 1;
                    ready("g", guard_ok(n)).await
                } => n + i as i32,
                Some(n) => n + 100,
                None => -1,
            }
        }
    }

    #[test]
    fn operands_and_scrutinees_are_evaluated_once_in_rust_order() {
        assert_eq!(assert_twins!(place_assigned_by_a_later_operand(1)), (1, 6));
        assert_eq!(assert_twins!(guard_over_an_indexed_place(0)), 11);
        assert_eq!(assert_twins!(guard_over_an_indexed_place(1)), -1);
    }
}

/// From the sixth review: an `if let` whose branches suspend ends its
/// scrutinee's temporaries before `else` (edition 2024), as the `async`
/// copy assumes (it kept them alive into `else`: a use-after-free).
mod if_let_temporaries {
    use super::*;

    /// Logs what it still sees of the string it borrows when dropped.
    pub struct Peek<'a>(pub &'a String);

    impl Drop for Peek<'_> {
        fn drop(&mut self) {
            log(format!("Peek sees {:?}", self.0));
        }
    }

    impl Peek<'_> {
        pub fn get(&self, hit: bool) -> Option<usize> {
            hit.then_some(self.0.len() * 10)
        }
    }

    twins! {
        fn scrutinee_temporary_ends_before_else(hit: bool) -> usize {
            let s = String::from("abc");
            let r = &s;
            tick("a").await;
            let n = r.len();
            if let Some(k) = Peek(&s).get(hit) {
                tick("then").await;
                k
            } else {
                drop(s);
                tick("else").await;
                n
            }
        }
    }

    #[test]
    fn if_let_scrutinee_temporaries_end_before_else() {
        assert_eq!(
            assert_twins!(scrutinee_temporary_ends_before_else(false)),
            3
        );
        // With `hit`, the temporary lives to the end of the `then` branch.
        assert_eq!(
            assert_twins!(scrutinee_temporary_ends_before_else(true)),
            30
        );
    }
}

/// From the seventh review: a binding that borrows a home and is held past
/// its last use (to drop at its scope's end) gets a home too; it was moved
/// between variants after its target was freed (a dangling reference,
/// undefined behaviour under Miri).
mod dead_borrowers {
    use super::*;

    twins! {
        fn dead_slice_of_a_reassigned_vector(v: &mut Vec<usize>) -> usize {
            let s = v.as_slice();
            let n = s[0];
            tick("a").await;
            *v = vec![5];
            tick("b").await;
            n + v.len()
        }
        fn dead_borrow_with_drop_glue_beside_it() -> usize {
            let mut v = vec![1, 2];
            let t = (v.as_slice(), Tracked::new("glue"));
            tick("a").await;
            let n = t.0[0];
            v = vec![5];
            tick("b").await;
            n + v.len()
        }
    }

    #[test]
    fn dead_borrowers_of_homes_stay_in_place() {
        assert_eq!(
            assert_twins!(dead_slice_of_a_reassigned_vector(&mut vec![7, 8])),
            8
        );
        assert_eq!(assert_twins!(dead_borrow_with_drop_glue_beside_it()), 2);
    }
}

/// Class `let-else`: the bindings of a `let .. else` whose `else` awaits
/// can have homes (they come out of the `match` as a tuple, then move into
/// their homes), so they can be borrowed across a later `.await`.
mod let_else_homes {
    use super::*;

    pub fn maybe(c: bool, name: &'static str) -> Option<Tracked> {
        c.then(|| Tracked::new(name))
    }

    pub fn len_of(t: &Tracked) -> Ready<usize> {
        ready("len", t.name().len())
    }

    twins! {
        fn borrowed_after_an_awaiting_else(c: bool) -> usize {
            let first = Tracked::new("first");
            let Some(t) = maybe(c, "t") else {
                tick("else").await;
                log(first.name());
                return 0;
            };
            let r = &t;
            tick("x").await;
            log(r.name());
            len_of(&t).await + first.name().len()
        }
        fn mutably_borrowed_pair(c: bool) -> usize {
            let Some((mut a, b)) = ready("o", maybe(c, "a").map(|a| (a, Tracked::new("b")))).await
            else {
                tick("none").await;
                return 1;
            };
            let ra = &mut a;
            tick("y").await;
            *ra = Tracked::new("a2");
            len_of(&a).await + len_of(&b).await
        }
    }

    #[test]
    fn let_else_bindings_borrowed_across_awaits() {
        assert_eq!(assert_twins!(borrowed_after_an_awaiting_else(true)), 6);
        assert_eq!(assert_twins!(borrowed_after_an_awaiting_else(false)), 0);
        assert_eq!(assert_twins!(mutably_borrowed_pair(true)), 3);
        assert_eq!(assert_twins!(mutably_borrowed_pair(false)), 1);
    }
}

/// Adversarial round 9 (`min_raw_pointer_to_local_moves.rs`): a raw pointer
/// to a local (`&raw const x`, `addr_of!(x)`) was not seen as a borrow, so
/// the local had no home and moved between variants at the `.await`: the
/// pointer then pointed at its old place (a read through it, sound in the
/// `async fn`, read moved-from memory). Raw borrows now give it a home.
mod raw_pointer_to_a_local {
    use super::*;

    twins! {
        fn raw_const_borrow(k: usize) -> usize {
            let arr = [k, 2, 3];
            let p = &raw const arr;
            tick("t").await;
            log(format!("same {}", std::ptr::eq(p, &arr)));
            // SAFETY: `arr` is alive and not moved (the point of the test).
            unsafe { (*p)[0] }
        }
        fn addr_of_mut_written_after_await(k: usize) -> usize {
            let mut arr = [k, 2, 3];
            let p = std::ptr::addr_of_mut!(arr);
            tick("t").await;
            // SAFETY: as above; no reference to `arr` is alive here.
            unsafe { (*p)[1] = 7 };
            log(format!("same {}", std::ptr::eq(p, &arr)));
            arr[1] + k
        }
        fn raw_field_pointer(k: usize) -> usize {
            let pair = (Tracked::new("a"), k);
            let p = &raw const pair.1;
            tick("t").await;
            // SAFETY: as above.
            let n = unsafe { *p };
            log(format!("same {}", std::ptr::eq(p, &pair.1)));
            n
        }
    }

    #[test]
    fn raw_const_borrow() {
        take_log();
        assert_eq!(support::drive(coro_side::raw_const_borrow(4)).0, 4);
        assert!(take_log().contains(&"same true".to_string()));
        assert_eq!(assert_twins!(raw_const_borrow(4)), 4);
    }

    #[test]
    fn addr_of_mut_written_after_await() {
        assert_eq!(assert_twins!(addr_of_mut_written_after_await(1)), 8);
    }

    #[test]
    fn raw_field_pointer() {
        assert_eq!(assert_twins!(raw_field_pointer(5)), 5);
    }
}

/// Adversarial round 9 (`min_let_ref_binding_of_temporary_refused.rs`):
/// `let ref r = make();` and a borrow through a temporary (`let b =
/// &*Box::new(t);`) extend their temporary to the end of the block, as
/// `let r = &make();` does; they were E0716 "temporary value dropped while
/// borrowed". Now bound and held like the latter.
mod extended_by_ref_and_through_deref {
    use super::*;

    twins! {
        fn ref_bindings_of_values(k: usize) -> usize {
            let ref r = Tracked::new("r");
            let ref mut v = Vec::new();
            tick("a").await;
            v.push(k);
            let later = Tracked::new("later");
            tick("b").await;
            r.name().len() + v.len() + later.name().len()
        }
        // Review of the fourteenth session (`fidelity/repro/rev14/
        // min_raw_borrow_of_extended_temporary_use_after_free.rs`,
        // `min_cast_extended_temporary_use_after_free.rs`): a raw borrow
        // or a cast borrow extends its temporary too; the coroutine
        // dropped it at the `let`, and the pointer dangled (a use after
        // free in the `unsafe` read, sound in the `async fn`).
        fn raw_and_cast_borrows_extend(k: usize) -> usize {
            let p = &raw const *String::from("hello world");
            let q = &Tracked::new("t") as *const Tracked;
            let ref b = { Tracked::new("block") };
            tick("x").await;
            let junk = String::from("XXXXXXXXXXX");
            // SAFETY: both temporaries are extended to the end of the body.
            let (s, t) = unsafe { ((*p).to_string(), (*q).name().len()) };
            log(format!("{s} {}", junk.len()));
            s.len() + t + b.name().len() + k
        }
        fn borrows_through_a_box_and_a_string(k: usize) -> usize {
            let b = &*Box::new(Tracked::new("boxed"));
            let s: &str = &*String::from("abc");
            let first = Tracked::new("first");
            tick("a").await;
            b.name().len() + s.len() + first.name().len() + k
        }
    }

    #[test]
    fn ref_bindings_of_values() {
        assert_eq!(assert_twins!(ref_bindings_of_values(1)), 7);
    }

    #[test]
    fn raw_and_cast_borrows_extend() {
        assert_eq!(assert_twins!(raw_and_cast_borrows_extend(1)), 18);
    }

    #[test]
    fn borrows_through_a_box_and_a_string() {
        assert_eq!(assert_twins!(borrows_through_a_box_and_a_string(1)), 14);
    }
}

/// Adversarial round 10
/// (`min_temporary_receiver_taken_by_value_with_awaited_argument_refused.rs`):
/// an operand evaluated before a later operand's `.await` that borrows a
/// binding (`sum2(v.iter(), f().await)`, the receiver of
/// `*m.entry(k).or_insert(f().await)`) is held across the suspension, but
/// the binding got no home (E0597/E0505). The held operand's borrows are
/// now facts of the home plan.
mod hoisted_operand_borrows {
    use super::*;
    use std::collections::BTreeMap;

    fn sum2<'a>(it: impl Iterator<Item = &'a usize>, n: usize) -> usize {
        it.sum::<usize>() + n
    }

    twins! {
        fn iterator_argument_before_an_await(k: usize) -> usize {
            let v = vec![1, 2, 3];
            let a = sum2(v.iter(), ready("a", k).await);
            a + v.len()
        }
        fn entry_receiver_before_an_await(k: usize) -> usize {
            let mut m = BTreeMap::new();
            *m.entry(k).or_insert(ready("v", 5).await) += 1;
            let a = *m.entry(k + 1).or_insert(ready("w", 6).await);
            a + m.len() + m[&k]
        }
        fn adapters_before_an_await(k: usize) -> usize {
            let opt = Some(Tracked::new("o"));
            let a = opt.as_ref().map_or(ready("a", 0).await, |t| t.name().len());
            let v = vec![1, 2, 3];
            let c = v.iter().fold(ready("c", k).await, |acc, x| acc + x);
            let d: usize = v.iter().take(ready("d", 2).await).sum();
            tick("t").await;
            a + c + d
        }
    }

    #[test]
    fn iterator_argument_before_an_await() {
        assert_eq!(assert_twins!(iterator_argument_before_an_await(2)), 11);
    }

    #[test]
    fn entry_receiver_before_an_await() {
        assert_eq!(assert_twins!(entry_receiver_before_an_await(1)), 14);
    }

    #[test]
    fn adapters_before_an_await() {
        assert_eq!(assert_twins!(adapters_before_an_await(1)), 11);
    }
}

/// A binding of a branch's pattern that borrows a local (`v.first()`,
/// `m.get_mut(&k)`, a binding holding `&t`) and is moved into an awaited
/// call, the local used after the branch: what it borrows needs a home,
/// as for a `let` holder (`lower/bindings.rs` `note_pattern_edge`; the
/// pattern's edge is known only after its body). E0505 until the
/// fourteenth session:
/// `fidelity/repro/adv10/min_pattern_binding_borrow_moved_into_awaitable_refused.rs`.
mod pattern_binding_moved_into_an_awaitable {
    use super::*;

    twins! {
        fn show_len(t: &Tracked) -> usize {
            tick("s").await;
            t.name().len()
        }
        fn renamed(t: &mut Tracked) {
            tick("r").await;
            *t = Tracked::new("renamed");
        }
        fn borrowed_by_if_let_and_match(k: usize) -> usize {
            let v: Vec<Tracked> = vec![Tracked::new("a"), Tracked::new("bc")];
            let mut n = k;
            if let Some(first) = v.first() {
                n += show_len(first).await;
            }
            match v.last() {
                Some(last) => n += show_len(last).await,
                None => {}
            }
            n + v.len()
        }
        fn borrowed_mutably(k: usize) -> usize {
            let mut m = std::collections::BTreeMap::new();
            m.insert(1, Tracked::new("m"));
            if let Some(e) = m.get_mut(&1) {
                renamed(e).await;
            }
            m.len() + k
        }
        fn through_a_binding_holding_a_borrow(k: usize) -> usize {
            let t = Tracked::new("t");
            let o = Some(&t);
            if let Some(r) = o {
                show_len(r).await;
            }
            t.name().len() + k
        }
    }

    #[test]
    fn borrowed_by_if_let_and_match_runs_alike() {
        assert_eq!(assert_twins!(borrowed_by_if_let_and_match(1)), 6);
    }
    #[test]
    fn borrowed_mutably_runs_alike() {
        assert_eq!(assert_twins!(borrowed_mutably(1)), 2);
    }
    #[test]
    fn through_a_binding_holding_a_borrow_runs_alike() {
        assert_eq!(assert_twins!(through_a_binding_holding_a_borrow(1)), 2);
    }
}
