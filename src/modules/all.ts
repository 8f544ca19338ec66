// Registers every native module (each file calls registerNativeModule when it loads).
import './dis';
import './math';
import './regex';
import './fs';
import './traceback';
import './hashlib';
import './collections';
import './functools';
import './random';
import './time';
import './itertools';
import './operator';
import './string-support';
import './taipan-support';
