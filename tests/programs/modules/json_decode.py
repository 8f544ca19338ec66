# json.loads and JSONDecoder: values, hooks, and every error message with its position.
import json
from json import JSONDecodeError, JSONDecoder

docs = ['null', 'true', 'false', '0', '-0', '12', '-7', '1.5', '-0.0', '1e3', '1E-2', '2.5e+2', '123456789012345678901234567890',
        '"abc"', '"\\u00e9\\n\\t\\"\\\\\\/"', '"\\ud83d\\ude00"', '"\\ud800"', '"\\udc00\\ud800x"', '[]', '{}', ' [ 1 , 2 ] ',
        '{"a": {"b": [1, {"c": null}]}}', '{"a": 1, "a": 2}', 'NaN', 'Infinity', '-Infinity', '[1e400, -1e400]',
        '\n\t {"k" :\r\n "v"}  ', '"\u2028"', '["a", "é", "\U0001f600"]', '1.0000000000000001', '0.1', '[0.5, 3]']
for d in docs:
    v = json.loads(d)
    print(repr(d), '->', repr(v), type(v).__name__)

bad = ['[1,]', '{"a":1,}', '{"a" 1}', '{a:1}', '', '  ', '[1 2]', '{"a":1 "b":2}', '"abc', '"a\\x"', '"\\u12"',
       '"\\u12zz"', '"a\tb"', '[1] x', 'nul', 'tru', '[-]', '01', '1.', '1e', '-', '{"a":}', '[', '{', '[,1]', '{,}',
       '{"a":1,,}', 'truex', '"\\"', '\ufeff[1]', '{"a"', '{"a":', '[1,', '["x",\n  ]', 'nan', 'inf', "'single'",
       '{"a":1}\n\n  x', '\n\n   ]', '[1,\n2,\n3 4]', '+1', '.5', '0x10', '"\x7f\x00"', '[1]]', '{"a": [}']
for d in bad:
    try:
        print(repr(d), '->', repr(json.loads(d)))
    except JSONDecodeError as e:
        print(repr(d), '!!', e, '|', e.msg, e.pos, e.lineno, e.colno)

print(json.loads('"a\tb"', strict=False), json.loads(b'[1, "\xc3\xa9"]'), json.loads(bytearray(b'{"x": 2}')))
print(json.loads('[1]'.encode('utf-16')), json.loads('[1]'.encode('utf-16-le')), json.loads('[2]'.encode('utf-32')),
      json.loads('"\u00e9"'.encode('utf-8-sig')))
print(json.loads('{"a": 1, "b": [2]}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": 2, "a": 3}', object_pairs_hook=list))
print(json.loads('[1.5, 2, NaN]', parse_float=lambda s: 'F' + s, parse_int=lambda s: 'I' + s, parse_constant=lambda s: 'C' + s))
print(json.loads('{"n": 10}', parse_int=float), json.loads('[1.25]', parse_float=str))
decoder = JSONDecoder()
print(decoder.decode(' [1, 2] '), decoder.raw_decode('[1, 2] tail'), decoder.raw_decode('xx"s"yy', 2))
for call in ['json.loads(3)', 'json.loads(None)', 'decoder.raw_decode(" [1]")', 'json.loads("[1]", foo=1)',
             'json.loads("1" * 5000)', 'JSONDecodeError("m", "ab\\ncd", 4).colno', 'issubclass(JSONDecodeError, ValueError)',
             'repr(JSONDecodeError("oops", "x\\ny\\nz", 3))', 'JSONDecodeError("m", "abc", 1).args']:
    try:
        print(call, '->', eval(call))
    except Exception as e:
        print(call, '!!', type(e).__name__, e)
deep = '[' * 100 + ']' * 100
print(len(str(json.loads(deep))))
