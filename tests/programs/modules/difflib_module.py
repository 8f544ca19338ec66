# difflib: SequenceMatcher (blocks, opcodes, ratios, junk and autojunk), ndiff/Differ, unified and context diffs, get_close_matches, restore.
import difflib
a = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'nine\n', 'ten\n']
b = ['zero\n', 'one\n', 'tree\n', 'four\n', 'fiv\n', 'six\n', 'seven\n', 'eight\n', 'nine\n', 'ten\n', 'eleven\n']
print(''.join(difflib.ndiff(a, b)))
print(''.join(difflib.unified_diff(a, b, 'a.txt', 'b.txt', '2024-01-01', n=1)))
print(''.join(difflib.context_diff(a, b, 'a', 'b')))
s = difflib.SequenceMatcher(None, 'abxcd', 'abcd')
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio(), s.get_matching_blocks(), s.get_opcodes(), s.find_longest_match(0, 5, 0, 4))
s = difflib.SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;', 'private volatile Thread currentThread;')
print(round(s.ratio(), 3), s.get_opcodes())
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']), difflib.get_close_matches('wheel', ['while', 'wheat', 'whale', 'hello'], n=2, cutoff=0.5))
print(list(difflib.restore(difflib.ndiff(a, b), 2)) == b, list(difflib.Differ().compare(['abcDefghiJkl\n'], ['abcdefGhijkl\n'])))
print(list(difflib.ndiff(['\tabcDefghiJkl\n'], ['\tabcdefGhijkl\n'])))
long_a = [str(i % 7) for i in range(300)]
long_b = [str(i % 5) for i in range(300)]
m = difflib.SequenceMatcher(None, long_a, long_b)
print(round(m.ratio(), 4), len(m.get_opcodes()), m.bpopular == set(str(i) for i in range(5)))
m2 = difflib.SequenceMatcher(None, long_a, long_b, autojunk=False)
print(round(m2.ratio(), 4), len(m2.get_opcodes()))
print(list(difflib.ndiff(['a', 'b'], ['a', 'c'])), list(difflib.unified_diff(['x'], ['y'], lineterm='')))
print([g for g in difflib.SequenceMatcher(None, 'a' * 20 + 'b' + 'a' * 20, 'a' * 20 + 'c' + 'a' * 20).get_grouped_opcodes(2)])
