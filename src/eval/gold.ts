import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { z } from 'zod';
import { SeedGoldSchema, type SeedGold } from './seed.js';

/** A gold file that cannot be used; the message is one line, for the CLI. */
export class GoldError extends Error {
  override name = 'GoldError';
}

export interface LoadedSeedGold {
  gold: SeedGold;
  /** The article the gold annotates. */
  text: string;
  /** The document date (YYYY-MM-DD) or null. */
  date: string | null;
}

/** Reads a seed gold file; the article is its `text` or the file named by `article`, relative to the gold. */
export async function readSeedGold(path: string): Promise<LoadedSeedGold> {
  const raw = await readText(path, 'gold file');
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    throw new GoldError(`${path} is not valid JSON: ${(err as Error).message}`);
  }
  const parsed = SeedGoldSchema.safeParse(json);
  if (!parsed.success) {
    throw new GoldError(`${path} is not seed gold: ${describeIssue(parsed.error.issues[0])}`);
  }
  const gold = parsed.data;
  let text: string;
  if (gold.text !== undefined) text = gold.text;
  else if (gold.article !== undefined) text = stripBom(await readText(resolve(dirname(path), gold.article), 'article named by the gold'));
  else throw new GoldError(`${path} has neither "text" nor "article"`);
  return { gold, text, date: gold.document.date ?? null };
}

/** A file's text; a missing or unreadable file is a GoldError naming `what` it is. */
export async function readText(path: string, what = 'gold file'): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new GoldError(code === 'ENOENT' ? `${what} not found: ${path}` : `cannot read ${what} ${path}: ${(err as Error).message}`);
  }
}

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

function describeIssue(issue: { path: PropertyKey[]; message: string } | undefined): string {
  return issue ? `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}` : 'invalid';
}

/**
 * The records of a JSON Lines gold file, each checked against `schema`, with its line number (for
 * messages); blank lines are skipped. A line that is not JSON, or not `what`, is a GoldError.
 */
export function parseJsonlGold<S extends z.ZodType>(raw: string, name: string, schema: S, what: string): Array<{ record: z.infer<S>; line: number }> {
  const out: Array<{ record: z.infer<S>; line: number }> = [];
  const lines = raw.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.trim();
    if (!text) continue;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (err) {
      throw new GoldError(`${name}:${i + 1} is not valid JSON: ${(err as Error).message}`);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new GoldError(`${name}:${i + 1} is not ${what}: ${describeIssue(parsed.error.issues[0])}`);
    out.push({ record: parsed.data, line: i + 1 });
  }
  return out;
}
