use super::*;

fn pat(s: &str) -> Pat {
    syn::parse::Parser::parse_str(Pat::parse_multi, s).expect("a pattern")
}

#[test]
fn moves_whole_needs_a_binding_and_no_part_left_behind() {
    for moving in [
        "t",
        "mut t",
        "Some(t)",
        "(a, 0)",
        "Pair { a, b }",
        "E::A(x) | E::B(x)",
        // An array matched by value: every element moved.
        "[a, b]",
        "[a, rest @ ..]",
        // A by-value `@` binding moves all it matches.
        "t @ Some(_)",
        "both @ (_, _)",
    ] {
        assert!(moves_whole(&pat(moving)), "{moving}");
    }
    for keeping in [
        "_",
        "None",
        "Some(_)",
        "(a, _)",
        "(a, ..)",
        "Pair { a, .. }",
        "ref t",
        "ref t @ Some(_)",
        "[a, ..]",
        "[a, ref rest @ ..]",
        "&t",
    ] {
        assert!(!moves_whole(&pat(keeping)), "{keeping}");
    }
}

#[test]
fn arms_move_whole_allows_only_testing_arms_beside_moving_ones() {
    let arms = |ps: &[&str]| {
        let ps: Vec<Pat> = ps.iter().map(|p| pat(p)).collect();
        arms_move_whole(&ps.iter().collect::<Vec<_>>())
    };
    assert!(arms(&["Some(t)", "None"]));
    assert!(arms(&["Ok(n)", "Err(e)"]));
    assert!(!arms(&["Some(t)", "_"]));
    assert!(!arms(&["Ok(n)", "Err(_)"]));
    assert!(!arms(&["None", "_"]));
}

#[test]
fn arms_that_bind_nothing_leave_the_binding() {
    let arms = |f: fn(&[&Pat]) -> bool, ps: &[&str]| {
        let ps: Vec<Pat> = ps.iter().map(|p| pat(p)).collect();
        f(&ps.iter().collect::<Vec<_>>())
    };
    assert!(arms(arms_leave_whole, &["Ok(n)", "Err(_)"]));
    assert!(arms(arms_leave_whole, &["Some(t)", "_"]));
    assert!(arms(arms_leave_whole, &["Some(ref t)", "None"]));
    assert!(!arms(arms_leave_whole, &["Some(t)", "None"]));
    assert!(!arms(arms_leave_whole, &["(k, _)"]));
    assert!(arms(arms_read_whole, &["Ok(n)", "Err(_)"]));
    assert!(arms(arms_read_whole, &["Some(t)", "None"]));
    assert!(!arms(arms_read_whole, &["Ok(n)", "Err(ref e)"]));
    assert!(!arms(arms_read_whole, &["Ok((n, _))", "Err(_)"]));
    assert!(!arms(arms_read_whole, &["_"]));
}

#[test]
fn let_moves_whole_only_where_the_rest_owns_nothing() {
    assert!(let_moves_whole(&pat("Some(t)")));
    assert!(let_moves_whole(&pat("(a, b)")));
    assert!(!let_moves_whole(&pat("Ok(t)")));
    assert!(!let_moves_whole(&pat("Some((a, 0))")));
    assert!(!let_moves_whole(&pat("Some(None)")));
}

#[test]
fn a_shorthand_field_made_a_wildcard_is_written_out() {
    let kept = vec!["x".to_string()];
    let cases = [
        ("P2 { x, y }", "P2 { x, y: _ }"),
        ("P2 { ref x, mut y }", "P2 { ref x, y: _ }"),
        ("Some(P2 { x: a, y })", "Some(P2 { x: _, y: _ })"),
        ("S { y: y @ Some(_), x }", "S { y: Some(_), x }"),
    ];
    for (from, to) in cases {
        let got = wildcard_bindings(&pat(from), &kept);
        assert_eq!(got, pat(to), "{from}");
    }
}
