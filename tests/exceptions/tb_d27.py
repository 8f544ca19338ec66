def fn(a,
       b):
    return a.missing_attr
fn(1,
   2)
