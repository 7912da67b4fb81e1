//! The program generator: coroutine bodies over `Tracked` values (which log
//! `new`/`drop`), valid as an `async fn` by construction.
//!
//! A tiny type discipline keeps every program valid: each binding has a type
//! (`i64`, `Tracked`, `Pair`, `Option<Tracked>`, `Vec<Tracked>`, `&Tracked`,
//! closures, generic arguments) and a state (moved, partly moved, frozen by a
//! borrow or a capture, hidden by shadowing). Moves happen only where Rust
//! allows them (not in a loop body of an outer binding, not while borrowed).
//! Loops are bounded (`small(n)` is 0..=2).
//!
//! Every construct belongs to a [`Class`]; forms of disabled classes are not
//! generated, and a statement that uses a disabled class through a
//! combination (a temporary alive at an `.await`, say) is regenerated.

mod bindings;
mod constructs;
mod fields;
mod temps;

use crate::choices::Choices;
use crate::classes::{Class, ClassSet};
use fields::Leaf;

/// One generated program.
#[derive(Clone, Debug)]
pub struct Program {
    /// The seed it was generated from (0 for a shrunk program).
    pub seed: u64,
    /// The decisions that generate it (replay with [`Program::replay`]).
    pub choices: Vec<u64>,
    /// The classes it uses.
    pub used: ClassSet,
    /// The classes it was generated with.
    pub cfg: ClassSet,
    generics: String,
    params: String,
    ret: String,
    body: String,
    /// The call's arguments (evaluated afresh for every run).
    pub args: String,
    /// Attributes written before the function in both twins (line 2).
    attrs: String,
    /// `body` is the whole item after `fn ` (a hand-written program).
    raw: bool,
}

impl Program {
    /// Generates the program of `seed` over the classes `cfg`.
    pub fn generate(seed: u64, cfg: ClassSet) -> Program {
        let mut ch = Choices::random(seed);
        let mut p = build(&mut ch, cfg);
        p.seed = seed;
        p.choices = ch.into_recorded();
        p
    }

    /// The program of a decision sequence (see [`crate::choices`]).
    pub fn replay(choices: Vec<u64>, cfg: ClassSet) -> Program {
        let mut ch = Choices::replay(choices);
        let mut p = build(&mut ch, cfg);
        p.choices = ch.into_recorded();
        p
    }

    /// A hand-written program: `item` is a function named `f` written
    /// without `async` (`fn f(a: Tracked) -> i64 { .. }`), called with
    /// `args`.
    pub fn from_text(item: &str, args: &str) -> Program {
        let body = item
            .trim()
            .trim_start_matches("pub ")
            .trim_start_matches("fn ")
            .to_string();
        Program {
            seed: 0,
            choices: Vec::new(),
            used: ClassSet::EMPTY,
            cfg: ClassSet::EMPTY,
            generics: String::new(),
            params: String::new(),
            ret: String::new(),
            body,
            args: args.to_string(),
            attrs: String::new(),
            raw: true,
        }
    }

    /// The source of one twin. Both have the same lines, so that rustc's
    /// messages can be compared by line; line 2 holds the attribute.
    pub fn source(&self, coroutine: bool) -> String {
        let (attr, kw) = if coroutine {
            ("#[coro::coroutine]", "fn")
        } else {
            ("// the async fn twin", "async fn")
        };
        if self.raw {
            // `#[co] fn` marks a helper (a free fn or a method) that is a
            // coroutine in one twin and an `async fn` in the other.
            let body = if coroutine {
                self.body.replace("#[co] ", "#[coro::coroutine] ")
            } else {
                self.body
                    .replace("#[co] pub fn ", "pub async fn ")
                    .replace("#[co] fn ", "async fn ")
            };
            return format!("use crate::support::*;\n{attr}\npub {kw} {body}\n");
        }
        format!(
            "use crate::support::*;\n{}{attr}\npub {kw} f{}({}) -> {} {}\n",
            self.attrs, self.generics, self.params, self.ret, self.body
        )
    }

    /// The same program with another body text (for shrinking by lines;
    /// the result may not compile, which the caller checks).
    pub fn with_body(&self, body: String) -> Program {
        Program {
            body,
            choices: Vec::new(),
            ..self.clone()
        }
    }

    /// The body's text.
    pub fn body(&self) -> &str {
        &self.body
    }

