//! The fourteenth session's classes around bindings and patterns held
//! across `.await`s (constructs the transform was just fixed for):
//!
//! - `for-underscore`: `for _ in items { .. .await .. }` over owned
//!   `Tracked` items (each item lives to its iteration's end).
//! - `ref-binding-extended`: `let ref r = make();`, `let ref mut v =
//!   Vec::new();`, `let b = &*Box::new(t);`, used after `.await`s.
//! - `box-pattern`: `match *b { (x, _) => { .. .await .. } }` and
//!   `let (a, _) = *b;` for `b: Box<(Tracked, Tracked)>` (one arm, or all
//!   arms moving alike: a `match` on `*b` whose arms move on some paths
//!   only is a documented compile error).
//! - `at-binding`: `whole @ Some(_) => { .. .await .. }`,
//!   `if let all @ Some(_) = ..`, `n @ 0..=1 =>`.

use super::{Gen, LoopKind, Tail, Ty};
use crate::classes::Class;

impl Gen<'_> {
    /// `tick("rN").await;` (records the `.await`).
    fn tick_stmt(&mut self) -> String {
        let r = self.ready_name();
        self.on_await();
        format!("tick(\"{r}\").await;")
    }

    /// A `Tracked` value for a new owner: a fresh one, or a binding moved
    /// (if one may be).
    fn owned_trk(&mut self) -> String {
        let movable = self.movable_trks();
        if !movable.is_empty() && self.ch.chance(40) {
            let i = movable[self.ch.below(movable.len())];
            self.note_move(i);
            return self.vars[i].name.clone();
        }
        let t = self.fresh("t");
        format!("Tracked::new(\"{t}\")")
    }

    // -------------------------------------------------------- for-underscore

    /// `for _ in bag("a", "b") { tick().await; .. }` and other owned items.
    pub(super) fn for_underscore(&mut self, d: u32) -> String {
        self.use_class(Class::ForUnderscore);
        let (a, b) = (self.fresh("t"), self.fresh("t"));
        let head = match self.ch.below(4) {
            0 => format!("bag(\"{a}\", \"{b}\")"),
            1 => {
                let x = self.owned_trk();
                format!("vec![Tracked::new(\"{a}\"), {x}]")
            }
            2 => format!("[Tracked::new(\"{a}\"), Tracked::new(\"{b}\")]"),
            _ => format!("opt_trk(\"{a}\", {})", self.ch.chance(70)),
        };
        let label = self.loop_label();
        // The body suspends first (more `.await`s may follow).
        let body = self.loop_body(
            d,
            label.clone(),
            LoopKind::Bounded,
            |g| g.tick_stmt(),
            |_| Tail::Unit,
        );
        let head_l = label.map(|l| format!("{l}: ")).unwrap_or_default();
        format!("{head_l}for _ in {head} {body}")
    }

    // -------------------------------------------------- ref-binding-extended

    /// `let ref r = make();` / `let b = &*Box::new(t);` (declared `&Tracked`,
    /// used after an `.await`), or a block with `let ref mut v = Vec::new();`.
    pub(super) fn ref_binding(&mut self, d: u32) -> String {
        self.use_class(Class::RefBindingExtended);
        match self.ch.below(3) {
            0 => {
                let e = if self.ch.chance(50) {
                    let t = self.fresh("t");
                    format!("Tracked::new(\"{t}\")")
                } else {
                    self.trk(d.saturating_sub(1), true).s
                };
                let name = self.binding_name(Ty::Ref);
                let tick = self.tick_stmt();
                self.declare(name.clone(), Ty::Ref, false);
                format!("let ref {name} = {e}; {tick} log({name}.name());")
            }
            1 => {
                let x = self.owned_trk();
                let name = self.binding_name(Ty::Ref);
                let tick = self.tick_stmt();
                self.declare(name.clone(), Ty::Ref, false);
                format!("let {name} = &*Box::new({x}); {tick} log({name}.name());")
            }
            _ => {
                let v = self.fresh("v");
                let (a, b) = (self.fresh("t"), self.fresh("t"));
                let tick = self.tick_stmt();
                let aw = self.awaited(&format!("Tracked::new(\"{b}\")"));
                format!(
                    "{{ let ref mut {v} = Vec::new(); {v}.push(Tracked::new(\"{a}\")); {tick} {v}.push({aw}); log_i({v}.ilen()); }}"
                )
            }
        }
    }

    // ----------------------------------------------------------- box-pattern

    /// `let b = Box::new((t1, t2));` then `match *b { (x, _) => { .. } }`
    /// or `let (a, _) = *b;`.
    pub(super) fn box_pattern(&mut self, d: u32) -> String {
        self.use_class(Class::BoxPattern);
        let b = self.fresh("bx");
        let x1 = self.owned_trk();
        let x2 = self.owned_trk();
        let init = format!("let {b} = Box::new(({x1}, {x2}));");
        let (x, y) = (self.fresh("x"), self.fresh("y"));
        let forms = if self.has(Class::BoxPatternRef) { 4 } else { 3 };
        let (pat, binds): (String, Vec<String>) = match self.ch.below(forms) {
            0 => (format!("({x}, _)"), vec![x.clone()]),
            1 => (format!("(_, {y})"), vec![y.clone()]),
            2 => (format!("({x}, {y})"), vec![x.clone(), y.clone()]),
            _ => {
                self.use_class(Class::BoxPatternRef);
                (format!("(ref {x}, _)"), Vec::new())
            }
        };
        let by_ref = binds.is_empty();
        if self.ch.chance(50) {
            // `match *b { PAT => { .. await .. } }`, one arm.
            let first = self.ch.chance(60);
            let xr = x.clone();
            let body = self.unit_block(d.saturating_sub(1), |g| {
                for n in &binds {
                    g.declare(n.clone(), Ty::Trk, false);
                }
                if by_ref {
                    g.declare(xr, Ty::Ref, false);
                }
                if first { g.tick_stmt() } else { String::new() }
            });
            let tail = if first {
                String::new()
            } else {
                format!(" {}", self.tick_stmt())
            };
            format!("{{ {init} match *{b} {{ {pat} => {body} }}{tail} }}")
        } else {
            // `let PAT = *b;` in the current scope; what the pattern leaves
            // in the box drops at the scope's end.
            let tick = self.tick_stmt();
            for n in &binds {
                self.declare(n.clone(), Ty::Trk, false);
            }
            if by_ref {
                self.declare(x.clone(), Ty::Ref, false);
            }
            let uses: Vec<String> = if by_ref {
                vec![format!("log({x}.name());")]
            } else {
                binds.iter().map(|n| format!("log({n}.name());")).collect()
            };
            format!("{init} let {pat} = *{b}; {tick} {}", uses.join(" "))
        }
    }

    // ----------------------------------------------------------- at-binding

    /// `match o { whole @ Some(_) => { .. await .. } None => .. }`,
    /// `if let all @ Some(_) = o { .. }`, `n @ 0..=1 => ..`.
    pub(super) fn at_binding(&mut self, d: u32) -> String {
        self.use_class(Class::AtBinding);
        let d1 = d.saturating_sub(1);
        let w = self.fresh("whole");
        if self.ch.chance(25) {
            // An integer `@` binding.
            let e = self.operand(Class::AwaitScrutinee, true, |g, a| g.int(d1, a));
            let scrut = self.paren(&e.s);
            let wv = w.clone();
            let body = self.unit_block(d1, |g| {
                g.declare(wv, Ty::Int, false);
                g.tick_stmt()
            });
            return format!("match {scrut} {{ {w} @ 0..=1 => {body} _ => {{}} }}");
        }
        // An owned `Option<Tracked>` scrutinee: a temporary, an awaited
        // value, or a binding moved.
        let opts: Vec<usize> = self
            .find(|v| v.ty == Ty::Opt)
            .into_iter()
            .filter(|&i| self.movable(&self.vars[i]))
            .collect();
        let t = self.fresh("t");
        let some = self.ch.chance(70);
        let scrut = match self.ch.below(3) {
            0 if !opts.is_empty() => {
                let i = opts[self.ch.below(opts.len())];
                self.note_move(i);
                self.vars[i].name.clone()
            }
            1 => {
                self.use_class(Class::AwaitScrutinee);
                self.awaited(&format!("opt_trk(\"{t}\", {some})"))
            }
            _ => format!("opt_trk(\"{t}\", {some})"),
        };
        let wv = w.clone();
        let body = self.unit_block(d1, |g| {
            let tick = g.tick_stmt();
            g.declare(wv, Ty::Opt, false);
            tick
        });
        if self.ch.chance(50) {
            format!("if let {w} @ Some(_) = {scrut} {body}")
        } else {
            format!("match {scrut} {{ {w} @ Some(_) => {body} None => {{}} }}")
        }
    }
}
