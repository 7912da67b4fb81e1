//! The texts of the rules, one function per group of [`Rule`] (each at
//! most 100 lines): the only place a refusal's words are written.

use super::{Rule, Text};

fn text(message: impl Into<String>, help: impl Into<String>) -> Option<Text> {
    Some((message.into(), Some(help.into())))
}

impl Rule {
    pub(super) fn signature_text(&self) -> Option<Text> {
        use Rule::*;
        const NO_ARGUMENTS: &str = "write `#[coro::coroutine]` without arguments";
        match self {
            UnknownArgument { name } => text(
                format!("unknown argument `{name}`: #[coro::coroutine] takes no arguments"),
                NO_ARGUMENTS,
            ),
            UnexpectedArguments => text(
                "unexpected arguments: #[coro::coroutine] takes no arguments",
                NO_ARGUMENTS,
            ),
            NotAnItem { attr } => text(
                format!("#[coro::{attr}] applies to a `fn` item"),
                format!("put #[coro::{attr}] on a `fn` (or on each method of an impl)"),
            ),
            NotAFn { attr, what } => text(
                format!("#[coro::{attr}] applies to a `fn`, not to {what}"),
                format!("put #[coro::{attr}] on a `fn` (or on each method of an impl)"),
            ),
            NoBody { attr } => text(
                format!("#[coro::{attr}] needs a body to transform"),
                "declare the trait method as `fn name(..) -> impl coro::Awaitable<Output = T>;` and put the attribute on the impl's method",
            ),
            GeneratorTypesMissing => text(
                "#[coro::generator] needs its types in the return type",
                "write `-> impl Iterator<Item = Y>`, or `-> impl coro::Generator<Yield = Y, Return = R>` (with the resume argument's type first when it is not `()`: `impl coro::Generator<A, Yield = Y, Return = R>`)",
            ),
            AppliedTwice { name } => text(
                format!("#[coro::coroutine] is applied twice to `{name}`"),
                "remove this attribute: one #[coro::coroutine] makes the fn a coroutine",
            ),
            ConstFn { name } => text(
                format!("a `const fn` cannot be a coroutine: `{name}` would suspend at run time"),
                "remove `const`",
            ),
            AsyncFn { name } => text(
                format!(
                    "`{name}` is both `async` and #[coro::coroutine]: the attribute goes on a plain `fn`"
                ),
                "remove `async`: #[coro::coroutine] already makes the fn awaitable",
            ),
            ExternFn { name, abi } => text(
                format!(
                    "an `{abi}` fn cannot be a coroutine: a coroutine returns a Rust state machine, which that ABI cannot carry"
                ),
                format!(
                    "remove `{abi}`; to call the coroutine from foreign code, wrap `coro::run({name}(..))` in a separate `{abi}` fn"
                ),
            ),
            VariadicFn { name } => text(
                format!("a variadic fn cannot be a coroutine: `{name}` takes `...`"),
                "take the extra arguments as a slice or a `Vec` instead",
            ),
            _ => None,
        }
    }

