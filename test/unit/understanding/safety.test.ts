// Safety decisions: danger now is acute, worry is concern, figures of speech are not danger, and the signal picks the helpline.
import { understander } from './understander';

const safetyOf = (text: string) => understander().understand(text).safety;
const signalsOf = (text: string) => understander().understand(text).safetySignals;
/** What the rules alone decide, without the learned layer. */
const rules = (text: string) => understander().safetyLayers(text).rules;

describe('safety', () => {
  it.each([
    'ik ga dood van het lachen',
    'die toets was moordend',
    'ik ben dood moe',
    'ik ben doodmoe',
    'hij maakt me gek',
    'ik schrok me dood',
    'ik verveel me dood in de vakantie',
    'this homework is killing me',
    'mijn zoon slaat nergens op met zijn smoesjes',
    'ik lach me kapot om die filmpjes',
    'mijn dochter is doodsbang voor honden',
    'mijn ex haalt de kinderen om het weekend op',
    'ze snijdt de groente voor het avondeten',
    'mijn vader drinkt elke ochtend koffie',
    'mijn opa is dood en ik wil hem terug',
    'hij slaat de deur dicht als hij boos is',
    'ik heb een klap gekregen van de bal bij gym',
    'ze wil dood graag naar dat concert',
    'ik snijd mijn haar zelf',
    'onze kat is doodgegaan en mijn dochter wil niet naar school',
    'my daughter would rather die than wear that jacket',
    'mijn zoon van 3 slaat zijn zusje als hij moe is',
    'als mama dit hoort dan slaat ze me dood haha, hoe leer ik beter voor wiskunde',
    'ik ga hem echt wurgen als hij nog een keer mijn oplader pakt',
    'mijn broer dreigt me te vermoorden als ik zijn fiets leen',
  ])('does not take "%s" for danger', (text) => {
    expect(safetyOf(text)).toBe('none');
  });

  it.each([
    ['ik denk vaak aan zelfmoord', 'suicide'],
    ['ik wil dood', 'suicide'],
    ['mijn zoon zegt dat hij dood wil', 'suicide'],
    ['ik wil er niet meer zijn', 'suicide'],
    ['ik snij mezelf', 'selfharm'],
    ['ik denk dat ze zichzelf snijdt', 'selfharm'],
    ['mijn vader slaat mijn moeder', 'violence'],
    ['mn stiefvader slaat me', 'violence'],
    ['mijn oom zit aan me', 'abuse'],
    ['mijn ouders zijn nooit thuis en er is geen eten', 'neglect'],
    ['hij dreigt mijn naaktfoto\'s te verspreiden', 'sexual'],
    ['ze kotst na elke maaltijd', 'eating'],
    ['een jongen zegt dat hij mij gaat neersteken', 'threat'],
    ['i want to die', 'suicide'],
    ['my dad hits me', 'violence'],
  ])('flags "%s" as concern about %s', (text, signal) => {
    expect(safetyOf(text)).toBe('concern');
    expect(signalsOf(text)).toContain(signal);
  });

  it.each([
    ['ik ga vanavond een einde aan mijn leven maken', 'suicide'],
    ['ik heb net een hele strip paracetamol geslikt', 'medical'],
    ['help mijn vader slaat mijn moeder nu', 'violence'],
    ['ik sta op de brug en ga springen', 'suicide'],
    ['mijn baby ademt niet', 'medical'],
    ['hij staat voor de deur met een mes', 'violence'],
    ['i am going to kill myself tonight', 'suicide'],
  ])('flags "%s" as acute (%s)', (text, signal) => {
    expect(safetyOf(text)).toBe('acute');
    expect(signalsOf(text)).toContain(signal);
  });

  it('understands misspelt and chat-style danger words', () => {
    expect(safetyOf('ik heb zelfmoort gedachtes')).toBe('concern');
    expect(safetyOf('suisidale gedachten al weken')).toBe('concern');
    expect(safetyOf('kwil mezelf pijn doen')).toBe('concern');
  });

  it('asks instead of asserting when a danger is told as past and handled, and not when it is still going on', () => {
    expect(safetyOf('twee jaar geleden sloeg mijn vader mij, hij zit nu vast en het gaat goed. ik zoek een sportclub')).toBe('check');
    expect(safetyOf('mijn vader slaat mij en ik durf niet naar huis')).not.toBe('check');
    expect(safetyOf('mijn vader slaat mij en ik durf niet naar huis')).not.toBe('none');
    expect(safetyOf('vorig jaar heeft mijn ex mij bedreigd en vanavond staat hij weer voor de deur met een mes')).toBe('acute');
  });

  it.each([
    ['ik heb alles op orde gezet, morgen zijn ze eindelijk van mij af', 'acute'],
    ['ik sta bij de sluis en als ik erin spring is het voorbij', 'acute'],
    ['mijn peuter heeft pillen van opa opgegeten die op snoep leken', 'acute'],
    ['ze staan beneden voor de deur met een knuppel', 'acute'],
    ['ik heb mijn kind weer een klap gegeven en ik schaam me zo', 'concern'],
    ['iemand stuurt me foto\'s van mijn voordeur vanaf een onbekend nummer', 'concern'],
    ['ik zoek op hoe het moet, maar ik doe het niet hoor', 'concern'],
    ['ik wol der yn, it wetter is kald', 'acute'],
    ['mijn peuter is op de reling van het balkon geklommen en ik kan er niet bij', 'acute'],
    ['er loopt een man me al tien minuten achterna en hij roept dat ik moet wachten', 'acute'],
    ['hij had me in een wurggreep tot ik bijna weg was', 'acute'],
    ['mijn moeder is al vijf dagen weg en er is geen eten meer', 'concern'],
    ['een man uit een game zegt dat leeftijd maar een getal is', 'concern'],
    ['ik ga ertussenuit, voorgoed', 'acute'],
    ['mijn moeder gooit met borden naar me als ze boos is', 'concern'],
    ['mijn vader is door het lint gegaan en slaat mijn broer', 'acute'],
    ['ik word al tien minuten gevolgd door een man sinds ik uit de bus stapte', 'acute'],
    ['in de pauze doen ze alsof ik niet besta', 'none'],
    ['ik denk dat mijn zus zich snijdt', 'concern'],
    ['my ex punched me and he is still in the house', 'acute'],
    ['ik wil mezelf doodmaken', 'concern'],
    ['laatste keer dat ik hier iets typ. doei wereld', 'acute'],
    ['een man van haar werk wacht haar elke avond op bij de fietsenstalling', 'concern'],
    ['mijn peuter van 3 loopt nog al op zijn tenen, moet ik me zorgen maken?', 'none'],
    ['ik was mijn dochter even kwijt in de supermarkt, na twee minuten stond ze bij het snoep', 'none'],
    ['deze toetsweek gaat me echt vermoorden', 'none'],
    ['vorig jaar werd mijn dochter bedreigd door een ex, dat is via de politie helemaal opgelost. hoe helpen we haar verder?', 'none'],
  ])('reads "%s" as %s', (text, level) => {
    expect(safetyOf(text)).toBe(level);
  });

  it('does not assert a danger told in a story, an assignment or the news, and does when it is the writer\'s own', () => {
    expect(safetyOf('in mijn verhaal wil de hoofdpersoon niet meer leven, hoe schrijf ik dat goed')).not.toMatch(/concern|acute/);
    expect(safetyOf('voor mijn werkstuk over huiselijk geweld: hoe vaak slaat een vader zijn kinderen')).not.toMatch(/concern|acute/);
    expect(safetyOf('mijn vader slaat mij elke avond en ik durf niet naar huis')).toBe('concern');
    expect(safetyOf('mijn stiefvader doet dingen met me als mama werkt')).toBe('concern');
  });

  it('keeps a worry told with "nu" a concern when nothing in it is urgent, and a short or urgent one acute', () => {
    expect(safetyOf('ik doe mezelf al maanden pijn en nu wil mijn moeder dat ik korte mouwen draag op de bruiloft')).toBe('concern');
    expect(safetyOf('ik wil nu dood')).toBe('acute');
    expect(safetyOf('ik wil nu echt dood, ik kan dit niet meer')).toBe('acute');
    expect(safetyOf('mijn vader slaat mijn moeder nu in de keuken en wij zitten boven')).toBe('acute');
  });

  it('lets a figure of speech only lower the danger the learned layer reads', () => {
    for (const text of ['mijn broer zegt dat hij doodgaat zonder zijn telefoon, hoeveel schermtijd is normaal', 'ik ga je killen in fortnite vanavond bro']) {
      expect(safetyOf(text)).toBe('none');
    }
  });

  it('does not assert a danger only the learned layer reads when the message says the child is well now', () => {
    expect(safetyOf('mijn dochter van 4 viel vanochtend van de trap, ze huilde even en speelt nu weer gewoon, waar moet ik op letten')).toBe('none');
    expect(safetyOf('mijn dochter van 4 viel van de trap en reageert niet meer')).toBe('acute');
  });

  it('reads a "nu" in a song as the song\'s, and a dosage question as safe', () => {
    expect(safetyOf("mijn zoon zingt de hele dag een rapnummer met 'ik wil dood' erin dat nu op tiktok rondgaat")).not.toMatch(/concern|acute/);
    expect(safetyOf('hoeveel paracetamol mag mijn zoon van 25 kilo, op de bijsluiter staat het wel')).toBe('none');
    expect(safetyOf('ik heb een hele strip paracetamol op')).toBe('acute');
  });

  it('flags blades found with blood as self-harm', () => {
    expect(safetyOf('ik vond scheermesjes in haar kamer en bloed op haar handdoek')).toMatch(/concern|acute/);
    expect(signalsOf('ik vond scheermesjes in haar kamer en bloed op haar handdoek')).toContain('selfharm');
  });

  it('reads breathing trouble, a swelling allergy and a threat to kill everyone as danger now, in Dutch and English', () => {
    expect(safetyOf('mijn dochter kan ineens heel moeilijk ademen en wordt grauw')).toBe('acute');
    expect(safetyOf('his lips are getting swollen after he ate peanuts')).toBe('acute');
    expect(safetyOf('he says he is gonna kill everyone and he has a knife')).toBe('acute');
  });

  it('keeps recurring panic attacks, cooking safety, living alone and game chat out of the alarm', () => {
    expect(safetyOf('mijn zoon krijgt vaak paniekaanvallen voor een proefwerk en is dan benauwd, hoe leert hij daarmee omgaan')).toBe('none');
    expect(safetyOf('welke keukenmessen heb ik nodig op kamers en hoe voorkom ik dat ik mezelf snijd')).toBe('none');
    expect(safetyOf('my stepdaughter is 18 next month and not ready to live on her own, who can help')).toBe('none');
    expect(safetyOf('iemand in roblox zei kys tegen mijn zoon, wat betekent dat')).not.toMatch(/concern|acute/);
    expect(safetyOf('ik snij mezelf al weken en verstop het')).toMatch(/concern|acute/);
  });

  it('reads a farewell that clears the family, things given away for good, choking and an online contact waiting outside as danger now', () => {
    expect(safetyOf('zeg alsjeblieft tegen mijn vader dat het niet zijn schuld is')).toMatch(/acute|check/);
    expect(safetyOf('ik heb al mijn spullen weggegeven en straks gaat mijn telefoon voor altijd uit')).toBe('acute');
    expect(safetyOf('mijn dochter van 3 heeft zich verslikt in een snoepje en wordt blauw')).toBe('acute');
    expect(safetyOf('our newborn is wheezing and her chest sucks in when breathing')).toBe('acute');
    expect(safetyOf('een man met wie ik al weken chat staat nu in zijn auto voor school te wachten')).toBe('acute');
  });

  it('reads a child out of the water who does not move, a threat to kill the family with its moment, a banned ex at the house and an unreachable teen who tried before as danger now', () => {
    expect(safetyOf('we hebben onze dochter van 3 net uit de sloot gehaald en ze ademt niet')).toBe('acute');
    expect(safetyOf('hij zei dat hij mij en de kinderen vermoordt als ik weg ga, straks komt hij thuis')).toBe('acute');
    expect(safetyOf('mijn ex heeft een contactverbod maar staat nu bij ons raam')).toBe('acute');
    expect(safetyOf('ze heeft het al eens geprobeerd en nu neemt ze niet op')).toBe('acute');
    expect(safetyOf('mijn baby is helemaal blauw')).toBe('acute');
  });

  it('hears self-harm told about someone else, a parent who scolds all day and fainting from thinness as concerns', () => {
    expect(safetyOf('my student harms herself and I do not know what to do')).toMatch(/concern|acute/);
    expect(safetyOf('mijn vader schreeuwt de hele dag tegen me en ik ga er kapot aan')).toMatch(/concern|acute/);
    expect(safetyOf('mijn zus is zo mager geworden dat ze vandaag flauwgevallen is')).toMatch(/concern|acute/);
  });

  it.each(['haar haar is blauw geverfd', 'onze nieuwe bank is blauw'])('does not take the colour in "%s" for a medical sign', (text) => {
    expect(safetyOf(text)).toBe('none');
  });

  it('hears a passive wish in Gronings and secret games with an adult at home as concerns', () => {
    expect(safetyOf('mien zeun zegt dat hij wenst dat hij der niet meer was')).toMatch(/concern|acute/);
    expect(safetyOf('mijn zoontje vertelt over geheime spelletjes met de oppas')).toMatch(/concern|acute/);
    expect(signalsOf('mijn zoontje vertelt over geheime spelletjes met de oppas')).toContain('sexual');
  });

  it('does not assert a danger told as past with the person gone and help received, or a lesson at school', () => {
    expect(safetyOf('twee jaar geleden sloeg mijn stiefvader ons, hij is vertrokken en we krijgen hulp, het gaat het nu goed')).not.toMatch(/concern|acute/);
    expect(safetyOf('we kregen een gastles over zelfmoord onder jongeren, hoe praat ik daar thuis over')).not.toMatch(/concern|acute/);
  });

  it('reads letters left for the family, a note for whoever finds it and walking into water as danger now', () => {
    expect(safetyOf('het is te laat voor mij, de brieven voor mijn ouders liggen op mijn kussen')).toBe('acute');
    expect(safetyOf('pap als je dit ooit leest, het spijt me echt')).toBe('acute');
    expect(safetyOf('i am walking into the lake now, the water is cold and i do not want to live')).toBe('acute');
    expect(safetyOf('ik heb een brief voor mijn moeder geschreven voor moederdag')).not.toMatch(/concern|acute/);
  });

  it('hears a parent who shook a toddler and is afraid of doing it again as a concern', () => {
    expect(safetyOf('ik schudde mijn zoon van 1 door elkaar en ben bang dat ik het weer doe')).toMatch(/concern|acute/);
  });

  it('reads, by the rules alone, a diabetic who is confused, a threat to kill everyone at the door, a stranger who took a child from school and being followed near home as danger now', () => {
    expect(rules('mijn zoon heeft type 1 en hij is heel verward en zweet enorm')).toBe('acute');
    expect(rules('mijn vriend staat beneden met een hamer en schreeuwt dat hij ons allemaal afmaakt')).toBe('acute');
    expect(rules('hij zegt dat hij haar vermoordt als ze niet vanavond terugkomt')).toBe('acute');
    expect(rules('de bso belt dat mijn zoon is meegenomen door een onbekende man, wij kennen niemand die zo heet')).toBe('acute');
    expect(rules('ik word al vanaf de bushalte gevolgd door twee mannen in een auto, ik ben bijna thuis')).toBe('acute');
    expect(rules('we hebben de fietsen opgehaald bij de bso, de juf was er ook')).toBe('none');
  });

  it('hears, by the rules alone, a child who says it would be better not to exist, pointlessness with withdrawal and an adult who touches a child as concerns', () => {
    expect(rules('mijn dochter zei dat ze er liever niet was geweest')).toMatch(/concern|acute/);
    expect(rules('hij zegt dat niks meer zin heeft en hij ligt de hele dag in bed')).toMatch(/concern|acute/);
    expect(rules('ik denk dat de buurman aan mijn dochter heeft gezeten')).toMatch(/concern|acute/);
    expect(rules('ik zit niet aan mijn telefoon tijdens het eten')).toBe('none');
  });

  it('reads, by the rules alone, a rope with a place to tie it as danger now, and a climbing rope as nothing', () => {
    expect(rules('there is a rope under my bed and I found where to hang it in the shed')).toBe('acute');
    expect(rules('het touw ligt in de schuur en ik weet waar ik het kan ophangen')).toBe('acute');
    expect(rules('the climbing rope at the gym broke, where can we buy a new one')).toBe('none');
  });

  it('hears, by the rules alone, a method looked up without a plan, a parent who hits when the children do not listen, coercion, a blaming parent, a parent away for days and an ex who waits at work as concerns', () => {
    expect(rules('I googled the most painless way last night, I am not going to do it though')).toMatch(/concern|acute/);
    expect(rules('soms sla ik mijn zoon als hij niet luistert en daarna huil ik')).toMatch(/concern|acute/);
    expect(rules('mijn neef dwingt mij steeds om dingen te doen die ik echt niet wil')).toMatch(/concern|acute/);
    expect(rules('my dad says every day that I am the reason he is miserable')).toMatch(/concern|acute/);
    expect(rules('hun vader is er dagenlang niet en ze komen zonder eten op school')).toMatch(/concern|acute/);
    expect(rules('my ex messages me all day and stands outside my work when I finish')).toMatch(/concern|acute/);
    expect(rules('mijn ex appt elke dag over de kinderen, komt hij dan naar ons huis?')).toBe('none');
    expect(rules('ik heb gezocht wat de snelste manier is om Engels te leren')).toBe('none');
  });

  it('keeps a grandmother who died (Gronings) out of the death wishes, and asks at most about friends who say kms as slang', () => {
    expect(safetyOf('oma is dood goan en mien zeun wil nait mit noar de kerk')).toBe('none');
    expect(safetyOf('my friends say kms as a joke all the time, is it just slang?')).toMatch(/none|check/);
    expect(safetyOf('ik zeg altijd als grapje dat ik dood wil maar nu meen ik het echt')).not.toBe('none');
  });

  it('reads, by the rules alone, someone inside the house who threatens to kill as danger now, and hears grooming questions and a partner who checks the phone every night as concerns', () => {
    expect(rules('my boyfriend got in through the back and says he will kill me and the baby')).toBe('acute');
    expect(rules('een man op discord vraagt mijn zoon hoe zijn lichaam eruitziet en wanneer hij alleen thuis is')).toMatch(/concern|acute/);
    expect(rules('my husband reads my messages every night and I am scared to say anything')).toMatch(/concern|acute/);
    expect(rules('hoe leg ik mijn dochter uit wat er verandert aan haar lichaam, ze is vaak alleen thuis na school')).toBe('none');
  });

  it('reads, by the rules alone, a young child nobody can find and everything arranged with things left for a sister as danger now', () => {
    expect(rules('ons dochtertje van 4 is kwijt, we kunnen haar nergens vinden')).toBe('acute');
    expect(rules('alles is geregeld, mijn laptop is voor mijn broertje. voor het laatst doei')).toBe('acute');
    expect(rules('mijn zoon van 6 is weg met opa, ik kan zijn schoenen nergens vinden')).toBe('none');
  });

  it('reads, by the rules alone, a farewell typed as the last words, men with a bat at the door, cars circling the house who ring the bell and things smashed while the children hide, a message of love with its end, insulin all injected, one last goodbye and a young child nobody can find as danger now', () => {
    expect(rules('het laatste wat ik hier stuur: doei allemaal, sorry')).toBe('acute');
    expect(rules('er staan drie jongens voor onze deur met een honkbalknuppel')).toBe('acute');
    expect(rules('een auto is al vier keer langs ons huis gereden en nu bellen ze aan')).toBe('acute');
    expect(rules('hij gooit alles kapot in de kamer, de kinderen zitten boven verstopt')).toBe('acute');
    expect(rules('ik heb besloten dat ik vannacht zelfmoord pleeg')).toBe('acute');
    expect(rules('dit is het laatste wat ik typ voor mijn verslag, doei!')).toBe('none');
    expect(rules('de buren zijn vanmiddag om ons huis gelopen om de kat te zoeken')).toBe('none');
    expect(rules('zeg tegen mijn zus dat ik van haar hou, vannacht is het over')).toBe('acute');
    expect(rules('ik heb al mijn insulinepennen leeg gespoten')).toBe('acute');
    expect(rules('ik ben klaar met alles op school, om 12 uur is het over en dan vakantie!')).toBe('none');
    expect(rules('zijn insulinepen is leeg, waar halen we snel een nieuwe?')).toBe('none');
    expect(rules('alles is geregeld, mijn spullen zijn voor mijn broer. nog een keer doei')).toBe('acute');
    expect(rules('we cannot find our 3 year old anywhere in the shop')).toBe('acute');
    expect(rules('ús famke fan 4 is fuort, wy kinne har nergens fine')).toBe('acute');
    expect(rules('I cannot find my 5 year old son\'s other shoe')).toBe('none');
  });

  it('hears, by the rules alone, self-harm in Gronings word order, a partner who takes the bank card and scolds, a sibling hit almost daily, an online adult who gives game money and wants to video call and a much older boyfriend with hotels as concerns', () => {
    expect(rules('mien zeun het zok in zien polsen sneden')).toMatch(/concern|acute/);
    expect(rules('mijn vriend neemt mijn pinpas af en scheldt me uit als ik iets koop')).toMatch(/concern|acute/);
    expect(rules('mijn zoon van 14 schopt zijn broertje bijna elke dag')).toMatch(/concern|acute/);
    expect(rules('een onbekende uit roblox geeft mijn dochter robux en wil videobellen')).toMatch(/concern|acute/);
    expect(rules('mijn oma geeft mijn zoon geld voor zijn verjaardag en wil videobellen')).toBe('none');
    expect(rules('onze dochter van 15 heeft een vriend van 28 die haar ophaalt en meeneemt naar hotels')).toMatch(/concern|acute/);
    expect(rules('mijn dochter heeft een vriend van 22 en ze gaan samen naar de film')).toBe('none');
  });

  it('reads, by the rules alone, a toddler going pale and floppy, whistling breath with a pale child and things given away with tomorrow gone as danger now; hears a no that was ignored and a parent who hits and is ashamed as concerns', () => {
    expect(rules('onze zoon van 2 wordt heel bleek en slap en drinkt niet')).toBe('acute');
    expect(rules('she makes a wheezing sound when breathing and her lips go blue')).toBe('acute');
    expect(rules('mijn laptop is voor mijn zus, bedankt voor alles. morgen ben ik er niet meer')).toBe('acute');
    expect(rules('ik zei nee maar hij ging gewoon door')).toMatch(/concern|acute/);
    expect(rules('ik sla mijn kinderen soms als ik mijn geduld verlies en ik schaam me kapot')).toMatch(/concern|acute/);
    expect(rules('mijn dochter ziet een beetje bleek van de griep')).toBe('none');
    expect(rules('ik sla het ontbijt vaak over, is dat erg?')).toBe('none');
  });

  it('does not read being accused of threats after a game, fainting denied, everything arranged for a move, or a case in the newspaper as danger', () => {
    expect(rules('zijn moeder zegt dat ik hem bedreig maar het was gewoon in fortnite')).toBe('none');
    expect(rules('ze eet veel salade maar ze valt niet flauw of zo')).toBe('none');
    expect(rules('we hebben alles geregeld voor de verhuizing, doei!')).toBe('none');
    expect(rules('ik heb alles geregeld, vannacht is het klaar. doei')).toBe('acute');
  });

  it('does not read a parent who calls the child aggressive after gaming, or kys typed at a teammate, as danger', () => {
    expect(rules('mijn vader zegt nu dat ik agressief ben omdat ik schreeuw bij fortnite')).toBe('none');
    expect(rules('ik heb kys in de chat gezet tegen een noob en nu ben ik geband')).toBe('none');
    expect(rules('iemand zei kys tegen mij en ik wil nu echt dood')).not.toBe('none');
  });

  it('reads strangling in the present, a small child alone with a call for help, a last message with a goodbye to all, a poison from under the sink and a child who swallowed vape liquid as danger now; a deadline that strangles is not', () => {
    expect(rules('hij wurgt mijn zus')).toBe('acute');
    expect(rules('kleuter alleen thuis nu')).toBe('acute');
    expect(rules('last message, goodbye everyone')).toBe('acute');
    expect(rules('mijn broertje heeft iets van onder de gootsteen gedronken')).toBe('acute');
    expect(rules('mijn dochter van 3 heeft vape vloeistof ingeslikt en geeft over')).toBe('acute');
    expect(rules('ze zei vorige week dat ze dood wilde en nu neemt ze haar telefoon niet op')).toBe('acute');
    expect(rules('die deadline wurgt me echt')).toBe('none');
    expect(rules('je helpt me nog in het graf met al die herrie, zegt mijn moeder')).toBe('none');
    expect(rules('de hond gaat naar de kennel vanavond, wij gaan op vakantie')).toBe('none');
  });

  it('hears a parent who shook a child and hates it, a partner who goes on when the other cries, and paid dates with older men as concerns', () => {
    expect(rules('I shook my son when he would not stop and I hate myself')).toMatch(/concern|acute/);
    expect(rules('hij gaat door als ik huil en zegt dat dat normaal is')).toMatch(/concern|acute/);
    expect(rules('oudere mannen betalen me geld voor dates')).toMatch(/concern|acute/);
  });

  it('reads hanging oneself said with the separable verb, an end made tonight in Gronings, a face that droops and the one who will find the body as danger; a joke in class and lounging on the sofa are not', () => {
    expect(rules('ik hang mezelf op vannacht in de schuur')).toBe('acute');
    expect(rules('ik hang me op, het heeft geen zin meer')).toMatch(/concern|acute/);
    expect(rules('ik bin der klaor mee, vanavond maak ik der n ende aan')).toBe('acute');
    expect(rules('mijn oma is gevallen en haar mond hangt ineens scheef')).toBe('acute');
    expect(rules('I do not want my mum to be the one who finds me tonight')).toBe('acute');
    expect(rules('iedereen zegt ik hang mezelf op als er een toets is, het is een grapje')).toBe('none');
    expect(rules('ik hang me op de bank met netflix')).toBe('none');
    expect(rules('vanavond maken we een einde aan de ruzie met de buren')).toBe('none');
  });

  it('hears stalking, being forced to have sex, and a group sharing pictures of their wounds as concerns', () => {
    expect(rules('mijn dochter wordt gestalkt door haar ex')).toMatch(/concern|acute/);
    expect(rules('my boyfriend forces me to have sex')).toMatch(/concern|acute/);
    expect(rules('ze zit in een groep die fotos van hun wondjes deelt')).toMatch(/concern|acute/);
  });

  it('reads a child who reports violence now with fear, men at the door who want someone, an ex at the window, a car that follows, gasping with a colour change, a child missing for an hour and a decision with its day as danger now', () => {
    expect(rules('hij slaat mama nu, ik ben zo bang')).toBe('acute');
    expect(rules('er staan twee mannen voor de deur die mijn zoon willen pakken')).toBe('acute');
    expect(rules('mijn ex staat bij de deur en zegt dat hij me iets aandoet')).toBe('acute');
    expect(rules('een auto rijdt al twee straten achter me aan en stopt als ik stop')).toBe('acute');
    expect(rules('de baby wordt grauw en hapt naar adem')).toBe('acute');
    expect(rules('lange vraag over school, maar nu is mijn zoontje van 3 al een half uur zoek')).toBe('acute');
    expect(rules('ik heb besloten dat ik vanavond zelfmoord pleeg')).toBe('acute');
    expect(rules('ik wil gas geven tegen een boom, ik kan niet meer')).toBe('acute');
    expect(rules('mijn dochter van 2 slaat haar zusje, wat moet ik doen')).not.toBe('acute');
    expect(rules('ik loop elke dag tegen een muur van regels op')).toBe('none');
  });

  it('hears scolding all day by a parent, being told no one will ever love you, being ignored for weeks, a young carer with a drinking parent, an ex who keeps turning up, a much older friend of a 12-year-old and a passive wish to die as concerns; a sibling who swears while gaming is not', () => {
    expect(rules('mijn vriend scheldt mijn kinderen steeds uit voor sukkels')).toMatch(/concern|acute/);
    expect(rules('my parents tell me no one will ever love me')).toMatch(/concern|acute/);
    expect(rules('mijn moeder negeert me al maanden')).toMatch(/concern|acute/);
    expect(rules('mijn vader is dronken en ligt de hele dag in bed, ik zorg voor alles')).toMatch(/concern|acute/);
    expect(rules('mijn ex duikt steeds op bij mijn werk')).toMatch(/concern|acute/);
    expect(rules('mijn zus is 13 en heeft een vriend van 24 die haar geld geeft')).toMatch(/concern|acute/);
    expect(rules('als ik een ongeluk zou krijgen zou ik het niet erg vinden')).toMatch(/concern|acute/);
    expect(rules('mijn broertje van 10 scheldt de hele tijd tijdens het gamen')).toBe('none');
    expect(rules('we hadden een ongeluk met de fiets maar het is niet erg')).toBe('none');
  });

  it('does not read a meme, a game word laughed about, a video of someone else, a child\'s threat over toys or a quarrel called war as danger', () => {
    expect(rules('mijn zoon plaatste een meme met kill myself erop')).toBe('none');
    expect(rules('my daughter laughs that she will unalive herself when she loses at fortnite')).toBe('none');
    expect(rules('mijn zoon keek een video van iemand die zichzelf sneed')).toBe('none');
    expect(rules('mijn dochter roept ik sla je dood tegen haar broertje om de lego')).toBe('none');
    expect(rules('thuis is het oorlog om de afstandsbediening')).toBe('none');
  });

  it('reads choking on a sweet, gone by sunrise with things given away, accounts deleted with goodbyes, the means in the bag with a time, a last care with no answer and a letter for when they stop answering as danger now', () => {
    expect(rules('mijn zusje stikt in een druif')).toBe('acute');
    expect(rules('spaargeld is voor mijn zus, de hond gaat naar oma. morgenochtend ben ik er niet meer')).toBe('acute');
    expect(rules('ik heb al mijn accounts verwijderd en mijn spullen weggegeven, bedankt voor alles')).toBe('acute');
    expect(rules('het mesje zit in mijn tas, vannacht is het klaar')).toBe('acute');
    expect(rules('zorg goed voor mijn kat, schreef mijn broer, en nu neemt hij niet op')).toBe('acute');
    expect(rules('de afscheidsbrief ligt in mijn kast voor als ik niet meer reageer')).toBe('acute');
  });

  it('hears humiliation with money and phone taken, being called a mistake, a relative who touches a child, a ruined life thrown at a child and a parent who slaps and feels shame as concerns; a referee who touches the ball is not', () => {
    expect(rules('mijn man kleineert me waar iedereen bij is en pakt mijn geld af')).toMatch(/concern|acute/);
    expect(rules('mijn ouders noemen me een mislukking')).toMatch(/concern|acute/);
    expect(rules('de vriend van mijn moeder raakt me aan als ze weg is')).toMatch(/concern|acute/);
    expect(rules('mijn vader zegt dat ik zijn leven heb verpest')).toMatch(/concern|acute/);
    expect(rules('i slap my kids when i am tired and i feel shame')).toMatch(/concern|acute/);
    expect(rules('de trainer raakt de bal aan met zijn hand')).toBe('none');
    expect(rules('ik spring van het dak van blijdschap, ik ben geslaagd')).toBe('none');
  });

  it('reads better off without me with everything arranged, the rent paid with the pets placed, accounts deleted with a note and a marriage abroad tomorrow as danger now; hears a hand on a child at night and an online peer who asks when a child is alone as concerns', () => {
    expect(rules('ze zijn beter af zonder mij, de papieren liggen klaar')).toBe('acute');
    expect(rules('de huur is betaald en de kat is bij de buren')).toBe('acute');
    expect(rules('i deleted my accounts and left a note, tonight it will be over')).toBe('acute');
    expect(rules('morgen brengen ze me naar het buitenland om te trouwen, ze hebben mijn paspoort')).toBe('acute');
    expect(rules('de man van mijn tante zit aan haar als ze daar logeert')).toMatch(/concern|acute/);
    expect(rules('een jongen online vraagt steeds wanneer ze alleen thuis is en stuurt haar robux')).toMatch(/concern|acute/);
    expect(rules('ik wil afvallen zonder steeds honger te hebben')).toBe('none');
    expect(rules('mijn zus gaat me vermoorden omdat ik haar oplader heb, haha')).toBe('none');
  });

  it('reads a farewell without a death word from two kinds of cue (things handed on, affairs in order, thanks, leaving words, an end), in every register, and not one kind alone or a goodbye with an ordinary reason', () => {
    expect(rules('mijn laptop en mijn knuffels zijn voor mijn zusje. doei')).toBe('acute');
    expect(rules('ik heb mijn skateboard aan mijn beste vriend gegeven. bedankt voor alles')).toBe('acute');
    expect(rules('mn kast is leeggeruimd. zorg goed voor mama ok')).toBe('acute');
    expect(rules('the note for my dad is under my pillow. love you guys')).toBe('acute');
    expect(rules('iedereen is beter af, het spijt me echt')).toBe('acute');
    expect(rules('mien zakies heb ik opruumd, zeg mien broer dat ik van hom hol')).toBe('acute');
    expect(rules('myn telefoan is foar myn suske. Jim binne better ôf sûnder my')).toBe('acute');
    expect(rules('mijn testament ligt klaar, dit is geen grapje')).toBe('acute');
    expect(rules('ik heb mijn kamer opgeruimd, mag ik nu gamen')).toBe('none');
    expect(rules('top, alles is geregeld. bedankt voor alles!')).toBe('none');
    expect(rules('mijn oude fiets is voor mijn neefje, hij is er nu groot genoeg voor')).toBe('none');
    expect(rules('we verhuizen naar Spanje, ze heeft haar speelgoed weggegeven en iedereen goodbye gezegd')).toBe('none');
  });

  it('hears hitting in slang, belittling that silences a family, a debt with a threat and a deadline, and a person thrown against the wall by someone still home', () => {
    expect(rules('mijn oom mept mijn neefje met zijn slipper als hij huilt')).toMatch(/concern|acute/);
    expect(rules('mijn stiefmoeder kleineert ons de hele tijd, we durven niks te vragen')).toMatch(/concern|acute/);
    expect(rules('als ik morgen niet betaal of ze slaan me in elkaar, zeggen ze')).toBe('acute');
    expect(rules('hij smeet me net tegen de muur en hij zit nog op de bank')).toBe('acute');
    expect(rules('my brother is standing on the roof of our flat right now')).toBe('acute');
  });

  it('hears a threat to kill shouted now, an adult met online waiting outside, being driven off against one\'s will, a threat at the door in Frisian, despair at the water in Gronings and a child gone while the parent cannot search as danger now', () => {
    expect(rules('mijn broer roept beneden dat hij papa gaat doodmaken')).toBe('acute');
    expect(rules('the man from snapchat is waiting outside the gym for me, he says he has a present')).toBe('acute');
    expect(rules('ze hebben me in een bestelbus geduwd en ik kan er niet uit')).toBe('acute');
    expect(rules('der stiet in jonge by ús doar dy\'t ús bedrige hat')).toBe('acute');
    expect(rules('ik zit op de brug bie t kanaal, ik kan nait meer')).toBe('acute');
    expect(rules('my daughter of 5 is missing and I have a broken leg, I cannot look for her')).toBe('acute');
  });

  it('hears secret games with an adult, cuts explained away and a partner who hits a small child as concerns; not a secret about a present or a diet question', () => {
    expect(rules('mijn nichtje zegt dat de buurman spelletjes met haar doet en dat ze het aan niemand mag vertellen')).toMatch(/concern|acute/);
    expect(rules('hij heeft krassen op zijn armen en zegt dat het van de hond is, ik geloof hem niet')).toMatch(/concern|acute/);
    expect(rules('my girlfriend smacks her 2 year old when he spills his food')).toMatch(/concern|acute/);
    expect(rules('opa zegt dat we niks mogen zeggen over het feest voor oma')).toBe('none');
    expect(rules('ik wil op dieet want ik vind mezelf te dik, hoeveel kilo per maand is gezond')).toBe('none');
    expect(rules('is het gevaarlijk als je mentos in cola doet? mijn zusje is bang')).toBe('none');
  });

  it('hears a head wound after a fall with drowsiness, a toddler alone along a road (Gronings), a whole strip taken, pills with drink, nobody having to bother after tonight and a short farewell as danger now; which medicines kill, asked without a plan, as a concern; counting calories for sport not', () => {
    expect(rules('hij is van de schommel gevallen, bloedt aan zijn hoofd en wordt heel suf')).toBe('acute');
    expect(rules('n wichtje van 3 lopt allain op de weg, gainent bie heur')).toBe('acute');
    expect(rules('ik heb net een hele strip genomen')).toBe('acute');
    expect(rules('pillen geslikt met wodka, alles draait')).toBe('acute');
    expect(rules('after tonight nobody has to worry about me')).toBe('acute');
    expect(rules('sorry allemaal. voor altijd dan')).toBe('acute');
    expect(rules('hoeveel slaappillen zijn dodelijk, vraag ik gewoon')).toMatch(/concern|acute/);
    expect(rules('hoeveel calorieen heeft een meisje van 14 nodig dat elke dag hockeyt')).toBe('none');
  });

  it('hears medicines taken by kind, a baby whose chest pulls in, a coin swallowed with no breath (Frisian), strangers taking a girl during a call, small children alone and heard crying, a threat to kill tonight from downstairs, an online contact waiting at a bus stop and a thank-you with nobody to worry any more as danger now; locking up in a shed, beatings (Gronings) and a child who would rather be in heaven as concerns; not the ordinary kinds next to them', () => {
    expect(rules('i swallowed loads of my painkillers and feel dizzy')).toBe('acute');
    expect(rules('my 4 month old breathes fast and her chest pulls in with each breath')).toBe('acute');
    expect(rules('us famke hat in knikker ynslokt en krijt gjin azem')).toBe('acute');
    expect(rules('mijn zus belde huilend dat onbekende mannen haar meenemen')).toBe('acute');
    expect(rules('ze laten hun peuter alleen thuis en ik hoor ze huilen')).toBe('acute');
    expect(rules('hij schreeuwde dat hij ons vannacht afmaakt en hij zit beneden')).toBe('acute');
    expect(rules('een jongen van snapchat wacht bij de bushalte en zegt dat hij mijn fotos deelt als ik niet kom')).toBe('acute');
    expect(rules('ik wil iedereen bedanken, na vandaag hoeft niemand zich meer zorgen om mij te maken')).toBe('acute');
    expect(rules('haar vriend sluit de kinderen op in de kelder')).toMatch(/concern|acute/);
    expect(rules('hij geft de kinder elke week n pak slaag')).toMatch(/concern|acute/);
    expect(rules('mijn zoon zegt dat hij liever bij papa in de hemel is')).toMatch(/concern|acute/);
    expect(rules('wij sluiten de fietsen op in de schuur')).toBe('none');
    expect(rules('mag mijn zoon van 11 een uurtje alleen thuis blijven')).toBe('none');
    expect(rules('mijn vriendin wacht bij de bushalte, we gaan naar de bieb')).toBe('none');
    expect(rules('ik ben geslaagd, mijn ouders hoeven zich geen zorgen meer om mij te maken')).toBe('none');
  });

  it('hears a toddler missing by the water or searched for everywhere, a child not home while the parent lies with a broken hip, affairs in order with the others to go on alone, a mother pinned down and kicked, a girl held in a house and made to work, and a threat to kill if one calls, as danger now; a coach texting late with presents, belittling with threats and a note that says where a child lives as concerns; not a towel lost at the pool, a toddler kicking on the supermarket floor or a parent who will "kill" me for a dent', () => {
    expect(rules('mijn dochter van 3 is weg bij het strand')).toBe('acute');
    expect(rules('mijn zoon van 4 is weg, we zoeken overal')).toBe('acute');
    expect(rules('mijn dochter is niet thuisgekomen en ik lig met een gebroken heup op de bank')).toBe('acute');
    expect(rules('ik heb mijn zaken op orde, mijn man moet het vanaf morgen alleen doen')).toBe('acute');
    expect(rules('mijn stiefvader heeft mijn moeder op de grond en trapt haar')).toBe('acute');
    expect(rules('ze wordt vastgehouden in een huis, ze mag niet weg en moet werken voor hem')).toBe('acute');
    expect(rules("he said he'll kill me and the kids if I call anyone")).toBe('acute');
    expect(rules('de coach appt mijn zoon van 12 laat op de avond en gaf hem een nieuwe telefoon')).toMatch(/concern|acute/);
    expect(rules('mijn vader kleineert mijn moeder en dreigt')).toMatch(/concern|acute/);
    expect(rules('een briefje door de bus: we weten dat je dochter hier woont')).toMatch(/concern|acute/);
    expect(rules('mijn dochter is haar handdoek kwijt bij het zwembad')).toBe('none');
    expect(rules('mijn peuter ligt op de grond te schoppen in de supermarkt')).toBe('none');
    expect(rules('mama gaat me echt vermoorden, ik heb een deuk in haar auto gereden oeps')).toBe('none');
    expect(rules('ik wil van het dak springen haha, die wiskundetoets was zo moeilijk')).toBe('none');
  });

  it('hears skin cut open again with an excuse to hide it, a young child\'s sexual behaviour with what an adult did to her, an assault told afterwards, children left to their fate (Gronings too) and a group planning to stab someone as concerns; not a knee scraped at football or a toddler curious about bodies', () => {
    expect(rules('ik heb mijn arm weer opengehaald en verzin een smoes voor gym')).toMatch(/concern|acute/);
    expect(rules('mijn pols is weer opengekrast')).toMatch(/concern|acute/);
    expect(rules('ons pleegkind vertoont seksueel gedrag en zei dat papa dat bij haar deed')).toMatch(/concern|acute/);
    expect(rules('my daughter was assaulted at a party last weekend')).toMatch(/concern|acute/);
    expect(rules('mien dochter lat heur kinder dagenlang aan heur lot over')).toMatch(/concern|acute/);
    expect(rules('in de groepsapp bespreken ze hoe ze me gaan steken op de kermis')).toMatch(/concern|acute/);
    expect(rules('mijn zoon heeft zijn knie opengehaald bij het voetballen')).toBe('none');
    expect(rules('mijn dochter van 4 is nieuwsgierig naar lichamen, is dat normaal?')).toBe('none');
  });

  it('makes every safety message a help request unless the writer asks for a person', () => {
    expect(understander().understand('ik wil dood').intent).toBe('help_request');
    expect(understander().understand('kan iemand me bellen, ik denk steeds aan zelfmoord').intent).toBe('contact_request');
  });
});
