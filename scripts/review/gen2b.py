import sys, random, itertools
sys.path.insert(0, __import__('os').path.dirname(__file__)); from harness import build, build_iter
items = ['m.len() as u32', 'm[0]', '{ m.push(3); 1u32 }', 'ready("a", 1u32).await', 'ready("b", m[0]).await', '{ m.push(4); ready("c", m.len() as u32) }.await', 'm.pop().unwrap_or(0)', 'x', '{ x += 1; ready("d", x) }.await', 'get(&m).await']
macros = {
 'format': lambda a: 'format!("' + ' '.join(['{}']*len(a)) + '", ' + ', '.join(a) + ')',
 'println': lambda a: '{ println!("' + ' '.join(['{}']*len(a)) + '", ' + ', '.join(a) + '); String::new() }',
 'named': lambda a: 'format!("' + ' '.join(['{a%d}'%k for k in range(len(a))]) + '", ' + ', '.join('a%d = %s'%(k,e) for k,e in enumerate(a)) + ')',
 'vec': lambda a: 'format!("{:?}", vec![' + ', '.join(a) + '])',
 'dbg': lambda a: 'format!("{:?}", dbg!(' + ', '.join(a) + '))',
 'assert_eq': lambda a: '{ assert_eq!(' + ', '.join(a[:2]) + ('' if len(a)<3 else ', "m {}", ' + a[2]) + '); String::new() }',
 'write': lambda a: '{ let mut s = String::new(); write!(s, "' + ' '.join(['{}']*len(a)) + '", ' + ', '.join(a) + ').unwrap(); s }',
 'writeref': lambda a: '{ let mut s = String::new(); let sr = &mut s; write!(sr, "' + ' '.join(['{}']*len(a)) + '", ' + ', '.join(a) + ').unwrap(); s }',
 'nested': lambda a: 'format!("{} {}", format!("{:?}", vec![' + ', '.join(a[:2]) + ']), ' + a[-1] + ')',
}
rnd = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 0)
fns = []
combos = list(itertools.product(items, repeat=3))
rnd.shuffle(combos)
count = int(sys.argv[2]) if len(sys.argv) > 2 else 150
k = 0
for mname, mk in macros.items():
    for a in combos[k*count//len(macros): (k+1)*count//len(macros)]:
        if not any('await' in e for e in a): continue
        for homes in [True, False]:
            name = f'm{len(fns)}_{mname}_{"h" if homes else "p"}'
            body = ['let mut mv = vec![10u32, 20];', 'let w = vec![1u32, 2, 3];', 'let mut i = 0usize;', 'let mut x = 5u32;']
            if homes: body += ['let m = &mut mv;', 'tick("h").await;']
            else: body += ['let m = &mut mv;']
            body += [f'let out = {mk(list(a))};', 'let w = mv;', 'format!("{out} {x} {i} {w:?}")']
            fns.append((name, '() -> String', '\n'.join(body), '()'))
    k += 1
extra = 'fn get(v: &Vec<u32>) -> Ready<u32> { ready("g", v[0]) }\n'
bad, cerr, fails, r = build_iter(fns, 'review_gen2b', extra)
print('native-rejected', len(bad), 'of', len(fns))
print('coro compile errors:')
for n, e in sorted(cerr.items()): print(' ', n, e[:2])

print('runtime fails', fails)
