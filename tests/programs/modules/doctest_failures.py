# doctest's failure reports (wrong output, missing output, exception mismatches, option directives),
# the parser's view of examples, and its errors; run on text with a relative file name.
import doctest

TEXT = '''
Some prose.

>>> 1 + 1
3
>>> print('a')
>>> x = [1, 2, 3]
>>> x
[1, 2, 3]
>>> int('z')  # doctest: +IGNORE_EXCEPTION_DETAIL
Traceback (most recent call last):
ValueError: different detail
>>> 'abc'  # doctest: +ELLIPSIS
'a...d'
>>> print('one\\ntwo')
one
three
>>> True
1
>>> False  # doctest: +DONT_ACCEPT_TRUE_FOR_1
0
>>> print('\\n')
<BLANKLINE>
<BLANKLINE>
'''

parser = doctest.DocTestParser()
test = parser.get_doctest(TEXT, {}, 'sample', 'sample.txt', 0)
print(test, len(test.examples))
for ex in test.examples:
    print(repr(ex.source), repr(ex.want), repr(ex.exc_msg), ex.lineno, ex.indent, ex.options)
runner = doctest.DocTestRunner(verbose=False)
print(runner.run(test))
print(runner.summarize(verbose=False))
test = parser.get_doctest(TEXT, {}, 'sample', 'sample.txt', 10)
first_only = doctest.DocTestRunner(verbose=False, optionflags=doctest.REPORT_ONLY_FIRST_FAILURE)
print(first_only.run(test))
test = parser.get_doctest(TEXT, {}, 'sample', None, None)
fast = doctest.DocTestRunner(verbose=True, optionflags=doctest.FAIL_FAST)
print(fast.run(test))
print(fast.summarize())
pieces = parser.parse('Intro\n>>> 2 * 3\n6\nOutro\n')
print([type(p).__name__ for p in pieces], repr(pieces[0]), repr(pieces[-1]))
for bad in ['>>>1 + 1\n2\n', '  >>> x = 1\n 2\n', '>>> 1  # doctest: +NOPE\n1\n',
            '  >>> a\n  ... b\n ... c\n']:
    try:
        print(parser.get_examples(bad, 'bad'))
    except ValueError as e:
        print('ValueError', e)
checker = doctest.OutputChecker()
print(checker.check_output('a...z\n', 'abcz\n', doctest.ELLIPSIS), checker.check_output('a b\n', 'a   b\n', 0),
      checker.check_output('a b\n', 'a   b\n', doctest.NORMALIZE_WHITESPACE), checker.check_output('1\n', 'True\n', 0))
print(doctest.script_from_examples('Text\n>>> x = 1\n>>> x\n1\nMore text\n'))
print(doctest.OPTIONFLAGS_BY_NAME['ELLIPSIS'] == doctest.ELLIPSIS, doctest.COMPARISON_FLAGS & doctest.SKIP != 0)
