# shlex: split (posix and not, comments), quote/join, the shlex lexer with punctuation, pushback, errors.
import shlex
for s in ['ls -l "my file.txt" \'single q\' back\\ slash', 'a "b \\" c" \'d\\e\' f#g # comment', 'x=1 y="two words"',
          'echo "nested \'quotes\'" end', '', '   spaced   out   ', 'a\\\\b "c\\\\d" \'e\\\\f\'', 'tab\there', 'unicode é word']:
    print(repr(s), shlex.split(s), shlex.split(s, comments=True), shlex.split(s, posix=False))
for bad in ['"unclosed', "'open", 'trailing\\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print(repr(bad), 'ValueError', e)
print([shlex.quote(s) for s in ['simple', 'has space', "it's", '', 'a$b', '-flag', 'ok@host:/path,x=1%']])
print(shlex.join(['echo', 'hello world', "it's"]), shlex.split(shlex.join(['a b', 'c'])))
lex = shlex.shlex('a && b; c > out.txt|d', punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('name = "value" # comment\nother=42')
print(list(lex), lex.lineno)
lex = shlex.shlex('one two three', posix=True)
lex.whitespace_split = True
print(lex.get_token(), lex.get_token(), lex.error_leader())
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), repr(lex.get_token()))
