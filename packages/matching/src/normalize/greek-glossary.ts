import { toAscii } from './ascii';
import { type Gloss, glossFrom } from './arabic-glossary';
import { greekDigraphs } from './greek';

/**
 * The generic vocabulary of Greek organisation names, with the English words lists translate them by: a company
 * listed as "Kalashnikov Concern" is Όμιλος Καλάσνικοφ in Greek, a shipping company's Ναυτιλιακή Εταιρεία is
 * "Shipping Company". Romanised, these words ("omilos", "naftiliaki") meet no English word; they are read as their
 * English counterparts (compared as a bag, normalize/prepare.ts glossed()), each keeping its romanised surface for
 * lists that transliterate instead ("Naftiliaki Etaireia"). The legal forms themselves (Ανώνυμη Εταιρεία, Εταιρεία
 * Περιορισμένης Ευθύνης) are legal-forms.ts's.
 *
 * Only generic words, in the nominative and genitive forms names use (Greek names put the head noun in the
 * nominative and its complements in the genitive: Τράπεζα Πειραιώς, Όμιλος Εταιρειών). Compiled from knowledge of
 * these sources (not copied from them): Λεξικό της Κοινής Νεοελληνικής (Triantafyllidis Foundation / Institute for
 * Modern Greek Studies, 1998) for the senses; the registered bilingual names of Greek companies and the company-law
 * vocabulary of Law 4548/2018 (ανώνυμη εταιρεία, société anonyme) and Law 4072/2012 (ιδιωτική κεφαλαιουχική εταιρεία,
 * ομόρρυθμη / ετερόρρυθμη εταιρεία); the English of the EU's IATE terminology database for the sector words.
 *
 * Each row: Greek forms (space-separated), the English (space-separated words; a word's alternatives joined by '/'),
 * and what the word is: 'head' (a kind of organisation: makes a name of unknown type an organisation's), 'stop'
 * (an article or conjunction), or nothing.
 */
type Entry = [forms: string, english: string, what?: 'head' | 'stop'];

const ENTRIES: Entry[] = [
  // kinds of organisation
  ['Όμιλος Ομίλου Όμιλο', 'group/concern', 'head'],
  ['Εταιρεία Εταιρία Εταιρείας Εταιρίας Εταιρείες Εταιρειών Εταιριών', 'company/companies', 'head'],
  ['Τράπεζα Τράπεζας Τραπέζης', 'bank', 'head'],
  ['Οργανισμός Οργανισμού', 'organization/organisation', 'head'],
  ['Ίδρυμα Ιδρύματος', 'foundation/institution', 'head'],
  ['Ινστιτούτο Ινστιτούτου', 'institute', 'head'],
  ['Κέντρο Κέντρου', 'center/centre', 'head'],
  ['Ένωση Ένωσης Ενώσεως', 'union/association', 'head'],
  ['Σύνδεσμος Συνδέσμου', 'association/federation', 'head'],
  ['Συνεταιρισμός Συνεταιρισμού', 'cooperative', 'head'],
  ['Επιχείρηση Επιχείρησης Επιχειρήσεις Επιχειρήσεων', 'enterprise/enterprises/business', 'head'],
  ['Κοινοπραξία Κοινοπραξίας', 'consortium/joint venture', 'head'],
  // sectors and trade words
  ['Ναυτιλιακή Ναυτιλιακής Ναυτιλιακές Ναυτιλιακών Ναυτιλία Ναυτιλίας', 'shipping/maritime', undefined],
  ['Ναυτική Ναυτικής', 'maritime/marine/naval', undefined],
  ['Βιομηχανία Βιομηχανίας Βιομηχανίες Βιομηχανιών', 'industry/industries', undefined],
  ['Βιομηχανική Βιομηχανικής', 'industrial', undefined],
  ['Εμπορική Εμπορικής Εμπορικές Εμπορικών', 'commercial/trading', undefined],
  ['Εμπόριο Εμπορίου', 'trade/trading', undefined],
  ['Τεχνική Τεχνικής Τεχνικές', 'technical', undefined],
  ['Τεχνολογία Τεχνολογίας Τεχνολογίες Τεχνολογιών', 'technology/technologies', undefined],
  ['Κατασκευαστική Κατασκευαστικής Κατασκευές Κατασκευών', 'construction', undefined],
  ['Διεθνής Διεθνούς', 'international', undefined],
  ['Ελληνική Ελληνικής Ελληνικές Ελληνικών', 'hellenic/greek', undefined],
  ['Ελλάδος Ελλάδας', 'greece/hellas', undefined],
  ['Συμμετοχών', 'holdings/participations', undefined],
  ['Επενδύσεων Επενδυτική Επενδυτικής', 'investments/investment', undefined],
  ['Υπηρεσιών', 'services', undefined],
  ['Ενέργειας Ενεργειακή Ενεργειακής', 'energy', undefined],
  ['Πετρελαίων Πετρελαιοειδών', 'petroleum/oil', undefined],
  ['Ασφαλιστική Ασφαλιστικής Ασφαλειών', 'insurance', undefined],
  ['Γενική Γενικής', 'general', undefined],
  ['Αεροπορική Αεροπορικής Αεροπορικές Αεροπορία Αεροπορίας', 'airlines/aviation/air', undefined],
  ['Μεταφορών Μεταφορική Μεταφορικής', 'transport/transportation', undefined],
  ['Εισαγωγών', 'imports/import', undefined],
  ['Εξαγωγών', 'exports/export', undefined],
  ['Ανάπτυξης', 'development', undefined],
  // articles and the conjunction
  ['και', 'and', 'stop'],
  ['του της των', 'of', 'stop'],
];

const TABLE = new Map<string, { gloss: Gloss }>();
for (const [forms, english, what] of ENTRIES) {
  const gloss = glossFrom(english, what);
  for (const f of forms.split(' ')) {
    const k = toAscii(greekDigraphs(f));
    if (!TABLE.has(k)) TABLE.set(k, { gloss });
  }
}

/** Whether a name holds Greek letters. */
export const hasGreek = (s: string) => /[\u0370-\u03ff\u1f00-\u1fff]/.test(s);

/** The glossary entry of a romanised Greek word (as prepare.ts romanises it), if it is a generic organisation word. */
export function greekGlossOf(ascii: string): { gloss: Gloss } | undefined {
  return TABLE.get(ascii);
}
