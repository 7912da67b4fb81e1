//! Unit tests of `leftovers.rs`.

use super::*;
use quote::ToTokens;

fn kept(body: &str) -> Result<String, String> {
    let mut block: Block = syn::parse_str(body).expect("a block");
    keep_left_parts(&mut block, &[])
        .map(|()| {
            block
                .to_token_stream()
                .to_string()
                .split_whitespace()
                .collect()
        })
        .map_err(|e| e.to_string())
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect()
}

#[test]
fn a_part_left_by_an_arm_is_kept_in_a_hidden_binding() {
    let out = kept("{ let r = f(); match r { Ok((t, _)) => g(t), Err(_) => 0 }; h().await; }")
        .expect("kept");
    assert!(
        out.starts_with(&squash(
            "{ let r = f(); #[allow(unused_variables, unused_assignments)] \
             let mut __coro_left_r_0_0 = ::core::option::Option::None;"
        )),
        "{out}"
    );
    assert!(
        out.contains(&squash(
            "Ok((t, __coro_part0_0)) => { __coro_left_r_0_0 = \
             ::core::option::Option::Some(__coro_part0_0); g(t) }"
        )),
        "{out}"
    );
}

#[test]
fn untouched_without_a_suspension_or_when_named_later() {
    for body in [
        "{ let p = f(); let (t, _) = p; g(t); }",
        "{ let p = f(); let (t, _) = p; h().await; g(p.1); }",
        "{ let p = f(); let (t, p) = p; h().await; }",
        "{ let p = &x; let (t, _) = p; h().await; }",
        "{ let o = f(); match o { Some(t) => g(t), None => 0 }; h().await; }",
    ] {
        assert_eq!(kept(body), Ok(squash(body)), "{body}");
    }
}

#[test]
fn parts_it_cannot_name_are_errors() {
    for (body, says) in [
        (
            "{ let o = f(); let n = match o { Some((a, ..)) | Some((.., a)) => a, None => 0 }; h().await; }",
            "`..`",
        ),
        (
            "{ let r = f(); match r { Ok((t, ref u)) => g(t, u), Err(_) => 0 }; h().await; }",
            "`ref`",
        ),
        (
            "{ let mut o = f(); while let Some((t, _)) = o { h().await; o = f(); } }",
            "`while let`",
        ),
        (
            "{ let mut r = f(); match r { Ok((t, _)) => g(t), Err(_) => 0 }; h().await; r = f(); }",
            "assigned again",
        ),
    ] {
        let e = kept(body).expect_err(body);
        assert!(e.contains(says), "{body}: {e}");
    }
}

/// A tuple's or struct's `..` is taken to be matched through a reference
/// and checked before the statement matching it (`rest_probe.rs`).
#[test]
fn a_rest_is_probed_before_its_statement() {
    let out =
        kept("{ let o = f(); let n = match o { Some((a, ..)) => a, None => 0 }; h().await; }")
            .expect("probed");
    assert!(
        out.contains(&squash(
            "let o = f(); ::coro::__private::rest_probe::place(&o, |__coro_probed| match \
             __coro_probed { #[allow(unreachable_patterns)] Some(__coro_rest0 @ (_, ..)) => { \
             ::coro::__private::rest_probe::reference(&__coro_rest0); }"
        )),
        "{out}"
    );
    assert!(
        out.contains(&squash(
            "let n = match o { Some((a, ..)) => a, None => 0 };"
        )),
        "{out}"
    );
}

#[test]
fn a_by_value_rest_binding_leaves_nothing() {
    for body in [
        "{ let a = f(); let [t, rest @ ..] = a; h().await; g(t, rest); }",
        "{ let a = f(); match a { [t, rest @ ..] => { h().await; g(t, rest) } } }",
    ] {
        assert_eq!(kept(body), Ok(squash(body)), "{body}");
    }
    let e = kept("{ let a = f(); let [t, ref rest @ ..] = a; h().await; g(t, rest); }")
        .expect_err("a `ref` rest beside a moved part");
    assert!(e.contains("`ref`"), "{e}");
}

#[test]
fn kept_where_the_pass_did_not_look_before() {
    for (body, has) in [
        // Declared without a value, assigned before the pattern.
        (
            "{ let p; p = f(); let (t, _) = p; h().await; g(t); }",
            "let (t, __coro_part0_0) = p;",
        ),
        // A known macro's operand.
        (
            "{ let p = f(); let v = vec![match p { (t, _) => t }]; h().await; }",
            "(t, __coro_part0_0) => {",
        ),
        // A block in a known macro's operand.
        (
            "{ let v = vec![{ let p = f(); let (t, _) = p; h().await; t }]; }",
            "let (t, __coro_part0_0) = p;",
        ),
        // A destructuring `let` that shadows the binding.
        (
            "{ let p = f(); let (p, _) = p; h().await; g(p); }",
            "let (p, __coro_part0_0) = p;",
        ),
        // An `async_for!`'s binding.
        (
            "{ async_for!(p in s { let (t, _) = p; h().await; g(t); }); }",
            "let (t, __coro_part0_0) = p;",
        ),
        // A slice pattern's `..`: named as a `_` is.
        (
            "{ let a = f(); let [t, .., u] = a; h().await; g(t, u); }",
            "let [t, __coro_part0_0 @ .., u] = a;",
        ),
    ] {
        let out = kept(body).unwrap_or_else(|e| panic!("{body}: {e}"));
        assert!(out.contains(&squash(has)), "{body}: {out}");
    }
}

#[test]
fn shadowed_or_opaque_is_an_error_where_a_suspension_follows() {
    for body in [
        "{ let p = f(); let (t, _) = p; match q { Some(p) => g(p), None => 0 }; h().await; }",
        "{ let p = f(); let (t, _) = p; my_log!(p); h().await; }",
    ] {
        let e = kept(body).expect_err(body);
        assert!(e.contains("shadowed in that scope"), "{body}: {e}");
    }
    let fine = "{ let p = f(); let (t, _) = p; { let p = 1; g(p); } }";
    assert_eq!(kept(fine), Ok(squash(fine)));
}

#[test]
fn a_branch_binding_is_kept_to_the_end_of_the_branch() {
    for body in [
        "{ if let Some(p) = o { let (t, _) = p; h().await; g(t); } }",
        "{ while let Some(p) = it.next() { let (t, _) = p; h().await; g(t); } }",
        "{ for p in v { let (t, _) = p; h().await; g(t); } }",
        "{ match o { Some(p) => { let (t, _) = p; h().await; g(t); } None => {} } }",
        "{ match o { Some(p) => match p { (t, _) => { h().await; g(t); } }, None => {} } }",
    ] {
        let out = kept(body).unwrap_or_else(|e| panic!("{body}: {e}"));
        assert!(
            out.contains(&squash(
                "{ #[allow(unused_variables, unused_assignments)] \
                 let mut __coro_left_p_0_0 = ::core::option::Option::None;"
            )),
            "{body}: {out}"
        );
        assert!(out.contains("__coro_part0_0)"), "{body}: {out}");
    }
}

#[test]
fn a_let_without_a_value_shadowing_the_binding_ends_its_scope() {
    let body = "{ let p = f(); g(&p); let p; p = f(); let (t, _) = p; h().await; }";
    let out = kept(body).expect("kept");
    assert!(
        out.contains(&squash(
            "let p; #[allow(unused_variables, unused_assignments)] let mut __coro_left_p_"
        )),
        "{out}"
    );
}
