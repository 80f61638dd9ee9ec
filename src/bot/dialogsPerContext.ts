// Work botbuilder-dialogs (4.23) repeats for every DialogContext, done once. Both patches keep the library's results.
//
// - Every DialogStateManager (one per DialogContext, so several a turn) registers a new DialogsComponentRegistration:
//   a service collection with the factories of nine memory scopes and five path resolvers, built and then replaced in
//   ComponentRegistration's map by name (about 8 % of the bytes a turn allocates). It holds nothing but those
//   factories, so one instance, registered again each time, is the same registration.
// - DialogStateManager.parsePath splits paths such as "turn.activity" character by character on every get and set of
//   memory. A path without brackets splits the same way every time (brackets may hold expressions that read memory:
//   those are parsed every time, as before); callers get their own copy of the segments.
import * as registrationModule from 'botbuilder-dialogs/lib/dialogsComponentRegistration';
import { DialogStateManager } from 'botbuilder-dialogs/lib/memory/dialogStateManager';

type Registration = registrationModule.DialogsComponentRegistration;

const Original = registrationModule.DialogsComponentRegistration;
let shared: Registration | undefined;
// A constructor that returns an object gives that object to `new`: DialogStateManager's
// `new DialogsComponentRegistration()` reads this export at each call.
function SharedRegistration(): Registration {
  shared ??= new Original();
  return shared;
}
SharedRegistration.prototype = Original.prototype;
(registrationModule as { DialogsComponentRegistration: unknown }).DialogsComponentRegistration = SharedRegistration;

const MAX_PATHS = 1000;
const parsedPaths = new Map<string, Array<string | number>>();
const parsePath = DialogStateManager.prototype.parsePath;
DialogStateManager.prototype.parsePath = function parseKnownPath(this: DialogStateManager, pathExpression: string, allowNestedPaths = true) {
  if (typeof pathExpression !== 'string' || pathExpression.includes('[')) return parsePath.call(this, pathExpression, allowNestedPaths);
  const key = `${allowNestedPaths ? 'n' : 'f'}:${pathExpression}`;
  let segments = parsedPaths.get(key);
  if (!segments) {
    segments = parsePath.call(this, pathExpression, allowNestedPaths) as Array<string | number>;
    if (parsedPaths.size >= MAX_PATHS) parsedPaths.clear();
    parsedPaths.set(key, segments);
  }
  return segments.slice();
};