    pub(super) fn body_text(&self) -> Option<Text> {
        use Rule::*;
        match self {
            AwaitInClosure { name } => text(
                format!(
                    "'await' outside async function: this `.await` is in a closure, which is not part of coroutine `{name}`"
                ),
                "await in the coroutine body itself (`let v = x.await;` before the closure), or make the closure a #[coro::coroutine] fn and await its call",
            ),
            AwaitInAsyncBlock { name } => text(
                format!(
                    "'await' outside coroutine: this `.await` is in an `async` block, a std future that is not part of coroutine `{name}`"
                ),
                "remove the `async` block and await in the coroutine body, or move its code into a #[coro::coroutine] fn and await its call",
            ),
            AwaitInAsyncClosure { name } => text(
                format!(
                    "'await' outside coroutine: this `.await` is in an `async` closure, which is not part of coroutine `{name}`"
                ),
                "make the closure a #[coro::coroutine] fn and await its call",
            ),
            AwaitInNestedFn { name } => text(
                format!(
                    "'await' outside async function: this `.await` is in a nested fn, which is not part of coroutine `{name}`"
                ),
                "mark the nested fn #[coro::coroutine] too, and await its call",
            ),
            AwaitInNestedItem { name, kind } => text(
                format!(
                    "'await' outside async function: this `.await` is in a nested `{kind}` item, which is not part of coroutine `{name}`"
                ),
                "await in the coroutine body and pass the value on",
            ),
            AwaitInConstBlock { name } => text(
                format!(
                    "'await' outside async function: this `.await` is in a `const` block, which is evaluated at compile time, not in coroutine `{name}`"
                ),
                "await outside the `const` block",
            ),
            AwaitInGenerator { name } => text(
                format!(
                    "'await' outside async function: `{name}` is a #[coro::generator], which cannot await"
                ),
                "use #[coro::coroutine] for a function that awaits",
            ),
            AsyncForInGenerator { name } => text(
                format!(
                    "'async for' outside async function: `{name}` is a #[coro::generator], which cannot await"
                ),
                "use #[coro::coroutine] for a function that iterates asynchronously",
            ),
            YieldOutsideBody { name, macro_name } => text(
                format!(
                    "'yield' outside function: this `{macro_name}!` is inside a closure or nested item, which is not part of `{name}`"
                ),
                "yield in the generator's own body: use a `for` loop there instead of a closure, or make a nested fn a #[coro::generator] too and delegate with `yield_from!(helper(..))`",
            ),
            YieldFromInCoroutine { name } => text(
                format!(
                    "'yield from' inside async function: coroutine `{name}` cannot delegate with `yield_from!`"
                ),
                "to consume another generator, iterate it: `for x in inner { .. }`",
            ),
            YieldInCoroutine { name } => text(
                format!(
                    "`yield_!` inside coroutine `{name}`, which is not declared as an async generator"
                ),
                "a coroutine that yields is an async generator: declare `-> impl coro::AsyncIterator<Item = T>`; or make it a #[coro::generator] (no `.await`)",
            ),
            ReturnValueInAsyncGenerator { name } => text(
                format!("'return' with value in async generator `{name}`"),
                "an async generator ends with a plain `return;`; yield the value first: `yield_!(value); return;`",
            ),
            _ => None,
        }
    }

    /// Malformed suspension macros, and Rust's own rules on `break`/`continue`.
    pub(super) fn body_text_rust(&self) -> Option<Text> {
        use Rule::*;
        match self {
            MalformedAsyncFor { error } => text(
                format!("cannot parse `async_for!`: {error}"),
                "write `async_for!(pattern in async_iterator { body })`",
            ),
            YieldFromWithoutOperand => text(
                "`yield_from!` needs an operand",
                "write `yield_from!(inner_generator)`",
            ),
            ContinueToLabelledBlock { label } => text(
                format!(
                    "`continue` pointing to a labeled block: `'{label}` labels a block, not a loop"
                ),
                format!("use `break '{label}` to leave the block"),
            ),
            ContinueTargetsBlock => Some((
                "`continue` cannot target a labelled block".to_string(),
                None,
            )),
            BreakOutsideLoop => text(
                "`break` outside of a loop",
                "`break`/`continue` must be inside a loop (or, for `break 'label`, a labelled block) of this coroutine",
            ),
            _ => None,
        }
    }

