"""Dumps the token stream CPython's C tokenizer gives its parser, one JSON line per input.

Used by scripts/compare-tokens.ts. Reads requests from stdin, one JSON object per line:
  {"path": "/x/y.py"}                      tokenize a file's bytes
  {"source": "x = 1", "bytes": false}      tokenize a snippet (str, or UTF-8 bytes if "bytes")
optionally with "type_comments": true, and "exec": false for input tokenized as CPython
does "eval"/"single" sources (no newline added at the end). Writes for each:
  {"tokens": [[NAME, text, lineno, col, end_lineno, end_col], ...], "type_ignores": [[lineno, tag], ...],
   "error": null | {"type", "msg", "lineno", "offset", "end_lineno", "end_offset", "text"},
   "deferred": bool, "compile_error": null | {...}}
"error" is what the tokenizer raised; "deferred" is set when it stopped with an ERRORTOKEN
and only a state code (bad indentation, unclosed bracket at the end...), which CPython's
parser turns into an error: "compile_error" then holds what compile() raises.

Two backends:
  raw (default when it works): calls libpython's internal _PyTokenizer_FromString /
      _PyTokenizer_FromUTF8 / _PyTokenizer_Get through ctypes, finding the (non-exported)
      symbols with `nm` and two tok_state field offsets with `gdb` (or the values of
      CPython 3.13 on x86-64). This is exactly the stream pegen reads, positions included.
  api (--api, or when raw is unavailable): tokenize._generate_tokens_from_c_tokenizer,
      which runs the same C tokenizer in readline mode and adjusts a few positions; they
      are mapped back (see normalize_api) but CRLF files and some end positions may differ.
"""
import ctypes
import json
import os
import re
import shutil
import subprocess
import sys
import token as tokmod
import warnings

NAMES = tokmod.tok_name


class RawTokenizer:
    def __init__(self):
        lib_path = self._libpython()
        syms = {}
        out = subprocess.run(['nm', lib_path], capture_output=True, text=True, check=True).stdout
        for line in out.splitlines():
            parts = line.split()
            if len(parts) == 3:
                syms[parts[2]] = int(parts[0], 16)
        base = ctypes.cast(ctypes.pythonapi.Py_Initialize, ctypes.c_void_p).value - syms['Py_Initialize']
        ptr = ctypes.c_void_p
        proto = ctypes.PYFUNCTYPE
        self.from_string = proto(ptr, ctypes.c_char_p, ctypes.c_int, ctypes.c_int)(base + syms['_PyTokenizer_FromString'])
        self.from_utf8 = proto(ptr, ctypes.c_char_p, ctypes.c_int, ctypes.c_int)(base + syms['_PyTokenizer_FromUTF8'])
        self.get = proto(ctypes.c_int, ptr, ctypes.POINTER(Token))(base + syms['_PyTokenizer_Get'])
        self.free = proto(None, ptr)(base + syms['_PyTokenizer_Free'])
        self.off_filename, self.off_type_comments, self.off_done, self.off_level = self._offsets(lib_path)
        self.filename = 'f.py'

    @staticmethod
    def _libpython():
        libdir = os.path.join(sys.base_prefix, 'lib')
        for name in os.listdir(libdir):
            if re.fullmatch(r'libpython3\.\d+\.so\.1\.0', name):
                return os.path.join(libdir, name)
        raise RuntimeError('libpython shared library not found')

    @staticmethod
    def _offsets(lib_path):
        fields = ['filename', 'type_comments', 'done', 'level']
        if shutil.which('gdb'):
            args = ['gdb', '-batch']
            for f in fields:
                args += ['-ex', f'print (long)&((struct tok_state*)0)->{f}']
            args.append(lib_path)
            out = subprocess.run(args, capture_output=True, text=True).stdout
            vals = [int(m) for m in re.findall(r'^\$\d+ = (\d+)', out, re.M)]
            if len(vals) == 4:
                return vals
        if sys.version_info[:2] == (3, 13) and ctypes.sizeof(ctypes.c_void_p) == 8:
            return [2336, 2832, 64, 528]
        raise RuntimeError('tok_state layout unknown')

    def run(self, data, is_bytes, type_comments, exec_input=True):
        buf = ctypes.create_string_buffer(data)
        try:
            tok = (self.from_string if is_bytes else self.from_utf8)(buf, int(exec_input), 0)
        except Exception as e:
            # What pegen's _PyPegen_raise_tokenizer_init_error makes of a decoding failure.
            raise SyntaxError(str(e), (self.filename, 0, -1, None)) from None
        if not tok:
            raise SyntaxError('tokenizer init failed')
        ctypes.c_void_p.from_address(tok + self.off_filename).value = id(self.filename)
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(self.filename))
        ctypes.c_int.from_address(tok + self.off_type_comments).value = int(type_comments)
        tokens = []
        self.type_ignores = []
        deferred = False
        error = None
        try:
            while True:
                t = Token()
                try:
                    ty = self.get(tok, ctypes.byref(t))
                except UnicodeDecodeError:
                    # The parser turns this into "(unicode error) ..." (pegen _Pypegen_raise_decode_error).
                    deferred = True
                    break
                except SyntaxError as e:
                    error = e
                    break
                if ty == tokmod.ERRORTOKEN:
                    deferred = True
                    break
                if ty == tokmod.TYPE_IGNORE:
                    # What pegen records (_PyPegen_fill_token): the token's column span of bytes.
                    tag = ctypes.string_at(t.start, t.end_col_offset - t.col_offset)
                    self.type_ignores.append([t.lineno, tag.decode('utf-8', 'surrogateescape')])
                    continue
                text = None
                if t.start and t.end:
                    text = ctypes.string_at(t.start, t.end - t.start).decode('utf-8', 'surrogateescape')
                tokens.append([NAMES[ty], text, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset])
                if ty == tokmod.ENDMARKER:
                    break
        finally:
            self.free(tok)
        return tokens, deferred, error


