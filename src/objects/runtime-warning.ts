// Warnings that built-in operations issue at the running Python line (DeprecationWarning of an
// __index__ returning a bool, …). The VM supplies the location; objects only say what to warn.
let emit: (category: string, message: string) => void = () => {};

export function runtimeWarn(category: string, message: string): void {
  emit(category, message);
}

export function registerRuntimeWarn(f: (category: string, message: string) => void): void {
  emit = f;
}
