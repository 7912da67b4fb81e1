import itertools
forms = {
 'vec': 'vec![{A}, {B}]',
 'call': 'pair({A}, {B})',
 'arr': '[{A}, {B}].to_vec()',
 'tup': '{{ let t = ({A}, {B}); vec![t.0, t.1] }}',
 'bin': 'vec![{A} + {B}]',
 'method': 'Pairer.pair({A}, {B})',
 'dbg': '{{ let t = dbg!({A}, {B}); vec![t.0, t.1] }}',
}
reads = {
 'x': ('x', 'x'),
 'vi': ('v[i]', 'i'),
 'pa': ('p.0', 'p'),
 'vix': ('v[i] * 1', 'i'),  # not a place: hoisted, control
}
changes = {
 'assign': '{X} = 2;',
 'addassign': '{X} += 2;',
 'destructure': '({X}, _) = (2, 0u32);',
 'mutref': 'bump(&mut {X});',
 'methodmut': '{X}.add_assign(2);',
}
out = ['#![allow(warnings)]\n#[macro_use]\nmod support;\nuse support::*;\nuse std::ops::AddAssign;\n',
'fn pair(a: u32, b: u32) -> Vec<u32> { vec![a, b] }',
'struct Pairer; impl Pairer { fn pair(&self, a: u32, b: u32) -> Vec<u32> { vec![a, b] } }',
'fn bump<T: AddAssign<u32>>(x: &mut T) { *x += 2; }',
'twins! {']
tests = []
for (fn_, f), (rn, (r, var)), (cn, c), homes in itertools.product(forms.items(), reads.items(), changes.items(), [False, True]):
    X = var if rn != 'pa' else 'p.0'
    if rn in ('vi','vix') and X=='i':
        ch = c.format(X='i').replace('2', '2usize') if cn!='destructure' else '(i, _) = (2usize, 0u32);'
        if cn == 'mutref': ch = 'bump(&mut i);'
        if cn == 'addassign': ch = 'i += 2;'
        if cn == 'methodmut': ch = 'i.add_assign(2usize);'
        if cn == 'assign': ch = 'i = 2;'
    else:
        ch = c.format(X=X)
    if cn=='mutref' and rn in('vi','vix'):
        ch='bumpu(&mut i);'
    name = f'{fn_}_{rn}_{cn}_{"homes" if homes else "plain"}'
    body = ['let mut x = 1u32;', 'let v = vec![10u32, 20, 30, 40];', 'let mut i = 0usize;', 'let mut p = (1u32, 0u32);']
    if homes:
        body += ['let hv = vec![100u32];', 'let hr = &hv;', 'tick("h").await;']
    B = '{ ' + ch + ' ready("b", 5u32) }.await'
    body.append('let mut out: Vec<u32> = ' + f.format(A=r, B=B) + ';')
    body.append('out.push(x); out.push(i as u32); out.push(p.0);')
    if homes: body.append('out.push(hr[0]);')
    body.append('out')
    out.append(f'    fn {name}() -> Vec<u32> {{\n        ' + '\n        '.join(body) + '\n    }')
    tests.append(f'#[test] fn {name}_t() {{ assert_twins!({name}()); }}')
out.append('}')
out.append('fn bumpu(x: &mut usize) { *x += 2; }')
out += tests
open('tests/review_gen1.rs','w').write('\n'.join(out)+'\n')
print(len(tests))
