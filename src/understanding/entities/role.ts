// Role hint from free text: a parent ("ik ben de moeder", "mijn zoon") or a young person ("ik ben 15", "jongere").
import type { Role } from '../types';
import { parseAge } from './age';
import { CHILD_NOUNS, prepareForEntities } from './prepare';

const PARENT_WORDS = 'ouder|moeder|vader|mama|papa|mam|pap|stiefmoeder|stiefvader|pleegouder|pleegmoeder|pleegvader|oma|opa|voogd|' +
  'parent|mother|father|mom|mum|dad|stepmother|stepfather|foster parent|grandmother|grandfather';
const YOUNG_WORDS = 'jongere|tiener|puber|scholier|leerling|student|studente|teenager|teen|young person|kid|jongen|meisje|meid|girl|boy';

const SELF_PARENT = new RegExp(`\\b(?:ik ben|ben|i am|als|as)\\s+(?:de |een |a |the )?(?:alleenstaande |gescheiden |bezorgde |single |worried )?(?:${PARENT_WORDS})\\b`);
const SELF_YOUNG = new RegExp(`\\b(?:ik ben|i am)\\s+(?:een |a )?(?:${YOUNG_WORDS})\\b`);
const OWN_CHILD = new RegExp(`\\b(?:mijn|onze|ons|my|our|heb een|have a)\\s+(?:[a-z0-9-]+\\s+)?(?:${CHILD_NOUNS})\\b`);
const OWN_PARENT = /\b(?:mijn|my)\s+(?:ouders|moeder|vader|ma|pa|mama|papa|mam|pap|stiefvader|stiefmoeder|stiefpa|stiefma|parents|mother|father|mom|mum|dad)\b/;
const AT_SCHOOL = /\bik zit (?:in|op) (?:de |het |groep |klas )?(?:brugklas|havo|vwo|vmbo|mbo|hbo|\d|middelbare|school|stage)\b/;
const ONLY_PARENT = new RegExp(`^(?:ik ben )?(?:${PARENT_WORDS}|ouders|parents)[.!]?$`);
const ONLY_YOUNG = new RegExp(`^(?:ik ben )?(?:${YOUNG_WORDS}|jongeren|young|youth|ik zelf|mezelf|myself)[.!]?$`);

/** The role the text suggests, or undefined when it does not say. */
export function parseRole(text: string): Role | undefined {
  const prepared = prepareForEntities(text);
  if (ONLY_PARENT.test(prepared)) return 'parent';
  if (ONLY_YOUNG.test(prepared)) return 'young';
  const parentAt = prepared.search(SELF_PARENT);
  const youngAt = prepared.search(SELF_YOUNG);
  if (parentAt >= 0 && (youngAt < 0 || parentAt < youngAt)) return 'parent';
  if (youngAt >= 0) return 'young';
  const age = parseAge(text);
  if (age?.ageOf === 'self' && age.age <= 23) return 'young';
  if (OWN_CHILD.test(prepared)) return 'parent';
  if (OWN_PARENT.test(prepared) || AT_SCHOOL.test(prepared)) return 'young';
  return undefined;
}
