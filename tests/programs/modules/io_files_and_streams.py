# io and open(): text and binary files (modes, newline translation, encodings, seek/tell), StringIO, BytesIO, and their errors.
import io
path = '/tmp/taipan_io_files_and_streams.txt'
with open(path, 'w') as f:
    print(f, f.name, f.mode, f.encoding, f.closed, f.readable(), f.writable(), f.seekable(), f.line_buffering)
    print(f.write('hello\nworld\n'), f.tell())
    f.writelines(['a\n', 'b\n'])
    print(f.buffer, f.buffer.raw)
print(f.closed, f)
with open(path) as f:
    print(repr(f.readline()), f.tell(), repr(f.read(3)), f.tell(), f.readlines(), f.tell())
    f.seek(0)
    print([line.rstrip() for line in f], repr(f.read()))
    f.seek(6)
    print(repr(f.readline()))
with open(path, 'a') as f:
    f.write('appended\n')
print(open(path).read().splitlines())
with open(path, 'rb') as f:
    print(f, f.read(5), f.tell(), f.peek(2)[:2], f.readline(), f.seek(-3, 2), f.read())
with open(path, 'r+') as f:
    f.seek(0)
    f.write('HE')
    f.seek(0)
    print(repr(f.read(8)))
with open(path, 'wb') as f:
    print(f.write(b'bin\x00\xff'), f)
print(open(path, 'rb').read(), open(path, 'rb', buffering=0))
with open(path, 'w', newline='\r\n') as f:
    f.write('x\ny\n')
print(open(path, 'rb').read(), open(path).read().encode(), open(path, newline='').readlines())
with open(path, 'w', encoding='latin-1') as f:
    f.write('café')
print(open(path, 'rb').read(), open(path, encoding='latin-1').read())
try:
    open(path, encoding='utf-8').read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
print(open(path, encoding='utf-8', errors='replace').read())
with open(path, 'x' if False else 'w') as f:
    pass
print(repr(open(path).read()))
tests = ["open(path,'w').read()", "open(path,'rb').write(b'')", "open(path).write('')", "open(path,'wb').read()",
         "open('/tmp/nonexist/x')", "open('/tmp')", "open(path, 'rw')", "open(path, 'rt b')", "open(path, '')", "open(path, 'q')",
         "open(path, 'rb', encoding='utf-8')", "open(path, 'w').write(5)", "open(path, 'wb').write('s')", "open(3.5)",
         "open(path, buffering=0)", "open(path, 'rb').read(-5)", "open(path, newline='x')", "open(path, 'xb')",
         "open(path, 'tb')", "open(path, 'rr')"]
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
s = io.StringIO('ab\ncd')
print(s.read(1), s.tell(), s.readline(), s.readlines(), s.getvalue(), s.seek(0, 2), s.write('!'), s.getvalue())
s.seek(1)
s.write('X')
print(s.getvalue(), s.tell(), s.truncate(2), s.getvalue(), s.seek(5), s.write('Z'), repr(s.getvalue()))
print(io.StringIO('a\nb\n').readlines(), list(io.StringIO('1\n2')), io.StringIO().read(), io.StringIO(None).getvalue())
st = io.StringIO(); st.write('a\r\nb'); print(repr(st.getvalue()))
st = io.StringIO(newline=None); st.write('a\r\nb\rc'); print(repr(st.getvalue()), repr(st.newlines))
print(io.StringIO('x\r\ny', newline='').readlines(), io.StringIO('x\r\ny', newline=None).readlines())
print(repr(io.StringIO('a\nb', newline='\r\n').getvalue()))
for t in ["io.StringIO('x').seek(-1)", "io.StringIO('x').seek(0, 3)", "io.StringIO('x').seek(1, 1)", "io.StringIO(5)",
          "io.StringIO().write(b'x')", "io.StringIO('abc').truncate(-1)", "io.StringIO(newline='x')", "io.StringIO().fileno()",
          "io.BytesIO(b'x').seek(-1)", "io.BytesIO('s')", "io.BytesIO().write('x')", "io.BytesIO().fileno()"]:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
b = io.BytesIO(b'abc\ndef')
print(b.read(2), b.tell(), b.readline(), b.getvalue(), b.getbuffer().tobytes(), b.seek(10), b.write(b'z'), b.getvalue())
b = io.BytesIO()
b.write(b'hello')
b.seek(1)
b.write(bytearray(b'EL'))
print(b.getvalue(), b.tell(), b.read(), b.seek(0), b.read(2), b.truncate(), b.getvalue(), list(io.BytesIO(b'1\n2\n')))
closed = io.StringIO('x')
closed.close()
for t in ['closed.read()', 'closed.getvalue()', 'closed.closed']:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
print(io.DEFAULT_BUFFER_SIZE, io.SEEK_END, io.StringIO, io.BytesIO, io.TextIOWrapper, io.UnsupportedOperation.__mro__)
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), issubclass(io.FileIO, io.RawIOBase))
with io.StringIO() as buf:
    print('to buffer', 42, file=buf)
    print(repr(buf.getvalue()))
