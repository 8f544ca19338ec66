// Warnings raised by the runtime itself (SyntaxWarning from the compiler, DeprecationWarning…),
// printed to stderr the way the warnings module's default filters print them: once per place.
import { interp } from './interpreter';
import { threadState } from './thread-state';
import { registerRuntimeWarn } from '../objects/runtime-warning';

const shown = new Set<string>();

export function warn(category: string, message: string, filename: string, lineno: number, sourceLine?: string): void {
  const key = `${category}:${message}:${filename}:${lineno}`;
  if (shown.has(key)) return;
  shown.add(key);
  let text = `${filename}:${lineno}: ${category}: ${message}\n`;
  if (sourceLine !== undefined && sourceLine.trim() !== '') text += `  ${sourceLine.trim()}\n`;
  interp().stderr.write(text);
}

export function warnSyntax(message: string, filename: string, lineno: number): void {
  const source = interp().sources.get(filename);
  const line = source?.split(/\r\n|\r|\n/)[lineno - 1];
  warn('SyntaxWarning', message, filename, lineno, line);
}

/** A warning issued by a built-in operation, reported at the Python line running it. */
function warnAtRunningLine(category: string, message: string): void {
  const frame = threadState.frame;
  if (frame === null) return;
  const filename = frame.code.filename;
  const lineno = frame.lineno ?? 0;
  const line = interp().sources.get(filename)?.split(/\r\n|\r|\n/)[lineno - 1];
  warn(category, message, filename, lineno, line);
}
registerRuntimeWarn(warnAtRunningLine);