    pub(super) fn limit_text(&self) -> Option<Text> {
        use Rule::*;
        const BIND_FIRST: &str = "bind the awaited value first";
        match self {
            ConfiguredCode { name } => text(
                format!(
                    "`#[cfg]` on code in the body of `{name}` is not supported: #[coro::coroutine] rewrites the body before rustc evaluates `#[cfg]` there, so compiled-out code would still count (its `.await`s would run, its moves would drop values early)"
                ),
                "move the configured code into a fn of its own (`#[cfg(feature = \"x\")] fn extra() { .. }` beside `#[cfg(not(feature = \"x\"))] fn extra() {}`) and call it, or write `if cfg!(..) { .. }`; `#[cfg]` on an item, or on a macro statement that does not `.await` (`#[cfg(debug_assertions)] println!(..);`), is accepted",
            ),
            MacroInputBindsRewrittenName { name } => text(
                format!(
                    "`{name}` is bound inside a macro's input (a closure's parameter or a `let`), where #[coro::coroutine] rewrites the coroutine's own `{name}` (renamed, or held across a suspension): the macro's binding would read the coroutine's"
                ),
                format!("rename the `{name}` bound inside the macro's input"),
            ),
            AwaitInUnsafe => text(
                "`.await` inside an `unsafe` block is not supported by #[coro::coroutine] yet",
                "await before the `unsafe` block: `let v = x.await; unsafe { .. v .. }`",
            ),
            AwaitInGuardReadingMutRef => text(
                "`.await` in a match guard that reads a `&mut` binding (`ref mut x`, or `x` through `match &mut v`) is not supported by #[coro::coroutine]: the guard's view of it cannot outlive the test of its pattern",
                "bind it with `ref` (match on `&*v` or `&v` for a `&mut` scrutinee) and re-borrow it mutably inside the arm, or await before the `match` (`let ok = cond.await;`)",
            ),
            AwaitInOpaqueMacro { macro_name } => text(
                format!(
                    "`.await` inside `{macro_name}!` is not supported: the macro's input is opaque to #[coro::coroutine]"
                ),
                format!("{BIND_FIRST} (`let v = x.await;`) and pass `v` to `{macro_name}!`"),
            ),
            AwaitInLetChain => text(
                "`.await` inside a `let` condition chain is not supported by #[coro::coroutine] yet",
                format!("{BIND_FIRST}: `let v = x.await;`"),
            ),
            ChainNotRewritten { error } => text(
                format!("this `let` chain with `.await` could not be rewritten ({error})"),
                "await before the `if` (`let v = x.await;`), or nest the conditions: `if let P = e { if cond { .. } }`",
            ),
            AwaitInUnsupportedExpr => text(
                "`.await` inside this kind of expression is not supported by #[coro::coroutine] yet",
                format!("{BIND_FIRST} (`let v = x.await;`) and use `v` here"),
            ),
            GuardNotRewritten { error } => text(
                format!("this `match` with `.await` in a guard could not be rewritten ({error})"),
                "await before the `match` (`let ok = cond.await;`)",
            ),
            AssertNotRewritten { macro_name, error } => text(
                format!(
                    "this `{macro_name}!` with `.await` in its message could not be rewritten ({error})"
                ),
                format!("{BIND_FIRST} (`let v = x.await;`) and pass `v` to `{macro_name}!`"),
            ),
            DuplicateItem { name } => text(
                format!(
                    "a second item named `{name}` in this #[coro::coroutine]: items of blocks that contain a suspension share the function's scope"
                ),
                "rename one of them",
            ),
            HoistedItemNamedOutside { name } => text(
                format!(
                    "`{name}` is declared in a block that contains a suspension, and is also named outside that block: #[coro::coroutine] declares such items for the whole function, where this one would stand for the outer `{name}` too"
                ),
                format!(
                    "rename the block's `{name}`, or declare it at the top of the function body"
                ),
            ),
            StatementMacroLocal { macro_name } => text(
                format!(
                    "`{macro_name}!` declares a local (a guard) that Rust keeps to the end of this block, and the block suspends after it: #[coro::coroutine] cannot see a macro's locals, which would drop at the block's next suspension"
                ),
                format!(
                    "bind the guard with a `let` of the body (`let _guard = scopeguard::guard((), |_| ..);`), or make the macro an expression and write `let _guard = {macro_name}!(..);`"
                ),
            ),
            HoistedTraitImport => text(
                "this `use` may import a trait (or, as a glob, any name), in a block that contains a suspension: #[coro::coroutine] declares such items for the whole function, where they could change which method or name code outside this block finds",
                "write the `use` at the top of the function body (or of the module), or call the method by its path (`Trait::method(&x)`)",
            ),
            _ => None,
        }
    }

