// Registers every native module (each file calls registerNativeModule when it loads).
import './dis';
import './math';
import './regex';
import './fs';
import './traceback';
