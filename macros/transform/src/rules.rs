//! The catalogue of refusals: every error the transform reports about the
//! user's code is a [`Rule`], and its text is written in `rules/text.rs`
//! and nowhere else.
//!
//! A rule's text is its `message`, then, when it has one, a line
//! `= help: ..` with the fix (the shape pinned by `ui-tests/fail/*.stderr`).
//! Messages say what Python's async model (or Rust) forbids, or what the
//! transform does not support yet, in the user's words: they never mention
//! generated names. `check` reports the rules that need no lowering state;
//! `lower`, `fragment`, `analyse` and `expand` report the rest.
//!
//! Adding a rule: a variant in its group, its `phase`, and its text in that
//! phase's `*_text` function in `rules/text.rs` (the compiler points at
//! `phase`; the unit test below at a missing text).

use proc_macro2::Span;
use quote::ToTokens;

/// One refusal, with the parts of its text that vary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rule {
    // -- Signature: what the attribute can be applied to. ------------------
    /// `#[coro::coroutine(x)]`: an argument (named `name`) it does not take.
    UnknownArgument { name: String },
    /// `#[coro::coroutine(..)]` whose arguments do not even parse.
    UnexpectedArguments,
    /// `#[coro::{attr}]` on something that is not an item.
    NotAnItem { attr: String },
    /// `#[coro::{attr}]` on an item that is not a fn (`what`: "a struct").
    NotAFn { attr: String, what: String },
    /// `#[coro::{attr}]` on a trait method declaration without a body.
    NoBody { attr: String },
    /// A `#[coro::generator]` whose return type does not name its types.
    GeneratorTypesMissing,
    /// `#[coro::coroutine]` twice on the fn `name`.
    AppliedTwice { name: String },
    /// `const fn name`.
    ConstFn { name: String },
    /// `async fn name`.
    AsyncFn { name: String },
    /// `extern "C" fn name` (`abi`: `extern "C"`, or `extern`).
    ExternFn { name: String, abi: String },
    /// `fn name(..., ...)`.
    VariadicFn { name: String },

    // -- Body rules of Python's async model (and of Rust's that the lowering
    //    relies on); `name` is the enclosing coroutine or generator. -------
    /// `.await` in a closure inside the body.
    AwaitInClosure { name: String },
    /// `.await` in an `async` block inside the body.
    AwaitInAsyncBlock { name: String },
    /// `.await` in an `async` closure inside the body.
    AwaitInAsyncClosure { name: String },
    /// `.await` in a nested fn.
    AwaitInNestedFn { name: String },
    /// `.await` in a nested item other than a fn (`kind`: "const", "impl").
    AwaitInNestedItem { name: String, kind: String },
    /// `.await` in a `const` block.
    AwaitInConstBlock { name: String },
    /// `.await` in a `#[coro::generator]`.
    AwaitInGenerator { name: String },
    /// `async_for!` in a `#[coro::generator]`.
    AsyncForInGenerator { name: String },
    /// `yield_!`/`yield_from!` (`macro_name`) in a closure or nested item.
    YieldOutsideBody { name: String, macro_name: String },
    /// `yield_from!` in a coroutine.
    YieldFromInCoroutine { name: String },
    /// `yield_!` in a coroutine that is not an async generator.
    YieldInCoroutine { name: String },
    /// `return value` in an async generator.
    ReturnValueInAsyncGenerator { name: String },
    /// `async_for!` whose input does not parse (`error`: the parser's).
    MalformedAsyncFor { error: String },
    /// `yield_from!()` without an operand.
    YieldFromWithoutOperand,
    /// rustc's E0696, `continue 'label` to a labelled block (in `check`).
    ContinueToLabelledBlock { label: String },
    /// `continue` to a labelled block, met by the lowering.
    ContinueTargetsBlock,
    /// `break`/`continue` with no loop (or labelled block) to go to.
    BreakOutsideLoop,

    // -- Lowering limits: valid Rust the transform does not take apart yet.
    /// `#[cfg]` on code of the body that the transform reads.
    ConfiguredCode { name: String },
    /// `.await` in an `unsafe` block.
    AwaitInUnsafe,
    /// `.await` in a match guard that reads a binding that is a `&mut`
    /// (`ref mut x`, or through a `match &mut v`).
    AwaitInGuardReadingMutRef,
    /// `.await` in the input of a macro (`macro_name`) that is not known.
    AwaitInOpaqueMacro { macro_name: String },
    /// `.await` in a `let` condition chain.
    AwaitInLetChain,
    /// A `let` chain that suspends could not be rewritten into nested `if`s.
    ChainNotRewritten { error: String },
    /// `.await` in an expression form the lowering does not take apart.
    AwaitInUnsupportedExpr,
    /// A `while let` whose awaiting scrutinee borrows a temporary, with homes.
    WhileLetBorrowsTemporary,
    /// A `match` with `.await` in a guard that could not be rewritten.
    GuardNotRewritten { error: String },
    /// An `assert!` whose message awaits could not be rewritten into `if`.
    AssertNotRewritten { macro_name: String, error: String },
    /// Two items named `name` in blocks flattened into one scope.
    DuplicateItem { name: String },
    /// An item `name` of a nested block that suspends, named outside it too.
    HoistedItemNamedOutside { name: String },
    /// A `use` that may import a trait, in a nested block that suspends,
    /// where a method is called outside the block.
    HoistedTraitImport,
    /// A statement macro known to declare a local, before a suspension of
    /// its block.
    StatementMacroLocal { macro_name: String },
    /// An operand borrows through `root`, which a later suspending operand changes.
    OperandBorrowsChanged { root: String },
    /// A `move` closure uses a field of `name`, which has a home.
    MoveClosureFieldOfHomed { name: String },
    /// An opaque macro's format string names `name`, renamed or homed.
    FormatStringNamesRenamed { name: String },
    /// A binding named `name` made inside an opaque macro's input (a
    /// closure's parameter, a `let`), where the coroutine's `name` is
    /// renamed or homed.
    MacroInputBindsRewrittenName { name: String },
    /// `receiver.method(..)` moves `receiver` by the receiver rule, and its
    /// type is not one of std's whose `method` takes `self` (reported by
    /// rustc, through the check the transform emits at the call).
    ReceiverTakenToMove { receiver: String, method: String },
    /// The same for a temporary receiver (`make().method(..)`).
    TemporaryReceiverTakenToMove { method: String },
    /// `closure()` moves `closure`, a `move` closure judged `FnOnce` because
    /// its body uses `captures` by value (none: only captures it assigns
    /// again), and each of them is `Copy` or `&mut` (reported by rustc,
    /// through the check the transform emits at the closure).
    ClosureTakenToBeFnOnce {
        closure: String,
        captures: Vec<String>,
        /// Captures its body matches against patterns that bind.
        parts: Vec<String>,
    },
    /// `name` borrows the local `of` and is held across `at` (a suspension).
    BorrowHeldAcrossSuspension {
        name: String,
        of: String,
        at: String,
    },

    // -- Internal: bugs of the transform, reported rather than miscompiled.
    /// The home planned for `name` went to another binding.
    HomeMisplaced { name: String },
    /// The transform panicked (a bug): `message` is the panic's.
    Panicked { message: String },
    /// `coro-expand`: the expansion does not parse (`error`) as an item.
    ExpansionDoesNotParse { error: String, expansion: String },
}

