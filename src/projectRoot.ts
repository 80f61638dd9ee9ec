// Finds the project root (the folder with package.json), the same from src/ under ts-jest and from dist/src/ at run time.
import { existsSync } from 'node:fs';
import path from 'node:path';

export function projectRoot(start: string = __dirname): string {
  let dir = start;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`package.json not found above ${start}`);
    dir = parent;
  }
  return dir;
}
