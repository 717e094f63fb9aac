import { existsSync } from 'node:fs';
import path from 'node:path';

/** Loads `.env` from the project folder when there is one; real environment variables win over it. */
export function loadEnvFile(cwd: string = process.cwd()): void {
  const file = path.join(cwd, '.env');
  if (existsSync(file)) process.loadEnvFile(file);
}
