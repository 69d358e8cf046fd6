/**
 * Dates as real clients and lists write them → `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (what the matcher compares).
 *
 * Accepted: ISO 8601 with unpadded parts (`1969-7-16`, `1969/07/16`), date-times (`1969-07-16T00:00:00Z`), the basic
 * form (`19690716`), day-first with dots (`16.07.1969`, the usual order in Germany, Russia and most of Europe), day or
 * month first with `/` or `-` (`16/07/1969`, `07/16/1969`), written months in several languages (`16 Jul 1969`,
 * `July 16, 1969`, `16-JUL-1969`, `Jul 1969`), year-month (`1969-07`, `07/1969`), a year (`1969`), qualifiers such as
 * `circa`/`c.`/`about`, and unknown parts written as zeros or letters (`00/00/1975`, `dd/mm/1972`, `1969-07-00`).
 * What is ambiguous is reduced to what is certain: `05/07/1969` (5 July in Europe, May 7 in the US) becomes `1969`.
 * Anything else is not a date (undefined), so the caller can answer a 400 naming the field.
 */

/**
 * Month names (full and abbreviated, compared lower-case without accents). Source: Unicode CLDR 44, `gregorian`
 * calendar `months/format/wide` and `abbreviated` for en, fr, de, es, pt, it, nl and ru
 * (https://github.com/unicode-org/cldr, common/main/*.xml, 2023-10), plus `sept` (English), as printed by lists.
 */
const MONTH_NAMES: ReadonlyArray<readonly string[]> = [
  ['jan', 'january', 'janvier', 'janv', 'januar', 'jän', 'enero', 'ene', 'janeiro', 'gennaio', 'gen', 'januari', 'январь', 'января', 'янв'],
  ['feb', 'february', 'février', 'févr', 'februar', 'febrero', 'fevereiro', 'fev', 'febbraio', 'februari', 'февраль', 'февраля', 'фев'],
  ['mar', 'march', 'mars', 'märz', 'marzo', 'março', 'maart', 'mrt', 'март', 'марта'],
  ['apr', 'april', 'avril', 'avr', 'abril', 'abr', 'aprile', 'апрель', 'апреля', 'апр'],
  ['may', 'mai', 'mayo', 'maio', 'maggio', 'mag', 'mei', 'май', 'мая'],
  ['jun', 'june', 'juin', 'juni', 'junio', 'junho', 'giugno', 'giu', 'июнь', 'июня', 'июн'],
  ['jul', 'july', 'juillet', 'juil', 'juli', 'julio', 'julho', 'luglio', 'lug', 'июль', 'июля', 'июл'],
  ['aug', 'august', 'août', 'agosto', 'ago', 'augustus', 'август', 'августа', 'авг'],
  ['sep', 'sept', 'september', 'septembre', 'septiembre', 'setembro', 'set', 'settembre', 'сентябрь', 'сентября', 'сен'],
  ['oct', 'october', 'octobre', 'oktober', 'okt', 'octubre', 'outubro', 'out', 'ottobre', 'ott', 'октябрь', 'октября', 'окт'],
  ['nov', 'november', 'novembre', 'noviembre', 'novembro', 'ноябрь', 'ноября', 'ноя'],
  ['dec', 'december', 'décembre', 'déc', 'dezember', 'dez', 'diciembre', 'dic', 'dezembro', 'dicembre', 'декабрь', 'декабря', 'дек'],
];

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

const MONTHS = new Map<string, number>(MONTH_NAMES.flatMap((names, i) => names.flatMap((n) => [[fold(n), i + 1] as [string, number], [fold(n).replace(/\.$/, ''), i + 1] as [string, number]])));

/** Words that qualify a date without changing it. */
const QUALIFIERS = /^(?:circa|ca\.?|c\.|about|approx\.?|approximately|around|~|abt\.?)\s*/i;

