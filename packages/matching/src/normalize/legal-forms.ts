import { nameKey } from './name-key';

/**
 * Legal-form canonicalisation. Each row: canonical class, then spellings as they read after toAscii()
 * (lower-case ASCII, punctuation as spaces; Cyrillic already transliterated). Multi-word forms are matched as
 * token sequences, longest first. Classes that mean the same kind of company share one class, so
 * "OOO" ↔ "LLC" ↔ "Limited Liability Company" ↔ "Obshchestvo s ogranichennoy otvetstvennostyu".
 */
const TABLE: Array<[string, string[]]> = [
  ['llc', ['llc', 'l l c', 'limited liability company', 'limited liability co', 'ltd liability co', 'limited liability corporation',
    'ooo', 'o o o', 'obshchestvo s ogranichennoy otvetstvennostyu', 'obshchestvo s ogranichennoi otvetstvennostiu',
    'obshestvo s ogranichennoy otvetstvennostyu', 'tov', 'tovarystvo z obmezhenoiu vidpovidalnistiu',
    'tovaristvo z obmezhenoyu vidpovidalnistyu', 'too', 'tovarishchestvo s ogranichennoy otvetstvennostyu', 'sp z o o', 'spzoo',
    'doo', 'd o o', 'drustvo s ogranicenom odgovornoscu', 'srl', 's r l', 'societa a responsabilita limitata', 'sociedad de responsabilidad limitada',
    'ltda', 'limitada', 'sro', 's r o', 'kft', 'eood', 'ood', 'fz llc', 'fzllc', 'fz l l c', 'mchj', 'mas uliyati cheklangan jamiyat',
    // East Asian forms (cjk-legal-forms.ts spells them in Latin)
    'godo kaisha', 'godo gaisha', 'yuhan hoesa', 'youxian zeren gongsi',
    // Greek Εταιρεία Περιορισμένης Ευθύνης (Ε.Π.Ε.), as ELOT 743 spells it (greek.ts)
    'etaireia periorismenis evthynis', 'etairia periorismenis evthynis', 'epe', 'e p e']],
  ['jsc', ['jsc', 'j s c', 'joint stock company', 'joint stock co', 'joint-stock company', 'ao', 'a o', 'oao', 'zao', 'pao', 'pjsc', 'ojsc', 'cjsc',
    'public joint stock company', 'open joint stock company', 'closed joint stock company', 'private joint stock company',
    'aktsionernoe obshchestvo', 'aktsionernoye obshchestvo', 'publichnoe aktsionernoe obshchestvo', 'otkrytoe aktsionernoe obshchestvo',
    'zakrytoe aktsionernoe obshchestvo', 'at', 'pat', 'prat', 'aktsionerne tovarystvo', 'publichne aktsionerne tovarystvo',
    'kabushiki kaisha', 'kabushiki gaisha', 'jusik hoesa', 'gufen youxian gongsi',
    // Russian АК, акционерная компания (joint-stock company)
    'ak', 'aktsionernaya kompaniya',
    'pjs', 'pjsco', 'sahami khass', 'sherkat sahami khass', 'sherkat sahami aam', 'sahami aam', 'aad', 'ad', 'jsco', 'oajsc']],
  ['ltd', ['ltd', 'limited', 'ltd co', 'co ltd', 'company limited', 'pte ltd', 'pvt ltd', 'private limited', 'pty ltd', 'proprietary limited',
    'youxian gongsi', 'you xian gong si', 'yugen kaisha', 'sdn bhd', 'bhd', 'berhad', 'sendirian berhad',
    // "limited" written in Arabic script (لمتد، لمیتد)
    'lmtd', 'lmytd']],
  ['plc', ['plc', 'p l c', 'public limited company']],
  ['inc', ['inc', 'incorporated', 'corp', 'corporation', 'incorporation']],
  ['co', ['co', 'company', 'cia', 'compania', 'compagnie', 'cie', 'gongsi', 'gong si', 'kompaniya', 'sherkat', 'shirkat', 'sirketi', 'sirket',
    // Japanese 会社 kaisha "company" (Hepburn; gaisha in compounds), as Latin names keep it ("Kawasaki Kisen Kaisha")
    'kaisha', 'gaisha']],
  ['gmbh', ['gmbh', 'g m b h', 'gesellschaft mit beschrankter haftung', 'gesmbh', 'ges m b h', 'ug haftungsbeschrankt', 'ug']],
  ['ag', ['ag', 'a g', 'aktiengesellschaft', 'se']],
  ['kg', ['kg', 'k g', 'kommanditgesellschaft', 'gmbh co kg', 'ohg']],
  ['sa', ['sa', 's a', 'sal', 's a l', 'sal offshore', 'sal holding', 'societe anonyme libanaise', 'sociedad anonima', 'societe anonyme', 'sociedade anonima', 'spa', 's p a', 'societa per azioni', 'nv', 'n v',
    'naamloze vennootschap', 'as', 'a s', 'anonim sirketi', 'asa', 'oyj', 'ab', 'aktiebolag', 'a s a',
    // Greek Ανώνυμη Εταιρεία (Α.Ε.)
    'anonymi etaireia', 'anonymi etairia', 'ae', 'a e']],
  ['sadecv', ['sa de cv', 's a de c v', 'sociedad anonima de capital variable', 'sapi de cv', 's de rl de cv', 's de r l de c v',
    'sociedad de responsabilidad limitada de capital variable']],
  ['sarl', ['sarl', 's a r l', 'societe a responsabilite limitee', 'suarl', 's u a r l', 'eurl', 'sas', 's a s', 'sasu', 'sprl']],
  ['svt', ['sanayi ve ticaret', 'san ve tic', 'san tic', 'sanayi ticaret', 'ic ve dis ticaret', 'dis ticaret', 'ithalat ihracat']],
  ['ltdsti', ['ltd sti', 'limited sti', 'ltd sirketi', 'limited sirketi', 'ltd st', 'as sti']],
  ['bv', ['bv', 'b v', 'besloten vennootschap']],
  ['llp', ['llp', 'l l p', 'lp', 'l p', 'limited partnership', 'limited liability partnership']],
  ['fze', ['fze', 'f z e', 'free zone establishment', 'fzc', 'free zone company', 'fzco', 'fz co', 'f z co', 'dmcc', 'dmcest', 'fz']],
  ['pvt', ['pvt', 'private', 'pte', 'pty']],
  ['gp', ['general partnership', 'snc', 'sc']],
  // a person trading under their own name (legal_form_person): Russian ИП, Ukrainian ФОП / СПД, German e.K. and
  // Einzelunternehmen, English sole proprietor / sole trader, Gulf "Trading Est." (Civil Code / commercial registers)
  ['sole', ['ip', 'i p', 'individualnyy predprinimatel', 'individualnyi predprinimatel', 'individual entrepreneur',
    'individual entrepreneurship', 'fop', 'f o p', 'fizychna osoba pidpryiemets', 'fizychna osoba pidpryiemets',
    'spd', 'subiekt pidpryiemnytskoi diialnosti', 'sole proprietor', 'sole proprietorship', 'sole trader', 'e k', 'eingetragener kaufmann',
    'eingetragene kauffrau', 'einzelunternehmen', 'einzelunternehmer', 'trading est', 'trading establishment', 'est']],
  // a kind of organisation rather than a legal form, but written the same ways: PMC ↔ ChVK ↔ the words
  ['pmc', ['pmc', 'p m c', 'private military company', 'private military co', 'private military contractor', 'chvk', 'ch v k',
    'chastnaya voennaya kompaniya', 'chastnaya voyennaya kompaniya', 'chastnaia voennaia kompaniia']],
];

