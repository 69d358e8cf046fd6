import { nameKey } from './name-key';
import { canonicalVariant } from './name-variants';

/**
 * Hypocorisms (nicknames, short forms, diminutives) of given names: "Bill" for William, "Sasha" for Aleksandr,
 * "Pepe" for José. A short form and its full name are the same given name at a penalty (NICKNAME_SIM in
 * score/token-sim.ts: credited 0.85 of an exact word), and two short forms of one name are too ("Bill" / "Will").
 * Each line: the full name, then its short forms; a short form may belong to several names ("Alex", "Sasha").
 * Spellings are folded by name-key.ts and the spelling families of name-variants.ts, so "Aleksandr" covers
 * Alexander, Oleksandr…
 *
 * Sources, per block (retrieved 2026-12-06; public-domain / CC BY-SA facts, the lists re-typed, not copied):
 * - English: Wikipedia "List of English-language hypocorisms" (hypocorisms used as given names and nicknames) and
 *   the U.S. Social Security Administration practice of name variants; cross-checked with the public-domain
 *   carltonnorthern/nicknames name-to-nickname list (genealogy usage, Apache-2.0/PD data).
 * - Russian, Ukrainian, Belarusian: Wikipedia "Russian name § Diminutives" and Wiktionary "Category:Russian
 *   diminutives of male/female given names".
 * - Spanish and Portuguese: Wikipedia "Spanish naming customs § Hypocorisms" and "Hipocorístico" (es.wikipedia
 *   list of hipocorísticos), Wiktionary "Category:Spanish diminutives of given names".
 * - German: Wikipedia (de) "Liste von Kurzformen von Vornamen"; Italian: Wikipedia (it) "Ipocoristico".
 * - Arabic: Wikipedia "Arabic name § Nicknames" (dialectal short forms: Hamada, Hamoudi for Muhammad/Ahmad/Hamid…).
 */
const TABLE: Record<string, string[]> = {
  english: [
    'william: bill billy will willy willie liam wills',
    'robert: bob bobby rob robbie bert rab',
    'richard: dick rick ricky rich richie',
    'james: jim jimmy jamie jem',
    'john: jack johnny jon',
    'jonathan: jon jonny nathan',
    'michael: mike mikey mick mickey',
    'thomas: tom tommy thom',
    'joseph: joe joey jo',
    'charles: charlie chuck chas chaz',
    'edward: ed eddie ted teddy ned',
    'henry: harry hank hal',
    'harold: harry hal',
    'anthony: tony',
    'antony: tony',
    'christopher: chris kit topher',
    'daniel: dan danny',
    'david: dave davey',
    'stephen: steve stevie',
    'steven: steve stevie',
    'matthew: matt matty',
    'andrew: andy drew',
    'benjamin: ben benny benji',
    'samuel: sam sammy',
    'alexander: alex alec sandy lex',
    'nicholas: nick nicky',
    'patrick: pat paddy',
    'peter: pete',
    'timothy: tim timmy',
    'kenneth: ken kenny',
    'lawrence: larry',
    'gerald: gerry jerry',
    'gregory: greg',
    'raymond: ray',
    'ronald: ron ronnie',
    'donald: don donnie',
    'douglas: doug',
    'frederick: fred freddie',
    'francis: frank frankie',
    'franklin: frank',
    'leonard: leo len lenny',
    'eugene: gene',
    'albert: al bert bertie',
    'alfred: alf alfie fred',
    'walter: walt wally',
    'theodore: ted teddy theo',
    'nathaniel: nate nat',
    'zachary: zach zack',
    'jacob: jake',
    'vincent: vince vinny',
    'phillip: phil',
    'philip: phil',
    'jeffrey: jeff',
    'geoffrey: geoff jeff',
    'joshua: josh',
    'elizabeth: liz lizzie beth betty betsy eliza libby bess',
    'margaret: maggie meg peggy marge madge greta',
    'katherine: kate katie kathy kat kitty',
    'catherine: kate katie cathy cat',
    'jennifer: jen jenny',
    'patricia: pat patty trish tricia',
    'deborah: deb debbie',
    'rebecca: becky becca',
    'susan: sue susie',
    'barbara: barb barbie babs',
    'dorothy: dot dottie dolly',
    'victoria: vicky tori',
    'alexandra: alex sandra sandy lexi',
    'christine: chris chrissie tina',
    'christina: chris tina',
    'jacqueline: jackie',
    'abigail: abby gail',
    'samantha: sam sammy',
    'kimberly: kim',
    'pamela: pam',
    'judith: judy',
    'cynthia: cindy',
    'theresa: terry tess tessa',
    'eleanor: ellie nell nora',
    'mary: molly polly mae',
  ],
  russian: [
    'aleksandr: sasha sashka shura shurik sanya',
    'aleksandra: sasha shura sanya',
    'aleksey: alyosha lyosha lesha',
    'anatoliy: tolya tolik',
    'andrey: andryusha',
    'boris: borya',
    'dmitriy: dima mitya dimitri',
    'yevgeniy: zhenya',
    'yevgeniya: zhenya',
    'ivan: vanya',
    'konstantin: kostya',
    'mikhail: misha mishka',
    'nikolay: kolya kolia',
    'pavel: pasha',
    'petr: petya',
    'sergey: seryozha serezha seryoga',
    'vladimir: volodya vova vovka',
    'vyacheslav: slava',
    'stanislav: stas slava',
    'yaroslav: slava yarik',
    'viktor: vitya',
    'vitaliy: vitya vitalik',
    'yuriy: yura',
    'grigoriy: grisha',
    'leonid: lyonya',
    'maksim: max maks',
    'roman: roma',
    'igor: igorek',
    'oleg: olezhek',
    'valentin: valya',
    'valeriy: valera',
    'vasiliy: vasya',
    'gennadiy: gena',
    'anna: anya',
    'yekaterina: katya',
    'yelena: lena',
    'mariya: masha',
    'nataliya: natasha',
    'natalya: natasha',
    'olga: olya',
    'svetlana: sveta',
    'tatyana: tanya',
    'irina: ira',
    'lyudmila: lyuda mila',
    'galina: galya',
    'lyubov: lyuba',
    'yuliya: yulya',
    'anastasiya: nastya',
    'oksana: oksanka',
  ],
  spanish_portuguese: [
    'jose: pepe pepito chepe jose zeca ze',
    'francisco: paco pancho paquito curro chico kiko',
    'jesus: chucho chuy',
    'ignacio: nacho',
    'guadalupe: lupe lupita',
    'manuel: manolo manu',
    'enrique: quique',
    'alfredo: fredo',
    'eduardo: lalo edu',
    'alejandro: alex ale jandro',
    'guillermo: memo guille',
    'roberto: beto',
    'alberto: beto',
    'rodrigo: rodri',
    'antonio: toni tono toño',
    'santiago: santi chago',
    'gonzalo: chalo',
    'fernando: nando',
    'luis: lucho',
    'rafael: rafa',
    'ramon: moncho',
    'rosario: charo',
    'dolores: lola',
    'concepcion: concha conchita',
    'mercedes: merche',
    'josefa: pepa',
    'francisca: paca paquita',
    'isabel: isa chabela',
    'joao: joaozinho',
    'luiz: lula',
    'carlos: carlinhos',
    'ricardo: ricky',
    'jorge: coco',
    'domingo: mingo',
  ],
  german: [
    'johannes: hans hannes jo',
    'wolfgang: wolf',
    'friedrich: fritz',
    'heinrich: heinz hinz',
    'wilhelm: willi willy wim',
    'joachim: jochen',
    'matthias: matze',
    'ulrich: uli',
    'andreas: andi',
    'bernhard: bernd',
    'klaus: niklaus',
    'nikolaus: klaus',
    'jurgen: jorg',
    'katharina: kathi kati',
    'margarete: grete gretel',
    'elisabeth: lisa elise liesel',
  ],
  italian: [
    'giuseppe: beppe peppe pino',
    'giovanni: gianni nino vanni',
    'francesco: franco checco cecco',
    'salvatore: toto turi',
    'vincenzo: enzo',
    'antonio: tonino nino totò',
    'luigi: gino',
    'alessandro: sandro',
    'roberto: berto',
    'domenico: mimmo',
    'lorenzo: renzo',
    'maurizio: mauri',
    'federico: fede',
    'gabriele: lele',
    'giacomo: giacomino',
  ],
  arabic: [
    'muhammad: hamada hamoudi hamoud mido',
    'ahmad: hamada',
    'abdullah: abdo abboud',
    'abdulrahman: abdo',
  ],
};

