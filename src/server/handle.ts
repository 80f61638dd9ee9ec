// The one place where errors become HTTP responses: HttpError → its status and reason, anything else → 500 without details.
import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'restify';
import { HttpError } from '../errors';
import type { Logger } from '../logger';

export type RouteHandler = (req: Request, res: Response) => Promise<void>;

export function errorBody(code: string, message: string) {
  return { error: { code, message } };
}

export function handle(logger: Logger, handler: RouteHandler): RouteHandler {
  return async (req, res) => {
    try {
      await handler(req, res);
    } catch (error) {
      if (error instanceof HttpError) {
        // Some errors carry headers of their own (429 → Retry-After).
        const headers = (error as HttpError & { headers?: Record<string, string> }).headers;
        if (headers) for (const [name, value] of Object.entries(headers)) res.header(name, value);
        res.send(error.status, errorBody(error.code, error.message));
        return;
      }
      const correlationId = randomUUID();
      logger.error({ err: { name: (error as Error).name, message: (error as Error).message, stack: (error as Error).stack }, correlationId, route: req.getRoute?.()?.path }, 'request failed');
      if (!res.headersSent) res.send(500, errorBody('internal', `something went wrong (correlation id ${correlationId})`));
    }
  };
}

/** No activity needs more; deeper bodies would only make JSON and jsonb work hard (or overflow the stack). */
const MAX_DEPTH = 32;

/** Depth of nested objects and arrays, counted without recursion; stops counting past `limit`. */
function nestingDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length) {
    const [item, depth] = stack.pop() as [unknown, number];
    if (item === null || typeof item !== 'object') continue;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) return deepest;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** Parses a body with a zod-like schema and turns a failure into a 400 naming the fields. */
export function parseBody<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } } }, body: unknown): T {
  if (body === undefined || body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new HttpError(400, 'body_invalid', 'the body must be a JSON object');
  }
  if (nestingDepth(body, MAX_DEPTH) > MAX_DEPTH) throw new HttpError(400, 'body_invalid', `(body): nested deeper than ${MAX_DEPTH} levels`);
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const reasons = parsed.error.issues.map((i) => `${i.path.map(String).join('.') || '(body)'}: ${i.message}`).join('; ');
    throw new HttpError(400, 'body_invalid', reasons);
  }
  return parsed.data;
}
