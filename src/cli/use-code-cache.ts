// Imported first by the CLI's entry points, so that every module after it loads through V8's
// code cache (see code-cache.ts).
import { installCodeCache } from './code-cache';

installCodeCache();