interface Node {
  next: Map<string, Node>;
  cls?: string;
}
const ROOT: Node = { next: new Map() };
for (const [cls, forms] of TABLE) {
  for (const f of forms) {
    let n = ROOT;
    for (const t of f.split(' ').map(nameKey)) {
      let m = n.next.get(t);
      if (!m) n.next.set(t, (m = { next: new Map() }));
      n = m;
    }
    n.cls ??= cls;
  }
}

/** The class of a complete form whose next word starts with `partial` (the only such class), if any. */
function cutForm(n: Node, partial: string): string | undefined {
  let cls: string | undefined;
  for (const [word, m] of n.next) {
    if (word.length <= partial.length || !word.startsWith(partial) || !m.cls) continue;
    if (cls && cls !== m.cls) return undefined;
    cls = m.cls;
  }
  return cls;
}

/** Legal-form marker token for a class ("#llc"); markers never collide with name tokens. */
export const LEGAL_PREFIX = '#';

/**
 * Replaces legal-form spellings in a token list by their class marker, longest match first. Applied to
 * organisations (and unknown types) only, so that a person's initials "S. A." stay initials.
 */
export function canonicalLegalForms(tokens: readonly string[], leading = false): string[] {
  return legalFormsWithSurface(tokens, leading).tokens;
}

/** As canonicalLegalForms, plus each output token's surface form (a legal form's words joined). */
export function legalFormsWithSurface(tokens: readonly string[], leading = false): { tokens: string[]; surface: string[] } {
  const out: string[] = [];
  const surface: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    let n: Node | undefined = ROOT;
    let best: { cls: string; end: number } | undefined;
    for (let j = i; j < tokens.length && n; j++) {
      const k = nameKey(tokens[j]!);
      const prev: Node = n;
      n = n.next.get(k);
      if (n?.cls) best = { cls: n.cls, end: j + 1 };
      // a name cut at a field width ends in a legal form cut mid-word ("… JOINT STOCK COMPA", "… CORPORATIO")
      else if (!n && j === tokens.length - 1 && i > 0 && k.length >= 2 && (j > i || k.length >= 4)) {
        const cut = cutForm(prev, k);
        if (cut) best = { cls: cut, end: j + 1 };
      }
    }
    // a lone one- or two-letter form ("sa", "ag", "ao") only counts after the first token, or in front of a
    // known organisation's name ("AO Trans-Flot")
    // a sole trader's form leads a person's name ("IP Petrov Ivan", "ИП …"): two name words at least after it
    const soleLead = best?.cls === 'sole' && tokens.length - best.end >= 2;
    if (best && (i > 0 || best.end - i > 1 || tokens[i]!.length > 2 || (leading && tokens.length > 1) || soleLead)) {
      out.push(LEGAL_PREFIX + best.cls);
      surface.push(tokens.slice(i, best.end).join(''));
      i = best.end;
    } else {
      surface.push(tokens[i]!);
      out.push(tokens[i++]!);
    }
  }
  return { tokens: out, surface };
}

export function isLegalForm(token: string): boolean {
  return token.startsWith(LEGAL_PREFIX);
}