    /// The size shrinking minimises.
    pub fn size(&self) -> usize {
        self.body.len() + self.params.len() + self.generics.len()
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Ty {
    Int,
    Trk,
    Pair,
    Opt,
    Vec,
    Ref,
    FnInt,
    FnMut,
    MoveFn,
    /// A closure (not `move`) that owns a `Tracked` it uses by value:
    /// `FnOnce`, moved by its call.
    OnceFn,
    /// A `Box<dyn Fn(i64) -> i64>` (the `coercion` class), which may own a
    /// `Tracked` its closure captured.
    BoxFn,
    Gen,
}

impl Ty {
    fn prefix(self) -> &'static str {
        match self {
            Ty::Int => "n",
            Ty::Trk => "t",
            Ty::Pair => "p",
            Ty::Opt => "o",
            Ty::Vec => "v",
            Ty::Ref => "r",
            Ty::FnInt => "f",
            Ty::FnMut => "g",
            Ty::MoveFn => "c",
            Ty::OnceFn => "h",
            Ty::BoxFn => "bf",
            Ty::Gen => "gv",
        }
    }
}

#[derive(Clone, Debug)]
struct Var {
    name: String,
    ty: Ty,
    mutable: bool,
    live: bool,
    /// Borrowed or captured: may not be moved or assigned any more.
    frozen: bool,
    /// Temporarily unusable (a `FnMut` while its argument is generated).
    hidden: bool,
    /// Shadowed by a later binding of the same name.
    shadowed: bool,
    a_moved: bool,
    b_moved: bool,
    /// A `Pair` made by a struct update of a temporary (`Pair { a: ..,
    /// ..pair_of(..) }`) before the body showed a complete literal: the
    /// coroutine cannot split it (its fields are not all named: limit 7's
    /// E0382), so no part of it is moved.
    parts_hidden: bool,
    loop_level: usize,
    scope: usize,
    /// The counter a `FnMut` closure adds to.
    acc: Option<String>,
}

impl Var {
    fn droppable(&self) -> bool {
        match self.ty {
            Ty::Trk | Ty::Opt | Ty::Vec | Ty::MoveFn | Ty::OnceFn | Ty::Gen | Ty::BoxFn => true,
            Ty::Pair => !(self.a_moved && self.b_moved),
            _ => false,
        }
    }
    fn usable(&self) -> bool {
        self.live && !self.hidden && !self.shadowed
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum LoopKind {
    /// `loop` whose `break` carries an `i64`.
    Value,
    /// `loop` that breaks without a value (no `continue`).
    Unit,
    /// `for`/`while`: `break` and `continue`.
    Bounded,
}

#[derive(Clone)]
struct LoopInfo {
    label: Option<String>,
    kind: LoopKind,
    /// The operand and value-block depths of the loop.
    odepth: usize,
    vdepth: usize,
}

#[derive(Clone)]
struct Scope {
    start: usize,
    lp: Option<LoopInfo>,
}

#[derive(Default, Clone)]
struct Frame {
    /// Classes an `.await` uses from now on in this statement (a temporary
    /// with drop glue is alive).
    temp: ClassSet,
    /// An `.await` happened in this statement.
    awaited: bool,
}

struct E {
    s: String,
    aw: bool,
}

impl E {
    fn new(s: impl Into<String>, aw: bool) -> E {
        E { s: s.into(), aw }
    }
}

enum Tail {
    Unit,
    /// A value expression and its type.
    Value(String, &'static str),
    /// A complete exit statement.
    Exit(String),
}

struct Gen<'a> {
    ch: &'a mut Choices,
    cfg: ClassSet,
    vars: Vec<Var>,
    scopes: Vec<Scope>,
    frames: Vec<Frame>,
    used: ClassSet,
    ctr: usize,
    result: bool,
    /// The function returns `Box<dyn Debug>` (the `coercion` class).
    boxed: bool,
    loop_level: usize,
    fuel: usize,
    indent: usize,
    /// Whether statements generated now may await.
    allow_aw: bool,
    /// Inside a `while` condition: no `break`/`continue`.
    no_break: bool,
    /// Inside an operand (of a call, operator, macro, condition, ...).
    operand_depth: usize,
    /// A complete `Pair { a: .., b: .. }` literal was written: it shows the
    /// coroutine every field of `Pair` (a split names them all).
    pair_literal_shown: bool,
    /// The last `pair` was a struct update of a temporary written before
    /// such a literal (`Var::parts_hidden`).
    pair_parts_hidden: bool,
    /// Inside a block used as a value (`let x = { .. };`, an `if` arm).
    value_depth: usize,
}

struct Snapshot {
    vars: Vec<Var>,
    scopes: Vec<Scope>,
    frames: Vec<Frame>,
    used: ClassSet,
    loop_level: usize,
    indent: usize,
}

const MAX_EXPR_DEPTH: u32 = 3;
const MAX_BLOCK_DEPTH: u32 = 3;

fn build(ch: &mut Choices, cfg: ClassSet) -> Program {
    let fuel = 4 + ch.below(24);
    let mut g = Gen {
        ch,
        cfg,
        vars: Vec::new(),
        scopes: Vec::new(),
        frames: vec![Frame::default()],
        used: ClassSet::EMPTY,
        ctr: 0,
        result: false,
        boxed: false,
        loop_level: 0,
        fuel,
        indent: 0,
        allow_aw: true,
        no_break: false,
        operand_depth: 0,
        pair_literal_shown: false,
        pair_parts_hidden: false,
        value_depth: 0,
    };
    g.result = g.has(Class::Try) && g.ch.chance(40);
    if g.result {
        g.used = g.used.with(Class::Try);
    }
    g.boxed = !g.result && g.has(Class::Coercion) && g.ch.chance(30);
    if g.boxed {
        g.use_class(Class::Coercion);
    }
    let upper = g.has(Class::UppercaseBinding) || g.has(Class::UppercasePattern);
    let attrs = if upper && g.ch.chance(50) {
        "#[allow(non_snake_case)] ".to_string()
    } else {
        String::new()
    };
    let mut generics = Vec::new();
    let mut params = Vec::new();
    let mut args = Vec::new();
    // The parameters are bindings of the body's scope: used at its end.
    let declare_params = |g: &mut Gen| {
        if g.ch.chance(40) {
            params.push("n0: i64".to_string());
            args.push("3".to_string());
            g.declare("n0".into(), Ty::Int, false);
        }
        if g.ch.chance(40) {
            params.push("a0: Tracked".to_string());
            args.push("Tracked::new(\"arg0\")".to_string());
            g.declare("a0".into(), Ty::Trk, false);
        }
        if g.has(Class::ArgPatterns) && g.ch.chance(40) {
            if g.ch.chance(50) {
                g.use_class(Class::ArgPatterns);
                params.push("_: Tracked".to_string());
                args.push("Tracked::new(\"arg_\")".to_string());
            }
            if g.ch.chance(50) {
                g.use_class(Class::ArgPatterns);
                params.push("mut m0: i64".to_string());
                args.push("5".to_string());
                g.declare("m0".into(), Ty::Int, true);
            }
            if g.ch.chance(50) {
                g.use_class(Class::ArgPatterns);
                params.push("mut a1: Tracked".to_string());
                args.push("Tracked::new(\"arg1\")".to_string());
                g.declare("a1".into(), Ty::Trk, true);
            }
        }
        if g.has(Class::Generic) && g.ch.chance(30) {
            g.use_class(Class::Generic);
            generics.push("T: Clone + std::fmt::Debug".to_string());
            params.push("gv: T".to_string());
            args.push("(\"g\", 7i64)".to_string());
            g.declare("gv".into(), Ty::Gen, false);
        }
        if g.has(Class::GenericIter) && g.ch.chance(30) {
            g.use_class(Class::GenericIter);
            generics.push("I: IntoIterator".to_string());
            params.push("items: I".to_string());
            args.push("vec![1i64, 2]".to_string());
            let body = g.loop_body(
                1,
                None,
                LoopKind::Bounded,
                |g| {
                    g.declare("it".into(), Ty::Gen, false);
                    String::new()
                },
                |_| Tail::Unit,
            );
            return format!("for it in items {body}");
        }
        String::new()
    };
    let body = g.block_full(MAX_BLOCK_DEPTH + 1, None, declare_params, |g| {
        // Like a statement: regenerated if it uses a disabled class.
        let mut e = String::new();
        for attempt in 0..4 {
            let snap = g.snapshot();
            e = if attempt < 3 {
                g.ret_value(MAX_EXPR_DEPTH, true).s
            } else {
                g.ret_wrap("0".to_string())
            };
            if g.used.is_subset(g.cfg) {
                break;
            }
            g.restore(snap);
        }
        Tail::Value(e, g.ret_ty())
    });
    let body = constructs::with_user_macros(body);
    let where_clause = if generics.iter().any(|s| s.starts_with("I:")) {
        " where I::Item: std::fmt::Debug".to_string()
    } else {
        String::new()
    };
    let ret = g.ret_ty();
    let generics = if generics.is_empty() {
        String::new()
    } else {
        format!("<{}>", generics.join(", "))
    };
    Program {
        seed: 0,
        choices: Vec::new(),
        used: g.used,
        cfg,
        generics,
        params: params.join(", "),
        ret: format!("{ret}{where_clause}"),
        body,
        args: args.join(", "),
        attrs,
        raw: false,
    }
}

impl Gen<'_> {
    fn has(&self, c: Class) -> bool {
        self.cfg.has(c)
    }
    fn use_class(&mut self, c: Class) {
        self.used = self.used.with(c);
    }
    fn fresh(&mut self, prefix: &str) -> String {
        self.ctr += 1;
        format!("{prefix}{}", self.ctr)
    }
    fn pad(&self) -> String {
        "    ".repeat(self.indent)
    }
    fn cur_scope(&self) -> usize {
        self.scopes.len() - 1
    }

    fn snapshot(&self) -> Snapshot {
        Snapshot {
            vars: self.vars.clone(),
            scopes: self.scopes.clone(),
            frames: self.frames.clone(),
            used: self.used,
            loop_level: self.loop_level,
            indent: self.indent,
        }
    }
    fn restore(&mut self, s: Snapshot) {
        self.vars = s.vars;
        self.scopes = s.scopes;
        self.frames = s.frames;
        self.used = s.used;
        self.loop_level = s.loop_level;
        self.indent = s.indent;
    }

    /// Declares a binding in the current scope (shadowing any of that name).
    fn declare(&mut self, name: String, ty: Ty, mutable: bool) {
        for v in self.vars.iter_mut().filter(|v| v.name == name) {
            v.shadowed = true;
        }
        self.vars.push(Var {
            name,
            ty,
            mutable,
            live: true,
            frozen: false,
            hidden: false,
            shadowed: false,
            a_moved: false,
            b_moved: false,
            parts_hidden: false,
            loop_level: self.loop_level,
            scope: self.cur_scope(),
            acc: None,
        });
    }

    /// A name for a new binding of type `ty`: fresh, or (if enabled) one in
    /// scope, which shadows it.
    fn binding_name(&mut self, ty: Ty) -> String {
        self.binding_name_as(ty, Class::UppercaseBinding)
    }

    /// [`Gen::binding_name`] for a binding whose uppercase name is in the
    /// class `upper` (`uppercase-pattern` where the pattern is refutable).
    fn binding_name_as(&mut self, ty: Ty, upper: Class) -> String {
        if let Some(name) = self.uppercase_name(ty, upper) {
            return name;
        }
        let drop_class = !matches!(ty, Ty::Int);
        // Shadowing an uppercase binding names it again: in `upper`'s class.
        let upper_ok = self.has(upper);
        let candidates: Vec<usize> = (0..self.vars.len())
            .filter(|&i| {
                let v = &self.vars[i];
                !v.hidden
                    && !v.shadowed
                    && v.ty == ty
                    && v.acc.is_none()
                    && (upper_ok || !v.name.starts_with(char::is_uppercase))
            })
            .collect();
        if !candidates.is_empty() && self.ch.chance(25) {
            let i = candidates[self.ch.below(candidates.len())];
            let old = &self.vars[i];
            let class = if drop_class || (old.live && old.droppable()) {
                Class::ShadowDrop
            } else {
                Class::ShadowInt
            };
            // Shadowing a `FnMut` would hide its counter's reader.
            if self.has(class) && old.ty != Ty::FnMut {
                let name = old.name.clone();
                self.use_class(class);
                if name.starts_with(char::is_uppercase) {
                    self.use_class(upper);
                }
                return name;
            }
        }
        self.fresh(ty.prefix())
    }

    fn find(&self, pred: impl Fn(&Var) -> bool) -> Vec<usize> {
        (0..self.vars.len())
            .filter(|&i| pred(&self.vars[i]))
            .collect()
    }
    fn pick(&mut self, pred: impl Fn(&Var) -> bool) -> Option<usize> {
        let c = self.find(pred);
        if c.is_empty() {
            None
        } else {
            Some(c[self.ch.below(c.len())])
        }
    }

    /// Whether `v` may be moved here (a move in an inner scope of an outer
    /// binding needs the `cond-move` class).
    fn movable(&self, v: &Var) -> bool {
        v.usable()
            && !v.frozen
            && v.loop_level == self.loop_level
            && (v.scope == self.cur_scope() || self.has(Class::CondMove))
    }
    fn note_move(&mut self, i: usize) {
        if self.vars[i].scope != self.cur_scope() {
            self.use_class(Class::CondMove);
        }
        self.vars[i].live = false;
    }

    /// Records an `.await`: temporaries alive in enclosing statements make
    /// it use their classes.
    fn on_await(&mut self) {
        let t = self
            .frames
            .iter()
            .fold(ClassSet::EMPTY, |s, f| s.union(f.temp));
        self.used = self.used.union(t);
        self.frames.iter_mut().for_each(|f| f.awaited = true);
    }
    fn temp(&mut self, c: Class) {
        // A temporary made after an `.await` of the same statement.
        if self.frames.iter().any(|f| f.awaited) {
            self.use_class(Class::TempAcrossAwait);
        }
        if let Some(f) = self.frames.last_mut() {
            f.temp = f.temp.with(c);
        }
    }
    /// Freezes every binding (no assignment or move) until [`Gen::thaw`].
    fn freeze_ints(&mut self) -> Vec<bool> {
        let saved = self.vars.iter().map(|v| v.frozen).collect();
        self.vars.iter_mut().for_each(|v| v.frozen = true);
        saved
    }
    fn thaw(&mut self, saved: Vec<bool>) {
        for (v, f) in self.vars.iter_mut().zip(saved) {
            v.frozen = f;
        }
    }

    /// Parenthesises an expression that starts with a struct literal (in a
    /// condition or scrutinee): the `paren-condition` class.
    fn paren(&mut self, s: &str) -> String {
        if needs_paren(s) {
            self.use_class(Class::ParenCondition);
            format!("({s})")
        } else {
            s.to_string()
        }
    }

    /// The left operand of a binary operator: a block-like expression
    /// (`{ .. }`, `if`, `match`, `loop`) needs parentheses there.
    fn left_operand(&mut self, s: String) -> String {
        let block_like = s.starts_with('{')
            || s.starts_with("if ")
            || s.starts_with("match ")
            || s.starts_with("loop ")
            || s.starts_with('\'');
        if block_like {
            self.use_class(Class::ParenOperand);
            format!("({s})")
        } else {
            s
        }
    }

    /// Sometimes parenthesises a binary operation (the `paren-operand` class).
    fn maybe_paren(&mut self, s: String) -> String {
        if self.has(Class::ParenOperand) && self.ch.chance(30) {
            self.use_class(Class::ParenOperand);
            format!("({s})")
        } else {
            s
        }
    }

    fn ready_name(&mut self) -> String {
        self.fresh("r")
    }

    /// An operand in the position of class `c`: awaits allowed only if the
    /// class is enabled; uses the class if it does await.
    fn operand(&mut self, c: Class, aw: bool, f: impl FnOnce(&mut Self, bool) -> E) -> E {
        let ok = aw && self.has(c);
        self.operand_depth += 1;
        let e = f(self, ok);
        self.operand_depth -= 1;
        if e.aw {
            self.use_class(c);
        }
        e
    }

    // ---------------------------------------------------------------- ints

    fn int(&mut self, d: u32, aw: bool) -> E {
        #[derive(Clone, Copy)]
        enum F {
            Lit,
            Var,
            TrkLen,
            Await,
            OptLen,
            PairLen,
            Show,
            CallClosure,
            CallMoveClosure,
            CallOnceClosure,
            Bin,
            Add3,
            ConsumeVar,
            ConsumeTemp,
            PlusVar,
            PlusTemp,
            PlusValue,
            CmpTemp,
            RecvAwait,
            VecLen,
            FormatLen,
            Array,
            Tuple,
            Struct,
            If,
            Match,
            Block,
            Loop,
            Take,
            Try,
            ConsumeLen,
            Later,
            Chain,
            AwaitNested,
            Field,
            UserMacro,
        }
        let mut forms = vec![F::Lit];
        let has_int = !self.find(|v| v.ty == Ty::Int && v.usable()).is_empty();
        let has_trk = !self.find(|v| v.ty == Ty::Trk && v.usable()).is_empty();
        let has_ref = !self.find(|v| v.ty == Ty::Ref && v.usable()).is_empty();
        if has_int {
            forms.extend([F::Var, F::Var]);
        }
        if has_trk || has_ref {
            forms.push(F::TrkLen);
        }
        if aw {
            forms.extend([F::Await, F::Await]);
        }
        if !self.find(|v| v.ty == Ty::Opt && v.usable()).is_empty() {
            forms.push(F::OptLen);
        }
        if !self
            .find(|v| v.ty == Ty::Pair && v.usable() && !v.b_moved)
            .is_empty()
        {
            forms.push(F::PairLen);
        }
        if !self.find(|v| v.ty == Ty::Gen && v.usable()).is_empty() {
            forms.push(F::Show);
        }
        if !self
            .find(|v| matches!(v.ty, Ty::FnInt | Ty::BoxFn) && v.usable())
            .is_empty()
        {
            forms.push(F::CallClosure);
        }
        if !self.find(|v| v.ty == Ty::MoveFn && v.usable()).is_empty() {
            forms.push(F::CallMoveClosure);
        }
        let once_movable = |g: &Self| -> Vec<usize> {
            g.find(|v| v.ty == Ty::OnceFn && v.loop_level == g.loop_level)
                .into_iter()
                .filter(|&i| g.movable(&g.vars[i]))
                .collect()
        };
        if !once_movable(self).is_empty() {
            forms.push(F::CallOnceClosure);
        }
        if d > 0 {
            forms.extend([
                F::Bin,
                F::Bin,
                F::Add3,
                F::ConsumeTemp,
                F::PlusTemp,
                F::Block,
                F::Take,
            ]);
            forms.extend([
                F::If,
                F::Match,
                F::Array,
                F::Tuple,
                F::Struct,
                F::VecLen,
                F::FormatLen,
            ]);
            if has_trk {
                forms.extend([F::ConsumeVar, F::PlusVar]);
            }
            if self.has(Class::TempCompared) {
                forms.push(F::CmpTemp);
            }
            if self.has(Class::ValueTemp) {
                forms.push(F::PlusValue);
            }
            if aw && self.has(Class::AwaitReceiver) {
                forms.push(F::RecvAwait);
            }
            if aw && self.has(Class::AwaitCallArg) {
                forms.push(F::AwaitNested);
            }
            if self.has(Class::BreakValue) {
                forms.push(F::Loop);
            }
            if self.result {
                forms.extend([F::Try, F::Try]);
            }
            if self.has(Class::ByValueMethod) && has_trk {
                forms.push(F::ConsumeLen);
                if aw {
                    forms.push(F::Later);
                }
            }
            if self.has(Class::TempField) {
                forms.extend([F::Field, F::Field]);
            }
            if aw && self.has(Class::BuilderChain) {
                forms.push(F::Chain);
            }
            if self.has(Class::UserMacro) {
                forms.push(F::UserMacro);
            }
        }
        let d1 = d.saturating_sub(1);
        let form = forms[self.ch.below(forms.len())];
        match form {
            F::Lit => E::new(format!("{}", self.ch.below(10)), false),
            F::Var => {
                let i = self.pick(|v| v.ty == Ty::Int && v.usable()).unwrap();
                E::new(self.vars[i].name.clone(), false)
            }
            F::TrkLen => {
                let i = self
                    .pick(|v| matches!(v.ty, Ty::Trk | Ty::Ref) && v.usable())
                    .unwrap();
                E::new(format!("{}.len()", self.vars[i].name), false)
            }
            F::Await => {
                let r = self.ready_name();
                let v = self.ch.below(10);
                self.on_await();
                if self.ch.chance(20) {
                    E::new(format!("ready_after(\"{r}\", 2, {v}).await"), true)
                } else {
                    E::new(format!("ready(\"{r}\", {v}).await"), true)
                }
            }
            F::AwaitNested => {
                let r = self.ready_name();
                let inner = self.operand(Class::AwaitCallArg, aw, |g, a| g.int(d1, a));
                self.on_await();
                E::new(format!("ready(\"{r}\", {}).await", inner.s), true)
            }
            F::OptLen => {
                let i = self.pick(|v| v.ty == Ty::Opt && v.usable()).unwrap();
                E::new(format!("opt_len(&{})", self.vars[i].name), false)
            }
            F::PairLen => {
                let i = self
                    .pick(|v| v.ty == Ty::Pair && v.usable() && !v.b_moved)
                    .unwrap();
                E::new(format!("{}.b.len()", self.vars[i].name), false)
            }
            F::Show => {
                let i = self.pick(|v| v.ty == Ty::Gen && v.usable()).unwrap();
                let name = self.vars[i].name.clone();
                if aw && name == "gv" && self.has(Class::AwaitCallArg) && self.ch.chance(50) {
                    let r = self.ready_name();
                    self.on_await();
                    self.use_class(Class::AwaitCallArg);
                    E::new(format!("show(&ready(\"{r}\", {name}.clone()).await)"), true)
                } else {
                    E::new(format!("show(&{name})"), false)
                }
            }
            F::CallClosure => {
                let i = self
                    .pick(|v| matches!(v.ty, Ty::FnInt | Ty::BoxFn) && v.usable())
                    .unwrap();
                let name = self.vars[i].name.clone();
                let a = self.operand(Class::AwaitCallArg, aw, |g, a| g.int(d1, a));
                self.use_class(Class::Closure);
                E::new(format!("{name}({})", a.s), a.aw)
            }
            F::CallMoveClosure => {
                let i = self.pick(|v| v.ty == Ty::MoveFn && v.usable()).unwrap();
                E::new(format!("{}()", self.vars[i].name), false)
            }
            F::CallOnceClosure => {
                let once = once_movable(self);
                let i = once[self.ch.below(once.len())];
                self.note_move(i);
                self.use_class(Class::Closure);
                E::new(format!("{}()", self.vars[i].name), false)
            }
            F::Bin => {
                let l = self.operand(Class::AwaitOperator, aw, |g, a| g.int(d1, a));
                let r = self.operand(Class::AwaitOperator, aw, |g, a| g.int(d1, a));
                let op = if self.ch.chance(50) { "-" } else { "+" };
                let s = format!("{} {op} {}", self.left_operand(l.s), r.s);
                E::new(self.maybe_paren(s), l.aw || r.aw)
            }
            F::Add3 => {
                let a = self.operand(Class::AwaitCallArg, aw, |g, a| g.int(d1, a));
                let b = self.operand(Class::AwaitCallArg, aw, |g, a| g.int(d1, a));
                let c = self.operand(Class::AwaitCallArg, aw, |g, a| g.int(d1, a));
                E::new(
                    format!("add3({}, {}, {})", a.s, b.s, c.s),
                    a.aw || b.aw || c.aw,
                )
            }
            F::ConsumeVar => {
                let i = self.pick(|v| v.ty == Ty::Trk && v.usable()).unwrap();
                let name = self.vars[i].name.clone();
                // The borrow is held while the argument is evaluated.
                let was = self.vars[i].frozen;
                self.vars[i].frozen = true;
                let a = self.operand(Class::AwaitCallArg, aw, |g, a| g.int(d1, a));
                self.vars[i].frozen = was;
                E::new(format!("consume(&{name}, {})", a.s), a.aw)
            }
            F::ConsumeTemp => {
                let t = self.fresh("tmp");
                let saved = self.frames.last().map(|f| f.temp).unwrap_or_default();
                self.temp(Class::TempBorrowed);
                let a = self.operand(
                    Class::AwaitCallArg,
                    aw && self.has(Class::TempBorrowed),
                    |g, a| g.int(d1, a),
                );
                if let Some(f) = self.frames.last_mut() {
                    f.temp = saved.with(Class::TempAcrossAwait);
                }
                E::new(format!("consume(&Tracked::new(\"{t}\"), {})", a.s), a.aw)
            }
            F::PlusVar => {
                let i = self.pick(|v| v.ty == Ty::Trk && v.usable()).unwrap();
                let name = self.vars[i].name.clone();
                let was = self.vars[i].frozen;
                self.vars[i].frozen = true;
                let a = self.operand(Class::AwaitMethodArg, aw, |g, a| g.int(d1, a));
                self.vars[i].frozen = was;
                E::new(format!("{name}.plus({})", a.s), a.aw)
            }
            F::PlusTemp => {
                let t = self.fresh("tmp");
                self.temp(Class::TempAcrossAwait);
                let a = self.operand(
                    Class::AwaitMethodArg,
                    aw && self.has(Class::TempAcrossAwait),
                    |g, a| g.int(d1, a),
                );
                E::new(format!("Tracked::new(\"{t}\").plus({})", a.s), a.aw)
            }
            F::PlusValue => {
                // A block or an `if` of `Tracked`s (or a moved binding in
                // a block): a value, not a call, in the receiver's place.
                let v = self.trk(d1, false);
                self.use_class(Class::ValueTemp);
                self.temp(Class::TempAcrossAwait);
                let a = self.operand(
                    Class::AwaitMethodArg,
                    aw && self.has(Class::TempAcrossAwait),
                    |g, a| g.int(d1, a),
                );
                E::new(format!("{{ {} }}.plus({})", v.s, a.s), a.aw)
            }
            F::CmpTemp => {
                let c = self.compared_temp(d1, aw);
                E::new(format!("i64::from({})", c.s), c.aw)
            }
            F::RecvAwait => {
                let r = self.ready_name();
                let inner = self.operand(Class::AwaitCallArg, aw, |g, a| g.trk(d1, a));
                self.on_await();
                self.use_class(Class::AwaitReceiver);
                self.temp(Class::TempAcrossAwait);
                E::new(format!("ready(\"{r}\", {}).await.len()", inner.s), true)
            }
            F::VecLen => {
                let a = self.operand(Class::AwaitMacro, aw, |g, a| g.int(d1, a));
                let b = self.operand(Class::AwaitMacro, aw, |g, a| g.int(d1, a));
                E::new(format!("vec![{}, {}].ilen()", a.s, b.s), a.aw || b.aw)
            }
            F::FormatLen => {
                // format_args! borrows its arguments: no assignment in them.
                let saved = self.freeze_ints();
                let a = self.operand(Class::AwaitMacro, aw, |g, a| g.int(d1, a));
                let b = self.operand(Class::AwaitMacro, aw, |g, a| g.int(d1, a));
                self.thaw(saved);
                E::new(
                    format!("format!(\"{{}}-{{}}\", {}, {}).ilen()", a.s, b.s),
                    a.aw || b.aw,
                )
            }
            F::Array => {
                let a = self.operand(Class::AwaitLiteral, aw, |g, a| g.int(d1, a));
                let b = self.operand(Class::AwaitLiteral, aw, |g, a| g.int(d1, a));
                let k = self.ch.below(2);
                E::new(format!("[{}, {}][{k}]", a.s, b.s), a.aw || b.aw)
            }
            F::Tuple => {
                let a = self.operand(Class::AwaitLiteral, aw, |g, a| g.int(d1, a));
                let b = self.operand(Class::AwaitLiteral, aw, |g, a| g.int(d1, a));
                let k = self.ch.below(2);
                E::new(format!("({}, {}).{k}", a.s, b.s), a.aw || b.aw)
            }
            F::Struct => {
                let a = self.operand(Class::AwaitLiteral, aw, |g, a| g.int(d1, a));
                let b = self.operand(Class::AwaitLiteral, aw, |g, a| g.int(d1, a));
                E::new(
                    format!("P2 {{ x: {}, y: {} }}.sum()", a.s, b.s),
                    a.aw || b.aw,
                )
            }
            F::If => {
                let c = self.cond(d1, aw);
                let t = self.int_block(d1, aw);
                let e = self.int_block(d1, aw);
                E::new(
                    format!("if {} {} else {}", c.s, t.s, e.s),
                    c.aw || t.aw || e.aw,
                )
            }
            F::Match => self.int_match(d1, aw),
            F::Block => self.int_block(d1, aw),
            F::Field => self.field_int(d, aw),
            F::UserMacro => self.user_macro_int(),
            F::Loop => {
                let label = self.loop_label();
                let l2 = label.clone();
                let saved = self.allow_aw;
                self.allow_aw = aw;
                let body = self.loop_body(
                    d1,
                    label.clone(),
                    LoopKind::Value,
                    |_| String::new(),
                    |g| {
                        let e = g.operand(Class::AwaitBreakValue, aw, |g, a| g.int(d1, a));
                        let kw = match &l2 {
                            Some(l) => format!("break {l}"),
                            None => "break".to_string(),
                        };
                        let from = g.cur_scope();
                        g.exit(from, Some((e.s, "i64")), &kw)
                    },
                );
                self.allow_aw = saved;
                let head = label.map(|l| format!("{l}: ")).unwrap_or_default();
                let aw2 = body.contains(".await");
                E::new(format!("{head}loop {body}"), aw2)
            }
            F::Take => {
                let t = self.operand(Class::AwaitCallArg, aw, |g, a| g.trk(d1, a));
                E::new(format!("take({})", t.s), t.aw)
            }
            F::Try => {
                if self.operand_depth > 0 || self.value_depth > 0 {
                    self.use_class(Class::ExitInOperand);
                }
                let a = self.operand(Class::AwaitCallArg, aw, |g, a| g.int(d1, a));
                if aw && self.ch.chance(60) {
                    let r = self.ready_name();
                    self.on_await();
                    E::new(format!("ready(\"{r}\", ok_if({})).await?", a.s), true)
                } else {
                    E::new(format!("ok_if({})?", a.s), a.aw)
                }
            }
            F::Chain => {
                // The base: a temporary, or a binding moved into the chain.
                let movable: Vec<usize> = self
                    .find(|v| v.ty == Ty::Trk)
                    .into_iter()
                    .filter(|&i| self.movable(&self.vars[i]))
                    .collect();
                let base = if !movable.is_empty() && self.ch.chance(30) {
                    let i = movable[self.ch.below(movable.len())];
                    self.note_move(i);
                    self.vars[i].name.clone()
                } else {
                    format!("Tracked::new(\"{}\")", self.fresh("b"))
                };
                self.use_class(Class::BuilderChain);
                let mut chain = base;
                for _ in 0..1 + self.ch.below(2) {
                    let a = self.operand(Class::AwaitMethodArg, false, |g, a| g.int(d1, a));
                    chain = format!("{chain}.tagged({})", a.s);
                }
                let a = self.operand(Class::AwaitMethodArg, aw, |g, a| g.int(d1, a));
                self.on_await();
                E::new(format!("{chain}.later({}).await", a.s), true)
            }
            F::ConsumeLen | F::Later => {
                let later = matches!(form, F::Later);
                let cand: Vec<usize> = self
                    .find(|v| v.ty == Ty::Trk)
                    .into_iter()
                    .filter(|&i| self.movable(&self.vars[i]))
                    .collect();
                if cand.is_empty() {
                    return E::new("0", false);
                }
                let i = cand[self.ch.below(cand.len())];
                self.use_class(Class::ByValueMethod);
                let name = self.vars[i].name.clone();
                self.note_move(i);
                if later {
                    let a = self.operand(Class::AwaitMethodArg, aw, |g, a| g.int(d1, a));
                    self.on_await();
                    E::new(format!("{name}.later({}).await", a.s), true)
                } else {
                    E::new(format!("{name}.consume_len()"), false)
                }
            }
        }
    }

    /// `{ stmts; int }`
    fn int_block(&mut self, d: u32, aw: bool) -> E {
        let saved = self.allow_aw;
        self.allow_aw = aw;
        self.value_depth += 1;
        let s = self.block_full(
            d,
            None,
            |_| String::new(),
            |g| Tail::Value(g.int(d, aw).s, "i64"),
        );
        self.value_depth -= 1;
        self.allow_aw = saved;
        let aw2 = s.contains(".await");
        E::new(s, aw2)
    }

    fn int_match(&mut self, d: u32, aw: bool) -> E {
        let scrut = self.operand(Class::AwaitScrutinee, aw, |g, a| g.int(d, a));
        let k = self.ch.below(4);
        let a0 = self.int_block(d, aw);
        self.scopes.push(Scope {
            start: self.vars.len(),
            lp: None,
        });
        let v = self.fresh("m");
        self.declare(v.clone(), Ty::Int, false);
        self.vars.last_mut().unwrap().frozen = true;
        // A guard may be evaluated more than once: no moves in it.
        self.loop_level += 1;
        let guard = self.operand(Class::AwaitGuard, aw, |g, a| g.int(d, a));
        self.loop_level -= 1;
        let a1 = self.int_block(d, aw);
        self.vars.truncate(self.scopes.pop().unwrap().start);
        let a2 = self.int_block(d, aw);
        let any = scrut.aw || a0.aw || guard.aw || a1.aw || a2.aw;
        // rustc 1.95 miscompiles an `async fn` that matches on an indexed
        // place (`[a, b][k]`) with a guard that awaits (unoptimised builds:
        // a wrong arm or a segfault; fidelity/FAILING.md, "Not coro's"): the
        // reference twin would crash, so such a scrutinee is made a value.
        let scrut_s = if guard.aw && scrut.s.starts_with('[') && scrut.s.ends_with(']') {
            format!("{} + 0", scrut.s)
        } else {
            self.paren(&scrut.s)
        };
        E::new(
            format!(
                "match {} {{ {k} => {}, {v} if {v} > {} => {}, _ => {} }}",
                scrut_s,
                a0.s,
                self.paren(&guard.s),
                a1.s,
                a2.s
            ),
            any,
        )
    }

    /// `Tracked::new("tmp") < n` or `n == Tracked::new("tmp")` (the
    /// support kit compares a `Tracked` by its name's length): Rust borrows
    /// both operands, so the `Tracked` is a temporary of the statement.
    fn compared_temp(&mut self, d: u32, aw: bool) -> E {
        let t = format!("Tracked::new(\"{}\")", self.fresh("tmp"));
        let op = ["<", "==", ">=", "!="][self.ch.below(4)];
        let temp_first = self.ch.chance(50);
        if temp_first {
            self.temp(Class::TempCompared);
        }
        let n = self.operand(
            Class::AwaitOperator,
            aw && self.has(Class::TempCompared),
            |g, a| g.int(d, a),
        );
        if !temp_first {
            self.temp(Class::TempCompared);
        }
        let n_s = self.paren(&n.s);
        let s = if temp_first {
            format!("{t} {op} {n_s}")
        } else {
            format!("{} {op} {t}", self.left_operand(n_s))
        };
        E::new(s, n.aw)
    }

    fn cond(&mut self, d: u32, aw: bool) -> E {
        // An `if` condition's temporaries end before its blocks.
        self.frames.push(Frame::default());
        let c = self.operand(Class::AwaitCondition, aw, |g, a| g.boolean(d, a));
        self.frames.pop();
        E::new(self.paren(&c.s), c.aw)
    }

    fn boolean(&mut self, d: u32, aw: bool) -> E {
        let mut forms = vec![0, 1];
        if aw {
            forms.push(2);
        }
        if !self.find(|v| v.ty == Ty::Trk && v.usable()).is_empty() {
            forms.push(3);
        }
        if d > 0 {
            forms.extend([4, 5]);
            if self.has(Class::TempCompared) {
                forms.push(6);
            }
            if self.has(Class::TempField) {
                forms.push(7);
            }
        }
        let d1 = d.saturating_sub(1);
        match forms[self.ch.below(forms.len())] {
            6 => self.compared_temp(d1, aw),
            7 => self.field_bool(d, aw),
            0 => E::new(if self.ch.chance(50) { "true" } else { "false" }, false),
            1 => {
                let a = self.int(0, false);
                let k = self.ch.below(8);
                E::new(format!("{} < {k}", a.s), false)
            }
            2 => {
                let r = self.ready_name();
                let b = self.ch.chance(50);
                self.on_await();
                E::new(format!("ready(\"{r}\", {b}).await"), true)
            }
            3 => {
                let i = self.pick(|v| v.ty == Ty::Trk && v.usable()).unwrap();
                let k = self.ch.below(4);
                E::new(format!("{}.len() > {k}", self.vars[i].name), false)
            }
            4 => {
                let l = self.operand(Class::AwaitOperator, aw, |g, a| g.int(d1, a));
                let r = self.operand(Class::AwaitOperator, aw, |g, a| g.int(d1, a));
                let op = ["<", "==", ">=", "!="][self.ch.below(4)];
                E::new(
                    format!(
                        "{} {op} {}",
                        {
                            let p = self.paren(&l.s);
                            self.left_operand(p)
                        },
                        self.paren(&r.s)
                    ),
                    l.aw || r.aw,
                )
            }
            _ => {
                let l = self.operand(Class::AwaitOperator, aw, |g, a| g.boolean(d1, a));
                // The right operand runs at most once: no moves in it.
                self.loop_level += 1;
                let r = self.operand(Class::AwaitOperator, aw, |g, a| g.boolean(d1, a));
                self.loop_level -= 1;
                let op = if self.ch.chance(50) { "&&" } else { "||" };
                let l = E::new(self.left_operand(l.s), l.aw);
                let s = format!("{} {op} {}", l.s, r.s);
                E::new(self.maybe_paren(s), l.aw || r.aw)
            }
        }
    }

    // ------------------------------------------------------------ Tracked

    /// An owned `Tracked`.
    fn trk(&mut self, d: u32, aw: bool) -> E {
        let mut forms = vec![0];
        let cur = self.loop_level;
        let movable: Vec<usize> = self.find(|v| v.ty == Ty::Trk && v.loop_level == cur);
        let movable: Vec<usize> = movable
            .into_iter()
            .filter(|&i| self.movable(&self.vars[i]))
            .collect();
        if !movable.is_empty() {
            forms.push(1);
        }
        if aw {
            forms.push(2);
        }
        if d > 0 {
            forms.extend([3, 4]);
        }
        if self.has(Class::PartialMove) {
            let pairs: Vec<usize> = self
                .find(|v| v.ty == Ty::Pair && !v.a_moved && !v.parts_hidden)
                .into_iter()
                .filter(|&i| self.movable(&self.vars[i]))
                .collect();
            if !pairs.is_empty() {
                forms.push(5);
            }
        }
        if d > 0 && self.has(Class::TempField) {
            forms.push(6);
        }
        let d1 = d.saturating_sub(1);
        match forms[self.ch.below(forms.len())] {
            0 => {
                let t = self.fresh("t");
                E::new(format!("Tracked::new(\"{t}\")"), false)
            }
            1 => {
                let i = movable[self.ch.below(movable.len())];
                self.note_move(i);
                E::new(self.vars[i].name.clone(), false)
            }
            2 => {
                let r = self.ready_name();
                let inner = self.operand(Class::AwaitCallArg, aw, |g, a| g.trk(d1, a));
                self.on_await();
                E::new(format!("ready(\"{r}\", {}).await", inner.s), true)
            }
            3 => {
                let c = self.cond(d1, aw);
                let t = self.trk_block(d1, aw);
                let e = self.trk_block(d1, aw);
                E::new(
                    format!("if {} {} else {}", c.s, t.s, e.s),
                    c.aw || t.aw || e.aw,
                )
            }
            4 => self.trk_block(d1, aw),
            6 => self.field(Class::TempField, Leaf::Trk, d, aw),
            _ => {
                let i = self
                    .pick(|v| {
                        v.ty == Ty::Pair && !v.a_moved && !v.parts_hidden && v.usable() && !v.frozen
                    })
                    .unwrap();
                if !self.movable(&self.vars[i].clone()) {
                    let t = self.fresh("t");
                    return E::new(format!("Tracked::new(\"{t}\")"), false);
                }
                if self.vars[i].scope != self.cur_scope() {
                    self.use_class(Class::CondMove);
                }
                self.use_class(Class::PartialMove);
                self.vars[i].a_moved = true;
                E::new(format!("{}.a", self.vars[i].name), false)
            }
        }
    }

    fn trk_block(&mut self, d: u32, aw: bool) -> E {
        let saved = self.allow_aw;
        self.allow_aw = aw;
        self.value_depth += 1;
        let s = self.block_full(
            d,
            None,
            |_| String::new(),
            |g| Tail::Value(g.trk(d, aw).s, "Tracked"),
        );
        self.value_depth -= 1;
        self.allow_aw = saved;
        let aw2 = s.contains(".await");
        E::new(s, aw2)
    }

    fn pair(&mut self, d: u32, aw: bool) -> E {
        let upd: Vec<usize> = self
            .find(|v| v.ty == Ty::Pair && !v.a_moved && !v.b_moved && !v.parts_hidden)
            .into_iter()
            .filter(|&i| self.movable(&self.vars[i]))
            .collect();
        let mut forms = vec![0];
        if aw {
            forms.push(1);
        }
        if self.has(Class::StructUpdate) && !upd.is_empty() {
            forms.push(2);
        }
        if self.has(Class::StructUpdate) {
            forms.push(3);
            if aw {
                forms.push(4);
            }
        }
        match forms[self.ch.below(forms.len())] {
            0 => {
                let a = self.operand(Class::AwaitLiteral, aw, |g, a| g.trk(d, a));
                let b = self.operand(Class::AwaitLiteral, aw, |g, a| g.trk(d, a));
                self.pair_literal_shown = true;
                E::new(format!("Pair {{ a: {}, b: {} }}", a.s, b.s), a.aw || b.aw)
            }
            1 => {
                let r = self.ready_name();
                let a = self.trk(0, false);
                let b = self.trk(0, false);
                self.on_await();
                self.pair_literal_shown = true;
                E::new(
                    format!("ready(\"{r}\", Pair {{ a: {}, b: {} }}).await", a.s, b.s),
                    true,
                )
            }
            // A struct update of a temporary (or awaited) base: the field
            // it lists (`a`) stays in the base, a temporary of the
            // statement, which Rust drops at the `;`.
            form @ (3 | 4) => {
                let a = self.operand(Class::AwaitLiteral, aw, |g, a| g.trk(d, a));
                let (ua, ub) = (self.fresh("u"), self.fresh("u"));
                let base = format!("pair_of(\"{ua}\", \"{ub}\")");
                let base = if form == 4 {
                    let r = self.ready_name();
                    self.on_await();
                    format!("ready(\"{r}\", {base}).await")
                } else {
                    base
                };
                self.use_class(Class::StructUpdate);
                self.temp(Class::StructUpdate);
                self.pair_parts_hidden = !self.pair_literal_shown;
                E::new(
                    format!("Pair {{ a: {}, ..{base} }}", a.s),
                    a.aw || form == 4,
                )
            }
            _ => {
                let i = upd[self.ch.below(upd.len())];
                let name = self.vars[i].name.clone();
                let a = self.operand(Class::AwaitLiteral, aw, |g, a| g.trk(d, a));
                if !self.movable(&self.vars[i].clone())
                    || self.vars[i].a_moved
                    || self.vars[i].b_moved
                {
                    return E::new(
                        format!("Pair {{ a: {}, b: Tracked::new(\"pb\") }}", a.s),
                        a.aw,
                    );
                }
                self.use_class(Class::StructUpdate);
                if self.vars[i].scope != self.cur_scope() {
                    self.use_class(Class::CondMove);
                }
                self.vars[i].b_moved = true;
                E::new(format!("Pair {{ a: {}, ..{name} }}", a.s), a.aw)
            }
        }
    }

    fn opt(&mut self, d: u32, aw: bool) -> E {
        let mut forms = vec![0, 1, 2];
        if aw {
            forms.push(3);
        }
        if self.has(Class::TempField) {
            forms.push(4);
        }
        match forms[self.ch.below(forms.len())] {
            0 => E::new("None::<Tracked>", false),
            1 => {
                let t = self.operand(Class::AwaitCallArg, aw, |g, a| g.trk(d, a));
                E::new(format!("Some({})", t.s), t.aw)
            }
            2 => {
                let t = self.fresh("t");
                let b = self.operand(Class::AwaitCallArg, aw, |g, a| g.boolean(d, a));
                E::new(format!("opt_trk(\"{t}\", {})", b.s), b.aw)
            }
            4 => self.field(Class::TempField, Leaf::Opt, d, aw),
            _ => {
                let r = self.ready_name();
                let t = self.fresh("t");
                let b = self.ch.chance(60);
                self.on_await();
                E::new(format!("ready(\"{r}\", opt_trk(\"{t}\", {b})).await"), true)
            }
        }
    }

    // ------------------------------------------------------------- blocks

    fn loop_label(&mut self) -> Option<String> {
        if self.has(Class::LabelledBreak) && self.ch.chance(40) {
            Some(format!("'{}", self.fresh("l")))
        } else {
            None
        }
    }

    /// A loop body: a block in a new scope, one loop level deeper.
    fn loop_body(
        &mut self,
        d: u32,
        label: Option<String>,
        kind: LoopKind,
        pre: impl FnOnce(&mut Self) -> String,
        tail: impl FnOnce(&mut Self) -> Tail,
    ) -> String {
        self.loop_level += 1;
        let odepth = self.operand_depth;
        let vdepth = self.value_depth;
        let s = self.block_full(
            d,
            Some(LoopInfo {
                label,
                kind,
                odepth,
                vdepth,
            }),
            pre,
            tail,
        );
        self.loop_level -= 1;
        s
    }

    /// A block of statements with no value.
    fn unit_block(&mut self, d: u32, pre: impl FnOnce(&mut Self) -> String) -> String {
        self.block_full(d, None, pre, |_| Tail::Unit)
    }

    /// `{ pre; stmts; tail }` in a new scope. Unless the tail exits, the
    /// scope's bindings are used after the tail is evaluated (so each lives
    /// to its scope's end in both twins; a droppable one left unused needs
    /// the `dead-local` class).
    fn block_full(
        &mut self,
        d: u32,
        lp: Option<LoopInfo>,
        pre: impl FnOnce(&mut Self) -> String,
        tail: impl FnOnce(&mut Self) -> Tail,
    ) -> String {
        self.scopes.push(Scope {
            start: self.vars.len(),
            lp,
        });
        self.indent += 1;
        let mut out = String::from("{\n");
        let first = pre(self);
        if !first.is_empty() {
            out.push_str(&self.pad());
            out.push_str(&first);
            out.push('\n');
        }
        let cap = if d > MAX_BLOCK_DEPTH {
            self.fuel
        } else {
            1 + 2 * d as usize
        };
        let n = self.ch.below(cap.min(self.fuel) + 1);
        for _ in 0..n {
            if self.fuel == 0 {
                break;
            }
            self.fuel -= 1;
            let s = self.stmt(d.min(MAX_BLOCK_DEPTH));
            out.push_str(&self.pad());
            out.push_str(&s);
            out.push('\n');
        }
        self.frames.push(Frame::default());
        let t = tail(self);
        self.frames.pop();
        let mut lines = Vec::new();
        match t {
            Tail::Unit => lines.extend(self.touches_scope()),
            Tail::Value(e, ty) => {
                let touches = self.touches_scope();
                if touches.is_empty() {
                    lines.push(e);
                } else {
                    let v = self.fresh("tv");
                    lines.push(format!("let {v}: {ty} = {e};"));
                    lines.extend(touches);
                    lines.push(v);
                }
            }
            Tail::Exit(s) => lines.push(s),
        }
        for l in lines {
            out.push_str(&self.pad());
            out.push_str(&l);
            out.push('\n');
        }
        self.indent -= 1;
        out.push_str(&self.pad());
        out.push('}');
        if self.operand_depth > 0 && n > 0 && out.contains(".await") {
            self.use_class(Class::BlockInOperand);
        }
        let sc = self.scopes.pop().unwrap();
        self.vars.truncate(sc.start);
        self.reshadow();
        out
    }

    /// Recomputes which bindings are shadowed (after a scope ends).
    fn reshadow(&mut self) {
        for i in 0..self.vars.len() {
            let name = &self.vars[i].name;
            let sh = self.vars[i + 1..].iter().any(|w| &w.name == name);
            self.vars[i].shadowed = sh;
        }
    }

    /// An exit (`return`, `break`, `continue`) that first uses the droppable
    /// bindings of scopes `from..`; its value is evaluated before them.
    fn exit(&mut self, from: usize, value: Option<(String, &str)>, kw: &str) -> Tail {
        // Leaving an operand: a `return`, or a jump to a loop outside it.
        let (loop_odepth, loop_vdepth) = self.scopes[from]
            .lp
            .as_ref()
            .map_or((0, 0), |l| (l.odepth, l.vdepth));
        if self.operand_depth > loop_odepth || self.value_depth > loop_vdepth {
            self.use_class(Class::ExitInOperand);
        }
        let touches = self.touches_exit(from);
        Tail::Exit(match value {
            None if touches.is_empty() => format!("{kw};"),
            None => format!("{touches} {kw};"),
            Some((v, _)) if touches.is_empty() && v.starts_with('\'') => format!("{kw} ({v});"),
            Some((v, _)) if touches.is_empty() => format!("{kw} {v};"),
            Some((v, ty)) => {
                let name = self.fresh("ev");
                format!("let {name}: {ty} = {v}; {touches} {kw} {name};")
            }
        })
    }

    fn ret_ty(&self) -> &'static str {
        if self.result {
            "Result<i64, String>"
        } else if self.boxed {
            "Box<dyn std::fmt::Debug>"
        } else {
            "i64"
        }
    }

