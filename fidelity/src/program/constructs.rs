//! The thirteenth session's classes: constructs real code uses that the
//! transform treats specially.
//!
//! - `user-macro`: `macro_rules!` of the body, used in expression position
//!   with bindings and temporaries as inputs (never an `.await` in an
//!   input, never a move of a binding), and as statements that declare no
//!   local.
//! - `nested-item`: `fn`/`const`/`struct` (with `impl`s)/`macro_rules!`
//!   declared in a nested block that suspends (the transform hoists them),
//!   used only in that block, names unique per program.
//! - `uppercase-binding`: bindings named like constants (`N_3`, `T_4`) in
//!   patterns that cannot be refutable (`let`, `for`); `uppercase-pattern`:
//!   in refutable ones (`Some(T_5) =>`, `let Some(T_6) = .. else`), which
//!   syntax cannot tell from a constant's path.
//! - `coercion`: `let x: T = if/match ..` whose branches suspend and
//!   coerce to `T` (a fn pointer, a boxed closure), and a function
//!   returning `Box<dyn Debug>` whose tail and `return`s coerce so.

use super::{E, Gen, Tail, Ty};
use crate::classes::Class;

/// The macros of `user-macro`: (name, definition). A definition is written
/// at the top of the body when the body calls the macro.
const USER_MACROS: &[(&str, &str)] = &[
    (
        "sum2",
        "macro_rules! sum2 { ($a:expr, $b:expr) => { $a + $b }; }",
    ),
    (
        "len_of",
        "macro_rules! len_of { ($t:expr) => { $t.len() }; }",
    ),
    (
        "twice",
        "macro_rules! twice { ($n:expr) => {{ let v = $n; v * 2 }}; }",
    ),
    ("note", "macro_rules! note { ($x:expr) => { log_i($x); }; }"),
    (
        "name_of",
        "macro_rules! name_of { ($t:ident) => { log($t.name()); }; }",
    ),
];

/// `body` (a block) with the definitions of the [`USER_MACROS`] it calls
/// written first.
pub(super) fn with_user_macros(body: String) -> String {
    let defs: String = USER_MACROS
        .iter()
        .filter(|(name, _)| body.contains(&format!("{name}!(")))
        .map(|(_, def)| format!("    {def}\n"))
        .collect();
    if defs.is_empty() {
        return body;
    }
    match body.strip_prefix("{\n") {
        Some(rest) => format!("{{\n{defs}{rest}"),
        None => body,
    }
}

const FN_TY: &str = "fn(i64) -> i64";
const BOX_FN_TY: &str = "Box<dyn Fn(i64) -> i64>";
const BOX_DEBUG_TY: &str = "Box<dyn std::fmt::Debug>";

