# pwd and grp: entries of the password and group databases (root's, present on every system), and errors.
import grp
import os
import pwd

root = pwd.getpwuid(0)
print(root.pw_name, root.pw_uid, root.pw_gid, root.pw_dir, len(root), root[0] == root.pw_name, type(root).__name__)
print(pwd.struct_passwd.n_fields, pwd.struct_passwd.n_sequence_fields, pwd.struct_passwd.__module__)
print(pwd.getpwnam('root') == root, root in pwd.getpwall(), all(isinstance(e, pwd.struct_passwd) for e in pwd.getpwall()))
print(repr(pwd.struct_passwd(('u', 'x', 5, 6, 'gecos', '/home/u', '/bin/sh'))))
group = grp.getgrgid(0)
print(group.gr_name, group.gr_gid, type(group.gr_mem).__name__, len(group), grp.getgrnam('root') == group, group in grp.getgrall())
print(repr(grp.struct_group(('g', 'x', 7, ['a', 'b']))), grp.getgrgid(id=0).gr_name, grp.getgrnam(name='root').gr_gid)
for call in [lambda: pwd.getpwuid(4000000), lambda: pwd.getpwnam('no such user'), lambda: grp.getgrgid(4000000),
             lambda: grp.getgrnam('no such group'), lambda: pwd.getpwuid('0'), lambda: pwd.getpwnam(0), lambda: pwd.getpwuid(-7),
             lambda: pwd.getpwuid(2 ** 40), lambda: grp.getgrgid(1.0), lambda: grp.getgrnam(0), lambda: pwd.getpwuid(),
             lambda: pwd.getpwall(1), lambda: grp.getgrgid(), lambda: grp.getgrnam('a', 'b'), lambda: grp.getgrall(0),
             lambda: pwd.struct_passwd((1, 2)), lambda: grp.getgrgid(gid=0)]:
    try:
        call()
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
print(os.path.expanduser('~root'), os.path.expanduser('~root/x'), os.path.expanduser(b'~root/y'), os.path.expanduser('~no such user/z'))
os.environ.pop('HOME', None)
print(os.path.expanduser('~') == pwd.getpwuid(os.getuid()).pw_dir, os.getuid() == os.stat('.').st_uid or True)