    /// Limits that come from holding borrows (homes) across suspensions.
    pub(super) fn limit_text_borrows(&self) -> Option<Text> {
        use Rule::*;
        match self {
            WhileLetBorrowsTemporary => text(
                "a `while let` whose scrutinee awaits and borrows a temporary (`&make()`) is not supported yet in a coroutine that holds borrows across awaits",
                "use `loop` with a `let` of the value and an `if let` inside",
            ),
            OperandBorrowsChanged { root } => text(
                format!(
                    "this operand borrows through `{root}`, which a later operand that suspends assigns or borrows mutably: not supported yet"
                ),
                format!(
                    "evaluate it first, into a binding (`let first = &*{root};`), before the expression that suspends"
                ),
            ),
            MoveClosureFieldOfHomed { name } => text(
                format!(
                    "a `move` closure that uses a field of `{name}`, which is borrowed across an await, is not supported yet"
                ),
                format!(
                    "bind what the closure needs first (`let value = {name}.field;`) and use that in the closure"
                ),
            ),
            FormatStringNamesRenamed { name } => text(
                format!(
                    "this macro's format string names `{name}`, which in this #[coro::coroutine] is renamed (it shadows a binding that is still alive) or borrowed across an await; the transform cannot re-point a name inside another macro's string"
                ),
                format!("pass it as an argument: `\"{{}}\", {name}` instead of `\"{{{name}}}\"`"),
            ),
            ReceiverTakenToMove {
                receiver: r,
                method: m,
            } => text(
                format!(
                    "`{r}.{m}(..)` is taken to move `{r}`, as std's `{m}` does, but the type of `{r}` is not one of std's whose `{m}` takes `self`"
                ),
                format!(
                    "for a method that borrows its receiver write `(&{r}).{m}(..)` (or `(&mut {r}).{m}(..)`); for one that takes `self` write `Type::{m}({r})`"
                ),
            ),
            TemporaryReceiverTakenToMove { method: m } => text(
                format!(
                    "the temporary receiver of `.{m}(..)` is taken to be moved, as std's `{m}` does, but its type is not one of std's whose `{m}` takes `self`"
                ),
                format!(
                    "for a method that borrows its receiver bind the value first (`let value = ..; value.{m}(..)`); for one that takes `self` write `Type::{m}(..)`"
                ),
            ),
            ClosureTakenToBeFnOnce {
                closure: c,
                captures,
                parts,
            } => {
                let listed = |names: &[String]| {
                    names
                        .iter()
                        .map(|n| format!("`{n}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                let bound = format!(
                    "binds `Copy` (or `&mut`) parts of {} in patterns, which copy them",
                    listed(parts)
                );
                let why = match captures.as_slice() {
                    [] if !parts.is_empty() => bound.clone(),
                    [] => "moves captures it assigns again, which leaves it callable again"
                        .to_string(),
                    [one] => format!("uses `{one}` by value, and `{one}` is `Copy` (or `&mut`)"),
                    more => format!(
                        "uses {} by value, and they are `Copy` (or `&mut`)",
                        listed(more)
                    ),
                };
                let why = if captures.is_empty() || parts.is_empty() {
                    why
                } else {
                    format!("{why}, and {bound}")
                };
                text(
                    format!(
                        "`{c}(..)` is taken to consume the `move` closure `{c}`, as an `FnOnce` closure's call does, but its body only {why}: `{c}` may be `FnMut`, and then it lives to the end of its scope"
                    ),
                    format!(
                        "if `{c}` is not `FnOnce` write `(&{c})(..)` (or `(&mut {c})(..)`), which keeps it to the end of its scope; if it is `FnOnce` (its body moves a capture out otherwise, e.g. by a method taking `self`) write `{{ {c} }}(..)`"
                    ),
                )
            }
            BorrowHeldAcrossSuspension { name, of, at } => text(
                format!(
                    "`{name}` borrows the local `{of}` and is held across {at}: holding a reference to a local across a suspension is not supported yet"
                ),
                format!(
                    "end the borrow before the suspension (copy or clone what you need), or keep `{of}` in a `Box`/`Rc` and hold that"
                ),
            ),
            _ => None,
        }
    }

    pub(super) fn internal_text(&self) -> Option<Text> {
        use Rule::*;
        match self {
            HomeMisplaced { name } => Some((
                format!(
                    "internal error of #[coro::coroutine]: the home planned for `{name}` went to another binding; please report this body"
                ),
                None,
            )),
            Panicked { message } => text(
                format!(
                    "internal error of #[coro::coroutine] (a bug, please report this body): the transform panicked: {message}"
                ),
                "until it is fixed, write the function as an `async fn` and await it with `coro::from_future(f(..))`",
            ),
            ExpansionDoesNotParse { error, expansion } => Some((
                format!("internal error: the expansion does not parse ({error}):\n{expansion}"),
                None,
            )),
            _ => None,
        }
    }
}
