/**
 * Month names of the languages Revue reads, keyed by their normalised spelling
 * (lowercase, no accents, Arabic alef/ya variants folded: see normaliseWord).
 * Arabic has three naming families (Egyptian/Gulf, Maghreb, Levant); newspapers use all three.
 */
const MONTHS: Record<number, string[]> = {
  1: ['janvier', 'janv', 'jan', 'january', 'januar', 'janner', 'enero', 'ene', 'gennaio', 'janeiro', 'januari',
    'يناير', 'جانفي', 'كانون الثاني', 'كانون ثاني'],
  2: ['fevrier', 'fevr', 'fev', 'february', 'feb', 'februar', 'febrero', 'febbraio', 'fevereiro', 'februari',
    'فبراير', 'فيفري', 'شباط'],
  3: ['mars', 'march', 'mar', 'marz', 'marzo', 'marco', 'maart', 'مارس', 'اذار'],
  4: ['avril', 'avr', 'april', 'apr', 'abril', 'abr', 'aprile', 'ابريل', 'افريل', 'نيسان'],
  5: ['mai', 'may', 'mayo', 'maggio', 'maio', 'mei', 'مايو', 'ماي', 'ايار'],
  6: ['juin', 'june', 'jun', 'juni', 'junio', 'giugno', 'junho', 'يونيو', 'يونيه', 'جوان', 'حزيران'],
  7: ['juillet', 'juil', 'july', 'jul', 'juli', 'julio', 'luglio', 'julho', 'يوليو', 'يوليه', 'يوليوز', 'جويليه',
    'جويلية', 'تموز'],
  8: ['aout', 'august', 'aug', 'augustus', 'agosto', 'اغسطس', 'اوت', 'غشت', 'اب'],
  9: ['septembre', 'sept', 'sep', 'september', 'septiembre', 'setiembre', 'settembre', 'setembro',
    'سبتمبر', 'شتنبر', 'ايلول'],
  10: ['octobre', 'oct', 'october', 'oktober', 'octubre', 'ottobre', 'outubro', 'اكتوبر', 'تشرين الاول', 'تشرين اول'],
  11: ['novembre', 'nov', 'november', 'noviembre', 'novembro', 'نوفمبر', 'نونبر', 'تشرين الثاني', 'تشرين ثاني'],
  12: ['decembre', 'dec', 'december', 'dezember', 'diciembre', 'dicembre', 'dezembro', 'ديسمبر', 'دجنبر',
    'كانون الاول', 'كانون اول'],
};

/** Folds case, Latin accents and Arabic spelling variants so month names compare as plain strings. */
export function normaliseWord(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u064b-\u065f\u0640]/g, '') // Arabic diacritics and tatweel
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه');
}

const LOOKUP = new Map<string, number>();
for (const [month, names] of Object.entries(MONTHS)) {
  for (const n of names) LOOKUP.set(normaliseWord(n), Number(month));
}

/** The month number (1–12) of a normalised month name, or undefined. */
export function monthNumber(normalisedName: string): number | undefined {
  return LOOKUP.get(normalisedName.replace(/\.$/, '').replace(/\s+/g, ' '));
}

/** A regex source matching any known month name in normalised text, longest names first. */
export const MONTH_ALTERNATION = [...LOOKUP.keys()]
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/ /g, '\\s+'))
  .join('|');

/** Weekday names, normalised as month names are: a dateline starts with one ("Mercredi 28 août", "الأربعاء 28 غشت"). */
const WEEKDAYS = new Set(
  [
    'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun',
    'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد',
  ].map(normaliseWord),
);

/** True for a normalised weekday name. */
export function isWeekday(normalisedName: string): boolean {
  return WEEKDAYS.has(normalisedName.replace(/\.$/, ''));
}
