# Loan amortization schedules, compound interest and savings goals with careful rounding
def payment(principal, annual_rate, months):
    r = annual_rate / 12
    if r == 0:
        return principal / months
    return principal * r / (1 - (1 + r) ** -months)

def schedule(principal, annual_rate, months, extra=0.0):
    pay = round(payment(principal, annual_rate, months), 2)
    bal = principal
    rows = []
    month = 0
    while bal > 0.005 and month < 1000:
        month += 1
        interest = round(bal * annual_rate / 12, 2)
        p = min(pay + extra, round(bal + interest, 2))
        principal_part = round(p - interest, 2)
        bal = round(bal - principal_part, 2)
        rows.append((month, p, interest, principal_part, bal))
    return pay, rows

pay, rows = schedule(25000, 0.069, 36)
print(f"car loan: payment {pay:,.2f} over {len(rows)} months")
print(f"{'Mo':>3} {'Payment':>10} {'Interest':>9} {'Principal':>10} {'Balance':>11}")
for r in rows[:4] + rows[-3:]:
    print(f"{r[0]:>3} {r[1]:>10,.2f} {r[2]:>9,.2f} {r[3]:>10,.2f} {r[4]:>11,.2f}")
print(f"total interest: {sum(r[2] for r in rows):,.2f} | total paid: {sum(r[1] for r in rows):,.2f}")
for extra in (0, 100, 500):
    pay, rows = schedule(300000, 0.0525, 360, extra)
    interest = sum(r[2] for r in rows)
    print(f"mortgage extra {extra:>3}: base payment {pay:,.2f}, months {len(rows)}, interest {interest:,.2f}, years {len(rows) / 12:.1f}")
print("zero-rate payment:", payment(1200, 0.0, 12))
def compound(p, rate, years, n):
    return p * (1 + rate / n) ** (n * years)
for n, label in [(1, "yearly"), (4, "quarterly"), (12, "monthly"), (365, "daily")]:
    print(f"{label:>9}: {compound(10000, 0.05, 10, n):,.4f}")
e_approx = compound(1, 1.0, 1, 10 ** 6)
print("limit approaches e:", round(e_approx, 5))
def months_to_goal(goal, monthly, rate):
    bal, m = 0.0, 0
    while bal < goal:
        bal = bal * (1 + rate / 12) + monthly
        m += 1
    return m, round(bal, 2)
print("savings goal:", months_to_goal(50000, 750, 0.04), months_to_goal(1_000_000, 2000, 0.07))
def irr(cashflows, lo=-0.99, hi=1.0):
    npv = lambda r: sum(cf / (1 + r) ** t for t, cf in enumerate(cashflows))
    for _ in range(100):
        mid = (lo + hi) / 2
        if npv(mid) > 0:
            lo = mid
        else:
            hi = mid
    return mid
print("IRR: %.6f %.6f" % (irr([-1000, 300, 400, 500]), irr([-500, 100, 100, 100, 100, 100, 100])))
print("rounding cases:", [round(x, 2) for x in (2.675, 1.005, 0.125, 1234.5649999, 10.0 / 3)])
