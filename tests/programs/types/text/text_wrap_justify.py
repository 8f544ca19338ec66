# Greedy word wrapping and justification with str methods
text = ('Python strings are immutable sequences of Unicode code points. Methods such as split, '
        'join, ljust, rjust and center make text layout straightforward. Ünïcödé wörds count too!')

def wrap(text, width):
    lines, current = [], ''
    for word in text.split():
        if not current:
            current = word
        elif len(current) + 1 + len(word) <= width:
            current += ' ' + word
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines

def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    out = ''
    for i, w in enumerate(words[:-1]):
        n = spaces // gaps + (1 if i < spaces % gaps else 0)
        out += w + ' ' * n
    return out + words[-1]

for width in [20, 32, 45]:
    lines = wrap(text, width)
    print(f'--- width {width}: {len(lines)} lines')
    for line in lines[:-1]:
        print('|' + justify(line, width) + '|')
    print('|' + lines[-1].ljust(width) + '|')
for line in wrap(text, 30)[:3]:
    print('[' + line.center(34, '~') + ']', '[' + line.rjust(32) + ']')
box = wrap('A short note in a box.', 12)
w = max(map(len, box))
print('+' + '-' * (w + 2) + '+')
for line in box:
    print('| ' + line.ljust(w) + ' |')
print('+' + '-' * (w + 2) + '+')
print('{:^40}'.format(' Title '), '{:=^40}'.format(' Title '))
print('\n'.join(f'{i:>2}. {word:<10}|' for i, word in enumerate(text.split()[:5], 1)))
print(' '.join(text.split()[:6]).title().swapcase())
indent = '    '
print('\n'.join(indent + line for line in wrap(text, 40)[:2]))
print(repr('\n'.join(wrap('', 10))), wrap('supercalifragilistic', 5))