    /// `e` (an `i64`) as the function's value: `Ok(e)`, `Box::new(e)`, `e`.
    fn ret_wrap(&self, e: String) -> String {
        if self.result {
            format!("Ok({e})")
        } else if self.boxed {
            format!("Box::new({e})")
        } else {
            e
        }
    }

    /// A value of the function's return type (a tail or a `return`'s).
    fn ret_value(&mut self, d: u32, aw: bool) -> E {
        if self.boxed {
            return self.boxed_value(d, aw);
        }
        // In `Ok(..)` the value is an operand of a call.
        self.operand_depth += usize::from(self.result);
        let e = self.int(d, aw);
        self.operand_depth -= usize::from(self.result);
        E::new(self.ret_wrap(e.s), e.aw)
    }

    fn touch(v: &Var) -> Option<String> {
        let n = &v.name;
        Some(match v.ty {
            Ty::Int => format!("log_i({n});"),
            Ty::Trk | Ty::Ref => format!("log({n}.name());"),
            Ty::Pair => match (v.a_moved, v.b_moved) {
                (false, false) => format!("log_pair(&{n});"),
                (true, false) => format!("log({n}.b.name());"),
                (false, true) => format!("log({n}.a.name());"),
                (true, true) => return None,
            },
            Ty::Opt => format!("log_opt(&{n});"),
            Ty::Vec => format!("log_i({n}.ilen());"),
            Ty::FnInt | Ty::BoxFn => format!("log_i({n}(0));"),
            Ty::FnMut => format!("{n}(0); log_i({});", v.acc.as_deref().unwrap_or("0")),
            Ty::MoveFn | Ty::OnceFn => format!("log_i({n}());"),
            Ty::Gen => format!("log_i(show(&{n}));"),
        })
    }

