// Runs in the understanding worker thread: builds the understander once, then answers one message at a time.
import inspector from 'node:inspector';
import { parentPort, workerData } from 'node:worker_threads';
import { createUnderstander } from '../understander';
import type { WorkerReply, WorkerRequest } from './protocol';

/** Building the understander leaves its parsing and training garbage; V8's low-memory collection hands it back now. */
function releaseStartupGarbage(): Promise<void> {
  const session = new inspector.Session();
  session.connect();
  return new Promise<void>((resolve) => session.post('HeapProfiler.collectGarbage', () => resolve())).finally(() => session.disconnect());
}

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('workerMain runs only as a worker thread');
  let understander: ReturnType<typeof createUnderstander>;
  try {
    understander = createUnderstander({ dataDir: (workerData as { dataDir?: string } | undefined)?.dataDir });
  } catch (error) {
    port.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies WorkerReply);
    return;
  }
  port.on('message', (request: WorkerRequest) => {
    let reply: WorkerReply;
    try {
      reply = { kind: 'understood', id: request.id, understanding: understander.understand(request.text, { now: new Date(request.now) }) };
    } catch (error) {
      reply = { kind: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
  await releaseStartupGarbage();
  port.postMessage({ kind: 'ready' } satisfies WorkerReply);
}

void main();
