//! Twins: a `match` whose guard awaits (`lower/guards.rs`). Each arm is
//! tested on the scrutinee itself and the guard reads views of the
//! bindings taken in a guard of the real `match` (`guard_binding`), so a
//! binding has the type Rust gives it in the guard: shorthand struct
//! fields (`P2 { x, y }`), a reference scrutinee with default binding modes
//! (`match &v`, `for p in &pairs { match p }`, `match v.as_slice()`: the
//! guard read `*x` once too often, E0614), named constants (`LIM`, E0308
//! against `&scrutinee`), `ref`/`mut` bindings (refused), an irrefutable
//! or-pattern arm (`Some(_) | None`, which warned), and `match *boxed`
//! (moved out of the box, dropped at the end of the `match`), until the
//! tenth session. A `match *boxed` or `if let .. = *boxed` whose patterns
//! bind only by `ref` (no guard) dropped the box at its next suspension
//! (the fragment took the deref for a move), until the tenth session. A
//! binding a guard that awaits names only in a format string (`"{x}"`)
//! was not found (E0425), until the tenth session.
#![deny(warnings)]
#[macro_use]
mod support;
use support::*;

pub fn tlen(t: &Tracked) -> i64 {
    log(format!("len {}", t.name()));
    t.name().len() as i64
}
pub fn take(t: Tracked) -> i64 {
    log(format!("take {}", t.name()));
    t.name().len() as i64
}
pub fn take2(t: Tracked, u: Tracked) -> i64 {
    log(format!("take2 {} {}", t.name(), u.name()));
    (t.name().len() + u.name().len()) as i64
}
pub struct P2 {
    pub x: i64,
    pub y: i64,
}
pub struct Pair {
    pub a: Tracked,
    pub b: Tracked,
}
pub const LIM: i64 = 3;
pub const NAME: &str = "bb";
pub const OPT: Option<i64> = Some(4);
#[derive(Clone, Copy, PartialEq)]
pub enum Mode {
    Off,
    On(i64),
}
pub enum Shape {
    Circle { r: i64, tag: Tracked },
    Rect { w: i64, h: i64 },
    Empty,
}