    /// Uses of the current scope's bindings at its end, so that each lives
    /// to its scope's end in both twins; a droppable binding left unused
    /// needs the `dead-local` class.
    fn touches_scope(&mut self) -> Vec<String> {
        let start = self.scopes.last().unwrap().start;
        let mut first = Vec::new();
        let mut rest = Vec::new();
        for i in start..self.vars.len() {
            let v = self.vars[i].clone();
            if !v.usable() {
                continue;
            }
            if v.droppable() {
                if self.has(Class::DeadLocal) && self.ch.chance(30) {
                    self.use_class(Class::DeadLocal);
                    continue;
                }
            } else if !self.ch.chance(60) {
                continue;
            }
            if let Some(t) = Self::touch(&v) {
                if v.ty == Ty::FnMut {
                    first.push(t)
                } else {
                    rest.push(t)
                }
            }
        }
        first.extend(rest);
        first
    }

    /// Uses of the droppable bindings of scopes `from..` before an exit.
    fn touches_exit(&mut self, from: usize) -> String {
        let start = self.scopes[from].start;
        let mut out = Vec::new();
        for i in start..self.vars.len() {
            let v = self.vars[i].clone();
            if !v.usable() || !v.droppable() {
                continue;
            }
            if self.has(Class::DeadLocal) && self.ch.chance(30) {
                self.use_class(Class::DeadLocal);
                continue;
            }
            if let Some(t) = Self::touch(&v) {
                out.push(t);
            }
        }
        out.join(" ")
    }

