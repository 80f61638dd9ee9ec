// Intents that decide where a conversation goes: a typed reference is about that request, sign-up wishes start contact, a hurried goodbye ends it.
import { understander } from './understander';

const intentOf = (text: string) => understander().understand(text).intent;

describe('intents', () => {
  it('reads a wish to talk with a youth worker or to meet the team as contact, and anonymity questions as privacy', () => {
    expect(intentOf('mag ik misschien eens met een maatschappelijk werker praten over thuis')).toBe('contact_request');
    expect(intentOf('could I book an appointment with someone about my daughter')).toBe('contact_request');
    expect(intentOf('ben ik anoniem als ik hier iets over mijn broer vertel')).toBe('privacy');
  });

  it('reads a call-back wish before a long story as contact, a promised call not heard of as status, and what was typed here as privacy', () => {
    expect(intentOf('Kan iemand mij terugbellen? Onze dochter van 15 spijbelt al weken en wij weten niet meer wat we moeten doen.')).toBe('contact_request');
    expect(intentOf('Iemand van WIJ zou mij vorige week bellen maar ik heb niks gehoord, kunt u dat nakijken?')).toBe('request_status');
    expect(intentOf('Can someone from the municipality see what I typed here?')).toBe('privacy');
  });

  it('reads a short reference, an update question and homework or weather requests for what they are', () => {
    expect(intentOf('any update on my request SW-1234?')).toBe('request_status');
    expect(intentOf('kun je mijn sommen voor morgen maken')).toBe('out_of_scope');
    expect(intentOf('wat wordt het weer morgen in Veendam')).toBe('out_of_scope');
  });

  it('reads a typed reference number as a question about that request, also when the message asks to be called', () => {
    expect(intentOf('de man van het wijkteam zou langskomen maar ik hoor niks meer, nummer SW-2026-04410')).toBe('request_status');
    expect(intentOf('kan iemand me bellen over SW-2026-00017?')).toBe('request_status');
  });

  it('keeps the danger next to a reference: the message is flagged and is also a status question (the chat answers the danger first)', () => {
    const understanding = understander().understand('SW-2026-00417: mijn zoon wil dood en het wordt erger');
    expect(understanding.safety).not.toBe('none');
    expect(understanding.intent).toBe('request_status');
  });

  it('reads a clear question who reads along as privacy, also next to a danger, but not a groomer\'s "keep it secret"', () => {
    expect(intentOf('kan iemand zien wat ik hier typ? mijn vader slaat me elke dag')).toBe('privacy');
    expect(intentOf('wordt dit opgeslagen? ik wil iets vertellen over mijn oom maar alleen als niemand het kan lezen')).toBe('privacy');
    expect(intentOf('een man uit een game stuurt me cadeautjes en zegt dat ik het geheim moet houden, hij wil fotos')).toBe('help_request');
  });

  it.each([
    'ik wil me aanmelden voor een oudercursus over pubers',
    'kin ik mie opgeven veur n training?',
    'ik wil graag een aanvraag doen voor hulp thuis',
  ])('takes "%s" as a wish for contact', (text) => {
    expect(intentOf(text)).toBe('contact_request');
  });

  it.each([
    'jullie zouden me vorige week terugbellen, maar niemand heeft gebeld',
    'hoe lang is de wachtlijst nog voor die training?',
    'ik heb in oktober het formulier ingevuld voor mijn zoon, wanneer hoor ik iets?',
  ])('takes "%s" as a question about an earlier request, also without a reference', (text) => {
    expect(intentOf(text)).toBe('request_status');
  });

  it.each([
    'blijft dit tussen ons of gaat het naar school?',
    'als ik hier iets over thuis vertel, gaat dat dan meteen naar de politie?',
  ])('takes "%s" as a privacy question', (text) => {
    expect(intentOf(text)).toBe('privacy');
  });

  it.each(['gaat het morgen regenen in Delfzijl?', 'wat is het weerbericht voor zaterdag?'])('takes "%s" as another matter', (text) => {
    expect(intentOf(text)).toBe('out_of_scope');
  });

  it.each(['ik moet ff weg, de bus komt', 'Dank voor uw tijd, fijne avond.'])('takes "%s" as a goodbye', (text) => {
    expect(intentOf(text)).toBe('goodbye');
  });

  it('reads whether a chat goes to school, the police or a partner as privacy, a call still not made as status, and a Gronings thank-you as goodbye', () => {
    expect(intentOf('gaat dit naar mijn mentor als ik hier iets vertel over thuis?')).toBe('privacy');
    expect(intentOf('who can read this chat, can my husband see it on the tablet')).toBe('privacy');
    expect(intentOf('leest de politie hier ook mee?')).toBe('privacy');
    expect(intentOf('ik ben nog steeds niet gebeld over mijn aanmelding van drie weken terug')).toBe('request_status');
    expect(intentOf('reference 4471, is there any news?')).toBe('request_status');
    expect(intentOf('nou dank joe wel, moi')).toBe('goodbye');
    expect(intentOf('kunnen jullie iemand sturen die met ons meekijkt')).toBe('contact_request');
  });

  it('reads a wish to file a request, a call-back request, signing someone else up and a Gronings visit wish as contact, and a waiting list as status', () => {
    expect(intentOf('Wij willen graag een aanvraag doen voor hulp bij de opvoeding, onze zoon van 9 is erg boos en slaat met deuren.')).toBe('contact_request');
    expect(intentOf('Graag een terugbelverzoek, het gaat over de schulden van mijn oudste die net 18 is.')).toBe('contact_request');
    expect(intentOf('mag ik mijn nichtje aanmelden voor die training over faalangst?')).toBe('contact_request');
    expect(intentOf('kan der een keer ain langs kommen bie ons? mien man is ziek')).toBe('contact_request');
    expect(intentOf('we staan al twee maanden op de wachtlijst voor de oudercursus, hoe lang nog?')).toBe('request_status');
    expect(intentOf('they would call me on friday but nobody called')).toBe('request_status');
  });

  it('starts contact on an explicit wish however long the story after it, but not when someone else called, and not in a status question', () => {
    expect(intentOf('Ik wil mijn zoon van 12 inschrijven voor de training weerbaarheid. Hij wordt al een jaar gepest en durft niks meer te zeggen in de klas, ook niet bij gym.')).toBe('contact_request');
    expect(intentOf('Kun je me terugbellen? Het gaat over mijn dochter die al weken niet eet en niet slaapt en ik weet het niet meer.')).toBe('contact_request');
    expect(intentOf('mijn ex belt steeds als de kinderen bij mij zijn, hoe ga ik daarmee om')).toBe('help_request');
    expect(intentOf('ik zou vorige week gebeld worden over mijn aanmelding maar niemand heeft gebeld')).toBe('request_status');
    expect(intentOf('ik had ons opgegeven voor de oudercursus maar nooit meer iets gehoord')).toBe('request_status');
  });

  it('keeps a danger message a help request when the school or a neighbour called', () => {
    expect(intentOf('de school belt dat mijn zoon van 7 niet is opgehaald en ik lig in het ziekenhuis')).toBe('help_request');
    expect(intentOf('de buurman heeft gebeld dat onze dochter van 4 alleen op straat loopt, ik sta in de file')).toBe('help_request');
  });

  it('does not take a phone word for a wish to be called: not daring to call, a threat if we call, a doorbell', () => {
    expect(intentOf('hij heeft me net geduwd en zit nog in de kamer, ik durf niet te bellen')).toBe('help_request');
    expect(intentOf('mijn stiefvader zegt dat hij ons slaat als we de politie bellen')).toBe('help_request');
    expect(intentOf('er staan twee mannen voor de deur en ze bellen aan, ze willen mijn broer')).toBe('help_request');
    expect(intentOf('ik durf niet te bellen, kan iemand mij bellen?')).toBe('contact_request');
  });

  it('hears a wish to sign up or be visited said in other words, and a question whether a request was passed on', () => {
    expect(intentOf('hoe meld ik mijn zoon aan? hij heeft autisme en zit thuis')).toBe('contact_request');
    expect(intentOf('ik wil een hulpvraag indienen over mijn dochter')).toBe('contact_request');
    expect(intentOf('ik zou graag willen dat er iemand langskomt, het lukt me niet meer met de kinderen')).toBe('contact_request');
    expect(intentOf('is mijn aanmelding al doorgestuurd naar het sociaal team?')).toBe('request_status');
  });

  it('hears an appointment or a request to file asked for in other words, and who finds out as a privacy question', () => {
    expect(intentOf('hoe dien ik een aanvraag in voor hulp bij de opvoeding?')).toBe('contact_request');
    expect(intentOf('I would like to make an appointment about my son')).toBe('contact_request');
    expect(intentOf('komt mijn vader erachter als ik hier iets vraag?')).toBe('privacy');
    expect(intentOf('ze zeggen dat ze vanavond bij ons langskomen om hem in elkaar te slaan')).toBe('help_request');
  });

  it('hears a wish to speak with a person, signing up asked as a question, a status question in Gronings, the school being told as privacy, and the vet as outside our work', () => {
    expect(intentOf('I would like to speak with a person about my son')).toBe('contact_request');
    expect(intentOf('wil ff iemand spreken over school')).toBe('contact_request');
    expect(intentOf('inschrijven voor de oudercursus, kan dat via jullie?')).toBe('contact_request');
    expect(intentOf('hebben jim doar al wat mit doan?')).toBe('request_status');
    expect(intentOf('will my parents get a message about this?')).toBe('privacy');
    expect(intentOf('moeten we met de kat naar de dierenarts?')).toBe('out_of_scope');
    expect(intentOf('he says he will visit sometime and he knows where i live')).toBe('help_request');
  });

  it('hears filing a request, getting in touch, who to call, a call that did not come, sharing with an employer, a BSN and closing the chat; "elke dag" is no goodbye and not knowing whom to talk to is a help question', () => {
    expect(intentOf('wij willen graag een aanvraag indienen voor hulp thuis')).toBe('contact_request');
    expect(intentOf('kan ik in contact komen met iemand van het wijkteam?')).toBe('contact_request');
    expect(intentOf('de jongerenwerker zou mij vorige maand bellen, maar ik heb nog niks gehoord')).toBe('request_status');
    expect(intentOf('do you pass this on to the police or my school?')).toBe('privacy');
    expect(intentOf('heb ik een burgerservicenummer nodig om hier iets te vragen?')).toBe('privacy');
    expect(intentOf('bedankt, ik sluit af')).toBe('goodbye');
    expect(intentOf('ik wil graag een gesprek aanvragen, mijn zoon is elke dag boos')).toBe('contact_request');
    expect(intentOf('ik denk veel aan de dood en weet niet met wie ik erover moet praten')).toBe('help_request');
  });

  it('hears a request to have something filed, someone of the team to speak, Gronings "ain" for someone, an appointment asked for, a shop or the weather as outside our work; "niet bellen" is no wish for a call', () => {
    expect(intentOf('kunt u een aanvraag doen voor een gezinscoach? het lukt ons niet')).toBe('contact_request');
    expect(intentOf('ik wil graag iemand van het team spreken over mijn dochter')).toBe('contact_request');
    expect(intentOf('kin ik ain spreken over mien dochter?')).toBe('contact_request');
    expect(intentOf('may I have an appointment about my son, please')).toBe('contact_request');
    expect(intentOf('is de jumbo in haren open op tweede kerstdag?')).toBe('out_of_scope');
    expect(intentOf('wordt het zaterdag droog? we willen naar de speeltuin')).toBe('out_of_scope');
    expect(intentOf('ik sta bij het spoor, niet bellen ofzo')).toBe('help_request');
  });

  it('hears a wish to speak said with the verb first, signing up said with "graag meld ik", a question after signing up, a bot with someone reading along; a school that wants a meeting is no wish of the writer\'s', () => {
    expect(intentOf('over de ruzies thuis wil ik graag iemand spreken')).toBe('contact_request');
    expect(intentOf('graag meld ik mijn dochter aan voor de weerbaarheidstraining')).toBe('contact_request');
    expect(intentOf('vorige week heb ik me aangemeld, wanneer hoor ik iets?')).toBe('request_status');
    expect(intentOf('ben jij echt een bot of leest er iemand mee?')).toBe('privacy');
    expect(intentOf('mijn zoon wordt steeds uit de klas gestuurd en de school wil een gesprek, wat moet ik doen?')).toBe('help_request');
  });

  it('reads no reference number in words that start with sw, so the intent stays what the message says', () => {
    expect(intentOf('mijn switch game doet het niet meer, mijn broer heeft hem kapot gemaakt en nu is er ruzie')).not.toBe('request_status');
  });

  it('keeps a school project a help question, not something outside our work', () => {
    expect(intentOf('ik doe mn profielwerkstuk over pesten, waar vind ik betrouwbare informatie')).toBe('help_request');
  });

  it('takes a call-back appointment, a report to make and a wish for a real person as contact; contact with a relative to stop, and a child visiting a parent as help questions', () => {
    expect(intentOf('graag een belafspraak, het gaat over onze oudste')).toBe('contact_request');
    expect(intentOf('ik wil een melding maken over de kinderen van de overburen')).toBe('contact_request');
    expect(intentOf('can i talk to a real person, the form confuses me')).toBe('contact_request');
    expect(intentOf('Zijn moeder zegt nare dingen over mij, moet ik het contact met haar afbouwen?')).toBe('help_request');
    expect(intentOf('ze huilt elke keer als ze daar op bezoek moet bij haar opa')).toBe('help_request');
  });

  it('hears an earlier request asked after in Gronings or by a wait for news, a question whether this is written down, and timetables and opening hours as outside our work', () => {
    expect(intentOf('wij hebben ons aanmeld veur de cursus, hoe staat het daarmee')).toBe('request_status');
    expect(intentOf('we signed up weeks ago and still have not heard back')).toBe('request_status');
    expect(intentOf('wordt dit ergens opgeslagen? ik wil niet dat mijn ouders het weten')).toBe('privacy');
    expect(intentOf('hoe laat gaat de bus naar Winschoten')).toBe('out_of_scope');
    expect(intentOf('hoe laat gaat het zwembad in Appingedam open op zaterdag')).toBe('out_of_scope');
  });

  it('takes a request filed on someone\'s behalf and who can call as contact, someone else who keeps calling not; new patients at a GP as outside our work; automatic reports as a privacy question', () => {
    expect(intentOf('kunt u een aanvraag voor mij indienen bij het wijkteam? ik ben 20 en heb schulden')).toBe('contact_request');
    expect(intentOf('wie kan mij terugbellen over de opvoedcursus?')).toBe('contact_request');
    expect(intentOf('mijn ex blijft me bellen en dreigt de kinderen mee te nemen, wat kan ik doen')).toBe('help_request');
    expect(intentOf('welke tandarts in Veendam neemt nog nieuwe patienten aan')).toBe('out_of_scope');
    expect(intentOf('krijgt de politie automatisch een melding als ik hier iets vertel?')).toBe('privacy');
  });

  it('takes a wish to talk instead of typing, to have someone come round or meet, in Gronings and Frisian too, as contact; a form sent in and asked after as a status question', () => {
    expect(intentOf('kin ik mit ain proaten in stee van typen?')).toBe('contact_request');
    expect(intentOf('kan er iemand bij ons langs komen? het loopt thuis uit de hand met onze oudste')).toBe('contact_request');
    expect(intentOf('hebben jullie mijn aanvraag al ontvangen? ik heb het formulier maandag opgestuurd')).toBe('request_status');
    expect(intentOf('terugbellen kan dat? het gaat over mijn kleinzoon')).toBe('contact_request');
    expect(intentOf('kin ik ain aan de telefoon kriegen over mien dochter')).toBe('contact_request');
    expect(intentOf('heeft mijn aanvraag al een behandelaar? ik kreeg een bevestiging per mail')).toBe('request_status');
    expect(intentOf('graag dien ik een verzoek in voor hulp voor mijn pleegzoon')).toBe('contact_request');
    expect(intentOf('can a social worker visit us? my kids are struggling')).toBe('contact_request');
    expect(intentOf('wat voor hulp krijg je eigenlijk als je je aanmeldt bij wij?')).toBe('help_request');
    expect(intentOf('kunt u mij doorverbinden met een jongerenwerker? ik weet niet wat ik moet doen')).toBe('contact_request');
    expect(intentOf('mag het wijkteam mijn gegevens delen met de huisarts?')).toBe('privacy');
    expect(intentOf('hoort mijn mentor dat ik hier iets heb gevraagd? ik wil niet dat hij het weet')).toBe('privacy');
    expect(intentOf('I need an appointment to renew my passport')).toBe('out_of_scope');
    expect(intentOf('mien inschrijving veur de cursus, is dat goud goan? nog niks heurd van jim')).toBe('request_status');
  });
});