const MIN_YEAR = 1000;
const MAX_YEAR = 2999;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Builds the normalised form; zero (unknown) parts cut the date there; an impossible day or month is not a date. */
function build(y: number, m?: number, d?: number): string | undefined {
  if (!Number.isInteger(y) || y < MIN_YEAR || y > MAX_YEAR) return undefined;
  if (!m) return String(y);
  if (m < 1 || m > 12) return undefined;
  if (!d) return `${y}-${pad(m)}`;
  if (d < 1 || d > daysIn(y, m)) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** A numeric part, or 0 for an unknown part written as letters or zeros (`dd`, `mm`, `00`, `??`, `xx`). */
function part(s: string): number | undefined {
  if (/^\d{1,2}$/.test(s)) return Number(s);
  if (/^(?:[dmjtx?]{1,2})$/i.test(s)) return 0;
  return undefined;
}

/** Day-first or month-first numeric date with `/` or `-`: unambiguous when one part exceeds 12 or both are equal. */
function dayOrMonthFirst(a: number, b: number, y: number): string | undefined {
  // an unknown part leaves the order undecidable: keep the year
  if (a === 0 || b === 0) return a > 31 || b > 31 ? undefined : build(y);
  if (a > 12) return build(y, b, a);
  if (b > 12) return build(y, a, b);
  if (a === b) return build(y, a, b);
  return build(y);
}

function numeric(s: string): string | undefined {
  let m: RegExpExecArray | null;
  // year first: 1969-07-16, 1969-7-16, 1969/07/16, 1969.07.16, 1969-07, date-times
  if ((m = /^(\d{4})(?:[-/.](\d{1,2}|[a-z?]{2})(?:[-/.](\d{1,2}|[a-z?]{2}))?)?(?:[T ]\d{1,2}:\d{2}.*)?$/i.exec(s))) {
    const mo = m[2] === undefined ? undefined : part(m[2]);
    const d = m[3] === undefined ? undefined : part(m[3]);
    if (mo === undefined && m[2] !== undefined) return undefined;
    if (d === undefined && m[3] !== undefined) return undefined;
    return build(Number(m[1]), mo, mo ? d : undefined);
  }
  // ISO 8601 basic form
  if ((m = /^(\d{4})(\d{2})(\d{2})$/.exec(s))) return build(Number(m[1]), Number(m[2]), Number(m[2]) ? Number(m[3]) : undefined);
  // day first with dots: 16.07.1969
  if ((m = /^(\d{1,2}|[a-z?]{2})\.(\d{1,2}|[a-z?]{2})\.(\d{4})$/i.exec(s))) {
    const d = part(m[1]!);
    const mo = part(m[2]!);
    if (d === undefined || mo === undefined) return undefined;
    return build(Number(m[3]), mo, mo ? d : undefined);
  }
  // 16/07/1969, 07-16-1969
  if ((m = /^(\d{1,2}|[a-z?]{2})[/-](\d{1,2}|[a-z?]{2})[/-](\d{4})$/i.exec(s))) {
    const a = part(m[1]!);
    const b = part(m[2]!);
    if (a === undefined || b === undefined) return undefined;
    return dayOrMonthFirst(a, b, Number(m[3]));
  }
  // 07/1969, 7.1969
  if ((m = /^(\d{1,2})[/.-](\d{4})$/.exec(s))) return build(Number(m[2]), Number(m[1]));
  return undefined;
}

/** Written months: `16 Jul 1969`, `July 16, 1969`, `16-JUL-1969`, `Jul 1969`, `1969 Jul 16`, `16th of July 1969`. */
function written(s: string): string | undefined {
  const words = fold(s)
    .replace(/(\d)(?:st|nd|rd|th)\b/g, '$1')
    .split(/[\s,/-]+|(?<=\d)\.|\.(?=\d)/)
    .filter((w) => w && w !== 'of' && w !== 'the' && w !== 'de' && w !== 'del' && w !== 'г' && w !== 'г.');
  let month: number | undefined;
  let year: number | undefined;
  let day: number | undefined;
  for (const w of words) {
    const name = MONTHS.get(w) ?? MONTHS.get(w.replace(/\.$/, ''));
    if (name !== undefined) {
      if (month !== undefined) return undefined;
      month = name;
    } else if (/^\d{4}$/.test(w)) {
      if (year !== undefined) return undefined;
      year = Number(w);
    } else if (/^\d{1,2}$/.test(w)) {
      if (day !== undefined) return undefined;
      day = Number(w);
    } else return undefined;
  }
  if (month === undefined || year === undefined) return undefined;
  return build(year, month, day || undefined);
}

/** Normalises a date as clients and lists write it (see the module comment); undefined when it is not a date. */
export function normaliseDate(input: string): string | undefined {
  const s = input.trim().replace(QUALIFIERS, '').trim();
  if (!s) return undefined;
  return numeric(s) ?? written(s);
}