/// The groups of [`Rule`], one text function each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    Signature,
    Body,
    Limit,
    Internal,
}

/// A rule's text: its message and its help.
type Text = (String, Option<String>);

mod text;

impl Rule {
    /// The rule's first line(s), without the help.
    pub fn message(&self) -> String {
        self.text().0
    }

    /// How to fix the code, when the rule says.
    pub fn help(&self) -> Option<String> {
        self.text().1
    }

    /// The error as reported: `message`, then `= help: help` on its own line.
    pub fn render(&self) -> String {
        let message = self.message();
        match self.help() {
            Some(help) => format!("{message}\n= help: {help}"),
            None => message,
        }
    }

    /// The error at `span`.
    pub fn at(&self, span: Span) -> syn::Error {
        syn::Error::new(span, self.render())
    }

    /// The error spanning all of `tokens` (`#[..]`, `extern "C"`, `...`).
    pub fn spanning(&self, tokens: &dyn ToTokens) -> syn::Error {
        syn::Error::new_spanned(tokens.to_token_stream(), self.render())
    }

    /// The group the rule belongs to.
    pub fn phase(&self) -> Phase {
        use Rule::*;
        match self {
            UnknownArgument { .. }
            | UnexpectedArguments
            | NotAnItem { .. }
            | NotAFn { .. }
            | NoBody { .. }
            | GeneratorTypesMissing
            | AppliedTwice { .. }
            | ConstFn { .. }
            | AsyncFn { .. }
            | ExternFn { .. }
            | VariadicFn { .. } => Phase::Signature,
            AwaitInClosure { .. }
            | AwaitInAsyncBlock { .. }
            | AwaitInAsyncClosure { .. }
            | AwaitInNestedFn { .. }
            | AwaitInNestedItem { .. }
            | AwaitInConstBlock { .. }
            | AwaitInGenerator { .. }
            | AsyncForInGenerator { .. }
            | YieldOutsideBody { .. }
            | YieldFromInCoroutine { .. }
            | YieldInCoroutine { .. }
            | ReturnValueInAsyncGenerator { .. }
            | MalformedAsyncFor { .. }
            | YieldFromWithoutOperand
            | ContinueToLabelledBlock { .. }
            | ContinueTargetsBlock
            | BreakOutsideLoop => Phase::Body,
            AwaitInUnsafe
            | ConfiguredCode { .. }
            | AwaitInGuardReadingMutRef
            | AwaitInOpaqueMacro { .. }
            | AwaitInLetChain
            | ChainNotRewritten { .. }
            | AwaitInUnsupportedExpr
            | WhileLetBorrowsTemporary
            | GuardNotRewritten { .. }
            | AssertNotRewritten { .. }
            | DuplicateItem { .. }
            | HoistedItemNamedOutside { .. }
            | HoistedTraitImport
            | StatementMacroLocal { .. }
            | OperandBorrowsChanged { .. }
            | MoveClosureFieldOfHomed { .. }
            | FormatStringNamesRenamed { .. }
            | MacroInputBindsRewrittenName { .. }
            | ReceiverTakenToMove { .. }
            | TemporaryReceiverTakenToMove { .. }
            | ClosureTakenToBeFnOnce { .. }
            | BorrowHeldAcrossSuspension { .. } => Phase::Limit,
            HomeMisplaced { .. } | Panicked { .. } | ExpansionDoesNotParse { .. } => {
                Phase::Internal
            }
        }
    }

