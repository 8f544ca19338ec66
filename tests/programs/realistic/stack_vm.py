# A tiny stack-based virtual machine with an assembler, labels, calls, and errors
class VMError(Exception):
    pass

def assemble(src):
    code, labels = [], {}
    for lineno, line in enumerate(src.splitlines(), 1):
        line = line.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        parts = line.split()
        op, args = parts[0].upper(), parts[1:]
        code.append((op, args, lineno))
    resolved = []
    for op, args, lineno in code:
        conv = []
        for a in args:
            if a in labels:
                conv.append(labels[a])
            else:
                try:
                    conv.append(int(a))
                except ValueError:
                    raise VMError(f"line {lineno}: unknown label or bad literal {a!r}") from None
        resolved.append((op, conv, lineno))
    return resolved

def run(program, trace=False, max_steps=100000):
    stack, calls, out = [], [], []
    pc = steps = 0
    binops = {"ADD": lambda a, b: a + b, "SUB": lambda a, b: a - b, "MUL": lambda a, b: a * b,
              "DIV": lambda a, b: a // b, "MOD": lambda a, b: a % b, "LT": lambda a, b: int(a < b),
              "EQ": lambda a, b: int(a == b)}
    while pc < len(program):
        op, args, lineno = program[pc]
        steps += 1
        if steps > max_steps:
            raise VMError(f"step limit exceeded at line {lineno}")
        if trace:
            print(f"    {pc:3d} {op:<5} {args!s:<6} {stack}")
        pc += 1
        try:
            if op == "PUSH":
                stack.append(args[0])
            elif op == "POP":
                stack.pop()
            elif op == "DUP":
                stack.append(stack[-1])
            elif op == "SWAP":
                stack[-1], stack[-2] = stack[-2], stack[-1]
            elif op == "OVER":
                stack.append(stack[-2])
            elif op == "ROT":
                if len(stack) < 3:
                    raise IndexError
                stack[-3:] = stack[-2:] + stack[-3:-2]
            elif op in binops:
                b, a = stack.pop(), stack.pop()
                stack.append(binops[op](a, b))
            elif op == "JMP":
                pc = args[0]
            elif op == "JZ":
                if stack.pop() == 0:
                    pc = args[0]
            elif op == "CALL":
                calls.append(pc)
                pc = args[0]
            elif op == "RET":
                pc = calls.pop()
            elif op == "PRINT":
                out.append(stack.pop())
            elif op == "HALT":
                break
            else:
                raise VMError(f"line {lineno}: unknown opcode {op}")
        except IndexError:
            raise VMError(f"line {lineno}: stack underflow in {op}") from None
        except ZeroDivisionError:
            raise VMError(f"line {lineno}: division by zero") from None
    return out, steps
FACTORIAL = """
    push 1          ; acc
    push 20         ; n
loop:
    dup
    jz done
    dup             ; acc n n
    swap            ; acc n n -> reorder below
    pop
    swap            ; n acc
    over            ; n acc n
    mul             ; n acc*n
    swap            ; acc n
    push 1
    sub
    jmp loop
done:
    pop
    print
    halt
"""
FIB_CALLS = """
    push 0
    push 1
    push 15
again:
    dup
    jz end
    call step
    push 1
    sub
    jmp again
end:
    pop
    print           ; F(16)
    print           ; F(15)
    halt
step:               ; a b n -> b a+b n
    rot             ; b n a
    rot             ; n a b
    swap            ; n b a
    over            ; n b a b
    add             ; n b a+b
    rot             ; b a+b n
    ret
"""
COUNTDOWN = """
    push 5
top:
    dup
    print
    push 1
    sub
    dup
    jz fin
    jmp top
fin:
    halt
"""
print(run(assemble(FACTORIAL)))
print(run(assemble(COUNTDOWN), trace=True))
for name, src in [("underflow", "push 1\nadd"), ("divzero", "push 1\npush 0\ndiv"), ("badop", "push 1\nfrob"),
                  ("badlabel", "jmp nowhere"), ("infinite", "l:\njmp l"), ("fib", FIB_CALLS), ("rot-underflow", "push 1\npush 2\nrot")]:
    try:
        print(name, run(assemble(src)))
    except VMError as e:
        print(name, "VMError:", e)
