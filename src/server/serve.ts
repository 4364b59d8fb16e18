import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Store } from '../store/index.js';
import { createApp, type AppOptions } from './app.js';

export interface ServeOptions extends Omit<AppOptions, 'token'> {
  store: Store;
  /** 127.0.0.1 unless given: the store is not for the network unless someone says so. */
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** The write token; one is generated when none is given. */
  token?: string;
}

export interface RunningServer {
  url: string;
  token: string;
  /** Whether the token was generated here (the caller prints it). */
  generatedToken: boolean;
  close(): Promise<void>;
}

export const DEFAULT_PORT = 8080;

/** Starts the API and web app on host:port; resolves once it listens. */
export function startServer(options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const generatedToken = !options.token;
  const token = options.token || randomBytes(18).toString('base64url');
  const app = createApp({ ...options, token });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port: options.port ?? DEFAULT_PORT }, (info: AddressInfo) => {
      const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${shown}:${info.port}/`,
        token,
        generatedToken,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            // Browsers keep connections open: end them, or close waits for their timeout.
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
    server.once('error', reject);
  });
}
