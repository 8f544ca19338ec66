# Employees with different pay schemes, payroll run and reports
class Employee:
    _ids = 0
    def __init__(self, name, dept):
        Employee._ids += 1
        self.id = Employee._ids
        self.name = name
        self.dept = dept
    def monthly_pay(self):
        raise NotImplementedError
    def role(self):
        return type(self).__name__
    def __repr__(self):
        return f"{self.role()}#{self.id}({self.name})"

class Salaried(Employee):
    def __init__(self, name, dept, annual):
        super().__init__(name, dept)
        self.annual = annual
    def monthly_pay(self):
        return round(self.annual / 12, 2)

class Hourly(Employee):
    def __init__(self, name, dept, rate, hours):
        super().__init__(name, dept)
        self.rate = rate
        self.hours = hours
    def monthly_pay(self):
        regular = min(self.hours, 160)
        overtime = max(self.hours - 160, 0)
        return round(regular * self.rate + overtime * self.rate * 1.5, 2)

class Commissioned(Salaried):
    def __init__(self, name, dept, annual, sales, rate=0.05):
        super().__init__(name, dept, annual)
        self.sales = sales
        self.rate = rate
    def monthly_pay(self):
        return round(super().monthly_pay() + self.sales * self.rate, 2)

class Manager(Salaried):
    def __init__(self, name, dept, annual, reports=()):
        super().__init__(name, dept, annual)
        self.reports = list(reports)
    def monthly_pay(self):
        return round(super().monthly_pay() + 150 * len(self.reports), 2)

def tax(gross):
    brackets = [(1000, 0.0), (3000, 0.1), (6000, 0.2), (float("inf"), 0.35)]
    owed, lower = 0.0, 0
    for upper, rate in brackets:
        if gross > lower:
            owed += (min(gross, upper) - lower) * rate
        lower = upper
    return round(owed, 2)

staff = [
    Salaried("Ada", "eng", 96000), Hourly("Bo", "ops", 22.5, 172), Hourly("Cy", "ops", 19.0, 120),
    Commissioned("Di", "sales", 42000, 88000), Commissioned("Ed", "sales", 42000, 12500, rate=0.08),
    Salaried("Fay", "eng", 120000),
]
boss = Manager("Gus", "eng", 150000, [e for e in staff if e.dept == "eng"])
staff.append(boss)
print(f"{'ID':>3} {'Name':<5}{'Role':<13}{'Dept':<6}{'Gross':>10}{'Tax':>9}{'Net':>10}")
totals = {}
for e in sorted(staff, key=lambda e: (e.dept, -e.monthly_pay())):
    g = e.monthly_pay()
    t = tax(g)
    totals.setdefault(e.dept, [0.0, 0.0])
    totals[e.dept][0] += g
    totals[e.dept][1] += t
    print(f"{e.id:>3} {e.name:<5}{e.role():<13}{e.dept:<6}{g:>10,.2f}{t:>9,.2f}{g - t:>10,.2f}")
for dept, (g, t) in sorted(totals.items()):
    print(f"    {dept:<27}{g:>10,.2f}{t:>9,.2f}{g - t:>10,.2f}")
print("payroll:", f"{sum(e.monthly_pay() for e in staff):,.2f}")
print("manager reports:", boss.reports)
print("highest paid per dept:", {d: max((e for e in staff if e.dept == d), key=lambda e: e.monthly_pay()).name for d in sorted(totals)})
print("tax table:", [(g, tax(g)) for g in (500, 1000, 2500, 4000, 7000, 12000)])
raises = {"eng": 0.05, "ops": 0.03}
for e in staff:
    pct = raises.get(e.dept, 0)
    if isinstance(e, Hourly):
        e.rate = round(e.rate * (1 + pct), 2)
    elif isinstance(e, Salaried):
        e.annual = round(e.annual * (1 + pct))
print("after raises:", [(e.name, e.monthly_pay()) for e in staff])
try:
    Employee("Ghost", "none").monthly_pay()
except NotImplementedError:
    print("NotImplementedError for base Employee")
