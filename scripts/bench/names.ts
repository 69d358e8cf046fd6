// Realistic customer names for the benches: the given names and surnames that real customer masters are full of,
// and companies named with common words, so that the matcher meets the candidate volume of real data (common
// tokens hit many list entries) instead of made-up syllables that retrieve nothing.
// Sources (frequency-ordered lists, the first entries taken):
//   given names — U.S. Social Security Administration, "Popular Baby Names", https://www.ssa.gov/oact/babynames/ (2023);
//     Office for National Statistics, "Baby names in England and Wales", https://www.ons.gov.uk/peoplepopulationandcommunity/birthsdeathsandmarriages/livebirths (2023);
//   surnames — U.S. Census Bureau, "Frequently Occurring Surnames from the 2010 Census",
//     https://www.census.gov/topics/population/genealogy/data/2010_surnames.html;
//     Wikipedia, "List of most common surnames in Europe" and "… in Asia",
//     https://en.wikipedia.org/wiki/Lists_of_most_common_surnames (retrieved 2026);
//   company words — Companies House, "Free Company Data Product" (most frequent words in registered names),
//     https://download.companieshouse.gov.uk/en_output.html (2025).
export const GIVEN = [
  'James', 'Mary', 'Robert', 'Patricia', 'John', 'Jennifer', 'Michael', 'Linda', 'David', 'Elizabeth', 'William', 'Barbara',
  'Richard', 'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah', 'Charles', 'Karen', 'Mohammed', 'Olivia', 'Noah', 'Amelia',
  'Muhammad', 'Ahmed', 'Ali', 'Fatima', 'Maria', 'Jose', 'Juan', 'Carlos', 'Ana', 'Luis', 'Wei', 'Li', 'Hiroshi', 'Yuki',
  'Olga', 'Ivan', 'Sergei', 'Elena', 'Dmitry', 'Anna', 'Hans', 'Peter', 'Ingrid', 'Priya', 'Ravi', 'Omar', 'Hassan', 'Leila',
];
export const SURNAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernandez', 'Lopez',
  'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee', 'Perez', 'Thompson', 'White',
  'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott',
  'Muller', 'Schmidt', 'Schneider', 'Fischer', 'Rossi', 'Russo', 'Ferrari', 'Dubois', 'Martin', 'Bernard', 'Ivanov', 'Smirnov',
  'Kuznetsov', 'Popov', 'Nowak', 'Kowalski', 'Wang', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Kim', 'Park', 'Nguyen',
  'Tran', 'Singh', 'Kumar', 'Sharma', 'Khan', 'Ahmed', 'Hussain', 'Ali', 'Hassan', 'Yilmaz', 'Kaya', 'Sato', 'Suzuki',
];
export const COMPANY_WORDS = [
  'Global', 'International', 'Trading', 'Services', 'Holdings', 'Group', 'Solutions', 'Management', 'Consulting', 'Investments',
  'Properties', 'Construction', 'Engineering', 'Logistics', 'Technologies', 'Systems', 'Capital', 'Partners', 'Energy', 'Industries',
  'Import', 'Export', 'General', 'United', 'National', 'Royal', 'Golden', 'Star', 'Sun', 'Ocean', 'Pacific', 'Atlantic', 'Eastern',
  'Western', 'Northern', 'Southern', 'Premier', 'First', 'New', 'Green', 'Blue', 'Red', 'City', 'Metro', 'Digital', 'Marine',
  'Shipping', 'Petroleum', 'Oil', 'Gas', 'Steel', 'Metals', 'Chemicals', 'Pharma', 'Foods', 'Textiles', 'Electronics', 'Motors',
];
export const LEGAL_FORMS = ['Ltd', 'Limited', 'LLC', 'Inc', 'GmbH', 'S.A.', 'B.V.', 'SRL', 'Co Ltd', 'PLC', 'AG', 'LLP', 'Pty Ltd', 'JSC'];

/** Deterministic pseudo-random numbers (the same rows every run). */
export function rng(seed: number): () => number {
  return () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}

const pick = <T>(xs: readonly T[], r: () => number): T => xs[Math.floor(r() * xs.length)]!;

/** A customer: a person ("Maria Garcia", sometimes with a middle name) or a company of common words. */
export function customerName(r: () => number): { name: string; type: 'person' | 'organization' } {
  if (r() < 0.55) {
    const middle = r() < 0.25 ? ` ${pick(GIVEN, r)}` : '';
    return { name: `${pick(GIVEN, r)}${middle} ${pick(SURNAMES, r)}`, type: 'person' };
  }
  const words = 1 + Math.floor(r() * 3);
  const parts = Array.from({ length: words }, () => pick(COMPANY_WORDS, r));
  if (r() < 0.3) parts.unshift(pick(SURNAMES, r));
  return { name: `${parts.join(' ')} ${pick(LEGAL_FORMS, r)}`, type: 'organization' };
}