    fn text(&self) -> Text {
        let text = match self.phase() {
            Phase::Signature => self.signature_text(),
            Phase::Body => self.body_text().or_else(|| self.body_text_rust()),
            Phase::Limit => self.limit_text().or_else(|| self.limit_text_borrows()),
            Phase::Internal => self.internal_text(),
        };
        // Unreachable when every variant has its text (a unit test checks).
        text.unwrap_or_else(|| {
            (
                format!("internal error of #[coro::coroutine]: the rule {self:?} has no message"),
                None,
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One of each rule.
    fn every_rule() -> Vec<Rule> {
        use Rule::*;
        let s = |x: &str| x.to_string();
        vec![
            UnknownArgument { name: s("x") },
            UnexpectedArguments,
            NotAnItem {
                attr: s("coroutine"),
            },
            NotAFn {
                attr: s("coroutine"),
                what: s("a struct"),
            },
            NoBody {
                attr: s("coroutine"),
            },
            GeneratorTypesMissing,
            AppliedTwice { name: s("f") },
            ConstFn { name: s("f") },
            AsyncFn { name: s("f") },
            ExternFn {
                name: s("f"),
                abi: s("extern \"C\""),
            },
            VariadicFn { name: s("f") },
            AwaitInClosure { name: s("f") },
            AwaitInAsyncBlock { name: s("f") },
            AwaitInAsyncClosure { name: s("f") },
            AwaitInNestedFn { name: s("f") },
            AwaitInNestedItem {
                name: s("f"),
                kind: s("impl"),
            },
            AwaitInConstBlock { name: s("f") },
            AwaitInGenerator { name: s("f") },
            AsyncForInGenerator { name: s("f") },
            YieldOutsideBody {
                name: s("f"),
                macro_name: s("yield_"),
            },
            YieldFromInCoroutine { name: s("f") },
            YieldInCoroutine { name: s("f") },
            ReturnValueInAsyncGenerator { name: s("f") },
            MalformedAsyncFor {
                error: s("expected `in`"),
            },
            YieldFromWithoutOperand,
            ContinueToLabelledBlock { label: s("a") },
            ContinueTargetsBlock,
            BreakOutsideLoop,
            AwaitInUnsafe,
            AwaitInGuardReadingMutRef,
            AwaitInOpaqueMacro { macro_name: s("m") },
            AwaitInLetChain,
            ChainNotRewritten { error: s("e") },
            AwaitInUnsupportedExpr,
            WhileLetBorrowsTemporary,
            GuardNotRewritten { error: s("e") },
            AssertNotRewritten {
                macro_name: s("assert"),
                error: s("e"),
            },
            DuplicateItem { name: s("g") },
            OperandBorrowsChanged { root: s("v") },
            MoveClosureFieldOfHomed { name: s("v") },
            FormatStringNamesRenamed { name: s("v") },
            MacroInputBindsRewrittenName { name: s("x") },
            ReceiverTakenToMove {
                receiver: s("r"),
                method: s("map"),
            },
            TemporaryReceiverTakenToMove { method: s("sum") },
            ClosureTakenToBeFnOnce {
                closure: s("c"),
                captures: vec![s("n")],
                parts: Vec::new(),
            },
            ClosureTakenToBeFnOnce {
                closure: s("c"),
                captures: Vec::new(),
                parts: Vec::new(),
            },
            ClosureTakenToBeFnOnce {
                closure: s("c"),
                captures: vec![s("n")],
                parts: vec![s("p")],
            },
            BorrowHeldAcrossSuspension {
                name: s("r"),
                of: s("v"),
                at: s("the await at line 3"),
            },
            HomeMisplaced { name: s("r") },
            Panicked { message: s("m") },
            ExpansionDoesNotParse {
                error: s("e"),
                expansion: s("fn f() {}"),
            },
        ]
    }

    #[test]
    fn every_rule_has_a_message_and_renders_its_help() {
        let rules = every_rule();
        for phase in [Phase::Signature, Phase::Body, Phase::Limit, Phase::Internal] {
            assert!(
                rules.iter().any(|r| r.phase() == phase),
                "{phase:?} is empty"
            );
        }
        for rule in rules {
            let message = rule.message();
            assert!(!message.trim().is_empty(), "{rule:?} has no message");
            assert!(
                !message.contains("has no message") && !message.contains("= help:"),
                "{rule:?}: {message}"
            );
            let rendered = rule.render();
            match rule.help() {
                Some(help) => {
                    assert!(!help.trim().is_empty(), "{rule:?} has an empty help");
                    assert_eq!(rendered, format!("{message}\n= help: {help}"));
                }
                None => assert_eq!(rendered, message),
            }
            let span = Span::call_site();
            assert_eq!(rule.at(span).to_string(), rendered);
            assert_eq!(rule.spanning(&quote::quote!(a b)).to_string(), rendered);
        }
    }

    #[test]
    fn texts_name_their_dynamic_parts() {
        let r = Rule::ExternFn {
            name: "f".into(),
            abi: "extern \"C\"".into(),
        };
        assert_eq!(
            r.render(),
            "an `extern \"C\"` fn cannot be a coroutine: a coroutine returns a Rust state machine, which that ABI cannot carry\n= help: remove `extern \"C\"`; to call the coroutine from foreign code, wrap `coro::run(f(..))` in a separate `extern \"C\"` fn"
        );
        let r = Rule::FormatStringNamesRenamed { name: "v".into() };
        assert!(r.render().ends_with("`\"{}\", v` instead of `\"{v}\"`"));
        assert_eq!(Rule::ContinueTargetsBlock.help(), None);
    }
}
