# The format-spec mini-language applied to str
s = 'text'
for spec in ['', '10', '<10', '>10', '^10', '*^10', '-<9', '0>8', '\x00^7', '😀>6', '{^7', '}<6', '3', '.2', '10.2', '^9.3',
             '.0', '.10', '<', '>', '^', 's', '10s', '.1s', 'x<1', '^1', '^5s', '^4', ' ^9']:
    try:
        print(repr(spec), repr(format(s, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)
for spec in ['=10', '+', '-', ' ', '#', '010', ',', '_', '10,', 'd', 'x', 'f', '%', 'z', '>10z', 'ss', '10.', '.', '.x',
             '<<5', '0=5', '^^', '99999999999999999999', '.99999999999999999999', 'ä', '1.2.3', '>1_0']:
    try:
        print(repr(spec), repr(format(s, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)
print(repr(format('😀𝒳', '^6')), repr(format('😀𝒳ab', '.3')), repr(format('é', '*>3')))
print(repr(format('', '5')), repr(format('', '.0')), repr(format('abc', '0')))
print(repr(format('abc', '05')), repr(format('abc', '<05')), repr(format('abc', '>05')))
print(repr('{:^7.2}'.format('abcdef')), repr(f'{"abc":*<6.1}'))

class S(str):
    pass
print(repr(format(S('sub'), '>5')), type(format(S('sub'), '')).__name__)
