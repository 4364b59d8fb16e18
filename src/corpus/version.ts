import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { defaultComponents } from '../index.js';

/**
 * The version stamped on every stored record: the package version plus a short hash of the
 * component order, so records made by a different pipeline can be told apart and re-processed.
 */
let cached: string | undefined;

export function pipelineVersion(): string {
  if (cached) return cached;
  let version = 'unknown';
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version?: string };
    version = pkg.version ?? version;
  } catch {
    // A missing package.json (bundled use) still gives a usable, if coarse, version.
  }
  const names = defaultComponents.map((c) => c.name).join('>');
  cached = `tidings@${version}+${createHash('sha256').update(names).digest('hex').slice(0, 8)}`;
  return cached;
}
