//! THE receiver rule: which method calls syntax proves to move their
//! receiver.
//!
//! A proc macro runs before type checking, so `t.finish()` may take `&self`
//! or `self`. The transform assumes a receiver is borrowed (the binding is
//! kept, and held to the end of its scope as `async fn` holds it) unless the
//! method's name says it takes `self` by value. A wrong "kept" guess is a
//! compile error (E0382 "use of moved value" where the machine carries the
//! binding on), never a different run: rewrite the call as
//! `Type::finish(t)` or `{ t }.finish()`, which syntax sees as a move.
//!
//! A call `c()` of a binding is assumed to borrow it (`Fn`, `FnMut`), except
//! for a binding initialised with a closure that the fragment pass judges
//! `FnOnce` (`fragment::Usage::closure_called_moves`).
//!
//! The names are std's by-value methods whose name no common `&self`
//! method shares (a wrong "moved" guess would drop the value early):
//! - `into_*` and `into` (Rust's naming convention),
//! - `unwrap*` and `expect*` (`Option`, `Result`),
//! - `ok`, `err`, `map_err`, `ok_or`, `ok_or_else`, `and_then` (`Result`/`Option`),
//! - iterator adapters and consumers: `map`, `filter`, `filter_map`,
//!   `flat_map`, `flatten`, `enumerate`, `zip`, `chain`, `rev`, `peekable`,
//!   `step_by`, `collect`, `fold`, `for_each`.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{ToTokens, quote, quote_spanned};
use syn::{Expr, ExprMethodCall};

const BY_VALUE: &[&str] = &[
    "into",
    "ok",
    "err",
    "map_err",
    "ok_or",
    "ok_or_else",
    "and_then",
    "map",
    "filter",
    "filter_map",
    "flat_map",
    "flatten",
    "enumerate",
    "zip",
    "chain",
    "rev",
    "peekable",
    "step_by",
    "collect",
    "fold",
    "for_each",
];

/// A method that by its name takes `self` by value: its receiver is moved,
/// not borrowed.
pub fn consumes_receiver(method: &Ident) -> bool {
    let name = method.to_string();
    let name = name.trim_start_matches("r#");
    BY_VALUE.contains(&name)
        || name.starts_with("into_")
        || name.starts_with("unwrap")
        || name.starts_with("expect")
}

/// Iterator consumers and `Option`/`Result` combinators that take `self`
/// (`sum`, `count`, `max`, `map_or`, `is_ok_and`, ...): names
/// too common among `&self` methods of user types to count as a move of a
/// *binding* (a wrong "moved" guess would drop it early), but a receiver
/// that is a *temporary* (`v.iter().sum()`) is taken to be moved by them:
/// an iterator chain ending in one is the common case, and a wrong guess
/// there only drops a temporary at its operand's end instead of the
/// statement's (a user `&self` method of that name, on a temporary with
/// drop glue, before a later `.await` of the statement).
const CONSUMERS: &[&str] = &[
    "sum",
    "product",
    "count",
    "last",
    "max",
    "min",
    "max_by",
    "max_by_key",
    "min_by",
    "min_by_key",
    "reduce",
    "unzip",
    "partition",
    // `Option`/`Result` combinators taking `self` (`f().await.is_ok_and(..)`).
    "map_or",
    "map_or_else",
    "is_some_and",
    "is_none_or",
    "is_ok_and",
    "is_err_and",
    "and",
    "or",
    "or_else",
    "xor",
    "transpose",
    "inspect",
    "inspect_err",
    // Iterator adapters (`v.iter().copied()`, `.skip(1)`, `.take(3)`);
    // `copied`/`cloned` of `Option<&T>` and `Result<&T, E>` too. `take`
    // is also `Option::take(&mut self)`: the split holds an `Option`.
    "copied",
    "cloned",
    "skip",
    "take",
    "skip_while",
    "take_while",
    "map_while",
    "scan",
    "fuse",
    "cycle",
    // A map's `Entry` (`m.entry(k).or_default().push(f().await)`).
    "or_insert",
    "or_insert_with",
    "or_insert_with_key",
    "or_default",
    "and_modify",
];

/// A method that takes a temporary receiver by value: the by-value list,
/// and iterator consumers (see [`CONSUMERS`]).
pub fn consumes_temporary(method: &Ident) -> bool {
    let name = method.to_string();
    consumes_receiver(method) || CONSUMERS.contains(&name.trim_start_matches("r#"))
}

