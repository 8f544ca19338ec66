"""Shell-style wildcard matching of file names: '*', '?', '[seq]' and '[!seq]'.

fnmatch() normalizes case as the operating system does (not at all on POSIX); fnmatchcase()
never does. Patterns become regular expressions (translate() gives the text, character for
character what CPython 3.13 gives, since programs join and embed it), compiled once and cached.
"""

import os
import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Whether name matches the shell pattern pat, after the system's case normalization."""
    return fnmatchcase(os.path.normcase(name), os.path.normcase(pat))


def fnmatchcase(name, pat):
    """Whether name matches the shell pattern pat, case included."""
    return _compile_pattern(pat)(name) is not None


def filter(names, pat):
    """The items of names that match pat, in their order."""
    match = _compile_pattern(os.path.normcase(pat))
    if os.path is posixpath:
        return [name for name in names if match(name)]
    normcase = os.path.normcase
    return [name for name in names if match(normcase(name))]


# Compiled patterns by (type, pattern), emptied when it reaches CPython's lru_cache size.
# (A plain dict: functools would cost its import, with collections', to every glob user.)
_cache = {}
_CACHE_SIZE = 32768


def _compile_pattern(pat):
    """The match method of pat's compiled translation; a bytes pattern is read as Latin-1."""
    key = (type(pat), pat)
    try:
        return _cache[key]
    except KeyError:
        pass
    if isinstance(pat, bytes):
        regex = translate(pat.decode('ISO-8859-1')).encode('ISO-8859-1')
    else:
        regex = translate(pat)
    match = re.compile(regex).match
    if len(_cache) >= _CACHE_SIZE:
        _cache.clear()
    _cache[key] = match
    return match


def translate(pat):
    """The regular expression (as text, not compiled) that matches what the shell pattern pat matches."""
    star = object()
    return _join_translated_parts(_translate(pat, star, '.'), star)


def _translate(pat, star, question_mark):
    """pat as a list of regular-expression pieces; each run of '*' becomes the one object star.

    glob.translate() calls this with its own texts for star and question_mark, which keep a
    match inside one path segment."""
    pieces = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not pieces or pieces[-1] is not star:
                pieces.append(star)
        elif c == '?':
            pieces.append(question_mark)
        elif c == '[':
            end = _bracket_end(pat, i)
            if end < 0:
                pieces.append('\\[')
            else:
                pieces.append(_bracket_class(pat, i, end))
                i = end + 1
        else:
            pieces.append(re.escape(c))
    return pieces


def _bracket_end(pat, start):
    """The index of the ']' closing the set that opens just before start, or -1 if it never closes.

    A '!' first negates the set, and a ']' right after that (or first) is a member."""
    j = start
    n = len(pat)
    if j < n and pat[j] == '!':
        j += 1
    if j < n and pat[j] == ']':
        j += 1
    return pat.find(']', j)


def _bracket_class(pat, start, end):
    """The regular expression for the set pat[start:end] (between the brackets)."""
    body = pat[start:end]
    if '-' not in body:
        body = body.replace('\\', '\\\\')
    else:
        body = '-'.join(chunk.replace('\\', '\\\\').replace('-', '\\-')
                        for chunk in _range_chunks(pat, start, end))
    # '&&', '~~' and '||' may one day be set operations in re: keep them literal.
    body = re.sub(r'([&~|])', r'\\\1', body)
    if not body:
        return '(?!)'          # every range was reversed: the set matches nothing
    if body == '!':
        return '.'             # a negated set left empty matches any character
    if body[0] == '!':
        return '[^' + body[1:] + ']'
    if body[0] in ('^', '['):
        return '[\\' + body + ']'
    return '[' + body + ']'


def _range_chunks(pat, start, end):
    """The set pat[start:end] cut at the hyphens that form ranges, reversed ranges dropped.

    A hyphen first (after an optional '!') or last is a literal member. Each chunk but the last
    ends with a range's low end and each but the first starts with a range's high end, so
    joining them with '-' gives the ranges back."""
    chunks = []
    k = start + 2 if pat[start] == '!' else start + 1
    while True:
        k = pat.find('-', k, end)
        if k < 0:
            break
        chunks.append(pat[start:k])
        start = k + 1
        k += 3
    last = pat[start:end]
    if last:
        chunks.append(last)
    else:
        chunks[-1] += '-'
    # A range whose low end is above its high end matches nothing, and is invalid in re.
    for k in range(len(chunks) - 1, 0, -1):
        if chunks[k - 1][-1] > chunks[k][0]:
            chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
            del chunks[k]
    return chunks


def _join_translated_parts(pieces, star):
    """The pieces of _translate() as one expression.

    Text between two stars is matched by an atomic group, '(?>.*?text)', so a pattern with
    many stars cannot backtrack exponentially; the last star's text must end the name."""
    out = []
    i = 0
    n = len(pieces)
    while i < n and pieces[i] is not star:
        out.append(pieces[i])
        i += 1
    while i < n:
        i += 1                 # the star
        fixed_start = i
        while i < n and pieces[i] is not star:
            i += 1
        fixed = ''.join(pieces[fixed_start:i])
        if i == n:
            out.append('.*' + fixed)
        else:
            out.append(f'(?>.*?{fixed})')
    return '(?s:' + ''.join(out) + ')\\Z'
