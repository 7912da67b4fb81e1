//! The `temp-field` and `extended-field` classes: a field of a temporary or
//! of an awaited value (`duo("a", "b").1`, `(Pair { a: .., b: .. }).a`,
//! `(t3, 4).0`, `ready("r", (Tracked::new("x"), 2)).await.1`, nested
//! `.1.a`), moved out, borrowed or used as a receiver. Rust moves (or
//! copies) the field out of the value and keeps what it leaves to the end
//! of the statement (`temp-field`; to the block's end when a `let` borrows
//! the field, `extended-field`), so the `Tracked` values the field leaves
//! log their drops there, before or after the statement's other `.await`s.

use super::{E, Gen, Ty};
use crate::classes::Class;

/// The type of the field a path reaches.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Leaf {
    Trk,
    Int,
    Opt,
}

impl Gen<'_> {
    /// `VALUE.PATH`: a field of type `leaf` of a temporary (a call or a
    /// literal) or, if `aw`, sometimes of an awaited value, in a form of
    /// `class`. What the field leaves is a temporary of the statement: an
    /// `.await` after it in the statement uses `class`.
    pub(super) fn field(&mut self, class: Class, leaf: Leaf, d: u32, aw: bool) -> E {
        self.use_class(class);
        let depth = u32::from(d > 1 && self.ch.chance(30));
        let e = if aw && self.ch.chance(50) {
            let r = self.ready_name();
            // The awaited value is an argument of `ready`.
            let ok = self.has(Class::AwaitCallArg);
            self.operand_depth += 1;
            let (v, path) = self.compound(leaf, depth, ok);
            self.operand_depth -= 1;
            if v.aw {
                self.use_class(Class::AwaitCallArg);
            }
            self.on_await();
            let call = if self.ch.chance(20) {
                format!("ready_after(\"{r}\", 2, {})", v.s)
            } else {
                format!("ready(\"{r}\", {})", v.s)
            };
            E::new(format!("{call}.await{path}"), true)
        } else {
            let (v, path) = self.compound(leaf, depth, aw);
            // A struct literal is parenthesised only as the receiver of
            // the field (elsewhere rustc finds the parentheses unnecessary),
            // so that it may stand in a condition.
            let v_s = if v.s.starts_with("Pair {") {
                format!("({})", v.s)
            } else {
                v.s
            };
            E::new(format!("{v_s}{path}"), v.aw)
        };
        if let Some(f) = self.frames.last_mut() {
            f.temp = f.temp.with(class);
        }
        e
    }

    /// A tuple or `Pair` that holds a field of type `leaf` (nested `depth`
    /// levels down) beside at least one `Tracked`, and the path to that
    /// field: (`(Tracked::new("t4"), 2)`, `.1`).
    fn compound(&mut self, leaf: Leaf, depth: u32, aw: bool) -> (E, String) {
        #[derive(Clone, Copy)]
        enum Shape {
            Tuple,
            Duo,
            PairCall,
            PairLit,
            Nested,
        }
        let mut shapes = vec![Shape::Tuple];
        if leaf == Leaf::Trk {
            shapes.extend([Shape::Duo, Shape::PairCall, Shape::PairLit]);
        }
        if depth > 0 {
            shapes.extend([Shape::Nested, Shape::Nested]);
        }
        let shape = shapes[self.ch.below(shapes.len())];
        let k = self.ch.below(2);
        match shape {
            Shape::Tuple | Shape::Nested => {
                // Generated in evaluation order (a move, an `.await`).
                let mut parts = Vec::new();
                let mut path = format!(".{k}");
                let mut any = false;
                for i in 0..2 {
                    let part = if i != k {
                        self.filler(leaf)
                    } else if let Shape::Nested = shape {
                        let (v, p) = self.compound(leaf, depth - 1, aw);
                        path.push_str(&p);
                        v
                    } else {
                        self.leaf(leaf, aw)
                    };
                    any |= part.aw;
                    parts.push(part.s);
                }
                (E::new(format!("({})", parts.join(", ")), any), path)
            }
            Shape::Duo | Shape::PairCall => {
                let (a, b) = (self.fresh("t"), self.fresh("t"));
                let (f, path) = match shape {
                    Shape::Duo => ("duo", format!(".{k}")),
                    _ => ("pair_of", [".a", ".b"][k].to_string()),
                };
                (E::new(format!("{f}(\"{a}\", \"{b}\")"), false), path)
            }
            Shape::PairLit => {
                let a = self.operand(Class::AwaitLiteral, aw, |g, a| g.trk(0, a));
                let b = self.operand(Class::AwaitLiteral, aw, |g, a| g.trk(0, a));
                let s = format!("Pair {{ a: {}, b: {} }}", a.s, b.s);
                (E::new(s, a.aw || b.aw), [".a", ".b"][k].to_string())
            }
        }
    }

    /// The field the path reaches.
    fn leaf(&mut self, leaf: Leaf, aw: bool) -> E {
        match leaf {
            Leaf::Trk => self.operand(Class::AwaitLiteral, aw, |g, a| g.trk(0, a)),
            Leaf::Int => self.operand(Class::AwaitLiteral, aw, |g, a| g.int(0, a)),
            Leaf::Opt => {
                let t = self.fresh("t");
                let some = self.ch.chance(60);
                E::new(format!("opt_trk(\"{t}\", {some})"), false)
            }
        }
    }

    /// What the field leaves: a `Tracked` (its drop is logged), or
    /// sometimes an `i64` beside a `Tracked` field.
    fn filler(&mut self, leaf: Leaf) -> E {
        if leaf != Leaf::Trk || self.ch.chance(80) {
            E::new(format!("Tracked::new(\"{}\")", self.fresh("t")), false)
        } else {
            E::new(format!("{}", self.ch.below(10)), false)
        }
    }

    /// An `i64` made from a field: borrowed (`.len()`, `consume(&..)`),
    /// moved (`take`, `take2` beside a later argument, the receiver of
    /// `into_name`), or an `i64` field itself. A later operand of the same
    /// call or operator may await (this class's position: the rest is held
    /// across it).
    pub(super) fn field_int(&mut self, d: u32, aw: bool) -> E {
        let d1 = d.saturating_sub(1);
        let form = self.ch.below(10);
        if form == 9 {
            return self.field(Class::TempField, Leaf::Int, d, aw);
        }
        let f = self.field(Class::TempField, Leaf::Trk, d, aw);
        let later_int = |g: &mut Self| g.operand(Class::TempField, aw, |g, a| g.int(d1, a));
        let (s, later_aw) = match form {
            0 => (format!("{}.len()", f.s), false),
            1 => (format!("take({})", f.s), false),
            2 => (format!("{}.into_name().ilen()", f.s), false),
            3 => (format!("{}.name().ilen()", f.s), false),
            4 | 5 => {
                let method = if form == 4 { "name" } else { "into_name" };
                let n = later_int(self);
                (format!("{}.{method}().ilen() + {}", f.s, n.s), n.aw)
            }
            6 => {
                let n = later_int(self);
                (format!("{}.plus({})", f.s, n.s), n.aw)
            }
            7 => {
                let t = self.operand(Class::TempField, aw, |g, a| g.trk(d1, a));
                (format!("take2({}, {})", f.s, t.s), t.aw)
            }
            _ => {
                let n = later_int(self);
                (format!("consume(&{}, {})", f.s, n.s), n.aw)
            }
        };
        E::new(s, f.aw || later_aw)
    }

    /// A condition on a field (`if duo("a", "b").0.len() > 1 { .. }`).
    pub(super) fn field_bool(&mut self, d: u32, aw: bool) -> E {
        let f = self.field(Class::TempField, Leaf::Trk, d, aw);
        let k = self.ch.below(4);
        let n = if self.ch.chance(50) {
            format!("{}.name().ilen()", f.s)
        } else {
            format!("{}.len()", f.s)
        };
        E::new(format!("{n} > {k}"), f.aw)
    }

    /// `drop(VALUE.PATH);`
    pub(super) fn field_drop(&mut self, d: u32, aw: bool) -> String {
        let f = self.field(Class::TempField, Leaf::Trk, d, aw);
        format!("drop({});", f.s)
    }

    /// `let r: &Tracked = &VALUE.PATH;`: the `let` extends the whole value
    /// to the block's end, and `r` may be used after later `.await`s.
    pub(super) fn field_extended(&mut self, d: u32, aw: bool) -> String {
        let f = self.field(Class::ExtendedField, Leaf::Trk, d, aw);
        let name = self.binding_name(Ty::Ref);
        self.declare(name.clone(), Ty::Ref, false);
        format!("let {name}: &Tracked = &{};", f.s)
    }
}