    // --------------------------------------------------------- statements

    /// An iterator over the lengths of a temporary `bag` (maybe awaited)
    /// that it borrows: `bag("t1", "t2").iter().map(|t| t.len())`.
    fn borrowed_head(&mut self, aw: bool, await_class: Class) -> String {
        self.use_class(Class::HeadBorrowed);
        let (a, b) = (self.fresh("t"), self.fresh("t"));
        let bag = format!("bag(\"{a}\", \"{b}\")");
        let bag = if aw && self.has(await_class) && self.ch.chance(40) {
            let r = self.ready_name();
            self.on_await();
            self.use_class(await_class);
            format!("ready(\"{r}\", {bag}).await")
        } else {
            bag
        };
        format!("{bag}.iter().map(|t| t.len())")
    }

    fn stmt(&mut self, d: u32) -> String {
        for _ in 0..3 {
            let snap = self.snapshot();
            self.frames.push(Frame::default());
            let s = self.stmt_once(d);
            self.frames.pop();
            if self.operand_depth > 0 && s.contains(".await") {
                self.use_class(Class::BlockInOperand);
            }
            if self.used.is_subset(self.cfg) {
                return s;
            }
            self.restore(snap);
        }
        format!("log_i({});", self.ch.below(10))
    }

    fn stmt_once(&mut self, d: u32) -> String {
        #[derive(Clone, Copy, PartialEq)]
        enum S {
            LogInt,
            LetInt,
            LetTrk,
            Tick,
            Assign,
            If,
            For,
            While,
            LoopUnit,
            MatchOpt,
            MatchRes,
            LetUnderscore,
            LetPair,
            PartialMove,
            Borrow,
            ClosureFn,
            ClosureMut,
            ClosureTake,
            CallMut,
            MoveClosure,
            Return,
            Break,
            Drop,
            Assert,
            LetElse,
            IfLet,
            WhileLet,
            LetVec,
            Destructure,
            LetChain,
            Println,
            LetOpt,
            Weigh,
            FieldDrop,
            FieldExtended,
            UserMacro,
            NestedItems,
            Coerce,
            /// The fourteenth session's classes (`temps.rs`, `bindings.rs`).
            Fixed(Class),
        }
        let aw = self.allow_aw;
        let deep = d > 0;
        let mut forms = vec![S::LogInt, S::LetInt, S::LetInt, S::LetTrk, S::LetTrk];
        if aw {
            forms.extend([S::Tick, S::Tick]);
        }
        let has_mut_int = !self
            .find(|v| v.ty == Ty::Int && v.usable() && v.mutable && !v.frozen)
            .is_empty();
        if has_mut_int {
            forms.extend([S::Assign, S::Assign]);
        }
        let cur = self.loop_level;
        let movable_of = |g: &Self, ty: Ty| -> Vec<usize> {
            g.find(|v| v.ty == ty && v.loop_level == cur)
                .into_iter()
                .filter(|&i| g.movable(&g.vars[i]))
                .collect()
        };
        let trk_movable = movable_of(self, Ty::Trk);
        let pair_movable: Vec<usize> = movable_of(self, Ty::Pair)
            .into_iter()
            .filter(|&i| !self.vars[i].a_moved && !self.vars[i].parts_hidden)
            .collect();
        let any_trk = !self.find(|v| v.ty == Ty::Trk && v.usable()).is_empty();
        let opt_movable = movable_of(self, Ty::Opt);
        if deep {
            forms.extend([
                S::If,
                S::If,
                S::For,
                S::While,
                S::MatchOpt,
                S::MatchRes,
                S::LetPair,
                S::LetOpt,
            ]);
            if self.has(Class::BreakValue) {
                forms.push(S::LoopUnit);
            }
            if self.has(Class::IfLet) {
                forms.extend([S::IfLet, S::LetElse, S::WhileLet, S::LetVec]);
            }
            if self.has(Class::LetChain) {
                forms.push(S::LetChain);
            }
            if self.has(Class::RefPattern) {
                forms.push(S::Destructure);
            }
        }
        if self.has(Class::LetUnderscore) {
            forms.push(S::LetUnderscore);
        }
        if self.has(Class::PartialMove) && !pair_movable.is_empty() {
            forms.push(S::PartialMove);
        }
        if self.has(Class::BorrowAcrossAwait) && any_trk {
            forms.push(S::Borrow);
        }
        if self.has(Class::Closure) {
            forms.extend([S::ClosureFn, S::ClosureMut]);
            if !trk_movable.is_empty() {
                forms.push(S::ClosureTake);
            }
            if !self.find(|v| v.ty == Ty::FnMut && v.usable()).is_empty() {
                forms.push(S::CallMut);
            }
        }
        if self.has(Class::MoveClosure) && !trk_movable.is_empty() {
            forms.push(S::MoveClosure);
        }
        if self.has(Class::EarlyReturn) {
            forms.push(S::Return);
        }
        if !self.no_break && self.scopes.iter().any(|s| s.lp.is_some()) {
            forms.push(S::Break);
        }
        if !trk_movable.is_empty() || !opt_movable.is_empty() {
            forms.push(S::Drop);
        }
        if self.has(Class::AwaitAssert) || self.has(Class::AwaitAssertMessage) {
            forms.push(S::Assert);
        }
        if self.has(Class::Println) {
            forms.push(S::Println);
        }
        if aw && self.has(Class::AwaitableBorrows) {
            forms.push(S::Weigh);
        }
        if self.has(Class::TempField) {
            forms.push(S::FieldDrop);
        }
        if self.has(Class::ExtendedField) {
            forms.push(S::FieldExtended);
        }
        if self.has(Class::UserMacro) {
            forms.push(S::UserMacro);
        }
        if aw && deep && self.has(Class::NestedItem) {
            forms.push(S::NestedItems);
        }
        if aw && deep && self.has(Class::Coercion) {
            forms.push(S::Coerce);
        }
        for c in [
            Class::CalleeTemp,
            Class::FormatAwaitArg,
            Class::GuardDerefArg,
            Class::ComputedIndexReceiver,
            Class::RefBindingExtended,
            Class::BoxPattern,
        ] {
            if aw && self.has(c) {
                forms.push(S::Fixed(c));
            }
        }
        if self.has(Class::DiscardAssign) {
            forms.push(S::Fixed(Class::DiscardAssign));
        }
        for c in [Class::ForUnderscore, Class::AtBinding] {
            if aw && deep && self.has(c) {
                forms.push(S::Fixed(c));
            }
        }
        let d1 = d.saturating_sub(1);
        let form = forms[self.ch.below(forms.len())];
        match form {
            S::LogInt => {
                let e = self.operand(Class::AwaitCallArg, aw, |g, a| g.int(d, a));
                format!("log_i({});", e.s)
            }
            S::LetInt => {
                let e = self.int(d, aw);
                let m = self.ch.chance(40);
                if m && e.aw {
                    // Lowered to assignments: rustc's unused_assignments differs.
                    self.use_class(Class::AssignAwait);
                }
                let name = self.binding_name(Ty::Int);
                self.declare(name.clone(), Ty::Int, m);
                format!("let {}{name}: i64 = {};", if m { "mut " } else { "" }, e.s)
            }
            S::LetTrk => {
                let e = self.trk(d, aw);
                let name = self.binding_name(Ty::Trk);
                self.declare(name.clone(), Ty::Trk, false);
                format!("let {name}: Tracked = {};", e.s)
            }
            S::LetOpt => {
                let e = self.opt(d1, aw);
                let name = self.binding_name(Ty::Opt);
                self.declare(name.clone(), Ty::Opt, false);
                format!("let {name}: Option<Tracked> = {};", e.s)
            }
            S::Weigh => {
                let t = self.fresh("tmp");
                self.use_class(Class::AwaitableBorrows);
                let n = self.operand(Class::AwaitCallArg, aw, |g, a| g.int(d1, a));
                self.on_await();
                let call = format!("weigh(&Tracked::new(\"{t}\"), {})", n.s);
                if self.ch.chance(50) {
                    format!("log_i({call}.await);")
                } else {
                    format!("{call}.await;")
                }
            }
            S::Tick => {
                let r = self.ready_name();
                self.on_await();
                format!("tick(\"{r}\").await;")
            }
            S::Assign => {
                let i = self
                    .pick(|v| v.ty == Ty::Int && v.usable() && v.mutable && !v.frozen)
                    .unwrap();
                let name = self.vars[i].name.clone();
                self.vars[i].frozen = true;
                let e = self.int(d, aw);
                if e.aw {
                    self.use_class(Class::AssignAwait);
                }
                self.vars[i].frozen = false;
                let op = if self.ch.chance(50) { "-=" } else { "+=" };
                format!("{name} {op} {};", e.s)
            }
            S::If => {
                let c = self.cond(d1, aw);
                let t = self.unit_block(d1, |_| String::new());
                if self.ch.chance(50) {
                    let e = self.unit_block(d1, |_| String::new());
                    format!("if {} {t} else {e}", c.s)
                } else {
                    format!("if {} {t}", c.s)
                }
            }
            S::For => {
                let head = if self.has(Class::HeadBorrowed) && self.ch.chance(30) {
                    self.borrowed_head(aw, Class::AwaitLoopHead)
                } else if aw && self.has(Class::AwaitLoopHead) && self.ch.chance(50) {
                    let r = self.ready_name();
                    let k = self.ch.below(3);
                    self.on_await();
                    self.use_class(Class::AwaitLoopHead);
                    format!("0..ready(\"{r}\", {k}).await")
                } else {
                    let e = self.operand(Class::AwaitLoopHead, aw, |g, a| g.int(d1, a));
                    format!("0..small({})", e.s)
                };
                let label = self.loop_label();
                let i = self.pattern_name(Ty::Int, "i", Class::UppercaseBinding);
                let iv = i.clone();
                let body = self.loop_body(
                    d1,
                    label.clone(),
                    LoopKind::Bounded,
                    |g| {
                        g.declare(iv, Ty::Int, false);
                        String::new()
                    },
                    |_| Tail::Unit,
                );
                let head_l = label.map(|l| format!("{l}: ")).unwrap_or_default();
                format!("{head_l}for {i} in {head} {body}")
            }
            S::While => {
                let w = self.fresh("w");
                self.loop_level += 1;
                self.frames.push(Frame::default());
                let nb = self.no_break;
                self.no_break = true;
                let e = self.operand(Class::AwaitCondition, aw, |g, a| g.int(d1, a));
                self.no_break = nb;
                self.frames.pop();
                self.loop_level -= 1;
                let label = self.loop_label();
                let wv = w.clone();
                let body = self.loop_body(
                    d1,
                    label.clone(),
                    LoopKind::Bounded,
                    |_| format!("{wv} += 1;"),
                    |_| Tail::Unit,
                );
                let head_l = label.map(|l| format!("{l}: ")).unwrap_or_default();
                format!(
                    "{{ let mut {w} = 0; {head_l}while {w} < small({}) {body} }}",
                    e.s
                )
            }
            S::LoopUnit => {
                let label = self.loop_label();
                let kw = match &label {
                    Some(l) => format!("break {l}"),
                    None => "break".to_string(),
                };
                let body = self.loop_body(
                    d1,
                    label.clone(),
                    LoopKind::Unit,
                    |_| String::new(),
                    |g| {
                        let from = g.cur_scope();
                        g.exit(from, None, &kw)
                    },
                );
                let head_l = label.map(|l| format!("{l}: ")).unwrap_or_default();
                format!("{head_l}loop {body}")
            }
            S::MatchOpt => {
                // On a place (moved, or by reference) or on a value.
                let places = self.find(|v| v.ty == Ty::Opt && v.usable());
                let mode = self.ch.below(3);
                let mut frozen_place = None;
                let mut scrut_aw = false;
                let (scrut, binding_ref) = if !places.is_empty() && mode > 0 {
                    let i = places[self.ch.below(places.len())];
                    let name = self.vars[i].name.clone();
                    if mode == 2 && self.movable(&self.vars[i].clone()) {
                        self.use_class(Class::MovePlace);
                        self.note_move(i);
                        (name, false)
                    } else if self.has(Class::RefPattern) {
                        self.use_class(Class::RefPattern);
                        frozen_place = Some((i, self.vars[i].frozen));
                        self.vars[i].frozen = true;
                        (format!("&{name}"), true)
                    } else {
                        return "log_i(0);".to_string();
                    }
                } else {
                    let e = self.operand(Class::AwaitScrutinee, aw, |g, a| g.opt(d1, a));
                    scrut_aw = e.aw;
                    (e.s, false)
                };
                let b = self.pattern_name(Ty::Trk, "t", Class::UppercasePattern);
                let bb = b.clone();
                let some = self.unit_block(d1, |g| {
                    g.declare(bb, if binding_ref { Ty::Ref } else { Ty::Trk }, false);
                    String::new()
                });
                if some.contains(".await") && scrut_aw {
                    self.use_class(Class::MoveFromAwaited);
                }
                if some.contains(".await") {
                    self.use_class(if binding_ref {
                        Class::RefPattern
                    } else {
                        Class::MovePattern
                    });
                }
                let none = self.unit_block(d1, |_| String::new());
                if let Some((i, was)) = frozen_place {
                    self.vars[i].frozen = was;
                }
                format!(
                    "match {} {{\n{p}    Some({b}) => {some}\n{p}    None => {none}\n{p}}}",
                    self.paren(&scrut),
                    p = self.pad()
                )
            }
            S::MatchRes => {
                let n = self.int(d1, false);
                let t = self.fresh("t");
                let scrut = if aw && self.has(Class::AwaitScrutinee) && self.ch.chance(60) {
                    let r = self.ready_name();
                    self.on_await();
                    self.use_class(Class::AwaitScrutinee);
                    format!("ready(\"{r}\", res_trk({}, \"{t}\")).await", n.s)
                } else {
                    format!("res_trk({}, \"{t}\")", n.s)
                };
                let v = self.fresh("n");
                let e = self.fresh("e");
                let vv = v.clone();
                let ok = self.unit_block(d1, |g| {
                    g.declare(vv, Ty::Int, false);
                    String::new()
                });
                let ee = e.clone();
                let err = self.unit_block(d1, |g| {
                    g.declare(ee, Ty::Trk, false);
                    String::new()
                });
                if err.contains(".await") {
                    if scrut.contains(".await") {
                        self.use_class(Class::MoveFromAwaited);
                    }
                    self.use_class(Class::MovePattern);
                }
                format!(
                    "match {scrut} {{\n{p}    Ok({v}) => {ok}\n{p}    Err({e}) => {err}\n{p}}}",
                    p = self.pad()
                )
            }
            S::LetUnderscore => {
                let e = self.trk(d1, aw);
                self.use_class(Class::LetUnderscore);
                format!("let _ = {};", e.s)
            }
            S::LetPair => {
                self.pair_parts_hidden = false;
                let e = self.pair(d1, aw);
                let name = self.binding_name(Ty::Pair);
                self.declare(name.clone(), Ty::Pair, false);
                if let Some(v) = self.vars.last_mut() {
                    v.parts_hidden = std::mem::take(&mut self.pair_parts_hidden);
                }
                format!("let {name}: Pair = {};", e.s)
            }
            S::PartialMove => {
                let i = pair_movable[self.ch.below(pair_movable.len())];
                let pn = self.vars[i].name.clone();
                if self.vars[i].scope != self.cur_scope() {
                    self.use_class(Class::CondMove);
                }
                self.vars[i].a_moved = true;
                self.use_class(Class::PartialMove);
                let name = self.binding_name(Ty::Trk);
                self.declare(name.clone(), Ty::Trk, false);
                format!("let {name}: Tracked = {pn}.a;")
            }
            S::Borrow => {
                let i = self.pick(|v| v.ty == Ty::Trk && v.usable()).unwrap();
                self.vars[i].frozen = true;
                let t = self.vars[i].name.clone();
                self.use_class(Class::BorrowAcrossAwait);
                let name = self.binding_name(Ty::Ref);
                self.declare(name.clone(), Ty::Ref, false);
                format!("let {name}: &Tracked = &{t};")
            }
            S::ClosureFn => {
                let cap = match self.ch.below(3) {
                    1 => self.pick(|v| v.ty == Ty::Int && v.usable()).map(|i| {
                        self.vars[i].frozen = true;
                        self.vars[i].name.clone()
                    }),
                    2 => self.pick(|v| v.ty == Ty::Trk && v.usable()).map(|i| {
                        self.vars[i].frozen = true;
                        format!("{}.len()", self.vars[i].name)
                    }),
                    _ => None,
                };
                self.use_class(Class::Closure);
                let name = self.binding_name(Ty::FnInt);
                self.declare(name.clone(), Ty::FnInt, false);
                format!(
                    "let {name} = |x: i64| x + {};",
                    cap.unwrap_or_else(|| "1".into())
                )
            }
            S::ClosureMut => {
                let acc = self.fresh("acc");
                let name = self.fresh(Ty::FnMut.prefix());
                self.use_class(Class::Closure);
                self.declare(name.clone(), Ty::FnMut, true);
                self.vars.last_mut().unwrap().acc = Some(acc.clone());
                format!("let mut {acc}: i64 = 0; let mut {name} = |x: i64| {acc} += x;")
            }
            S::CallMut => {
                let i = self.pick(|v| v.ty == Ty::FnMut && v.usable()).unwrap();
                let name = self.vars[i].name.clone();
                self.vars[i].hidden = true;
                let e = self.operand(Class::AwaitCallArg, aw, |g, a| g.int(d, a));
                self.vars[i].hidden = false;
                format!("{name}({});", e.s)
            }
            S::ClosureTake => {
                let i = trk_movable[self.ch.below(trk_movable.len())];
                let t = self.vars[i].name.clone();
                self.note_move(i);
                self.use_class(Class::Closure);
                let name = self.binding_name(Ty::OnceFn);
                self.declare(name.clone(), Ty::OnceFn, false);
                format!("let {name} = || take({t});")
            }
            S::MoveClosure => {
                let i = trk_movable[self.ch.below(trk_movable.len())];
                let t = self.vars[i].name.clone();
                self.note_move(i);
                self.use_class(Class::MoveClosure);
                let name = self.binding_name(Ty::MoveFn);
                self.declare(name.clone(), Ty::MoveFn, false);
                format!("let {name} = move || {t}.len();")
            }
            S::Return => {
                let c = self.cond(d1, aw);
                self.use_class(Class::EarlyReturn);
                let r = self.block_full(
                    d1,
                    None,
                    |_| String::new(),
                    |g| {
                        let v = g.ret_value(d1, aw).s;
                        let ty = g.ret_ty();
                        g.exit(0, Some((v, ty)), "return")
                    },
                );
                format!("if {} {r}", c.s)
            }
            S::Break => {
                let loops: Vec<usize> = (0..self.scopes.len())
                    .filter(|&i| self.scopes[i].lp.is_some())
                    .collect();
                let inner = *loops.last().unwrap();
                let labelled: Vec<usize> = loops
                    .iter()
                    .copied()
                    .filter(|&i| self.scopes[i].lp.as_ref().unwrap().label.is_some())
                    .collect();
                let target =
                    if !labelled.is_empty() && self.has(Class::LabelledBreak) && self.ch.chance(50)
                    {
                        labelled[self.ch.below(labelled.len())]
                    } else {
                        inner
                    };
                let lp = self.scopes[target].lp.clone().unwrap();
                let label = if target == inner {
                    None
                } else {
                    lp.label.clone()
                };
                if label.is_some() {
                    self.use_class(Class::LabelledBreak);
                }
                let cont = lp.kind == LoopKind::Bounded && self.ch.chance(40);
                let c = self.cond(d1, aw);
                let r = self.block_full(
                    d1,
                    None,
                    |_| String::new(),
                    |g| {
                        let l = label.map(|l| format!(" {l}")).unwrap_or_default();
                        if cont {
                            g.exit(target, None, &format!("continue{l}"))
                        } else if lp.kind == LoopKind::Value {
                            let e = g.int(d1, aw);
                            g.exit(target, Some((e.s, "i64")), &format!("break{l}"))
                        } else {
                            g.exit(target, None, &format!("break{l}"))
                        }
                    },
                );
                format!("if {} {r}", c.s)
            }
            S::Drop => {
                let mut cand = trk_movable.clone();
                cand.extend(&opt_movable);
                let i = cand[self.ch.below(cand.len())];
                let name = self.vars[i].name.clone();
                self.note_move(i);
                if self.vars[i].ty == Ty::Trk && self.ch.chance(50) {
                    format!("log_i(take({name}));")
                } else {
                    format!("drop({name});")
                }
            }
            S::Assert => {
                let r = self.ready_name();
                if self.has(Class::AwaitAssertMessage) && self.ch.chance(40) {
                    let saved = self.freeze_ints();
                    let e = self.int(d1, aw);
                    self.thaw(saved);
                    if e.aw {
                        self.use_class(Class::AwaitAssertMessage);
                    }
                    let k = self.ch.below(5);
                    format!("assert!({k} < 10, \"{{}}\", {});", e.s)
                } else if aw && self.has(Class::AwaitAssert) && self.ch.chance(50) {
                    let k = self.ch.below(9);
                    self.on_await();
                    self.use_class(Class::AwaitAssert);
                    format!("assert_eq!(ready(\"{r}\", {k}).await, {k});")
                } else {
                    let e = self.operand(Class::AwaitAssert, aw, |g, a| g.int(d1, a));
                    format!("assert!({} > i64::MIN);", e.s)
                }
            }
            S::LetElse => {
                let e = self.operand(Class::AwaitScrutinee, aw, |g, a| g.opt(d1, a));
                self.use_class(Class::IfLet);
                if e.aw {
                    // The binding lives on in the statements that follow.
                    self.use_class(Class::MoveFromAwaited);
                }
                let els = self.block_full(
                    d1,
                    None,
                    |_| String::new(),
                    |g| {
                        let e = g.int(0, false);
                        let v = g.ret_wrap(e.s);
                        let ty = g.ret_ty();
                        g.exit(0, Some((v, ty)), "return")
                    },
                );
                self.use_class(Class::LetElse);
                let name = self.binding_name_as(Ty::Trk, Class::UppercasePattern);
                self.declare(name.clone(), Ty::Trk, false);
                format!("let Some({name}) = {} else {els};", e.s)
            }
            S::IfLet if self.has(Class::HeadBorrowed) && self.ch.chance(25) => {
                self.use_class(Class::IfLet);
                let head = self.borrowed_head(aw, Class::AwaitScrutinee);
                let n = self.fresh("n");
                let nn = n.clone();
                let then = self.unit_block(d1, |g| {
                    g.declare(nn, Ty::Int, false);
                    String::new()
                });
                let els = self.unit_block(d1, |_| String::new());
                format!("if let Some({n}) = {head}.next() {then} else {els}")
            }
            S::IfLet | S::LetChain => {
                let e = self.operand(Class::AwaitScrutinee, aw, |g, a| g.opt(d1, a));
                if form == S::IfLet {
                    self.use_class(Class::IfLet);
                }
                let extra = if form == S::LetChain {
                    let c = self.operand(Class::AwaitCondition, aw, |g, a| g.boolean(d1, a));
                    self.use_class(Class::LetChain);
                    // `||` is not allowed at the top of a chain's test.
                    if has_top_level_or(&c.s) {
                        format!(" && ({})", c.s)
                    } else {
                        format!(" && {}", c.s)
                    }
                } else {
                    String::new()
                };
                let b = self.pattern_name(Ty::Trk, "t", Class::UppercasePattern);
                let bb = b.clone();
                let then = self.unit_block(d1, |g| {
                    g.declare(bb, Ty::Trk, false);
                    String::new()
                });
                if then.contains(".await") {
                    if e.aw {
                        self.use_class(Class::MoveFromAwaited);
                    }
                    self.use_class(Class::MovePattern);
                }
                let els = self.unit_block(d1, |_| String::new());
                format!("if let Some({b}) = {}{extra} {then} else {els}", e.s)
            }
            S::WhileLet => {
                let cand = self.pick(|v| v.ty == Ty::Vec && v.usable() && v.mutable && !v.frozen);
                let Some(i) = cand else {
                    return "log_i(1);".to_string();
                };
                let vn = self.vars[i].name.clone();
                self.vars[i].frozen = true;
                self.use_class(Class::IfLet);
                let scrut = if aw && self.has(Class::AwaitScrutinee) && self.ch.chance(50) {
                    let r = self.ready_name();
                    self.on_await();
                    self.use_class(Class::AwaitScrutinee);
                    format!("ready(\"{r}\", {vn}.pop()).await")
                } else {
                    format!("{vn}.pop()")
                };
                let b = self.fresh("t");
                let bb = b.clone();
                let label = self.loop_label();
                let body = self.loop_body(
                    d1,
                    label.clone(),
                    LoopKind::Bounded,
                    |g| {
                        g.declare(bb, Ty::Trk, false);
                        String::new()
                    },
                    |_| Tail::Unit,
                );
                self.vars[i].frozen = false;
                if scrut.contains(".await") && body.contains(".await") {
                    self.use_class(Class::MoveFromAwaited);
                }
                let head_l = label.map(|l| format!("{l}: ")).unwrap_or_default();
                format!("{head_l}while let Some({b}) = {scrut} {body}")
            }
            S::LetVec => {
                let a = self.operand(Class::AwaitMacro, aw, |g, a| g.trk(d1, a));
                let b = self.operand(Class::AwaitMacro, aw, |g, a| g.trk(d1, a));
                if b.aw {
                    self.use_class(Class::AwaitMacroDrop);
                }
                let name = self.binding_name(Ty::Vec);
                self.declare(name.clone(), Ty::Vec, true);
                format!("let mut {name}: Vec<Tracked> = vec![{}, {}];", a.s, b.s)
            }
            S::Destructure => {
                // `let Pair { a: x, b: ref y } = p;` (a place) or
                // `match PAIR { Pair { a: x, b: ref y } => { .. } }`.
                let x = self.fresh("t");
                let y = self.fresh("r");
                self.use_class(Class::RefPattern);
                let cand: Vec<usize> = pair_movable
                    .iter()
                    .copied()
                    .filter(|&i| !self.vars[i].b_moved)
                    .collect();
                if !cand.is_empty() && self.ch.chance(50) {
                    let i = cand[self.ch.below(cand.len())];
                    let pn = self.vars[i].name.clone();
                    if self.vars[i].scope != self.cur_scope() {
                        self.use_class(Class::CondMove);
                    }
                    self.vars[i].a_moved = true;
                    self.vars[i].frozen = true;
                    self.use_class(Class::PartialMove);
                    self.declare(x.clone(), Ty::Trk, false);
                    self.declare(y.clone(), Ty::Ref, false);
                    format!("let Pair {{ a: {x}, b: ref {y} }} = {pn};")
                } else {
                    let e = self.operand(Class::AwaitScrutinee, aw, |g, a| g.pair(d1, a));
                    let (xx, yy) = (x.clone(), y.clone());
                    let arm = self.unit_block(d1, |g| {
                        g.declare(xx, Ty::Trk, false);
                        g.declare(yy, Ty::Ref, false);
                        String::new()
                    });
                    if arm.contains(".await") {
                        if e.aw {
                            self.use_class(Class::MoveFromAwaited);
                        }
                        self.use_class(Class::MovePattern);
                    }
                    format!(
                        "match {} {{ Pair {{ a: {x}, b: ref {y} }} => {arm} }}",
                        self.paren(&e.s)
                    )
                }
            }
            S::FieldDrop => self.field_drop(d, aw),
            S::FieldExtended => self.field_extended(d, aw),
            S::UserMacro => self.user_macro_stmt(d, aw),
            S::NestedItems => self.nested_items(d1),
            S::Coerce => self.coerced_let(d1),
            S::Fixed(c) => match c {
                Class::CalleeTemp => self.callee_temp(d1),
                Class::DiscardAssign => self.discard_assign(d1, aw),
                Class::FormatAwaitArg => self.format_await_arg(d1),
                Class::GuardDerefArg => self.guard_deref_arg(d1),
                Class::ComputedIndexReceiver => self.computed_index(d1),
                Class::ForUnderscore => self.for_underscore(d1),
                Class::RefBindingExtended => self.ref_binding(d),
                Class::BoxPattern => self.box_pattern(d),
                _ => self.at_binding(d),
            },
            S::Println => {
                let saved = self.freeze_ints();
                let e = self.operand(Class::AwaitMacro, aw, |g, a| g.int(d1, a));
                self.thaw(saved);
                self.use_class(Class::Println);
                format!("println!(\"{{}}\", {});", e.s)
            }
        }
    }
}

/// Whether an expression has a struct literal (not allowed bare in a
/// condition or scrutinee; one nested in parentheses is allowed, but this
/// keeps it simple).
fn needs_paren(s: &str) -> bool {
    s.contains("P2 {") || s.contains("Pair {")
}

/// Whether `s` has a `||` outside any brackets.
fn has_top_level_or(s: &str) -> bool {
    let mut depth = 0i32;
    let mut prev = ' ';
    for c in s.chars() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            '|' if prev == '|' && depth == 0 => return true,
            _ => {}
        }
        prev = c;
    }
    false
}