class Token(ctypes.Structure):
    _fields_ = [('level', ctypes.c_int), ('lineno', ctypes.c_int), ('col_offset', ctypes.c_int),
                ('end_lineno', ctypes.c_int), ('end_col_offset', ctypes.c_int),
                ('start', ctypes.c_void_p), ('end', ctypes.c_void_p), ('metadata', ctypes.c_void_p)]


def api_tokens(data, is_bytes, type_comments):
    """The public API's stream, mapped back to what the parser sees where we know it differs."""
    import io
    import tokenize
    if type_comments:
        raise RuntimeError('type comments need the raw backend')
    if is_bytes:
        try:
            enc, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
            data = data.decode(enc)
        except (SyntaxError, LookupError, UnicodeDecodeError) as e:
            raise SyntaxError(str(e), ('f.py', 0, -1, None)) from None
    gen = tokenize._generate_tokens_from_c_tokenizer(io.StringIO(data).readline)
    tokens = []
    try:
        for t in gen:
            append_api_token(tokens, t)
    except tokenize.TokenError as e:
        err = SyntaxError(e.args[0], ('f.py', e.args[1][0], e.args[1][1], None))
        return tokens, False, err
    if not tokens:
        tokens.append(['ENDMARKER', None, 0, -1, 0, -1])  # the API yields nothing for an empty source
    return tokens, False, None


def append_api_token(tokens, t):
    """One token of the API, with char columns made byte columns and spans made the parser's."""
    name = NAMES[t.type]
    if t.type == tokmod.OP:
        name = NAMES[tokmod.EXACT_TOKEN_TYPES.get(t.string, tokmod.OP)]
    (l, c), (el, ec) = t.start, t.end
    text = t.string
    lines = t.line.split('\n')

    def byte_col(line_text, col):
        return col if col < 0 else len(line_text[:col].encode('utf-8', 'surrogateescape'))

    first, last = lines[0], lines[min(el - l, len(lines) - 1)]
    if name == 'NEWLINE':
        # The parser's NEWLINE spans from a comment before it (if any) through the newline.
        c = byte_col(first, c)
        ec = c + len(text.encode('utf-8', 'surrogateescape')) + 1
        text = ''
    else:
        if name == 'FSTRING_MIDDLE':
            # The API undoes the doubling of braces in the span; the parser's token keeps it.
            ec += text.count('{') + text.count('}') if l == el else 0
        c, ec = byte_col(first, c), byte_col(last, ec)
    tokens.append([name, text, l, c, el, ec])


def error_dict(e):
    if e is None:
        return None
    return {'type': type(e).__name__, 'msg': e.msg if isinstance(e, SyntaxError) else str(e),
            'lineno': getattr(e, 'lineno', None), 'offset': getattr(e, 'offset', None),
            'end_lineno': getattr(e, 'end_lineno', None), 'end_offset': getattr(e, 'end_offset', None),
            'text': getattr(e, 'text', None)}


def main():
    use_api = '--api' in sys.argv
    raw = None
    if not use_api:
        try:
            raw = RawTokenizer()
        except Exception as e:  # no nm, no shared libpython, unknown layout
            print(f'dump-cpython-tokens: raw backend unavailable ({e}); using the tokenize API', file=sys.stderr)
    warnings.simplefilter('ignore')
    out = sys.stdout
    for line in sys.stdin:
        req = json.loads(line)
        if 'path' in req:
            with open(req['path'], 'rb') as f:
                data, is_bytes = f.read(), True
        else:
            is_bytes = bool(req.get('bytes'))
            data = req['source'].encode('utf-8', 'surrogateescape')
        tc = bool(req.get('type_comments'))
        tokens, error, deferred, compile_error = [], None, False, None
        try:
            if raw is not None:
                tokens, deferred, error = raw.run(data, is_bytes, tc, req.get('exec', True))
            else:
                tokens, deferred, error = api_tokens(data, is_bytes, tc)
        except (SyntaxError, ValueError, UnicodeError) as e:
            error = e
        if (deferred or req.get('compile')) and req.get('exec', True):
            try:
                src = data if is_bytes else data.decode('utf-8', 'surrogateescape')
                flags = 0x1000 if tc else 0  # PyCF_TYPE_COMMENTS
                compile(src, 'f.py', 'exec', flags=flags | 0x400, dont_inherit=True)  # PyCF_ONLY_AST
            except (SyntaxError, ValueError) as e:
                compile_error = e
        type_ignores = raw.type_ignores if raw is not None else []
        out.write(json.dumps({'tokens': tokens, 'type_ignores': type_ignores, 'error': error_dict(error), 'deferred': deferred,
                              'compile_error': error_dict(compile_error)}) + '\n')
        out.flush()


if __name__ == '__main__':
    main()
