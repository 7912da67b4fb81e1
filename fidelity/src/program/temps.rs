//! The fourteenth session's classes around temporaries and places of a
//! statement that awaits (constructs the transform was just fixed for):
//!
//! - `callee-temp`: a temporary that is called (`adder(k)(x) + f().await`,
//!   `(move |x: i64| x + t.len())(f().await)`), `Fn` closures only.
//! - `discard-assign`: `_ = place;`, `_ = f().await;`, `_ = expr;` with
//!   temporaries (Rust reads it as `let _ = e;`).
//! - `format-await-arg`: an awaited value as a direct argument of
//!   `format!`/`println!`/`write!`/`assert_eq!`/`assert_ne!`, and
//!   `matches!(x.await, P)`, `matches!(x, P if guard_with_await)`.
//! - `guard-deref-arg`: `consume(&*cell.borrow(), f().await)`,
//!   `push_len(&mut *cell.borrow_mut(), f().await)` (`RefCell`,
//!   `Rc<RefCell<..>>`).
//! - `computed-index-receiver`: `rows[i + 1].push(f().await)` with indices
//!   in bounds.

use super::{Gen, Ty};
use crate::classes::Class;

impl Gen<'_> {
    /// `ready("rN", value).await` (records the `.await`).
    pub(super) fn awaited(&mut self, value: &str) -> String {
        let r = self.ready_name();
        self.on_await();
        format!("ready(\"{r}\", {value}).await")
    }

    /// `ready("rN", k).await` for a random `k` below `n`.
    fn awaited_below(&mut self, n: usize) -> String {
        let k = self.ch.below(n);
        self.awaited(&format!("{k}"))
    }

    /// The indices of the `Tracked` bindings that may be moved here.
    pub(super) fn movable_trks(&self) -> Vec<usize> {
        self.find(|v| v.ty == Ty::Trk)
            .into_iter()
            .filter(|&i| self.movable(&self.vars[i]))
            .collect()
    }

    /// An `i64` operand without `.await`, generated with every binding
    /// frozen (a macro borrows its arguments).
    fn plain_int(&mut self, d: u32) -> String {
        let saved = self.freeze_ints();
        self.operand_depth += 1;
        let e = self.int(d, false);
        self.operand_depth -= 1;
        self.thaw(saved);
        e.s
    }

    // ----------------------------------------------------------- callee-temp

    /// `let n: i64 = adder(k)(x) + f().await;` and kin: a called temporary
    /// alive at an `.await` of the statement.
    pub(super) fn callee_temp(&mut self, d: u32) -> String {
        self.use_class(Class::CalleeTemp);
        let k = self.ch.below(10);
        let call = match self.ch.below(5) {
            0 => {
                let x = self.plain_int(d);
                let a = self.awaited_below(5);
                format!("adder({k})({x}) + {a}")
            }
            1 => {
                let a = self.awaited_below(5);
                format!("adder({k})({a})")
            }
            2 => {
                let t = self.fresh("tmp");
                self.use_class(Class::TempAcrossAwait);
                let a = self.awaited_below(5);
                if self.ch.chance(50) {
                    format!("adder_t(Tracked::new(\"{t}\"))({a})")
                } else {
                    format!("adder_t(Tracked::new(\"{t}\"))({k}) + {a}")
                }
            }
            3 => {
                let movable = self.movable_trks();
                if !movable.is_empty() && self.ch.chance(60) {
                    let i = movable[self.ch.below(movable.len())];
                    let t = self.vars[i].name.clone();
                    self.note_move(i);
                    let a = self.awaited(&format!("{k}"));
                    format!("(move |x: i64| x + {t}.len())({a})")
                } else {
                    let a = self.awaited(&format!("{k}"));
                    format!("(move |x: i64| x * 2)({a})")
                }
            }
            _ => {
                let trks = if self.has(Class::CalleeBorrow) {
                    self.find(|v| matches!(v.ty, Ty::Trk | Ty::Ref) && v.usable())
                } else {
                    Vec::new()
                };
                if !trks.is_empty() {
                    self.use_class(Class::CalleeBorrow);
                }
                let cap = if trks.is_empty() {
                    format!("{k}")
                } else {
                    let i = trks[self.ch.below(trks.len())];
                    format!("{}.len()", self.vars[i].name)
                };
                let a = self.awaited(&format!("{k}"));
                format!("(|x: i64| x + {cap})({a})")
            }
        };
        if self.ch.chance(50) {
            format!("log_i({call});")
        } else {
            let name = self.binding_name(Ty::Int);
            self.declare(name.clone(), Ty::Int, false);
            format!("let {name}: i64 = {call};")
        }
    }

    // -------------------------------------------------------- discard-assign

    /// `_ = place;`, `_ = f().await;` or `_ = expr;` with temporaries.
    pub(super) fn discard_assign(&mut self, d: u32, aw: bool) -> String {
        self.use_class(Class::DiscardAssign);
        let places = self.find(|v| {
            v.usable()
                && !v.a_moved
                && !v.b_moved
                && matches!(
                    v.ty,
                    Ty::Int | Ty::Trk | Ty::Pair | Ty::Opt | Ty::Vec | Ty::Ref
                )
        });
        let form = if aw { self.ch.below(5) } else { 0 };
        match form {
            0 | 1 if !places.is_empty() => {
                let v = &self.vars[places[self.ch.below(places.len())]];
                if v.ty == Ty::Pair && self.ch.chance(50) {
                    format!("_ = {}.a;", v.name)
                } else {
                    format!("_ = {};", v.name)
                }
            }
            2 if aw => {
                let e = self.trk(d.saturating_sub(1), false);
                let a = self.awaited(&e.s);
                format!("_ = {a};")
            }
            3 if aw => {
                let t = self.fresh("tmp");
                self.use_class(Class::TempAcrossAwait);
                self.use_class(Class::TempBorrowed);
                let a = self.awaited_below(5);
                if self.ch.chance(50) {
                    format!("_ = consume(&Tracked::new(\"{t}\"), {a});")
                } else {
                    format!("_ = Tracked::new(\"{t}\").len() + {a};")
                }
            }
            4 if aw => {
                let t = self.fresh("tmp");
                let a = self.awaited_below(5);
                format!("_ = (Tracked::new(\"{t}\"), {a});")
            }
            _ => {
                let e = self.trk(d.saturating_sub(1), false);
                format!("_ = {};", e.s)
            }
        }
    }

    // ------------------------------------------------------ format-await-arg

    /// An awaited value as a direct argument of a std macro, or `matches!`
    /// on an awaited value / with a guard that awaits.
    pub(super) fn format_await_arg(&mut self, d: u32) -> String {
        self.use_class(Class::FormatAwaitArg);
        let k = self.ch.below(6);
        let t = self.fresh("tmp");
        // An awaited value: an `i64` or a `Tracked` (compared with an `i64`
        // by its name's length).
        let (value, len) = if self.ch.chance(50) {
            (format!("{k}"), k)
        } else {
            (format!("Tracked::new(\"{t}\")"), t.len())
        };
        match self.ch.below(7) {
            0 | 1 => {
                let x = self.plain_int(d);
                let a = self.awaited(&value);
                let m = if self.has(Class::Println) && self.ch.chance(30) {
                    self.use_class(Class::Println);
                    "println!"
                } else {
                    "log(format!"
                };
                let close = if m == "println!" { ";" } else { ");" };
                if self.ch.chance(50) {
                    format!("{m}(\"{{}} {{:?}}\", {x}, {a}){close}")
                } else {
                    format!("{m}(\"{{:?}} {{}}\", {a}, {x}){close}")
                }
            }
            2 => {
                let s = self.fresh("s");
                let a = self.awaited(&value);
                let b = self.awaited_below(5);
                format!(
                    "{{ let mut {s} = String::new(); write!({s}, \"{{:?}} {{}}\", {a}, {b}).unwrap(); log({s}); }}"
                )
            }
            3 => {
                let a = self.awaited(&value);
                if self.ch.chance(50) {
                    format!("assert_eq!({a}, {len}i64);")
                } else {
                    format!("assert_ne!({}i64, {a});", len + 1)
                }
            }
            4 => {
                let some = self.ch.chance(50);
                let a = self.awaited(&format!("opt_trk(\"{t}\", {some})"));
                let p = if self.ch.chance(50) {
                    "Some(_)"
                } else {
                    "None"
                };
                format!("log_i(i64::from(matches!({a}, {p})));")
            }
            5 => {
                // A guard that awaits, on an `Option<Tracked>` binding
                // (borrowed), a local of a block, or a temporary.
                let opts = self.find(|v| v.ty == Ty::Opt && v.usable());
                let some = self.ch.chance(50);
                let (pre, scrut, post) = if !opts.is_empty() && self.ch.chance(60) {
                    let o = &self.vars[opts[self.ch.below(opts.len())]].name;
                    (String::new(), format!("&{o}"), String::new())
                } else if self.has(Class::MatchesGuardTemp) && self.ch.chance(50) {
                    self.use_class(Class::MatchesGuardTemp);
                    (
                        String::new(),
                        format!("&opt_trk(\"{t}\", {some})"),
                        String::new(),
                    )
                } else {
                    let o = self.fresh("o");
                    (
                        format!("{{ let {o} = opt_trk(\"{t}\", {some}); "),
                        format!("&{o}"),
                        format!(" log_opt(&{o}); }}"),
                    )
                };
                let x = self.fresh("x");
                let a = self.awaited(&format!("{k}"));
                format!(
                    "{pre}log_i(i64::from(matches!({scrut}, Some({x}) if {x}.len() > {a})));{post}"
                )
            }
            _ => {
                // The guard reads a binding shadowed just before, and the
                // pattern's binding shadows an outer one.
                let ints = self.find(|v| {
                    v.ty == Ty::Int && v.usable() && !v.name.starts_with(char::is_uppercase)
                });
                let m = if !ints.is_empty() && self.ch.chance(50) {
                    self.vars[ints[self.ch.below(ints.len())]].name.clone()
                } else {
                    self.fresh("m")
                };
                let sh = self.fresh("sh");
                let a1 = self.awaited_below(4);
                let x = self.plain_int(d);
                let x = if !super::needs_paren(&x) {
                    x
                } else if self.has(Class::MatchesStructLit) {
                    self.use_class(Class::MatchesStructLit);
                    x
                } else {
                    format!("({x})")
                };
                let a2 = self.awaited_below(4);
                format!(
                    "{{ let {sh}: i64 = {k}; let {sh}: i64 = {sh} + {a1}; log_i(i64::from(matches!({x}, {m} if {m} < {sh} + {a2}))); log_i({sh}); }}"
                )
            }
        }
    }

    // ------------------------------------------------------- guard-deref-arg

    /// A `Ref`/`RefMut` guard's deref as an argument beside an `.await`.
    pub(super) fn guard_deref_arg(&mut self, d: u32) -> String {
        self.use_class(Class::GuardDerefArg);
        let c = self.fresh("cell");
        let t = self.fresh("t");
        let rc = self.ch.chance(50);
        let wrap = |inner: String| {
            if rc {
                format!("std::rc::Rc::new(std::cell::RefCell::new({inner}))")
            } else {
                format!("std::cell::RefCell::new({inner})")
            }
        };
        if self.ch.chance(50) {
            let init = wrap(format!("Tracked::new(\"{t}\")"));
            let n = if self.ch.chance(50) {
                format!("{}", self.ch.below(5))
            } else {
                self.plain_int(d)
            };
            let a = self.awaited(&n);
            let after = if self.ch.chance(50) {
                format!(" log_i({c}.borrow().len());")
            } else {
                String::new()
            };
            format!("{{ let {c} = {init}; log_i(consume(&*{c}.borrow(), {a}));{after} }}")
        } else {
            let init = wrap("Vec::new()".to_string());
            let u = self.fresh("tmp");
            let a = self.awaited(&format!("Tracked::new(\"{u}\")"));
            let first = if self.ch.chance(50) {
                let w = self.fresh("t");
                format!(" {c}.borrow_mut().push(Tracked::new(\"{w}\"));")
            } else {
                String::new()
            };
            format!(
                "{{ let {c} = {init};{first} log_i(push_len(&mut *{c}.borrow_mut(), {a})); log_i({c}.borrow().ilen()); }}"
            )
        }
    }

    // ----------------------------------------------- computed-index-receiver

    /// `rows[i + 1].push(f().await)` (a receiver place with a computed,
    /// in-bounds index) and `w[i + 1] += f().await`.
    pub(super) fn computed_index(&mut self, d: u32) -> String {
        self.use_class(Class::ComputedIndexReceiver);
        let rows = self.fresh("rows");
        let i = self.fresh("ix");
        let idx = if self.ch.chance(50) {
            format!("{}", self.ch.below(2))
        } else {
            // 0..=2, then `% 2`: 0 or 1.
            format!("small({}) as usize % 2", self.plain_int(d))
        };
        let at = match self.ch.below(3) {
            0 => format!("{i} + 1"),
            1 => format!("{i} * 2"),
            _ => i.clone(),
        };
        let t = self.fresh("tmp");
        let form = self.ch.below(3);
        let extra_w = self.ch.chance(40);
        let mutable = if form < 2 { "mut " } else { "" };
        let stmt = match form {
            0 => {
                let a = self.awaited(&format!("Tracked::new(\"{t}\")"));
                format!("{rows}[{at}].push({a});")
            }
            1 => {
                // (Not `.push(Tracked::new(..).tagged(f().await))`: a by-value
                // method on a temporary receiver before a later suspension
                // is the receiver rule's prescribed E0382.)
                let a = self.awaited(&format!("Tracked::new(\"{t}\")"));
                format!("{rows}[{at}].insert(0, {a});")
            }
            _ => {
                let a = self.awaited("2");
                format!("log_i({rows}[{at}].ilen() + {a});")
            }
        };
        let w = self.fresh("w");
        let extra = if extra_w {
            let a = self.awaited_below(5);
            format!(" let mut {w}: Vec<i64> = vec![0; 3]; {w}[{at}] += {a}; log_i({w}[{at}]);")
        } else {
            String::new()
        };
        let u = self.fresh("t");
        format!(
            "{{ let {mutable}{rows}: Vec<Vec<Tracked>> = vec![Vec::new(), vec![Tracked::new(\"{u}\")], Vec::new()]; let {i}: usize = {idx}; {stmt}{extra} log_i({rows}[{at}].ilen()); }}"
        )
    }
}
