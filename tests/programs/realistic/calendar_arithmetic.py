# Date arithmetic without the datetime module
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]
DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

def days_in_month(y, m):
    return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]

def to_ordinal(y, m, d):
    if not 1 <= m <= 12 or not 1 <= d <= days_in_month(y, m):
        raise ValueError(f"invalid date {y:04d}-{m:02d}-{d:02d}")
    y1 = y - 1
    days = y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400
    days += sum(days_in_month(y, mm) for mm in range(1, m))
    return days + d

def from_ordinal(n):
    y = (n - 1) * 400 // 146097 + 1
    while to_ordinal(y + 1, 1, 1) <= n:
        y += 1
    while to_ordinal(y, 1, 1) > n:
        y -= 1
    n -= to_ordinal(y, 1, 1) - 1
    m = 1
    while n > days_in_month(y, m):
        n -= days_in_month(y, m)
        m += 1
    return y, m, n

def weekday(y, m, d):
    return (to_ordinal(y, m, d) - 1) % 7

def add_days(date, k):
    return from_ordinal(to_ordinal(*date) + k)

def fmt(date):
    y, m, d = date
    return f"{DAY_NAMES[weekday(y, m, d)][:3]} {d:2d} {MONTH_NAMES[m - 1][:3]} {y}"

for date in [(2000, 1, 1), (1969, 7, 20), (2024, 2, 29), (1900, 3, 1), (2038, 1, 19), (1, 1, 1), (9999, 12, 31)]:
    print(f"{date} -> ordinal {to_ordinal(*date):>7} -> {fmt(date)}")
print([y for y in range(1890, 2030, 10) if is_leap(y)], is_leap(2000), is_leap(2100))
print("days between moon landing and Y2K:", to_ordinal(2000, 1, 1) - to_ordinal(1969, 7, 20))
for k in (1, 30, 365, 366, 1000, -1, -365 * 4 - 1):
    print(f"2024-02-28 {k:+6d} days -> {fmt(add_days((2024, 2, 28), k))}")
for bad in [(2023, 2, 29), (2024, 13, 1), (2024, 4, 31)]:
    try:
        to_ordinal(*bad)
    except ValueError as e:
        print("ValueError:", e)

def month_calendar(y, m):
    lines = [f"{MONTH_NAMES[m - 1]} {y}".center(20), "Mo Tu We Th Fr Sa Su"]
    first = weekday(y, m, 1)
    cells = ["  "] * first + [f"{d:2d}" for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)
print(month_calendar(2024, 2))
print(month_calendar(2023, 10))
fridays = [(y, m) for y in range(2023, 2027) for m in range(1, 13) if weekday(y, m, 13) == 4]
print("Friday 13ths:", fridays)
def easter(y):
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    mm = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * mm + 114) // 31
    day = (h + l - 7 * mm + 114) % 31 + 1
    return y, month, day
print("Easter:", [fmt(easter(y)) for y in (2024, 2025, 2026, 2038)])
print(from_ordinal(738000), all(from_ordinal(to_ordinal(*d)) == d for d in [(2024, 12, 31), (1600, 2, 29), (2100, 3, 1)]))