/// std methods that borrow their receiver and are chained on a temporary
/// before an awaited call: `Command`'s setters (`&mut self`: `Command::new
/// ("ls").arg("-l").output().await` holds the command to the `;`), views
/// (`as_*`, `iter`, `lock`) and common `&self` methods. A link of a chain
/// ending in an awaited method that is not one of these is taken to move
/// its receiver (see [`links_a_builder_chain`]).
const BORROWS_RECEIVER: &[&str] = &[
    // `std::process::Command` (and tokio's, which mirrors it).
    "arg",
    "args",
    "arg0",
    "env",
    "envs",
    "env_remove",
    "env_clear",
    "current_dir",
    "stdin",
    "stdout",
    "stderr",
    "kill_on_drop",
    "process_group",
    "uid",
    "gid",
    // Views of the receiver.
    "as_ref",
    "as_mut",
    "as_str",
    "as_bytes",
    "as_slice",
    "as_mut_slice",
    "as_path",
    "as_os_str",
    "as_deref",
    "as_deref_mut",
    "borrow",
    "borrow_mut",
    "deref",
    "deref_mut",
    "lock",
    "try_lock",
    "read",
    "write",
    "get",
    "get_mut",
    "iter",
    "iter_mut",
    "first",
    "first_mut",
    "last_mut",
    "keys",
    "values",
    "values_mut",
    "chars",
    "bytes",
    "lines",
    "trim",
    "trim_start",
    "trim_end",
    "split",
    "split_whitespace",
    "entry",
    // `&self` methods returning an owned value.
    "clone",
    "to_string",
    "to_owned",
    "to_vec",
    "len",
    "is_empty",
];

/// `m` is a link of a builder chain ending in an awaited method
/// (`client.get(u).header(k, v).send().await`: `header` on the temporary
/// `client.get(u)`): a method on a temporary value that is neither one of
/// std's known to borrow it ([`BORROWS_RECEIVER`]) nor a name the receiver
/// rule splits by type ([`std_takers`], `into`), whose arguments do not
/// suspend (the receiver is then held across them: limit 1). The chain
/// takes it to move its receiver, as builders do (`fn header(self, ..) ->
/// Self`), and rustc's by-value lookup checks it: a link borrowing its
/// temporary receiver is a compile error (bind the receiver first), never
/// an early drop.
pub fn links_a_builder_chain(m: &ExprMethodCall) -> bool {
    let name = m.method.to_string();
    let name = name.trim_start_matches("r#");
    crate::syntax::expr::is_temporary_value(crate::syntax::expr::strip_parens(&m.receiver))
        && !m.args.iter().any(crate::syntax::awaits::contains_await)
        && !BORROWS_RECEIVER.contains(&name)
        && std_takers(&m.method).is_none()
        && name != "into"
}

/// A method that the receiver rule takes to consume a temporary but not a
/// binding (see [`CONSUMERS`]): on a binding in a home, the call moves it
/// or borrows it by the receiver's type (`receiver_probes::HomeSplit`,
/// levels of the module this names).
pub fn split_in_home(method: &Ident) -> Option<&'static str> {
    if consumes_receiver(method) {
        return None;
    }
    let name = method.to_string();
    if !CONSUMERS.contains(&name.trim_start_matches("r#")) {
        return None;
    }
    std_takers(method)
}

/// Which std types have a method of this exact name taking `self` by
/// value: the module of `coro::__private::receiver_probes` whose probe
/// accepts them (`iter`: `Iterator`; `iter_opt_res`: `Iterator`, `Option`,
/// `Result`; `iter_ord`: `Iterator` and `Ord`'s `max`/`min`; ...). `None`
/// for a name the receiver check leaves alone: `into` (`Into::into` takes
/// `self` for every type, and method lookup finds it before a `&self`
/// method of the same name) and the prefixes `into_*`, `unwrap*`,
/// `expect*` (Rust's naming conventions, followed by user types too:
/// `fn into_name(self)`), and names not on the lists.
pub fn std_takers(method: &Ident) -> Option<&'static str> {
    let name = method.to_string();
    Some(match name.trim_start_matches("r#") {
        "filter_map" | "flat_map" | "enumerate" | "chain" | "rev" | "peekable" | "step_by"
        | "collect" | "fold" | "for_each" | "sum" | "product" | "count" | "last" | "max_by"
        | "max_by_key" | "min_by" | "min_by_key" | "reduce" | "partition" | "skip" | "take"
        | "skip_while" | "take_while" | "map_while" | "scan" | "fuse" | "cycle" => "iter",
        "filter" | "flatten" | "zip" | "unzip" => "iter_opt",
        "inspect" | "copied" | "cloned" => "iter_opt_res",
        "map" => "iter_opt_res_arr",
        "max" | "min" => "iter_ord",
        "ok" | "err" | "map_err" | "inspect_err" | "is_ok_and" | "is_err_and" => "res",
        "ok_or" | "ok_or_else" | "is_some_and" | "is_none_or" | "xor" => "opt",
        "and_then" | "and" | "or" | "or_else" | "map_or" | "map_or_else" | "transpose" => "opt_res",
        "or_insert" | "or_insert_with" | "or_insert_with_key" | "or_default" | "and_modify" => {
            "entry"
        }
        _ => return None,
    })
}