twins! {
    fn shorthand_fields(n: i64) -> i64 {
        let mut out = match Some(P2 { x: n, y: 2 }) {
            Some(P2 { x, y }) if ready("g", x).await > 5 => x + y,
            Some(P2 { x, .. }) if ready("h", x).await > 0 => x * 10,
            _ => 0,
        };
        let p = Pair { a: Tracked::new("a"), b: Tracked::new("bb") };
        out += match p {
            Pair { ref a, b: _ } if ready("r", tlen(a)).await > 0 => tlen(a) * 100,
            Pair { a: _, b: _ } => 0,
        };
        out += match Some(P2 { x: 7, y: 8 }) {
            Some(q @ P2 { x: 1..=9, .. }) if ready("at", q.x).await == 7 => q.y,
            _ => 0,
        };
        out
    }
    fn reference_scrutinee(n: i64) -> i64 {
        let v = Some(n);
        let mut out = match &v {
            Some(x) if ready("g1", *x).await == 2 => 10,
            Some(x) => *x,
            None => 0,
        };
        let pairs = vec![(1i64, Tracked::new("p1")), (2, Tracked::new("p22"))];
        for p in &pairs {
            out += match p {
                (k, t) if ready("g2", *k + tlen(t)).await > 3 => *k * 100,
                (k, _) => *k,
            };
        }
        let xs = vec![n, 5, 6];
        out += match xs.as_slice() {
            [first, rest @ ..] if ready("g3", *first + rest.len() as i64).await > 3 => rest[0],
            _ => -1,
        };
        let ts = vec![Tracked::new("s1"), Tracked::new("s22")];
        out += match ts.as_slice() {
            [a, b] if ready("g4", tlen(a) + tlen(b)).await > 0 => tlen(a),
            _ => 0,
        };
        out
    }
    fn constant_patterns(n: i64) -> i64 {
        let mut out = match n {
            LIM if ready("g", 1).await > 0 => 100,
            0 => 1,
            1..=2 if ready("r", n).await > 1 => 2,
            _ => 0,
        };
        out += match "bb" {
            NAME if ready("s", 2).await > 1 => 7,
            _ => 0,
        };
        let m = if n > 2 { Mode::On(n) } else { Mode::Off };
        out += match m {
            Mode::Off => 1,
            Mode::On(LIM) if ready("m", 5).await > 3 => 50,
            Mode::On(k) if ready("k", k).await > 0 => k,
            Mode::On(_) => 0,
        };
        out
    }
    fn irrefutable_or_pattern_arm() -> i64 {
        let t = Some(Tracked::new("opt"));
        let a = match t {
            Some(x) if ready("g", tlen(&x)).await > 5 => tlen(&x),
            Some(_) | None => 7,
        };
        let u = (Tracked::new("u1"), 3i64);
        let b = match u {
            (_, k) if ready("h", k).await > 5 => k,
            other => other.1 + take(other.0),
        };
        a + b
    }
    fn ref_and_mut_bindings(n: i64) -> i64 {
        let mut v = Some(Tracked::new("rv"));
        let a = match v {
            Some(ref t) if ready("g", tlen(t)).await > n => tlen(t),
            Some(ref mut t) => {
                *t = Tracked::new("rw");
                tlen(t)
            }
            None => 0,
        };
        let b = match Some(n) {
            Some(mut k) if ready("m", k).await > 1 => {
                k += 10;
                k
            }
            Some(k) => k,
            None => 0,
        };
        let s = Some(String::from("abc"));
        let c = match s {
            Some(mut st) if ready("s", st.len()).await > 2 => {
                st.push('d');
                st.len() as i64
            }
            _ => 0,
        };
        log(format!("v {:?}", v.as_ref().map(|t| t.name())));
        a + b + c
    }
    fn tuple_nested_several_guards(n: i64) -> i64 {
        let t = (Some(Tracked::new("t0")), n, Ok::<i64, Tracked>(4));
        match t {
            (Some(a), 1, _) if ready("g1", tlen(&a)).await > 1 => take(a),
            (Some(a), k, Ok(m)) if ready("g2", k + m).await > 5 => {
                let z = ready("body", k).await;
                take(a) + z
            }
            (Some(a), k, Err(e)) if ready("g3", k).await > 0 => take2(a, e),
            (_, k, _) => k,
        }
    }
    fn struct_variants_and_reference_of_struct(n: i64) -> i64 {
        let s = if n > 1 {
            Shape::Circle { r: n, tag: Tracked::new("c") }
        } else {
            Shape::Rect { w: 2, h: 3 }
        };
        let a = match &s {
            Shape::Circle { r, tag } if ready("c", *r + tlen(tag)).await > 2 => *r * 10,
            Shape::Rect { w, h } if ready("r", w * h).await > 5 => w * h,
            Shape::Empty => 0,
            _ => 1,
        };
        let b = match s {
            Shape::Circle { r, tag } if ready("c2", r).await > 1 => r + take(tag),
            Shape::Circle { tag, r: _ } => take(tag),
            Shape::Rect { w, h: _ } => w,
            Shape::Empty => 0,
        };
        let p = P2 { x: n, y: 5 };
        let rp = &p;
        let d = match rp {
            P2 { x, y } if ready("p", *x + *y).await > 6 => x * y,
            P2 { x, .. } => *x,
        };
        a + b + d
    }
    fn binding_read_after_the_guards_await(n: i64) -> i64 {
        let v = Some(Tracked::new("held"));
        let a = match v {
            Some(t) if ready("g", n).await > 1 && tlen(&t) > 2 => take(t),
            Some(t) => tlen(&t),
            None => 0,
        };
        let w = vec![Tracked::new("w1"), Tracked::new("w22")];
        let mut b = 0;
        for t in &w {
            b += match t {
                x if ready("h", 1).await > 0 && tlen(x) == 3 => tlen(x),
                x => tlen(x) * 10,
            };
        }
        let opt_ref: Option<&Tracked> = w.first();
        let c = match opt_ref {
            Some(x) if ready("i", 2).await > 1 && tlen(x) > 0 => tlen(x),
            _ => 0,
        };
        a + b + c
    }
    fn at_bindings_and_slices(n: i64) -> i64 {
        let a = match n {
            k @ 1..=3 if ready("g", k).await > 1 => k * 2,
            k @ 4..=9 if ready("h", k).await > 3 => k * 3,
            k => k,
        };
        let v = vec![Tracked::new("v1"), Tracked::new("v22"), Tracked::new("v333")];
        let b = match v.as_slice() {
            [x, _, y] if ready("s", tlen(x) + tlen(y)).await > 5 => tlen(y),
            [x, y] if ready("r", tlen(y)).await > 0 => tlen(x),
            _ => 0,
        };
        let arr = [n, 2, 3];
        let c = match arr {
            [first, mid, last] if ready("a", first + last).await > 5 => mid,
            [_, _, _] => -1,
        };
        a + b + c
    }
    fn mut_reference_field_bound_by_value(n: i64) -> i64 {
        let mut x = n;
        let r: Option<&mut i64> = Some(&mut x);
        let a = match r {
            Some(m) if ready("g", *m).await > 1 => {
                *m += 5;
                *m
            }
            Some(m) => *m,
            None => 0,
        };
        let mut names = vec![Tracked::new("n1")];
        let b = match names.last_mut() {
            Some(t) if ready("h", tlen(t)).await > 1 => {
                *t = Tracked::new("n2");
                tlen(t)
            }
            _ => 0,
        };
        a + x + b
    }
    fn closure_and_shadowing_let_in_the_guard(n: i64) -> i64 {
        let names = vec![Tracked::new("x1"), Tracked::new("x22")];
        let mut out = 0;
        for (i, t) in names.iter().enumerate() {
            out += match (i as i64, t) {
                (k, name) if ready("c", (|| k + tlen(name))()).await > n => k,
                (k, name) if { let k = k * 2; ready("s", k).await } > 0 && tlen(name) > 1 => k + 10,
                _ => 0,
            };
        }
        let o: Option<&str> = Some("hello");
        out += match o {
            Some(s) if ready("o", s.len() as i64).await > 3 => s.len() as i64,
            _ => 0,
        };
        out
    }
    fn generic_binding(v: Option<impl Copy + Into<i64> + 'static>, lim: i64) -> i64 {
        match v {
            Some(x) if ready("g", x.into() > lim).await => x.into(),
            _ => 0,
        }
    }
    fn generic_binding_through_a_reference(v: &Option<impl Copy + Into<i64> + 'static>, lim: i64) -> i64 {
        match v {
            Some(x) if ready("h", (*x).into() > lim).await => (*x).into(),
            _ => 0,
        }
    }
    fn boxed_deref_scrutinee(n: i64) -> i64 {
        let bx = Box::new(Some(Tracked::new("boxed")));
        let a = match *bx {
            Some(ref t) if ready("b", tlen(t)).await > n => tlen(t),
            _ => 0,
        };
        log("after first");
        let r = &Some(Tracked::new("behind"));
        let c = match *r {
            Some(ref t) if ready("r", tlen(t)).await > 1 => tlen(t),
            _ => 0,
        };
        log("after second");
        a + c
    }
    fn or_pattern_bindings(n: i64) -> i64 {
        let r: Result<i64, i64> = if n > 1 { Ok(n) } else { Err(n) };
        let a = match r {
            Ok(x) | Err(x) if ready("g", x).await > 1 => x * 10,
            _ => 0,
        };
        let t: Result<Tracked, Tracked> = if n > 1 { Ok(Tracked::new("ok")) } else { Err(Tracked::new("err")) };
        let b = match t {
            Ok(ref x) | Err(ref x) if ready("h", tlen(x)).await > 2 => tlen(x),
            _ => 0,
        };
        a + b
    }
    fn format_string_names_a_binding(n: i64) -> i64 {
        let v = Some(Tracked::new("fmt"));
        let a = match &v {
            Some(x) if ready("g", format!("{}", x.name()).len()).await > 1 => tlen(x),
            _ => 0,
        };
        let k = Some(n);
        let b = match k {
            Some(x) if ready("h", format!("{x} {{x}}").len()).await > 0 => x,
            _ => 0,
        };
        let c = match &k {
            Some(x) if ready("i", format!("{x:?}{:>w$}", 1, w = 3).len()).await > 0 => *x,
            _ => 0,
        };
        a + b + c
    }
    fn constant_scrutinee_and_loop_exits(n: i64) -> i64 {
        let a = match OPT {
            Some(x) if ready("g", x).await > n => x,
            _ => 0,
        };
        let items = vec![Some(Tracked::new("i1")), None, Some(Tracked::new("i333"))];
        let mut seen = 0;
        let mut out = 0;
        for it in items {
            out += match it {
                Some(t) if { seen += 1; ready("g", tlen(&t)).await } > n => take(t),
                Some(_) => continue,
                None if ready("n", seen).await > 5 => break,
                None => 1,
            };
        }
        a + out + seen
    }
    fn boxed_deref_ref_patterns_without_guard() -> i64 {
        let bx = Box::new(Some(Tracked::new("boxed")));
        let a = match *bx {
            Some(ref t) => tlen(t),
            None => 0,
        };
        tick("t").await;
        let by = Box::new(Some(Tracked::new("boxed2")));
        let b = if let Some(ref t) = *by { tlen(t) } else { 0 };
        tick("u").await;
        log("end");
        a + b
    }
}

