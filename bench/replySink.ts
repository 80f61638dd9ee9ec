// A local reply sink on loopback: plays the channel's Bot Connector, accepting the replies a bot posts to its serviceUrl.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReplySink {
  serviceUrl: string;
  /** Replies received so far (all conversations). */
  received(): number;
  close(): Promise<void>;
}

export async function startReplySink(): Promise<ReplySink> {
  let count = 0;
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      count += 1;
      res.setHeader('Content-Type', 'application/json');
      res.end(`{"id":"r${count}"}`);
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    serviceUrl: `http://127.0.0.1:${port}`,
    received: () => count,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
