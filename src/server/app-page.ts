import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';

/** The web app's page as built: its HTML and the CSP sources that let its own inline code run. */
export interface AppPage {
  html: string;
  /** `'sha256-…'` of each inline <script>, for script-src. */
  scripts: string[];
  /** `'sha256-…'` of each inline <style>, for style-src. */
  styles: string[];
}

/** The CSP hash sources of the inline elements `tag` in `html` (those without a src). */
export function inlineHashes(html: string, tag: 'script' | 'style'): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'gi'))) {
    if (/\bsrc\s*=/i.test(m[1]!)) continue;
    out.push(`'sha256-${createHash('sha256').update(m[2]!, 'utf8').digest('base64')}'`);
  }
  return out;
}

/**
 * index.html of the built app, read again whenever the file changes (a rebuild while the server
 * runs), so that the page and the hashes the CSP allows always agree. Null when there is no file.
 */
export function appPageFile(path: string): () => AppPage | null {
  let seen = '';
  let page: AppPage | null = null;
  return () => {
    let stamp: string;
    try {
      const s = statSync(path);
      stamp = `${s.mtimeMs}:${s.size}`;
    } catch {
      return null;
    }
    if (stamp !== seen) {
      const html = readFileSync(path, 'utf8');
      page = { html, scripts: inlineHashes(html, 'script'), styles: inlineHashes(html, 'style') };
      seen = stamp;
    }
    return page;
  };
}
