// Intents that decide where a conversation goes: a typed reference is about that request, sign-up wishes start contact, a hurried goodbye ends it.
import { understander } from './understander';

const intentOf = (text: string) => understander().understand(text).intent;

describe('intents', () => {
  it('reads a typed reference number as a question about that request, also when the message asks to be called', () => {
    expect(intentOf('de man van het wijkteam zou langskomen maar ik hoor niks meer, nummer SW-2026-04410')).toBe('request_status');
    expect(intentOf('kan iemand me bellen over SW-2026-00017?')).toBe('request_status');
  });

  it('keeps the safety reply in charge: a reference next to a danger is not turned into a status question', () => {
    const understanding = understander().understand('SW-2026-00417: mijn zoon wil dood en het wordt erger');
    expect(understanding.safety).not.toBe('none');
    expect(understanding.intent).not.toBe('request_status');
  });

  it.each([
    'ik wil me aanmelden voor een oudercursus over pubers',
    'kin ik mie opgeven veur n training?',
    'ik wil graag een aanvraag doen voor hulp thuis',
  ])('takes "%s" as a wish for contact', (text) => {
    expect(intentOf(text)).toBe('contact_request');
  });

  it.each(['ik moet ff weg, de bus komt', 'Dank voor uw tijd, fijne avond.'])('takes "%s" as a goodbye', (text) => {
    expect(intentOf(text)).toBe('goodbye');
  });

  it('keeps a school project a help question, not something outside our work', () => {
    expect(intentOf('ik doe mn profielwerkstuk over pesten, waar vind ik betrouwbare informatie')).toBe('help_request');
  });
});