#[test]
fn shorthand_fields_twins() {
    for n in [1, 6] {
        assert_twins!(shorthand_fields(n));
    }
}

#[test]
fn reference_scrutinee_twins() {
    for n in [1, 2] {
        assert_twins!(reference_scrutinee(n));
    }
}

#[test]
fn constant_patterns_twins() {
    for n in [0, 2, 3, 5] {
        assert_twins!(constant_patterns(n));
    }
}

#[test]
fn irrefutable_or_pattern_arm_twins() {
    assert_twins!(irrefutable_or_pattern_arm());
}

#[test]
fn ref_and_mut_bindings_twins() {
    for n in [1, 3] {
        assert_twins!(ref_and_mut_bindings(n));
    }
}

#[test]
fn tuple_nested_several_guards_twins() {
    for n in [1, 2, 0] {
        assert_twins!(tuple_nested_several_guards(n));
    }
}

#[test]
fn struct_variants_and_reference_of_struct_twins() {
    for n in [1, 2] {
        assert_twins!(struct_variants_and_reference_of_struct(n));
    }
}

#[test]
fn binding_read_after_the_guards_await_twins() {
    for n in [1, 2] {
        assert_twins!(binding_read_after_the_guards_await(n));
    }
}

#[test]
fn at_bindings_and_slices_twins() {
    for n in [2, 4, 12] {
        assert_twins!(at_bindings_and_slices(n));
    }
}

