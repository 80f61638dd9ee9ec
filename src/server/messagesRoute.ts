// POST /api/messages: the Bot Framework channel endpoint (Teams, Azure Direct Line, Emulator) through CloudAdapter.
import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Server } from 'restify';
import { z } from 'zod';
import type { Logger } from '../logger';
import { handle, parseBody } from './handle';

const incomingActivity = z.looseObject({
  type: z.string().min(1).max(50),
  channelId: z.string().min(1).max(100),
  serviceUrl: z.string().url(),
  conversation: z.looseObject({ id: z.string().min(1).max(500) }),
  from: z.looseObject({ id: z.string().min(1).max(500) }),
  text: z.string().max(10_000).optional(),
});

export function addMessagesRoute(server: Server, adapter: CloudAdapter, bot: (context: TurnContext) => Promise<void>, logger: Logger): void {
  server.post(
    '/api/messages',
    handle(logger, async (req, res) => {
      parseBody(incomingActivity, req.body);
      await adapter.process(req, res, bot);
    }),
  );
}
