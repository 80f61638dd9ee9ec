// One understander shared by the understanding tests (building it trains the models, so do it once per file).
import { createUnderstander, type NluUnderstander } from '../../../src/understanding';

let shared: NluUnderstander | undefined;

export function understander(): NluUnderstander {
  shared ??= createUnderstander();
  return shared;
}