#[test]
fn mut_reference_field_bound_by_value_twins() {
    for n in [1, 2] {
        assert_twins!(mut_reference_field_bound_by_value(n));
    }
}

#[test]
fn closure_and_shadowing_let_in_the_guard_twins() {
    for n in [0, 5] {
        assert_twins!(closure_and_shadowing_let_in_the_guard(n));
    }
}

#[test]
fn generic_binding_twins() {
    assert_twins!(generic_binding(Some(3u8), 1));
    assert_twins!(generic_binding(Some(3i32), 5));
    let v = Some(4u16);
    assert_twins!(generic_binding_through_a_reference(&v, 2));
}

#[test]
fn boxed_deref_scrutinee_twins() {
    for n in [1, 9] {
        assert_twins!(boxed_deref_scrutinee(n));
    }
}

#[test]
fn boxed_deref_ref_patterns_without_guard_twins() {
    assert_twins!(boxed_deref_ref_patterns_without_guard());
}

#[test]
fn or_pattern_bindings_twins() {
    for n in [1, 2] {
        assert_twins!(or_pattern_bindings(n));
    }
}

#[test]
fn format_string_names_a_binding_twins() {
    assert_twins!(format_string_names_a_binding(2));
}

#[test]
fn constant_scrutinee_and_loop_exits_twins() {
    for n in [1, 3, 9] {
        assert_twins!(constant_scrutinee_and_loop_exits(n));
    }
}
