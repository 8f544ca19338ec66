# Writing lone surrogates to stdout fails at write time with UnicodeEncodeError
import sys
print('before')
for text in ['a\ud800b', '\udfff', 'x\ud83d', 'ok\udbff\udbffz']:
    try:
        print(text)
    except UnicodeEncodeError as e:
        print('caught:', e.encoding, e.start, e.end, e.reason, '|', e)
try:
    sys.stdout.write('w\ud800\n')
except UnicodeEncodeError as e:
    print('write caught:', e)
try:
    print('a', '\ud800', 'b')
except UnicodeEncodeError as e:
    print('caught again:', e)
print('joined pairs are fine:', '\U0001f600', '\ud83d\ude00'.encode('utf-16', 'surrogatepass').decode('utf-16'))
print(ascii('\ud800'), repr('\ud800'), len('\ud800'))
print('after')
