// Loads PGlite with Node's own module loader, and brings what it returns into this module's JavaScript realm.
//
// PGlite's CommonJS build loads Node built-ins with dynamic import(). jest runs modules in a vm sandbox
// where that needs --experimental-vm-modules, so PGlite is loaded with a native require instead. In
// production that is the very same module. Under jest PGlite then lives in Node's outer realm: its rows,
// Dates, arrays and errors are copied into ours (`instanceof Date` and `toEqual` keep working), and Date
// parameters are sent as ISO strings (which is what PGlite itself does with a Date of its own realm).
import Module from 'node:module';
import type * as PgliteModule from '@electric-sql/pglite';

/**
 * Node's own createRequire. jest hands out a subclass of Node's Module whose createRequire goes through
 * its sandbox; the real one is on the parent class. Outside jest, `Module` is the real class itself.
 */
function nativeCreateRequire(): typeof Module.createRequire {
  const parent: unknown = Object.getPrototypeOf(Module);
  const parentCreateRequire = (parent as Partial<typeof Module> | null)?.createRequire;
  return typeof parentCreateRequire === 'function' ? parentCreateRequire : Module.createRequire;
}

const nativeRequire = nativeCreateRequire()(require.resolve('@electric-sql/pglite'));
const pgliteModule = nativeRequire('@electric-sql/pglite') as typeof PgliteModule;

export const PGlite = pgliteModule.PGlite;
export type PGlite = PgliteModule.PGlite;
export type PgliteTransaction = PgliteModule.Transaction;
