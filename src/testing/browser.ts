import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's chromium (`apt-get install chromium`); CHROMIUM_PATH names another. */
export function chromiumPath(): string {
  return process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';
}

/**
 * Why browser tests cannot run here, or null when they can. Without a browser they are skipped on
 * a developer's machine, never in CI (.ci/run sets CI and installs chromium).
 */
export function browserSkipReason(): string | null {
  if (existsSync(chromiumPath())) return null;
  if (process.env['CI']) throw new Error(`no browser at ${chromiumPath()}: .ci/run must install Debian's chromium`);
  return `browser tests skipped: no chromium at ${chromiumPath()} (apt-get install chromium, or set CHROMIUM_PATH)`;
}

/** Headless chromium with a fresh profile that never talks to the network on its own. */
export async function launchBrowser(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'tidings-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1366, height: 900 },
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      // Chromium still asks Google's servers of its own accord (autofill on every page with a form, accounts,
      // updates). Where no DNS server answers, each lookup takes some twelve seconds to fail, and pages loading
      // meanwhile stalled for ten to twenty seconds now and then: here no name resolves, at once.
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
