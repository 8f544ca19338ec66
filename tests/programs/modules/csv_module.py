# csv: writer quoting modes and escaping, reader states (quotes, escapes, skipinitialspace, strict), DictReader/DictWriter,
# dialects (registered, subclassed) and the errors.
import csv
import io
rows = [['name', 'age', 'note'], ['Ann', 31, 'likes "quotes"'], ['Bob', 2.5, 'comma, inside'], ['Cy', None, 'multi\nline'], ['', '', ''], ['tab\there', True, ' lead']]
for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_STRINGS, csv.QUOTE_NOTNULL):
    out = io.StringIO()
    w = csv.writer(out, quoting=quoting)
    w.writerows(rows)
    w.writerow([''])
    w.writerow([])
    print(quoting, repr(out.getvalue()))
out = io.StringIO()
csv.writer(out, delimiter=';', quotechar="'", lineterminator='\n', escapechar='\\', doublequote=False).writerows(rows)
print(repr(out.getvalue()))
out = io.StringIO()
csv.writer(out, quoting=csv.QUOTE_NONE, escapechar='\\').writerows([['a,b', 'c"d', 'e\\f']])
print(repr(out.getvalue()))
data = 'name,age,note\r\nAnn,31,"likes ""quotes"""\r\n"Bob",2.5,"comma, inside"\r\nCy,,"multi\nline"\r\n\r\n  x , "y" ,z\n'
r = csv.reader(io.StringIO(data, newline=''))
for row in r:
    print(r.line_num, row)
print(list(csv.reader(['a, b, "c d"'], skipinitialspace=True)), list(csv.reader(['1,"x",2.5'], quoting=csv.QUOTE_NONNUMERIC)), list(csv.reader(['a\\,b,c'], escapechar='\\')))
print(list(csv.reader(['a,"b"c,d'])), list(csv.reader(['x;y;z'], delimiter=';')), list(csv.reader(["'a;b';c"], delimiter=';', quotechar="'")))
print(list(csv.reader(['a,,"",b'], quoting=csv.QUOTE_NOTNULL)), list(csv.reader(['1,,"x"'], quoting=csv.QUOTE_STRINGS)))
for bad in [lambda: list(csv.reader(['a,"b"c'], strict=True)), lambda: list(csv.reader(['"open'])), lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b']),
            lambda: csv.reader([], delimiter='ab'), lambda: csv.reader([], quoting=9), lambda: list(csv.reader(['a\rb'])), lambda: csv.get_dialect('nope'), lambda: csv.reader([], bogus=1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
text = io.StringIO()
dw = csv.DictWriter(text, fieldnames=['id', 'name', 'score'], restval='?')
dw.writeheader()
dw.writerow({'id': 1, 'name': 'Ann', 'score': 9.5})
dw.writerows([{'id': 2, 'name': 'Bo'}, {'id': 3, 'score': 7}])
print(repr(text.getvalue()))
try:
    dw.writerow({'id': 4, 'extra': 1})
except ValueError as e:
    print('ValueError', e)
dr = csv.DictReader(io.StringIO(text.getvalue()))
print(dr.fieldnames, [row for row in dr], dr.line_num)
dr = csv.DictReader(io.StringIO('a,b\n1,2,3\n4\n'), restkey='rest', restval='R')
print(list(dr))
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
out = io.StringIO()
csv.writer(out, 'pipes').writerow(['x', 1])
print(repr(out.getvalue()), 'pipes' in csv.list_dialects(), csv.get_dialect('pipes').delimiter, csv.field_size_limit())
csv.unregister_dialect('pipes')
class Semi(csv.excel):
    delimiter = ';'
out = io.StringIO()
csv.writer(out, Semi).writerow(['a', 'b;c'])
print(repr(out.getvalue()), csv.excel_tab.delimiter, csv.unix_dialect.lineterminator == '\n', csv.QUOTE_NONE, csv.Error.__module__)
for kw in [dict(delimiter=None), dict(delimiter=1), dict(quotechar='ab'), dict(quotechar=None), dict(escapechar='ab'), dict(escapechar=1), dict(lineterminator=1), dict(delimiter='\n'), dict(quotechar=','), dict(escapechar=','), dict(escapechar='"'), dict(quotechar=None, quoting=csv.QUOTE_MINIMAL)]:
    try:
        print(kw, list(csv.reader(['a,"b",c'], **kw)))
    except Exception as e:
        print(kw, type(e).__name__, e)
try:
    list(csv.reader(['"open'], strict=True))
except csv.Error as e:
    print('Error', e)
