# An in-memory table with select/where/order/group-by/join implemented over lists of dicts
EMPLOYEES = [
    {"id": 1, "name": "Ada", "dept": 10, "salary": 120000, "hired": 2015},
    {"id": 2, "name": "Grace", "dept": 10, "salary": 135000, "hired": 2012},
    {"id": 3, "name": "Linus", "dept": 20, "salary": 98000, "hired": 2019},
    {"id": 4, "name": "Barbara", "dept": 30, "salary": 105000, "hired": 2017},
    {"id": 5, "name": "Ken", "dept": 20, "salary": 99000, "hired": 2019},
    {"id": 6, "name": "Dennis", "dept": 20, "salary": 87000, "hired": 2021},
    {"id": 7, "name": "Margaret", "dept": 40, "salary": 150000, "hired": 2010},
    {"id": 8, "name": "Alan", "dept": None, "salary": 70000, "hired": 2023},
]
DEPTS = [{"dept": 10, "dname": "Compilers"}, {"dept": 20, "dname": "Kernel"}, {"dept": 30, "dname": "Theory"}, {"dept": 50, "dname": "Empty"}]

class Query:
    def __init__(self, rows):
        self.rows = list(rows)
    def where(self, pred):
        return Query(r for r in self.rows if pred(r))
    def select(self, *cols, **computed):
        out = []
        for r in self.rows:
            row = {c: r[c] for c in cols}
            row.update({k: f(r) for k, f in computed.items()})
            out.append(row)
        return Query(out)
    def order_by(self, *keys):
        rows = self.rows[:]
        for key in reversed(keys):
            desc = key.startswith("-")
            k = key.lstrip("-")
            rows.sort(key=lambda r: (r[k] is None, r[k] if r[k] is not None else 0), reverse=desc)
        return Query(rows)
    def limit(self, n):
        return Query(self.rows[:n])
    def group_by(self, key, **aggs):
        groups = {}
        for r in self.rows:
            groups.setdefault(r[key], []).append(r)
        out = []
        for k, rows in groups.items():
            row = {key: k}
            for name, (fn, col) in aggs.items():
                row[name] = fn([r[col] for r in rows])
            out.append(row)
        return Query(out)
    def join(self, other, on, how="inner"):
        index = {}
        for r in other.rows:
            index.setdefault(r[on], []).append(r)
        out = []
        for r in self.rows:
            matches = index.get(r[on], [])
            if matches:
                out.extend({**r, **m} for m in matches)
            elif how == "left":
                out.append({**r, **{k: None for k in other.rows[0] if k != on}})
        return Query(out)
    def show(self, title):
        print(f"-- {title} ({len(self.rows)} rows)")
        if not self.rows:
            return
        cols = list(self.rows[0])
        widths = {c: max(len(str(c)), *(len(str(r[c])) for r in self.rows)) for c in cols}
        print(" | ".join(str(c).ljust(widths[c]) for c in cols))
        print("-+-".join("-" * widths[c] for c in cols))
        for r in self.rows:
            print(" | ".join(str(r[c]).rjust(widths[c]) if isinstance(r[c], (int, float)) and not isinstance(r[c], bool) else str(r[c]).ljust(widths[c]) for c in cols))

emp = Query(EMPLOYEES)
emp.where(lambda r: r["salary"] > 100000).select("name", "salary").order_by("-salary").show("high earners")
emp.order_by("dept", "-salary").select("dept", "name", "salary").show("by dept then salary desc")
emp.group_by("dept", n=(len, "id"), total=(sum, "salary"), avg=(lambda xs: round(sum(xs) / len(xs), 1), "salary"),
              newest=(max, "hired")).order_by("dept").show("per-department stats")
emp.join(Query(DEPTS), "dept").select("name", "dname").order_by("dname", "name").show("inner join")
emp.join(Query(DEPTS), "dept", how="left").select("name", "dname").order_by("name").show("left join")
emp.select("name", tenure=lambda r: 2024 - r["hired"], band=lambda r: "senior" if r["salary"] >= 110000 else "mid" if r["salary"] >= 90000 else "junior").order_by("-tenure", "name").limit(5).show("computed columns")
emp.where(lambda r: r["dept"] == 99).show("no matches")
by_year = emp.group_by("hired", names=(lambda xs: ",".join(sorted(xs)), "name")).order_by("hired")
by_year.show("hires per year")
