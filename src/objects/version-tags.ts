// Version tags for what specialized instructions guard on: code objects and the functions made
// from them share one (so that every closure made by one `def` passes the same guard), and a
// function whose __code__, __defaults__ or __kwdefaults__ change takes a fresh one.
let next = 1;

export function newVersionTag(): number {
  return next++;
}
