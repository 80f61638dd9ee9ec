// Chat spellings, typos, topics, intents and language: what young people and parents really type is understood.
import { understander } from './understander';

describe('normalisation', () => {
  it('turns chat spellings and typos into standard words', () => {
    expect(understander().tokens('mn ma en ik hebbe altyd ruzie')).toEqual(['mijn', 'moeder', 'en', 'ik', 'hebben', 'altijd', 'ruzie']);
    expect(understander().tokens('ik wil nie naar skool ff')).toEqual(['ik', 'wil', 'niet', 'naar', 'school', 'even']);
    expect(understander().tokens('heeeel erg')).toEqual(['heel', 'erg']);
  });

  it('leaves ordinary words alone instead of "repairing" them into lexicon words', () => {
    expect(understander().tokens('de verhuurder dreigt ons eruit te zetten')).toContain('zetten');
    expect(understander().tokens('de deurwaarder stond aan de deur')).toContain('stond');
  });
});

describe('topics', () => {
  it.each([
    ['mn zoon luistert nooit en ik weet nie hoe ik grenze moet stelle', 'opvoeding'],
    ['mijn zoon wordt gepest op school', 'pesten'],
    ['we hebben schulden en kunnen de huur niet betalen', 'geld'],
    ['ik word volgende maand 18 en snap niks van zorgtoeslag', 'overgang18'],
    ['mijn dochter vaped en blowt', 'middelen'],
    ['my parents are getting divorced', 'scheiding'],
  ])('ranks "%s" first as %s', (text, topic) => {
    expect(understander().understand(text).topics[0]).toBe(topic);
  });

  it('reads a quarrel with a parent, in chat spelling, as family life and parenting', () => {
    expect(understander().understand('mn ma en ik hebbe altyd ruzie').topics.slice(0, 2).sort()).toEqual(['gezin', 'opvoeding']);
  });

  it('ranks several topics when a message has several', () => {
    const topics = understander().understand('gescheiden ouders en nu wil hij niet naar school').topics;
    expect(topics.slice(0, 2).sort()).toEqual(['scheiding', 'school']);
  });

  it('gives no topic to a greeting', () => {
    expect(understander().understand('hoi').topics).toEqual([]);
  });
});

describe('intent', () => {
  it.each([
    ['hoi', 'greeting'],
    ['bedankt, doei', 'goodbye'],
    ['kan iemand me bellen', 'contact_request'],
    ['ik wil me aanmelden bij WIJ', 'contact_request'],
    ['wat gebeurt er met mijn gegevens', 'privacy'],
    ['kan school dit zien?', 'privacy'],
    ['ik wil een nieuw paspoort', 'out_of_scope'],
    ['wanneer komt de afvalkalender', 'out_of_scope'],
    ['mijn zoon wil niet naar school', 'help_request'],
  ])('reads "%s" as %s', (text, intent) => {
    expect(understander().understand(text).intent).toBe(intent);
  });
});

describe('language', () => {
  it('tells Dutch from English', () => {
    expect(understander().understand('mijn zoon wil niet naar school').language).toBe('nl');
    expect(understander().understand('my son does not want to go to school').language).toBe('en');
  });
});
