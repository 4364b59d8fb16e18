import { timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { z } from 'zod';
import { pipelineVersion } from '../corpus/version.js';
import { InputError } from '../doc/input.js';
import type { Store } from '../store/index.js';
import { badRequest, HttpError } from './errors.js';
import { appPageFile } from './app-page.js';
import { openApiDocument } from './openapi.js';
import { routes, type Route } from './routes.js';

export interface AppOptions {
  store: Store;
  /** Requests that write need `Authorization: Bearer TOKEN`. */
  token: string;
  /** Largest request body accepted (bytes). */
  maxBodyBytes?: number;
  /** The built web app (default: dist/web beside the compiled server); null serves the API alone. */
  webRoot?: string | null;
}

/** 2 MB: a long article is some 100 KB; the pipeline takes seconds past a few MB. */
export const DEFAULT_MAX_BODY = 2 * 1024 * 1024;

/** dist/web, where `vite build` puts the app (the compiled server is dist/src/server). */
export const WEB_ROOT = fileURLToPath(new URL('../../web/', import.meta.url));

function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function check<T>(schema: z.ZodType<T> | undefined, value: unknown, where: 'query' | 'body' | 'path'): T {
  if (!schema) return undefined as T;
  const r = schema.safeParse(value);
  if (!r.success) throw badRequest(where, r.error);
  return r.data;
}

async function readJson(c: Context): Promise<unknown> {
  if (!/^application\/json\b/i.test(c.req.header('content-type') ?? '')) {
    throw new HttpError(415, 'unsupported_media_type', 'send the body as JSON (Content-Type: application/json)');
  }
  try {
    return await c.req.json();
  } catch {
    throw new HttpError(400, 'bad_request', 'the body is not valid JSON');
  }
}

/** The HTTP API over a store, and the web app: every route of `routes`, checked at the edge. */
export function createApp(options: AppOptions): Hono {
  const { store, token } = options;
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const webRoot = options.webRoot === undefined ? WEB_ROOT : options.webRoot;
  const app = new Hono();
  const appPage = webRoot && existsSync(webRoot) ? appPageFile(join(webRoot, 'index.html')) : () => null;

  app.use(
    '*',
    secureHeaders({
      // Nothing from the data may run: only the app's own scripts and styles, the inline ones of its page
      // named by their hashes.
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", () => appPage()?.scripts.join(' ') ?? ''],
        styleSrc: ["'self'", () => appPage()?.styles.join(' ') ?? ''],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
      },
      // Cross-Origin-Opener-Policy puts the page in a browsing context group of its own, which costs a new
      // renderer process on every tab opened to the app: 40–100 ms before the page begins. Nothing here talks
      // to other windows, and frames are refused already (frame-ancestors, X-Frame-Options).
      crossOriginOpenerPolicy: false,
    }),
  );
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: maxBody,
      onError: () => {
        throw new HttpError(413, 'payload_too_large', `the body is over ${maxBody} bytes`);
      },
    }),
  );

  const openapi = openApiDocument(routes, pipelineVersion());
  app.get('/openapi.json', (c) => c.json(openapi));

  for (const r of routes as Route[]) {
    app.on(r.method.toUpperCase(), r.path, async (c) => {
      if (r.writes) {
        const auth = c.req.header('authorization') ?? '';
        const m = /^Bearer\s+(\S+)$/i.exec(auth);
        if (!m) throw new HttpError(401, 'unauthorized', 'this request writes to the store: send Authorization: Bearer TOKEN (TIDINGS_TOKEN, or the token printed at start)');
        if (!sameToken(m[1]!, token)) throw new HttpError(403, 'forbidden', 'wrong token');
      }
      const params = check(r.params, c.req.param(), 'path');
      const query = check(r.query, c.req.query(), 'query');
      const body = r.body ? check(r.body, await readJson(c), 'body') : undefined;
      const out = await r.handle({ store, params, query, body });
      return out instanceof Response ? out : c.json(out as object);
    });
  }
  app.all('/api/*', () => {
    throw new HttpError(404, 'not_found', 'no such API route: see /openapi.json');
  });

  if (webRoot && existsSync(webRoot)) {
    // The page holds the whole app (web/inline-bundle.ts): kept out of the browser's cache, where a new
    // tab could wait on another tab's lock, and read afresh so that a rebuild shows at once.
    const page = (c: Context) => {
      const p = appPage();
      if (!p) throw new HttpError(404, 'not_found', 'the web app is not built: run npm run build');
      c.header('cache-control', 'no-store');
      return c.html(p.html);
    };
    app.get('/', page);
    app.get('/index.html', page);
    app.use(
      '/*',
      serveStatic({
        root: webRoot,
        // Vite names assets by their content hash: they never change; the page itself is always checked.
        onFound: (path, c) => c.header('cache-control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache'),
      }),
    );
  } else {
    app.get('/', (c) => c.text('tidings API: see /openapi.json (the web app is not built: run npm run build)'));
  }

  app.onError((err, c) => {
    const e =
      err instanceof HttpError
        ? err
        : err instanceof InputError
          ? new HttpError(400, 'bad_input', err.message)
          : new HttpError(500, 'internal', 'internal error: see the server log');
    if (e.status === 500) console.error(`tidings serve: ${c.req.method} ${c.req.path}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return c.json(e.toJSON(), e.status as 400);
  });
  app.notFound((c) => c.json(new HttpError(404, 'not_found', `nothing at ${c.req.path}`).toJSON(), 404));
  return app;
}
