// The order in which training visits its documents: per epoch, by a hash of each document's own features and the epoch.
// A seeded shuffle of positions would reorder every document as soon as one is added; a key of the document's own
// features keeps the others in the same relative order, so retraining after a few new examples changes little.

/** FNV-1a over a document's features (their text, not their ids: ids shift when another document adds a feature). */
export function documentKey(features: readonly string[]): number {
  let hash = 0x811c9dc5;
  for (const feature of features) {
    for (let i = 0; i < feature.length; i++) {
      hash ^= feature.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    hash ^= 0x1f;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A 32-bit finaliser (murmur3's), to mix a document's key with the epoch and seed. */
function mix(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Document indices in visiting order for one epoch (ties, such as duplicate documents, keep their input order). */
export function documentOrder(documentKeys: readonly number[], epoch: number, seed: number): number[] {
  const epochKey = mix((seed + Math.imul(epoch, 0x9e3779b9)) >>> 0);
  const keys = documentKeys.map((key) => mix(key ^ epochKey));
  return documentKeys.map((_, i) => i).sort((a, b) => keys[a] - keys[b] || a - b);
}
