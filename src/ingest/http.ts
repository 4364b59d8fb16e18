import { setTimeout as sleep } from 'node:timers/promises';
import { decodeDeclared } from '../text/charset.js';

/** What a polite fetcher needs to know; the defaults suit news sites. */
export interface HttpOptions {
  /** Milliseconds for the whole request, headers and body. */
  timeoutMs?: number;
  /** Bodies larger than this are refused (bytes). */
  maxBytes?: number;
  /** Requests per second to one host. */
  perHostRate?: number;
  userAgent?: string;
}

export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export type FetchResult =
  | { status: 'ok'; url: string; body: string; contentType: string; validators: Validators }
  | { status: 'not-modified'; url: string }
  | { status: 'error'; url: string; reason: string };

export const DEFAULT_USER_AGENT = 'tidings/0.1 (news corpus ingest; +https://www.npmjs.com/package/tidings)';

/**
 * HTTP GET with a timeout, a size limit, a clear user agent, a per-host rate limit and conditional
 * requests (If-None-Match / If-Modified-Since), so re-polling a feed costs a 304 when nothing changed.
 */
export class Fetcher {
  private readonly timeoutMs: number;
  private readonly maxBytes: number;
  private readonly gapMs: number;
  private readonly userAgent: string;
  private readonly nextSlot = new Map<string, number>();

  constructor(options: HttpOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 20_000;
    this.maxBytes = options.maxBytes ?? 10 * 1024 * 1024;
    this.gapMs = 1000 / Math.max(options.perHostRate ?? 1, 0.001);
    this.userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
  }

  /** Waits for this host's next free slot; slots are reserved in call order. */
  private async slot(host: string): Promise<void> {
    const now = Date.now();
    const at = Math.max(now, this.nextSlot.get(host) ?? 0);
    this.nextSlot.set(host, at + this.gapMs);
    if (at > now) await sleep(at - now);
  }

  async get(url: string, validators?: Validators | null): Promise<FetchResult> {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return { status: 'error', url, reason: 'not a URL' };
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { status: 'error', url, reason: `unsupported protocol ${parsed.protocol}` };
    await this.slot(parsed.host);
    const headers: Record<string, string> = { 'user-agent': this.userAgent, accept: 'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5' };
    if (validators?.etag) headers['if-none-match'] = validators.etag;
    if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    try {
      const res = await fetch(parsed, { headers, signal: controller.signal, redirect: 'follow' });
      if (res.status === 304) {
        await res.body?.cancel().catch(() => {});
        return { status: 'not-modified', url };
      }
      if (!res.ok) {
        await res.body?.cancel().catch(() => {});
        return { status: 'error', url, reason: `HTTP ${res.status}` };
      }
      const declared = Number(res.headers.get('content-length') ?? NaN);
      if (declared > this.maxBytes) {
        await res.body?.cancel().catch(() => {});
        return { status: 'error', url, reason: `larger than ${this.maxBytes} bytes` };
      }
      const bytes = await readCapped(res, this.maxBytes);
      if (!bytes) return { status: 'error', url, reason: `larger than ${this.maxBytes} bytes` };
      return {
        status: 'ok',
        url: res.url || url,
        body: decodeDeclared(bytes, res.headers.get('content-type')),
        contentType: res.headers.get('content-type') ?? '',
        validators: { etag: res.headers.get('etag'), lastModified: res.headers.get('last-modified') },
      };
    } catch (err) {
      const reason = controller.signal.aborted ? `timed out after ${this.timeoutMs} ms` : `fetch failed: ${causeOf(err)}`;
      return { status: 'error', url, reason };
    } finally {
      clearTimeout(timer);
    }
  }
}

/** The body, or null once it passes `max` bytes (the rest is not downloaded). */
async function readCapped(res: Response, max: number): Promise<Uint8Array | null> {
  if (!res.body) return new Uint8Array(0);
  const reader = res.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      return null;
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

function causeOf(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } })?.cause;
  return cause?.code ?? cause?.message ?? (err instanceof Error ? err.message : String(err));
}
