// The object model, loaded in dependency order: the type objects first, then every type's
// namespace. Import this (not the files one by one) before running Python code.
import './builtin-types';
import './singletons';
import './descriptors';
import './object-type';
import './type-type';
import './int';
import './bool';
import './float';
import './complex';
import './str';
import './bytes';
import './list';
import './tuple';
import './dict-type';
import './set';
import './range';
import './slice';
import './exceptions-type';
import './function-type';
import './descriptor-types';
import './iterator-types';
import './iterator-reduce';
import './union';
