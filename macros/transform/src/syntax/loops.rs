//! The one resolver of `break` and `continue` targets (regenerator's leap
//! manager): a stack of the enclosing loops and labelled blocks, innermost
//! last, each carrying what its user needs (nothing for `check`, "flattened
//! or not" for the fragment rewrite, the target blocks for lowering).

/// A loop or labelled block that `break`/`continue` may target.
pub struct Frame<T> {
    pub label: Option<String>,
    /// A loop (`loop`, `while`, `for`, `async_for!`), not a labelled block.
    pub is_loop: bool,
    pub data: T,
}

/// `break` or `continue`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Leap {
    Break,
    Continue,
}

/// Why a jump has no target.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum LeapError {
    /// No enclosing loop (or no frame with that label).
    NoTarget,
    /// `continue 'label` where `'label` names a block.
    ContinueToBlock(String),
}

/// The enclosing loops and labelled blocks, innermost last.
pub struct LoopScopes<T> {
    frames: Vec<Frame<T>>,
}

impl<T> Default for LoopScopes<T> {
    fn default() -> Self {
        LoopScopes { frames: Vec::new() }
    }
}

impl<T> LoopScopes<T> {
    /// Enters a loop or labelled block; returns its index.
    pub fn push(&mut self, label: Option<&syn::Label>, is_loop: bool, data: T) -> usize {
        self.push_named(label.map(|l| l.name.ident.to_string()), is_loop, data)
    }

    /// [`Self::push`] with the label's name.
    pub fn push_named(&mut self, label: Option<String>, is_loop: bool, data: T) -> usize {
        self.frames.push(Frame {
            label,
            is_loop,
            data,
        });
        self.frames.len() - 1
    }

    pub fn pop(&mut self) -> Option<Frame<T>> {
        self.frames.pop()
    }

    pub fn frame(&self, index: usize) -> &Frame<T> {
        &self.frames[index]
    }

    pub fn frame_mut(&mut self, index: usize) -> &mut Frame<T> {
        &mut self.frames[index]
    }

    pub fn iter(&self) -> impl Iterator<Item = &Frame<T>> {
        self.frames.iter()
    }

    /// The frame a `break`/`continue` with `label` leaves: the innermost
    /// loop when unlabelled (a labelled block is no target then), else the
    /// innermost frame with that label (`continue` only to a loop).
    pub fn resolve(&self, label: Option<&syn::Lifetime>, leap: Leap) -> Result<usize, LeapError> {
        let Some(label) = label else {
            return self
                .frames
                .iter()
                .rposition(|f| f.is_loop)
                .ok_or(LeapError::NoTarget);
        };
        let name = label.ident.to_string();
        let index = self
            .frames
            .iter()
            .rposition(|f| f.label.as_deref() == Some(name.as_str()))
            .ok_or(LeapError::NoTarget)?;
        if leap == Leap::Continue && !self.frames[index].is_loop {
            return Err(LeapError::ContinueToBlock(name));
        }
        Ok(index)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(name: &str) -> syn::Label {
        syn::parse_str(&format!("'{name}:")).expect("a label")
    }

    fn lifetime(name: &str) -> syn::Lifetime {
        syn::parse_str(&format!("'{name}")).expect("a lifetime")
    }

    fn scopes() -> LoopScopes<&'static str> {
        // 'outer: loop { 'block: { while .. { <here> } } }
        let mut s = LoopScopes::default();
        s.push(Some(&label("outer")), true, "outer loop");
        s.push(Some(&label("block")), false, "labelled block");
        s.push(None, true, "inner while");
        s
    }

    #[test]
    fn unlabelled_jumps_target_the_innermost_loop() {
        let s = scopes();
        assert_eq!(s.resolve(None, Leap::Break), Ok(2));
        assert_eq!(s.resolve(None, Leap::Continue), Ok(2));
    }

    #[test]
    fn labelled_jumps_target_their_label() {
        let s = scopes();
        assert_eq!(s.resolve(Some(&lifetime("outer")), Leap::Continue), Ok(0));
        assert_eq!(s.resolve(Some(&lifetime("block")), Leap::Break), Ok(1));
    }

    #[test]
    fn continue_to_a_block_and_unknown_labels_are_errors() {
        let s = scopes();
        assert_eq!(
            s.resolve(Some(&lifetime("block")), Leap::Continue),
            Err(LeapError::ContinueToBlock("block".into()))
        );
        assert_eq!(
            s.resolve(Some(&lifetime("nowhere")), Leap::Break),
            Err(LeapError::NoTarget)
        );
    }

    #[test]
    fn an_unlabelled_break_skips_labelled_blocks() {
        let mut s = LoopScopes::default();
        s.push(None, true, "loop");
        s.push(Some(&label("b")), false, "block");
        assert_eq!(s.resolve(None, Leap::Break), Ok(0));
        let empty: LoopScopes<()> = LoopScopes::default();
        assert_eq!(empty.resolve(None, Leap::Break), Err(LeapError::NoTarget));
    }

    #[test]
    fn the_innermost_of_two_equal_labels_wins() {
        let mut s = LoopScopes::default();
        s.push(Some(&label("a")), true, 0);
        s.push(Some(&label("a")), true, 1);
        assert_eq!(s.resolve(Some(&lifetime("a")), Leap::Break), Ok(1));
    }
}
