// CloudAdapter whose `process` (an HTTP request to /api/messages) does what botbuilder's (4.23) does without building zod
// schemas for every request: botbuilder makes `z.record(z.unknown())` twice and `z.string()` once per call (zod 3 binds
// some thirty methods per schema) and walks the body's keys twice, about 2–3 % of a turn's main-thread CPU. The checks
// are the same predicates; anything unusual (a web socket upgrade, a response or logic of another shape, a non-string
// Authorization header) goes to botbuilder's own `process`, which answers or throws exactly as before.
import { type Activity, CloudAdapter, type Request, type Response, StatusCodes, type TurnContext } from 'botbuilder';
import { AuthenticationError } from 'botframework-connector';

type Logic = (context: TurnContext) => Promise<void>;

/** botbuilder's ResponseT: what it needs of restify's, express's or node's response. */
function isResponse(value: unknown): value is Response {
  const res = value as Record<string, unknown> | null | undefined;
  return typeof res?.end === 'function' && typeof res.header === 'function' && typeof res.send === 'function' && typeof res.status === 'function';
}

/** zod 3's `z.record(z.unknown())`: an object that is not an array, null, a promise-like, Map, Set or Date. */
function isRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const thenable = value as { then?: unknown; catch?: unknown };
  if (thenable.then && typeof thenable.then === 'function' && thenable.catch && typeof thenable.catch === 'function') return false;
  return !(value instanceof Map || value instanceof Set || value instanceof Date);
}

/** botbuilder's validateAndFixActivity: the timestamps become Dates, their text kept in raw* fields. */
function fixTimestamps(activity: Record<string, unknown>): Activity {
  for (const [field, raw] of [['timestamp', 'rawTimestamp'], ['expiration', 'rawExpiration'], ['localTimestamp', 'rawLocalTimestamp']] as const) {
    const value = activity[field];
    if (typeof value === 'string') {
      activity[raw] = value;
      activity[field] = new Date(value);
    }
  }
  return activity as unknown as Activity;
}

export class LeanCloudAdapter extends CloudAdapter {
  override process(req: Request, res: Response, logic: Logic): Promise<void>;
  override process(req: Request, socket: never, head: never, logic: Logic): Promise<void>;
  override async process(req: Request, resOrSocket: unknown, logicOrHead: unknown, maybeLogic?: Logic): Promise<void> {
    const authorization = req.headers?.Authorization ?? req.headers?.authorization ?? '';
    if (maybeLogic || !isResponse(resOrSocket) || typeof logicOrHead !== 'function' || typeof authorization !== 'string') {
      return (super.process as (...args: unknown[]) => Promise<void>).call(this, req, resOrSocket, logicOrHead, maybeLogic);
    }
    const res = resOrSocket;
    const end = (status: number, body?: unknown) => {
      res.status(status);
      if (body) res.send(body);
      res.end();
    };
    if (req.method !== 'POST') return end(StatusCodes.METHOD_NOT_ALLOWED);
    if (!isRecord(req.body)) {
      return end(StatusCodes.BAD_REQUEST, '`req.body` not an object, make sure you are using middleware to parse incoming requests.');
    }
    if (typeof req.body.type !== 'string') throw new Error('validateAndFixActivity(): missing activity type.');
    const activity = fixTimestamps(req.body);
    if (!activity.type) {
      console.warn('BadRequest: Missing activity or activity type.');
      return end(StatusCodes.BAD_REQUEST);
    }
    try {
      const invokeResponse = await this.processActivity(authorization, activity, logicOrHead as Logic);
      return end(invokeResponse?.status ?? StatusCodes.OK, invokeResponse?.body);
    } catch (err) {
      console.error(err);
      return end(err instanceof AuthenticationError ? StatusCodes.UNAUTHORIZED : StatusCodes.INTERNAL_SERVER_ERROR, (err as Error).message ?? err);
    }
  }
}
