// The framework's floor: a minimal botbuilder echo bot on MemoryStorage behind restify. Run as a child process by the benchmark.
import {
  ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState, MemoryStorage,
} from 'botbuilder';
import restify from 'restify';

/** Echoes every message and counts turns in conversation state, so a turn reads and writes state like ours does. */
class EchoBot extends ActivityHandler {
  constructor(private readonly state: ConversationState) {
    super();
    const turns = state.createProperty<number>('turns');
    this.onMessage(async (context, next) => {
      const count = (await turns.get(context, 0)) + 1;
      await turns.set(context, count);
      await context.sendActivity(`echo ${count}: ${context.activity.text ?? ''}`);
      await next();
    });
  }

  override async run(context: Parameters<ActivityHandler['run']>[0]): Promise<void> {
    await super.run(context);
    await this.state.saveChanges(context, false);
  }
}

export function startEchoServer(port: number, host = '127.0.0.1'): Promise<{ url: string; close(): Promise<void> }> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const bot = new EchoBot(new ConversationState(new MemoryStorage()));
  const server = restify.createServer({ name: 'echo' });
  server.use(restify.plugins.bodyParser({ mapParams: false }));
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  server.get('/healthz', (_req, res, next) => {
    res.send(200, { status: 'ok' });
    next();
  });
  return new Promise((resolve) => {
    server.listen(port, host, () => {
      resolve({
        url: `http://${host}:${server.address().port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

if (require.main === module) {
  const port = Number(process.argv[2] ?? 0);
  startEchoServer(port).then(({ url }) => process.stdout.write(`listening ${url}\n`));
}
