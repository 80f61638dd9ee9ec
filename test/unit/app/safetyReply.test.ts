// Which helplines a safety answer shows, for the signals and for who is chatting; hours only as the helpline states them.
import path from 'node:path';
import { loadHelplines } from '../../../src/bot/helplines';
import { helplineIds, helplineText } from '../../../src/bot/safetyReply';
import { projectRoot } from '../../../src/projectRoot';
import type { SafetyLevel, SafetySignal } from '../../../src/understanding/types';
import { testContent } from '../../helpers/chat';

const flagged = (safety: SafetyLevel, safetySignals: SafetySignal[]) => ({ safety, safetySignals });

describe('helplines that fit the person', () => {
  it.each([
    ['acute suicide, young person', 'acute', ['suicide'], 'young', ['emergency', 'suicidePrevention', 'kindertelefoon']],
    ['violence at home, parent', 'concern', ['violence'], 'parent', ['emergency', 'veiligThuis']],
    ['abuse, young person', 'concern', ['abuse'], 'young', ['emergency', 'veiligThuis', 'kindertelefoon']],
    ['eating problem, parent', 'concern', ['eating'], 'parent', ['emergency', 'gp']],
    ['self-harm, unknown', 'concern', ['selfharm'], undefined, ['emergency', 'suicidePrevention', 'kindertelefoon']],
    ['medical emergency, parent', 'acute', ['medical'], 'parent', ['emergency', 'gp']],
    ['concern without a kind, parent', 'concern', [], 'parent', ['emergency', 'suicidePrevention', 'veiligThuis']],
    ['sexual assault, young person', 'concern', ['sexual'], 'young', ['emergency', 'sexualViolence', 'kindertelefoon']],
    ['sextortion, young person', 'concern', ['sexual', 'online_sexual'], 'young', ['emergency', 'onlineAbuse', 'kindertelefoon']],
    ['sexual abuse of a child, parent', 'concern', ['sexual'], 'parent', ['emergency', 'sexualViolence', 'veiligThuis']],
  ] as const)('%s', (_name, level, signals, asker, expected) => {
    expect(helplineIds(flagged(level, [...signals]), asker)).toEqual(expected);
  });
});

describe('helpline texts', () => {
  const helplines = loadHelplines(path.join(projectRoot(), 'data', 'safety', 'helplines.yml'));
  const nl = testContent().texts.t('nl');

  it('says "dag en nacht" only for helplines that are open day and night', () => {
    expect(helplineText(helplines.get('suicidePrevention'), nl, 'nl')).toContain('Dag en nacht');
    expect(helplineText(helplines.get('veiligThuis'), nl, 'nl')).toContain('Dag en nacht');
    const kindertelefoon = helplineText(helplines.get('kindertelefoon'), nl, 'nl');
    expect(kindertelefoon).not.toContain('Dag en nacht');
    expect(kindertelefoon).toContain('11 tot 21 uur');
    expect(helplineText(helplines.get('onlineAbuse'), nl, 'nl')).not.toContain('Dag en nacht');
  });

  it('puts the real national numbers in the texts, from the data file', () => {
    expect(helplineText(helplines.get('suicidePrevention'), nl, 'nl')).toMatch(/113.*0800-0113.*113\.nl/);
    expect(helplineText(helplines.get('kindertelefoon'), nl, 'nl')).toContain('0800-0432');
    expect(helplineText(helplines.get('veiligThuis'), nl, 'nl')).toContain('0800-2000');
    expect(helplineText(helplines.get('sexualViolence'), nl, 'nl')).toContain('0800-0188');
  });

  it('keeps a source and a check date for every helpline', () => {
    for (const line of [...helplines.helpLine(), helplines.get('sexualViolence'), helplines.get('onlineAbuse'), helplines.get('gp')]) {
      expect(line.source).toMatch(/^https:\/\//);
      expect(line.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
