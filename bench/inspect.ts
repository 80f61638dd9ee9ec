// Memory that survives a full garbage collection, read from outside through the child's inspector (`--inspect=127.0.0.1:0`).
import WebSocket from 'ws';

export interface RetainedMemory {
  /** V8 heap in use after two full collections, MB. */
  heapUsedMb: number;
  /** Memory outside the V8 heap held by JS objects (buffers, WebAssembly memory), MB. */
  externalMb: number;
  arrayBuffersMb: number;
  rssMb: number;
}

const MB = 2 ** 20;

/** Connects to the inspector, collects garbage twice, and reads `process.memoryUsage()` in the child. */
export async function retainedMemory(inspectorUrl: string): Promise<RetainedMemory> {
  const ws = new WebSocket(inspectorUrl);
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  let nextId = 0;
  const pending = new Map<number, (result: unknown) => void>();
  ws.on('message', (data) => {
    const message = JSON.parse(String(data)) as { id?: number; result?: unknown };
    if (message.id !== undefined) pending.get(message.id)?.(message.result);
  });
  const send = (method: string, params: Record<string, unknown> = {}) => new Promise<unknown>((resolve) => {
    nextId += 1;
    pending.set(nextId, resolve);
    ws.send(JSON.stringify({ id: nextId, method, params }));
  });
  try {
    await send('HeapProfiler.collectGarbage');
    await send('HeapProfiler.collectGarbage');
    const answer = (await send('Runtime.evaluate', { expression: 'JSON.stringify(process.memoryUsage())', returnByValue: true })) as { result: { value: string } };
    const usage = JSON.parse(answer.result.value) as NodeJS.MemoryUsage;
    return { heapUsedMb: usage.heapUsed / MB, externalMb: usage.external / MB, arrayBuffersMb: usage.arrayBuffers / MB, rssMb: usage.rss / MB };
  } finally {
    ws.close();
  }
}

export const describeRetained = (m: RetainedMemory): string =>
  `after a full GC: heap used ${m.heapUsedMb.toFixed(0)} MB, external ${m.externalMb.toFixed(0)} MB (array buffers ${m.arrayBuffersMb.toFixed(0)} MB), RSS ${m.rssMb.toFixed(0)} MB`;
