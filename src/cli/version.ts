/** The package's version, read from its package.json (next to dist/ or two folders above src/cli/). */
import { readFileSync } from 'node:fs';

/** The version of the installed package, or "unknown" when its package.json cannot be found. */
export function packageVersion(): string {
  for (const up of ['../package.json', '../../package.json', '../../../package.json']) {
    try {
      const manifest = JSON.parse(readFileSync(new URL(up, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (manifest.name === 'arabic-claims' && manifest.version) return manifest.version;
    } catch {
      // Not there: look one folder up.
    }
  }
  return 'unknown';
}