const GROUPS = new Map<string, number[]>();
let gid = 0;
const key = (w: string) => canonicalVariant(nameKey(w.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')));
for (const lines of Object.values(TABLE)) {
  for (const line of lines) {
    const [full, rest] = line.split(':');
    const id = gid++;
    for (const w of [full!, ...rest!.trim().split(/\s+/)]) {
      const k = key(w.trim());
      const a = GROUPS.get(k);
      if (!a) GROUPS.set(k, [id]);
      else if (!a.includes(id)) a.push(id);
    }
  }
}

/**
 * Similarity of a given name and its short form: a documented penalty against an exact word (credit 0.85 instead
 * of 1: "Bill Gates" ~ "GATES, William" scores as a one-letter typo would), never enough alone to pass a surname.
 */
export const NICKNAME_SIM = 0.9;

/** True when two given-name keys (prepared comparison keys) are a name and its short form, or two short forms of one name. */
export function isHypocorism(a: string, b: string): boolean {
  if (a === b) return false;
  const ga = GROUPS.get(a);
  if (!ga) return false;
  const gb = GROUPS.get(b);
  return !!gb && ga.some((g) => gb.includes(g));
}

/** Keys of each group (a full name and its short forms), for retrieval: the names a given-name key may stand for. */
const MEMBERS: string[][] = [];
for (const [k, groups] of GROUPS) for (const g of groups) (MEMBERS[g] ??= []).push(k);

/**
 * The keys that are a short form or the full name of a given-name key (its hypocorisms both ways, without itself):
 * retrieve.ts looks them up so that screen() finds what isHypocorism lets compare() match ("Jim Smith" finds
 * SMITH, James). At most the members of the word's groups (a few to a dozen keys).
 */
export function hypocorismsOf(k: string): string[] {
  const groups = GROUPS.get(k);
  if (!groups) return [];
  const out: string[] = [];
  for (const g of groups) for (const m of MEMBERS[g]!) if (m !== k && !out.includes(m)) out.push(m);
  return out;
}

/** The names of the table (full names and short forms), as keys, for tests. */
export function hypocorismKeys(): string[] {
  return [...GROUPS.keys()];
}
