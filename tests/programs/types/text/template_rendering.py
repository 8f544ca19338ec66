# A tiny template engine on str.format_map, str.replace and str.find
class Context(dict):
    def __missing__(self, key):
        return '{' + key + '}'

tpl = 'Dear {title} {name},\nYour balance is {balance:>10,.2f} {currency}.\n{footer}'
ctx = Context(title='Dr.', name='Ng', balance=1234567.891, currency='€')
print(tpl.format_map(ctx))
print('{a}{b}{c}'.format_map(Context(b='B')))

def render(template, values):
    out, pos = [], 0
    while True:
        start = template.find('{{', pos)
        if start < 0:
            out.append(template[pos:])
            break
        end = template.find('}}', start)
        if end < 0:
            raise ValueError('unclosed tag at %d' % start)
        out.append(template[pos:start])
        expr = template[start + 2:end].strip()
        name, _, filt = expr.partition('|')
        value = str(values.get(name.strip(), ''))
        for f in filt.split('|'):
            f = f.strip()
            if f == 'upper':
                value = value.upper()
            elif f == 'title':
                value = value.title()
            elif f.startswith('pad'):
                value = value.center(int(f[3:] or 0), '.')
        out.append(value)
        pos = end + 2
    return ''.join(out)

print(render('Hello {{ name | title }}! [{{ tag|upper|pad12 }}] {{missing}}.', {'name': 'ada lovelace', 'tag': 'vip'}))
print(render('no tags at all', {}))
try:
    render('broken {{ tag', {})
except ValueError as e:
    print('ValueError', e)
rows = [('Widget', 3, 4.5), ('Gadget', 12, 0.25), ('Ünïcode', 1, 100.0)]
head = '{:<10}|{:>5}|{:>9}'.format('item', 'qty', 'price')
print(head)
print('-' * len(head))
for r in rows:
    print('{0:<10}|{1:>5d}|{2:>9.2f}'.format(*r))
print('%-10s|%5d|%9.2f' % rows[0])
print('{0[0]}: {0[1]} x {0[2]}'.format(rows[1]))
print(''.join('{:02d}:'.format(i) for i in range(5)).rstrip(':'))
print('$name and $other'.replace('$name', 'X').replace('$other', '$name'))
print('{{escaped}} {0}'.format('ok'), '%%d %d' % 4)
