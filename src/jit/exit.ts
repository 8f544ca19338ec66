// Leaving a trace: the frame is made exactly what tier 1 expects at the exit's target.
import type { Frame } from '../vm/frame';
import type { Exit } from './executor';

export function exitTo(frame: Frame, exit: Exit): Exit {
  frame.sp = exit.sp;
  frame.pc = exit.target;
  frame.at = exit.target;
  return exit;
}
