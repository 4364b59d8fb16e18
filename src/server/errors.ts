import type { ZodError } from 'zod';
import type { ApiError } from './api-types.js';

/** An answer other than 200: its status, a stable code for programs and a sentence for people. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues?: ApiError['error']['issues'],
  ) {
    super(message);
    this.name = 'HttpError';
  }

  toJSON(): ApiError {
    return { error: { status: this.status, code: this.code, message: this.message, ...(this.issues ? { issues: this.issues } : {}) } };
  }
}

/** A request that does not fit a schema: 400, each problem with the parameter it is about. */
export function badRequest(where: 'query' | 'body' | 'path', err: ZodError): HttpError {
  const issues = err.issues.map((i) => ({
    path: i.path.length ? i.path.join('.') : where,
    // Unknown query parameters are the usual typo: name them.
    message: i.code === 'unrecognized_keys' ? `unknown parameter${i.keys.length > 1 ? 's' : ''}: ${i.keys.join(', ')}` : i.message,
  }));
  const first = issues[0];
  return new HttpError(400, 'bad_request', first ? `bad ${where}: ${first.path === where ? '' : `${first.path}: `}${first.message}` : `bad ${where}`, issues);
}
