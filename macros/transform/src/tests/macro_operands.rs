//! One answer to "what are this macro's operands" (`syntax::macros`).

use crate::syntax::awaits::contains_await;
use crate::syntax::macros::{CoroMacro, Operands, operands};
use crate::syntax::types::is_nameable;

fn mac(source: &str) -> syn::Macro {
    syn::parse_str(source).expect("a macro invocation")
}

fn expr(source: &str) -> syn::Expr {
    syn::parse_str(source).expect("an expression")
}

#[test]
fn macros_are_classified_by_the_last_segment_of_their_path() {
    assert_eq!(CoroMacro::of(&mac("coro::yield_!(1)")), CoroMacro::Yield);
    assert_eq!(CoroMacro::of(&mac("yield_from!(g)")), CoroMacro::YieldFrom);
    assert_eq!(
        CoroMacro::of(&mac("async_for!(x in s {})")),
        CoroMacro::AsyncFor
    );
    assert_eq!(CoroMacro::of(&mac("std::println!(\"\")")), CoroMacro::Exprs);
    assert_eq!(CoroMacro::of(&mac("coro::gather!(a, b)")), CoroMacro::Exprs);
    assert_eq!(CoroMacro::of(&mac("stringify!(x)")), CoroMacro::Textual);
    assert_eq!(CoroMacro::of(&mac("my_macro!(x)")), CoroMacro::Opaque);
    assert!(CoroMacro::of(&mac("yield_!()")).suspends());
    assert!(!CoroMacro::of(&mac("vec![]")).suspends());
}

#[test]
fn a_format_macro_has_its_string_apart_and_its_arguments_borrowed() {
    let Operands::Exprs(args) = operands(&mac("println!(\"{} {x}\", a, b = c.await)")) else {
        panic!("expressions expected");
    };
    assert!(args.format.is_some());
    assert_eq!(args.args.len(), 2);
    assert!(args.args.iter().all(|a| a.ctx == crate::syntax::Ctx::Place));
    assert!(args.args[1].name.is_some());
    assert!(!args.carries_operands());
}

#[test]
fn vec_and_write_take_values_and_a_receiver() {
    let Operands::Exprs(v) = operands(&mac("vec![a; n]")) else {
        panic!("expressions expected");
    };
    assert_eq!(v.args.len(), 2);
    assert!(v.carries_operands());
    let Operands::Exprs(w) = operands(&mac("write!(s, \"{}\", x)")) else {
        panic!("expressions expected");
    };
    assert_eq!(w.args[0].ctx, crate::syntax::Ctx::Receiver);
}

#[test]
fn coro_macros_parse_or_say_why_not() {
    assert!(matches!(operands(&mac("yield_!()")), Operands::Yield(None)));
    assert!(matches!(
        operands(&mac("yield_!(1)")),
        Operands::Yield(Some(_))
    ));
    let Operands::Malformed(e) = operands(&mac("yield_from!()")) else {
        panic!("an empty yield_from! is malformed");
    };
    assert!(e.to_string().contains("needs an operand"));
    assert!(matches!(
        operands(&mac("async_for!(x in s { })")),
        Operands::AsyncFor(_)
    ));
    assert!(matches!(
        operands(&mac("async_for!(x s)")),
        Operands::Malformed(_)
    ));
    // A known macro whose input does not parse is opaque.
    assert!(matches!(operands(&mac("vec![,,]")), Operands::Opaque));
}

#[test]
fn contains_await_looks_inside_known_macros_only_where_code_runs_now() {
    assert!(contains_await(&expr("vec![a, b.await]")));
    assert!(contains_await(&expr("f(yield_!(1))")));
    assert!(contains_await(&expr("other!(x.await)")));
    assert!(!contains_await(&expr("stringify!(x.await)")));
    assert!(!contains_await(&expr("|| x.await")));
    assert!(!contains_await(&expr("async { x.await }")));
    assert!(!contains_await(&expr("vec![|| x.await]")));
}

#[test]
fn a_type_is_nameable_by_its_syntax_not_its_text() {
    assert!(is_nameable(&quote::quote!(Simple)));
    assert!(is_nameable(&quote::quote!(Vec<Implement>)));
    assert!(!is_nameable(&quote::quote!(impl Iterator<Item = u8>)));
    assert!(!is_nameable(&quote::quote!(Box<impl Fn()>)));
    assert!(!is_nameable(&quote::quote!(_)));
}
