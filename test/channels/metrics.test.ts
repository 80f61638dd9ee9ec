// GET /metrics after a scripted conversation: turns by channel, latency, safety replies, a filed request; no personal data anywhere.
import { testContent } from '../helpers/chat';
import { databaseProviders } from '../helpers/database';
import { connectDirectLine } from '../helpers/directLine';
import { type RunningApp, startApp } from '../helpers/server';

const nl = testContent().texts.t('nl');
const ends = (text: string) => (a: { text?: string }) => a.text?.endsWith(text) === true;
const METRICS_TOKEN = 'metrics-token-0123456789abcdef';

/** The value of one sample line, e.g. value(text, 'steunwijzer_turns_total{channel="directline"}'). */
function value(text: string, sample: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${sample} `));
  return line ? Number(line.slice(sample.length + 1)) : NaN;
}

describe('/metrics', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp(await databaseProviders()[0].open(), { METRICS_TOKEN });
  });
  afterAll(() => running.app.close());

  it('asks for the metrics token when one is set', async () => {
    expect((await fetch(`${running.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${running.url}/metrics`, { headers: { Authorization: 'Bearer wrong-token-0123456789abcdef' } })).status).toBe(401);
  });

  it('counts a whole conversation and holds no personal data', async () => {
    const chat = await connectDirectLine(running.url);
    try {
      await chat.waitFor(ends(nl('ask.role')));
      await chat.say(nl('choice.parent'), ends(nl('ask.situation')));
      await chat.say('mijn dochter van 10 wordt gepest', ends(nl('ask.feedback')));
      await chat.say('iemand spreken', ends(nl('ask.scale')));
      await chat.say('3', ends(nl('ask.postcode')));
      await chat.say('mijn man bedreigt ons en slaat de kinderen', ends(nl('ask.postcode')));
      await chat.say('9741 AB', ends(nl('ask.firstName')));
      await chat.say('Fatima', ends(nl('ask.contact')));
      await chat.say('050 123 45 67', ends(nl('ask.whenToCall')));
      await chat.say(nl('choice.anyTime'), ends(nl('ask.consent')));
      await chat.say('ja', ends(nl('ask.confirm')));
      await chat.say(nl('choice.send'), (a) => /SW-/.test(a.text ?? ''));
    } finally {
      chat.end();
    }
    const res = await fetch(`${running.url}/metrics`, { headers: { Authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();

    // 1 conversation start + 11 messages, all on the local Direct Line.
    expect(value(text, 'steunwijzer_turns_total{channel="directline"}')).toBe(12);
    expect(value(text, 'steunwijzer_turn_duration_seconds_count{channel="directline"}')).toBe(12);
    expect(value(text, 'steunwijzer_turn_duration_seconds_bucket{le="+Inf",channel="directline"}')).toBe(12);
    expect(value(text, 'steunwijzer_safety_replies_total{level="concern"}')).toBe(1);
    expect(value(text, 'steunwijzer_requests_filed_total{urgent="true"}')).toBe(1);
    expect(text).toContain('# TYPE steunwijzer_database_errors_total counter');
    expect(text).toContain('# TYPE steunwijzer_rate_limited_total counter');
    expect(text).toContain('steunwijzer_process_resident_memory_bytes');

    // Names and labels only: a sample's value (bytes, seconds) may contain any digits by chance.
    const namesAndLabels = text.split('\n').map((line) => (line.startsWith('#') ? line : line.replace(/\s+\S+(\s+\d+)?$/, ''))).join('\n');
    for (const personal of ['Fatima', '0501234567', '050 123', '9741', chat.conversationId, chat.userId, 'bedreigt']) {
      expect(namesAndLabels).not.toContain(personal);
    }
    // Every label value is a fixed word, never free text.
    const labelValues = [...text.matchAll(/[a-z_]+="([^"]*)"/g)].map((m) => m[1]);
    for (const label of labelValues) expect(label).toMatch(/^[a-zA-Z0-9_.+:/ -]{1,40}$/);
  });
});