/// How the receiver check verifies that a call which the receiver rule
/// takes by its name to move its receiver does take `self`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ByName {
    /// The receiver's type is one of std's whose method of this exact name
    /// takes `self` (`receiver_probes::<family>`, [`std_takers`]).
    StdTakers(&'static str),
    /// A prefix name (`into_*`, `unwrap*`, `expect*`): rustc's own method
    /// lookup, made on a receiver that cannot be borrowed
    /// (`receiver_probes::ByValue`), shows whether the method it picks
    /// takes `self` (for user types too). Its arguments are stood in for
    /// ([`Arg`]) by values of the types the method's signature gives.
    ByValueLookup,
}

/// The check for a call the receiver rule takes by its name to move its
/// receiver; `None` for `into` (`Into::into` takes `self` for every type,
/// and method lookup finds it before a `&self` method of the same name).
pub fn by_name_check(m: &ExprMethodCall) -> Option<ByName> {
    if let Some(family) = std_takers(&m.method) {
        return Some(ByName::StdTakers(family));
    }
    let name = m.method.to_string();
    let name = name.trim_start_matches("r#");
    (name != "into" && consumes_receiver(&m.method)).then_some(ByName::ByValueLookup)
}

/// What the by-value lookup (`ByName::ByValueLookup`) passes for one
/// argument of the user's call, in code that never runs: a value of a type
/// that lets rustc pick the same method, without evaluating or moving
/// anything. A generic parameter of the method inferred from an argument
/// needs that argument's own type: a literal and a path to an item are
/// written again, a binding of the coroutine is stood in for by a value of
/// its type, a closure literal by one of the same arity whose body
/// diverges (rustc deduces its signature from the method's bound). Any
/// other argument (a call, a field, a binding local to the statement) is a
/// value of the type the signature gives, which leaves such a generic
/// parameter uninferred (E0282: bind the argument to a variable first).
#[derive(Clone, Debug)]
pub enum Arg {
    /// Written again: a literal, a path to an item (`Vec::new`, `LIMIT`), a
    /// closure of the same arity that diverges.
    Verbatim(TokenStream),
    /// A name: a value of the type of the coroutine's binding of that name,
    /// else (an item: a function, a constant) the name written again.
    Name(Ident),
    /// `&a`, `&mut a`: a reference to the stand-in of `a`.
    Ref(TokenStream, Box<Arg>),
    /// Any other argument: a value of the type the signature gives.
    Unknown(Span),
}

