// Renders a search explanation as plain text for the CLI: what the bot would offer and why.
import type { SearchExplanation } from './catalogue';
import type { Scored } from './search';
import type { AdviceQuery, Offering } from './types';

const parts = (s: Scored<Offering>): string =>
  Object.entries(s.parts).filter(([, v]) => v !== 0).map(([k, v]) => `${k} ${v > 0 ? '+' : ''}${Math.round(v * 100) / 100}`).join(', ');

export function explainText(e: SearchExplanation, q: AdviceQuery): string {
  const lines: string[] = [];
  lines.push(`query: ${JSON.stringify({ text: q.text, topics: q.topics, age: q.age, postcode: q.postcode, asker: q.asker, language: q.language })}`);
  lines.push(`team: ${e.team ? `${e.team.name} (area ${e.team.area}${e.team.fallback ? ', city-wide fallback' : ''})` : 'none'}`);
  lines.push(`filters: ${Object.entries(e.counts).map(([k, v]) => `${k} ${v}`).join(' → ')}`);
  lines.push(`fallbacks: ${e.fallbacks.length ? e.fallbacks.join(', ') : 'none'}`);
  lines.push('', 'offerings (shown first):');
  const shown = new Set(e.result.offerings.map((o) => o.id));
  for (const s of e.offerings.slice(0, Math.max(shown.size + 3, 5))) {
    lines.push(`${shown.has(s.id) ? '*' : ' '} ${s.score.toFixed(2).padStart(6)}  ${s.id}  [${s.item.ageMin}-${s.item.ageMax}, ${s.item.areas.join('/')}]  ${parts(s)}`);
  }
  lines.push('', 'close by:');
  for (const s of e.services) lines.push(`  ${s.score.toFixed(2).padStart(6)}  ${s.id} (${s.item.kind})  ${parts(s)}`);
  return lines.join('\n');
}
