// Modules written in TypeScript, made on first import.
import type { PyModule } from '../objects/module';
import type { Interpreter } from '../vm/interpreter';

const natives = new Map<string, (interp: Interpreter) => PyModule>();

export function registerNativeModule(name: string, make: (interp: Interpreter) => PyModule): void {
  natives.set(name, make);
}

export function nativeModule(name: string): ((interp: Interpreter) => PyModule) | undefined {
  return natives.get(name);
}

export function nativeModuleNames(): string[] {
  return [...natives.keys()];
}
