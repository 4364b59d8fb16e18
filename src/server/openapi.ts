import { z } from 'zod';
import { docJsonSchema } from '../doc/schema.js';
import type { Route } from './routes.js';

type Json = Record<string, unknown>;

const ERROR_SCHEMA: Json = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['status', 'code', 'message'],
      properties: {
        status: { type: 'integer' },
        code: { type: 'string' },
        message: { type: 'string' },
        issues: { type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } } },
      },
    },
  },
};

/** JSON Schema of what a client sends (before transforms: the query strings themselves). */
function inputSchema(schema: z.ZodType): Json {
  const { $schema: _s, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;
  return rest;
}

/** "/api/articles/:id" → "/api/articles/{id}". */
function openApiPath(path: string): string {
  return path.replace(/:(\w+)/g, '{$1}');
}

/** The OpenAPI 3.1 document of the API, made from the same route table and schemas that check requests. */
export function openApiDocument(routes: readonly Route[], version: string): Json {
  const paths: Record<string, Json> = {};
  for (const r of routes) {
    const parameters: Json[] = [];
    for (const [where, schema] of [['path', r.params], ['query', r.query]] as const) {
      if (!schema) continue;
      const s = inputSchema(schema);
      const required = new Set((s['required'] as string[] | undefined) ?? []);
      for (const [name, prop] of Object.entries((s['properties'] as Record<string, Json> | undefined) ?? {})) {
        const { description, ...propSchema } = prop;
        parameters.push({ name, in: where, required: where === 'path' || (required.has(name) && !('default' in prop)), ...(description ? { description } : {}), schema: propSchema });
      }
    }
    const responses: Json = {
      '200': {
        description: r.returns,
        content:
          r.path === '/api/extract'
            ? { 'application/json': { schema: docJsonSchema() } }
            : r.path.startsWith('/api/export/')
              ? { 'text/csv': { schema: { type: 'string' } }, 'application/x-ndjson': { schema: { type: 'string' } } }
              : { 'application/json': { schema: { type: 'object', description: r.returns } } },
      },
      '400': { description: 'bad parameters or body', content: { 'application/json': { schema: ERROR_SCHEMA } } },
    };
    if (r.params) responses['404'] = { description: 'not found', content: { 'application/json': { schema: ERROR_SCHEMA } } };
    if (r.body) responses['413'] = { description: 'body over the size limit', content: { 'application/json': { schema: ERROR_SCHEMA } } };
    if (r.writes) responses['401'] = { description: 'no token, or a wrong one', content: { 'application/json': { schema: ERROR_SCHEMA } } };
    paths[openApiPath(r.path)] = {
      ...paths[openApiPath(r.path)],
      [r.method]: {
        summary: r.summary,
        operationId: `${r.method}${r.path.replace(/[^a-zA-Z]+(\w)?/g, (_, c: string | undefined) => (c ?? '').toUpperCase())}`,
        ...(parameters.length ? { parameters } : {}),
        ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: inputSchema(r.body) } } } } : {}),
        ...(r.writes ? { security: [{ token: [] }] } : {}),
        responses,
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'tidings', version, description: 'Actors, quotations, events, dates and places read from news, over the tidings store.' },
    paths,
    components: { securitySchemes: { token: { type: 'http', scheme: 'bearer', description: 'TIDINGS_TOKEN, or the token printed at start' } } },
  };
}