/// The stand-in of argument `arg` (see [`Arg`]); `local` tells a binding
/// local to the user's statement (not in scope where the check is made).
pub fn arg_stand_in(arg: &Expr, local: &dyn Fn(&Ident) -> bool) -> Arg {
    match arg {
        Expr::Paren(p) => arg_stand_in(&p.expr, local),
        Expr::Group(g) => arg_stand_in(&g.expr, local),
        Expr::Lit(_) => Arg::Verbatim(arg.to_token_stream()),
        Expr::Unary(u) if matches!(u.op, syn::UnOp::Neg(_)) && matches!(&*u.expr, Expr::Lit(_)) => {
            Arg::Verbatim(arg.to_token_stream())
        }
        Expr::Path(p) if p.qself.is_none() && p.path.get_ident().is_some() => {
            let ident = p.path.get_ident().expect("checked");
            let upper = crate::syntax::pattern::names_a_path(&ident.to_string());
            if upper {
                Arg::Verbatim(arg.to_token_stream())
            } else if local(ident) {
                Arg::Unknown(ident.span())
            } else {
                Arg::Name(ident.clone())
            }
        }
        Expr::Path(_) => Arg::Verbatim(arg.to_token_stream()),
        // A reference to an unknown value is one of the type the signature
        // gives (`expect(&format!(..))`: `&str`, not `&T` with `T: Sized`).
        Expr::Reference(r) => match arg_stand_in(&r.expr, local) {
            Arg::Unknown(_) => Arg::Unknown(syn::spanned::Spanned::span(arg)),
            inner => {
                let (and, mutability) = (r.and_token, r.mutability);
                Arg::Ref(quote!(#and #mutability), Box::new(inner))
            }
        },
        Expr::Closure(c) if c.asyncness.is_none() => Arg::Verbatim(diverging_closure(c)),
        _ => Arg::Unknown(syn::spanned::Spanned::span(arg)),
    }
}

/// `|_, _: u8| loop {}` for `|a, b: u8| ..`: the closure's arity and the
/// types written in it, a body that never returns.
fn diverging_closure(c: &syn::ExprClosure) -> TokenStream {
    let span = c.or1_token.span;
    let inputs = c.inputs.iter().map(|p| match p {
        syn::Pat::Type(t) => {
            let ty = &t.ty;
            quote_spanned!(span=> _: #ty)
        }
        _ => quote_spanned!(span=> _),
    });
    let body = match &c.output {
        syn::ReturnType::Default => quote_spanned!(span=> loop {}),
        syn::ReturnType::Type(arrow, ty) => quote_spanned!(span=> #arrow #ty { loop {} }),
    };
    quote_spanned!(span=> |#(#inputs),*| #body)
}

/// The binding a method call moves as its receiver: `t` of
/// `t.into_name()`; `None` when the method is not known to take `self` by
/// value or the receiver is not a bare binding. A part moved out
/// (`t.a.unwrap()`) leaves the binding kept: a partly moved binding cannot
/// be carried on, so that is E0382 rather than the rest dropping early.
pub fn consumed_receiver(m: &ExprMethodCall) -> Option<&Ident> {
    if !consumes_receiver(&m.method) {
        return None;
    }
    super::expr::bare_ident(super::expr::strip_parens(&m.receiver))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every exact name the receiver rule takes to move a receiver is
    /// checked (`std_takers`), except `into` (`Into::into` takes `self` for
    /// every type); the prefixes by rustc's lookup when called without
    /// arguments.
    #[test]
    fn every_listed_name_has_its_std_types() {
        let ident = |n: &str| Ident::new(n, proc_macro2::Span::call_site());
        for name in BY_VALUE.iter().chain(CONSUMERS).filter(|&&n| n != "into") {
            assert!(
                std_takers(&ident(name)).is_some(),
                "`{name}` is not checked"
            );
        }
        for name in ["into", "into_iter", "unwrap_or", "expect_err", "finish"] {
            assert!(std_takers(&ident(name)).is_none(), "`{name}` is checked");
        }
        assert!(consumes_receiver(&ident("collect")) && !consumes_receiver(&ident("count")));
        let call = |src: &str| syn::parse_str::<ExprMethodCall>(src).expect("a method call");
        assert_eq!(
            by_name_check(&call("x.into_text()")),
            Some(ByName::ByValueLookup)
        );
        assert_eq!(
            by_name_check(&call("x.unwrap()")),
            Some(ByName::ByValueLookup)
        );
        assert_eq!(
            by_name_check(&call("x.unwrap_or(1)")),
            Some(ByName::ByValueLookup)
        );
        let stand_in = |src: &str| {
            let arg = syn::parse_str::<Expr>(src).expect("an expression");
            match arg_stand_in(&arg, &|i| i == "local") {
                Arg::Verbatim(t) => t.to_string(),
                Arg::Name(i) => format!("name {i}"),
                Arg::Ref(r, _) => format!("ref {r}"),
                Arg::Unknown(_) => "unknown".to_string(),
            }
        };
        assert_eq!(stand_in("|a, b: u8| a + b"), "| _ , _ : u8 | loop { }");
        assert_eq!(stand_in("|| -> u8 { 1 }"), "| | -> u8 { loop { } }");
        assert_eq!(stand_in("\"x\""), "\"x\"");
        assert_eq!(stand_in("Vec::new"), "Vec :: new");
        assert_eq!(stand_in("make"), "name make");
        assert_eq!(stand_in("local"), "unknown");
        assert_eq!(stand_in("make()"), "unknown");
        assert_eq!(stand_in("&mut x"), "ref & mut");
        assert_eq!(stand_in("&format!(\"{x}\")"), "unknown");
        assert_eq!(by_name_check(&call("x.into()")), None);
        assert_eq!(
            by_name_check(&call("x.map(f)")),
            Some(ByName::StdTakers("iter_opt_res_arr"))
        );
        assert!(
            !consumes_temporary(&ident("try_fold")),
            "`try_fold` takes `&mut self`"
        );
    }
}