impl Gen<'_> {
    // ---------------------------------------------------- uppercase-binding

    /// An uppercase name for a new binding of type `ty` (`N_3`, `T_4`), if
    /// the class `class` (`uppercase-binding` or `uppercase-pattern`) is on
    /// and the dice say so.
    pub(super) fn uppercase_name(&mut self, ty: Ty, class: Class) -> Option<String> {
        if !self.has(class) {
            return None;
        }
        let prefix = match ty {
            Ty::Int => "N_",
            Ty::Trk | Ty::Ref => "T_",
            Ty::Opt => "O_",
            Ty::Pair => "P_",
            _ => return None,
        };
        if !self.ch.chance(20) {
            return None;
        }
        self.use_class(class);
        Some(self.fresh(prefix))
    }

    /// A fresh name for a pattern's binding (a `for` variable, `Some(x)`):
    /// sometimes uppercase (in the class `class`).
    pub(super) fn pattern_name(&mut self, ty: Ty, prefix: &str, class: Class) -> String {
        match self.uppercase_name(ty, class) {
            Some(name) => name,
            None => self.fresh(prefix),
        }
    }

    // ----------------------------------------------------------- user-macro

    /// An `i64` input of a user macro, without `.await`: a literal, an
    /// `i64` binding, a binding's `.len()` or a temporary's.
    fn macro_input_int(&mut self) -> String {
        let ints = self.find(|v| v.ty == Ty::Int && v.usable());
        let trks = self.find(|v| matches!(v.ty, Ty::Trk | Ty::Ref) && v.usable());
        match self.ch.below(4) {
            1 if !ints.is_empty() => self.vars[ints[self.ch.below(ints.len())]].name.clone(),
            2 if !trks.is_empty() => {
                let i = trks[self.ch.below(trks.len())];
                format!("{}.len()", self.vars[i].name)
            }
            3 => {
                let t = self.fresh("tmp");
                self.temp(Class::UserMacroTemp);
                format!("Tracked::new(\"{t}\").len()")
            }
            _ => format!("{}", self.ch.below(10)),
        }
    }

    /// A `Tracked` input of `len_of!`: a binding (borrowed by the
    /// expansion's `.len()`) or a temporary.
    fn macro_input_trk(&mut self) -> String {
        let trks = self.find(|v| matches!(v.ty, Ty::Trk | Ty::Ref) && v.usable());
        if !trks.is_empty() && self.ch.chance(60) {
            let i = trks[self.ch.below(trks.len())];
            return self.vars[i].name.clone();
        }
        let t = self.fresh("tmp");
        self.temp(Class::UserMacroTemp);
        format!("Tracked::new(\"{t}\")")
    }

    /// A user macro in expression position (`sum2!(a, t.len())`,
    /// `len_of!(t)`, `twice!(n)`); the statement may await around it.
    pub(super) fn user_macro_int(&mut self) -> E {
        self.use_class(Class::UserMacro);
        let s = match self.ch.below(3) {
            0 => {
                let a = self.macro_input_int();
                let b = self.macro_input_int();
                format!("sum2!({a}, {b})")
            }
            1 => format!("len_of!({})", self.macro_input_trk()),
            _ => format!("twice!({})", self.macro_input_int()),
        };
        E::new(s, false)
    }

    /// A statement with a user macro: `let n = sum2!(..) + x.await;` (an
    /// `.await` after the macro in the same statement), `note!(n);` or
    /// `name_of!(t);` (statement macros that declare no local).
    pub(super) fn user_macro_stmt(&mut self, d: u32, aw: bool) -> String {
        self.use_class(Class::UserMacro);
        let trks = self.find(|v| matches!(v.ty, Ty::Trk | Ty::Ref) && v.usable());
        match self.ch.below(3) {
            0 => {
                let m = self.user_macro_int();
                // An `.await` after the macro, outside its input.
                let rest = if !aw {
                    String::new()
                } else if self.ch.chance(50) {
                    let r = self.ready_name();
                    let k = self.ch.below(10);
                    self.on_await();
                    format!(" + ready(\"{r}\", {k}).await")
                } else {
                    let r = self.operand(Class::AwaitOperator, true, |g, a| g.int(d, a));
                    format!(" + {}", r.s)
                };
                let name = self.binding_name(Ty::Int);
                self.declare(name.clone(), Ty::Int, false);
                format!("let {name}: i64 = {}{rest};", m.s)
            }
            1 if !trks.is_empty() => {
                let i = trks[self.ch.below(trks.len())];
                format!("name_of!({});", self.vars[i].name)
            }
            _ => format!("note!({});", self.macro_input_int()),
        }
    }

    // ---------------------------------------------------------- nested-item

    /// `let n: i64 = { ITEMS; let s = S { .. }; tick().await; .. h(s.get()) };`:
    /// a block that suspends and declares a `fn` (always), and maybe a
    /// `const`, a `struct` with an `impl` (and a `Drop` that logs), a
    /// `macro_rules!`, used only inside the block.
    pub(super) fn nested_items(&mut self, d: u32) -> String {
        self.use_class(Class::NestedItem);
        let id = self.fresh("");
        let (h, k, st, sv, mac) = (
            format!("h{id}"),
            format!("K{id}"),
            format!("S{id}"),
            format!("s{id}"),
            format!("mac{id}"),
        );
        let mut items = vec![format!("fn {h}(x: i64) -> i64 {{ x * 2 + 1 }}")];
        let with_const = self.ch.chance(60);
        if with_const {
            let v = self.ch.below(10);
            items.push(format!("const {k}: i64 = {v};"));
        }
        let with_struct = self.ch.chance(60);
        if with_struct {
            items.push(format!(
                "struct {st} {{ t: Tracked, n: i64 }} impl {st} {{ fn get(&self) -> i64 {{ self.n + self.t.len() }} }}"
            ));
            if self.ch.chance(50) {
                items.push(format!(
                    "impl Drop for {st} {{ fn drop(&mut self) {{ log(format!(\"drop {st} {{}}\", self.n)); }} }}"
                ));
            }
        }
        let with_macro = self.ch.chance(30);
        if with_macro {
            items.push(format!(
                "macro_rules! {mac} {{ ($e:expr) => {{ {h}($e) + 1 }}; }}"
            ));
        }
        let items_first = self.ch.chance(60);
        let tick_in_pre = self.ch.chance(60);
        let arg = match (with_struct, with_const) {
            (true, _) => format!("{sv}.get()"),
            (false, true) => k.clone(),
            (false, false) => format!("{}", self.ch.below(10)),
        };
        let n = if with_const && with_struct {
            k.clone()
        } else {
            format!("{}", self.ch.below(10))
        };
        self.value_depth += 1;
        let block = self.block_full(
            d,
            None,
            |g| {
                let mut pre = Vec::new();
                if with_struct {
                    let t = g.trk(0, false);
                    pre.push(format!("let {sv} = {st} {{ t: {}, n: {n} }};", t.s));
                }
                if tick_in_pre {
                    let r = g.ready_name();
                    g.on_await();
                    pre.push(format!("tick(\"{r}\").await;"));
                }
                let items = items.join(" ");
                if items_first {
                    pre.insert(0, items);
                } else {
                    pre.push(items);
                }
                pre.join(" ")
            },
            |g| {
                // The block suspends here if not before; never in a
                // macro's input (refused by design).
                let call = match (tick_in_pre, with_macro) {
                    (true, true) => format!("{mac}!({arg})"),
                    (true, false) => format!("{h}({arg})"),
                    (false, true) => {
                        let r = g.ready_name();
                        g.on_await();
                        format!("{mac}!({arg}) + ready(\"{r}\", 1).await")
                    }
                    (false, false) => {
                        let r = g.ready_name();
                        g.on_await();
                        format!("{h}(ready(\"{r}\", {arg}).await)")
                    }
                };
                Tail::Value(call, "i64")
            },
        );
        self.value_depth -= 1;
        let name = self.binding_name(Ty::Int);
        self.declare(name.clone(), Ty::Int, false);
        format!("let {name}: i64 = {block};")
    }

    // ------------------------------------------------------------- coercion

    /// A value of a fn-pointer or boxed-closure type, and a statement that
    /// must come before it (a `Tracked` a `move` closure captures).
    fn fn_value(&mut self, boxed: bool) -> (String, String) {
        if !boxed {
            let v = ["dbl", "inc", "|x: i64| x - 1", "|x| x * 3"][self.ch.below(4)];
            return (String::new(), v.to_string());
        }
        match self.ch.below(3) {
            0 => (String::new(), "Box::new(|x| x + 1)".to_string()),
            1 => (String::new(), "Box::new(|x: i64| x * 2)".to_string()),
            _ => {
                let q = self.fresh("q");
                (
                    format!("let {q} = Tracked::new(\"{q}\");"),
                    format!("Box::new(move |x| x + {q}.len())"),
                )
            }
        }
    }

    /// A branch `{ [tick().await;] stmts; value }` of type `ty`.
    fn coerced_branch(&mut self, d: u32, boxed: bool, suspend: bool) -> String {
        let ty = if boxed { BOX_FN_TY } else { FN_TY };
        let (capture, value) = self.fn_value(boxed);
        self.value_depth += 1;
        let s = self.block_full(
            d,
            None,
            |g| {
                let mut pre = capture;
                if suspend {
                    let r = g.ready_name();
                    g.on_await();
                    pre = format!("tick(\"{r}\").await; {pre}").trim_end().to_string();
                }
                pre
            },
            |_| Tail::Value(value, ty),
        );
        self.value_depth -= 1;
        s
    }

    /// `let f: fn(i64) -> i64 = if c { tick().await; dbl } else { inc };`
    /// or a `match` of boxed closures: each branch's value coerces to the
    /// annotation, one branch suspends.
    pub(super) fn coerced_let(&mut self, d: u32) -> String {
        self.use_class(Class::Coercion);
        let boxed = self.ch.chance(50);
        let (ty_s, ty) = if boxed {
            (BOX_FN_TY, Ty::BoxFn)
        } else {
            (FN_TY, Ty::FnInt)
        };
        let suspending = self.ch.below(2);
        let value = if self.ch.chance(50) {
            let c = self.cond(d, true);
            let b0 = self.coerced_branch(d, boxed, suspending == 0);
            let b1 = self.coerced_branch(d, boxed, suspending == 1);
            format!("if {} {b0} else {b1}", c.s)
        } else {
            let k = self.operand(Class::AwaitScrutinee, true, |g, a| g.int(d, a));
            let scrut = self.paren(&k.s);
            let b0 = self.coerced_branch(d, boxed, suspending == 0);
            let b1 = self.coerced_branch(d, boxed, suspending == 1);
            let (capture, last) = self.fn_value(boxed);
            let last = if capture.is_empty() {
                last
            } else {
                format!("{{ {capture} {last} }}")
            };
            format!("match {scrut} {{ 0 => {b0}, 1 => {b1}, _ => {last} }}")
        };
        let name = self.binding_name(ty);
        self.declare(name.clone(), ty, false);
        format!("let {name}: {ty_s} = {value};")
    }

    /// A value of the function's return type `Box<dyn Debug>`: `Box::new(n)`,
    /// or an `if`/`match` whose branches box values of different types, one
    /// of them after an `.await`.
    pub(super) fn boxed_value(&mut self, d: u32, aw: bool) -> E {
        let d1 = d.saturating_sub(1);
        if !aw || !self.ch.chance(50) {
            // `Box::new(..)` is a call: its argument is an operand.
            self.operand_depth += 1;
            let e = self.int(d, aw);
            self.operand_depth -= 1;
            return E::new(self.ret_wrap(e.s), e.aw);
        }
        self.use_class(Class::Coercion);
        let t = self.fresh("t");
        let other = if self.ch.chance(50) {
            format!("Box::new(Tracked::new(\"{t}\"))")
        } else {
            format!("Box::new(\"{t}\")")
        };
        let head = if self.ch.chance(50) {
            let c = self.cond(d1, aw);
            format!("if {}", c.s)
        } else {
            let k = self.operand(Class::AwaitScrutinee, aw, |g, a| g.int(d1, a));
            format!("match {}", self.paren(&k.s))
        };
        self.value_depth += 1;
        let suspending = self.block_full(
            d1,
            None,
            |g| {
                let r = g.ready_name();
                g.on_await();
                format!("tick(\"{r}\").await;")
            },
            |g| {
                g.operand_depth += 1;
                let e = g.int(d1, aw);
                g.operand_depth -= 1;
                Tail::Value(format!("Box::new({})", e.s), BOX_DEBUG_TY)
            },
        );
        self.value_depth -= 1;
        let s = if head.starts_with("if") {
            if self.ch.chance(50) {
                format!("{head} {suspending} else {{ {other} }}")
            } else {
                format!("{head} {{ {other} }} else {suspending}")
            }
        } else {
            format!("{head} {{ 0 => {{ {other} }}, 1 => {suspending}, _ => Box::new(7i64) }}")
        };
        E::new(s, true)
    }
}
