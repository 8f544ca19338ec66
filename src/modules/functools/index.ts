// The _functools module: the native parts of functools (the lru_cache wrapper);
// lib/python/functools.py builds the rest.
import { PyModule } from '../../objects/module';
import type { Interpreter } from '../../vm/interpreter';
import { registerNativeModule } from '../registry';
import { LruCacheWrapperType } from './lru-cache';

export function makeFunctoolsModule(_interp: Interpreter): PyModule {
  const m = new PyModule('_functools');
  m.dict.setStr('_lru_cache_wrapper', LruCacheWrapperType);
  return m;
}

registerNativeModule('_functools', makeFunctoolsModule);
