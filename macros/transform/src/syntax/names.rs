//! Names of the generated items: variants named for what they wait on, and
//! the state enum's type parameters named for the bindings they hold.

use proc_macro2::{Ident, Span};
use std::collections::BTreeMap;
use syn::Expr;

/// Hands out unique CamelCase names.
#[derive(Default)]
pub struct Names {
    used: BTreeMap<String, usize>,
}

impl Names {
    /// Names whose first use is already taken (the fixed variants).
    pub fn reserving(taken: &[&str]) -> Names {
        let mut names = Names::default();
        for name in taken {
            names.unique(name);
        }
        names
    }

    /// A unique name starting with `base` (`Tick`, then `Tick2`, `Tick3`, ...).
    pub fn unique(&mut self, base: &str) -> String {
        let count = self.used.entry(base.to_string()).or_insert(0);
        *count += 1;
        if *count == 1 {
            base.to_string()
        } else {
            format!("{base}{count}")
        }
    }

    pub fn variant(&mut self, base: &str) -> Ident {
        let name = self.unique(base);
        Ident::new(&name, Span::call_site())
    }
}

/// `snake_case` (with leading underscores) to `CamelCase`.
/// `ident` at `span`. Rebuilding it from its text (`Ident::new`) would
/// panic on a raw identifier (`r#type`); a clone stays raw.
pub fn respan(ident: &Ident, span: Span) -> Ident {
    let mut ident = ident.clone();
    ident.set_span(span);
    ident
}

/// The text of an identifier without its raw prefix (`type` of `r#type`),
/// to build another name from.
pub fn unraw(text: &str) -> &str {
    text.strip_prefix("r#").unwrap_or(text)
}

pub fn camel(name: &str) -> String {
    let mut out = String::new();
    let mut upper = true;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    if out.is_empty() || out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, 'V');
    }
    out
}

/// The variant name for a suspension on `base.await`: the name of the
/// function or method that made the awaitable (`tick(i).await` -> `Tick`),
/// or of the binding awaited (`fut.await` -> `Fut`).
pub fn await_name(base: &Expr) -> String {
    let ident = match base {
        Expr::Call(c) => match &*c.func {
            Expr::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
            _ => None,
        },
        Expr::MethodCall(m) => Some(m.method.to_string()),
        Expr::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        Expr::Field(f) => match &f.member {
            syn::Member::Named(i) => Some(i.to_string()),
            syn::Member::Unnamed(_) => None,
        },
        Expr::Macro(m) => m.mac.path.segments.last().map(|s| s.ident.to_string()),
        Expr::Paren(p) => return await_name(&p.expr),
        Expr::Await(_) => Some("awaited".to_string()),
        _ => None,
    };
    match ident.map(|i| camel(i.trim_start_matches("r#"))) {
        // `Self` is a keyword: `self.await` waits on the receiver.
        Some(name) if name == "Self" => "Receiver".to_string(),
        Some(name) => name,
        None => "Awaiting".to_string(),
    }
}
