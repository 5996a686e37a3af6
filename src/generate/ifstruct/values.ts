/**
 * Value generators for witness answers: realistic strings per catalogue generator name, plus code
 * patterns (`code:INV-####`: `#` a digit, `@` an upper-case letter, anything else literal) and
 * fixed pools (`pick:a|b|c`). Some generators deliberately produce text that needs
 * escaping in JSON or quoting in YAML (quotes, backslashes, colons, `#`, a leading `-`, tabs,
 * newlines, embedded JSON/SQL/regexes). No value contains a triple backtick, a think tag or a
 * Harmony marker (those would change what the validator sees), or a control character other
 * than tab and newline.
 */
import type { Rng } from '../rng.js';

const FIRST = [
  'Amara', 'Jonas', 'Priya', 'Mateo', 'Yuki', 'Fatima', 'Liam', 'Chloé', 'Oluwaseun', 'Ingrid', 'Ravi', 'Sofía',
  'Tomasz', 'Mei', 'Kwame', 'Zoë', 'Henrik', 'Aisha', 'Diego', 'Hannah', 'Arjun', 'Léa', 'Noah', 'Elif',
  'Björn', 'Nadia', 'Kenji', 'Grace', 'Mohammed', 'Isabel', 'Pavel', 'Thandiwe', 'Oscar', 'Leila', 'Finn', 'Camila',
];
const LAST = [
  'Okafor', 'Lindqvist', 'Sharma', 'García', 'Tanaka', 'Haddad', "O'Connor", 'Dubois', 'Adeyemi', 'Johansson',
  'Patel', 'Fernández', 'Kowalski', 'Chen', 'Mensah', 'Müller', 'Nakamura', 'Brennan', 'Silva', 'Novak',
  'Rossi', 'Kim', 'Nguyen', 'Schmidt', 'Moreau', 'Yilmaz', 'Hughes', 'Costa', 'Ivanova', 'Reyes',
];
const COMPANY_A = ['Northwind', 'Bluebell', 'Granite', 'Harbor', 'Juniper', 'Kestrel', 'Lumen', 'Meridian', 'Oakridge', 'Pioneer', 'Quarry', 'Redwood', 'Silverline', 'Tidewater', 'Vantage', 'Willow', 'Acme', 'Brightpath', 'Cobalt', 'Delta'];
const COMPANY_B = ['Logistics', 'Analytics', 'Foods', 'Health', 'Energy', 'Labs', 'Systems', 'Partners', 'Textiles', 'Robotics', 'Media', 'Capital', 'Farms', 'Outfitters', 'Software'];
const COMPANY_C = ['Ltd', 'GmbH', 'Inc.', 'LLC', 'S.A.', 'plc', 'B.V.', 'Co.', '& Sons', 'AG'];
const CITIES: ReadonlyArray<readonly [string, string, string]> = [
  ['Lisbon', 'Portugal', 'PT'], ['Leeds', 'United Kingdom', 'GB'], ['Montréal', 'Canada', 'CA'], ['Osaka', 'Japan', 'JP'],
  ['Nairobi', 'Kenya', 'KE'], ['São Paulo', 'Brazil', 'BR'], ['Kraków', 'Poland', 'PL'], ['Denver', 'United States', 'US'],
  ['Cairo', 'Egypt', 'EG'], ['Melbourne', 'Australia', 'AU'], ['Rotterdam', 'Netherlands', 'NL'], ['Pune', 'India', 'IN'],
  ['Zürich', 'Switzerland', 'CH'], ['Valparaíso', 'Chile', 'CL'], ['Accra', 'Ghana', 'GH'], ['Tromsø', 'Norway', 'NO'],
  ['Seoul', 'South Korea', 'KR'], ['Bilbao', 'Spain', 'ES'], ['Hanoi', 'Vietnam', 'VN'], ['Austin', 'United States', 'US'],
  ['Lyon', 'France', 'FR'], ['Dublin', 'Ireland', 'IE'], ['Istanbul', 'Türkiye', 'TR'], ['Auckland', 'New Zealand', 'NZ'],
];
const STREETS = ['Harbour Road', 'Rua das Flores', 'Elm Street', 'Königsallee', 'Calle Mayor', 'Station Approach', 'Maple Avenue', 'Rue de la Paix', 'Long Lane', 'Via Roma', 'Kings Parade', 'Mill Street'];
const WORDS = [
  'amber', 'basalt', 'cedar', 'delta', 'ember', 'fjord', 'glacier', 'harbor', 'indigo', 'juniper', 'kelp', 'lantern',
  'meadow', 'nimbus', 'orchid', 'prairie', 'quartz', 'river', 'saffron', 'tundra', 'umber', 'velvet', 'willow', 'zephyr',
];
const ADJ = ['Quiet', 'Bright', 'Hidden', 'Northern', 'Silver', 'Broken', 'Golden', 'Midnight', 'Open', 'Last', 'Paper', 'Electric', 'Salt', 'Second', 'Winter', 'Urban'];
const NOUN = ['Harbour', 'Signal', 'Garden', 'Archive', 'Engine', 'Orchard', 'Bridge', 'Lantern', 'Frontier', 'Ledger', 'Atlas', 'Current', 'Circuit', 'Meridian', 'Canopy', 'Threshold'];
const SENTENCES = [
  'Delivered on time and within budget.',
  'Follow-up scheduled with the regional team.',
  'Samples were stored at 4 °C overnight.',
  'Awaiting confirmation from the supplier.',
  'Customer asked for a callback next week.',
  'Minor wear on the left hinge; otherwise fine.',
  'Checked against the 2024 baseline, no drift.',
  'Part of the spring restock for the flagship store.',
  'Needs a second review before sign-off.',
  'Rerun after the firmware update resolved the timeout.',
  'Route changed because of roadworks on the A64.',
  'Tasting notes: citrus, cedar and a long finish.',
];
/** Text that needs escaping or quoting: quotes, colons, '#', a leading '-', percent signs, ampersands. */
const NOTES = [
  'Customer said "call after 5pm" — twice.',
  'Ref: #4471 (priority)',
  '- pending: awaiting sign-off',
  '50% off: today only!',
  "Use 'key: value' pairs, not = signs",
  'C# & F# teams only',
  'He\'s "fine"; re-check at 09:30',
  '#hashtag-style label: keep as is',
  'Note: path is C:\\temp\\out',
  'Status: "blocked" (see #12)',
  '-- do not ship --',
  'Q&A: yes/no? maybe.',
  'Rate: 3:2 split, "net 30"',
  '@ops: please ack',
];
const WIN_PATHS = [
  'C:\\Users\\amara\\Documents\\Q3 report.xlsx',
  'D:\\builds\\release\\app.exe',
  '\\\\fileserver\\share\\scans\\2025',
  'C:\\Program Files\\Heed\\config.ini',
  'E:\\photos\\2024\\IMG_0042.JPG',
];
const UNIX_PATHS = ['/var/log/nginx/access.log', '/etc/ssl/certs/ca.pem', '/home/priya/projects/app/src/main.rs', '/srv/data/exports/2025-03.csv', '/usr/local/bin/backup.sh'];
const REGEXES = [
  '^\\d{3}-\\d{4}$',
  '[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}',
  '^[\\w.+-]+@[\\w-]+\\.[\\w.]+$',
  '(?i)^order #\\d+$',
  '\\b(error|fail(ed)?)\\b',
  '^\\+?\\d{1,3}[ -]?\\(?\\d+\\)?[ -]?\\d+$',
  '"[^"]*"',
];
const SQL = [
  "SELECT name FROM users WHERE city = 'Paris';",
  "UPDATE accounts SET note = 'O''Brien' WHERE id = 7;",
  'SELECT COUNT(*) FROM "order items" WHERE qty > 3;',
  "DELETE FROM sessions WHERE expires_at < '2025-01-01';",
  "INSERT INTO tags (label) VALUES ('a:b'), ('#c');",
];
const JSON_SNIPPETS = [
  '{"enabled": true, "rollout": 0.25}',
  '{"retry": {"max": 3, "backoff": "exp"}}',
  '["alpha", "beta", "gamma"]',
  '{"note": "say \\"hi\\""}',
  '{"path": "C:\\\\tmp"}',
];
const STACKS = [
  'Traceback (most recent call last):\n  File "app.py", line 12, in <module>\nKeyError: \'user_id\'',
  'java.lang.NullPointerException\n\tat com.acme.Cart.total(Cart.java:88)\n\tat com.acme.Api.handle(Api.java:41)',
  "TypeError: Cannot read properties of undefined (reading 'id')\n    at render (list.js:17:9)",
  'panic: runtime error: index out of range [3] with length 3\n\ngoroutine 1 [running]:\nmain.main()',
];
const SHELL = [
  'grep -rn "TODO" src/ | wc -l',
  "find . -name '*.log' -mtime +7 -delete",
  'docker run --rm -e "MODE=prod" acme/api:1.4',
  'tar -czf backup.tgz /srv/data && echo "done"',
  "awk -F',' '{print $2}' sales.csv",
];
const TSV = ['name\tqty\tprice', 'sku\tbin\tcount', 'date\tstation\ttemp_c'];
const PRODUCTS = ['Trail Runner 2', 'Ceramic Pour-Over Set', 'Merino Base Layer', 'USB-C Dock (8-in-1)', 'Oak Cutting Board', 'Noise-Cancelling Headphones', 'Cast-Iron Skillet 26cm', 'LED Desk Lamp', 'Waxed Canvas Tote', 'Espresso Beans 1kg'];
const TLDS = ['com', 'io', 'org', 'co.uk', 'de', 'dev', 'net'];
const CURRENCIES = ['EUR', 'USD', 'GBP', 'JPY', 'BRL', 'INR', 'CHF', 'KES', 'AUD', 'CAD'];
const IATA = ['LIS', 'LHR', 'YUL', 'KIX', 'NBO', 'GRU', 'KRK', 'DEN', 'CAI', 'MEL', 'AMS', 'ZRH', 'ICN', 'BIO', 'DUB', 'AKL'];
const LANGS = ['en', 'fr', 'de', 'es', 'pt', 'ja', 'ar', 'hi', 'sw', 'ko', 'pl', 'tr'];
const TAGS = ['urgent', 'backlog', 'q3', 'legacy', 'beta', 'eu-west', 'needs-review', 'v2', 'seasonal', 'pilot', 'archived', 'hotfix'];
const SKILLS = ['TypeScript', 'SQL', 'Kubernetes', 'negotiation', 'forklift licence', 'CAD', 'first aid', 'Spanish', 'Python', 'budgeting', 'welding', 'UX research'];
const UNITS = ['kg', 'g', 'l', 'ml', 'pcs', 'box', 'pallet', 'm', 'cm'];
const COLORS = ['#1F77B4', '#FF7F0E', '#2CA02C', '#D62728', '#9467BD', '#8C564B'];

function pad(n: number, w: number): string {
  return String(n).padStart(w, '0');
}

function date(rng: Rng): string {
  return `${rng.int(2019, 2026)}-${pad(rng.int(1, 12), 2)}-${pad(rng.int(1, 28), 2)}`;
}

function time(rng: Rng): string {
  return `${pad(rng.int(0, 23), 2)}:${pad(rng.pick([0, 5, 10, 15, 20, 30, 40, 45, 50, 55]), 2)}`;
}

function person(rng: Rng): string {
  return `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
}

function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

function hex(rng: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'[rng.int(0, 15)];
  return s;
}

/** Expands a code pattern: `#` a digit, `@` an upper-case letter; other characters literal. */
export function codeFromPattern(rng: Rng, pattern: string): string {
  let out = '';
  for (const ch of pattern) {
    if (ch === '#') out += String(rng.int(0, 9));
    else if (ch === '@') out += String.fromCharCode(65 + rng.int(0, 25));
    else out += ch;
  }
  return out;
}

type ValueGen = (rng: Rng) => string;

/** Named string generators used by the catalogue. */
export const VALUE_GENERATORS: Readonly<Record<string, ValueGen>> = {
  person,
  first_name: (r) => r.pick(FIRST),
  last_name: (r) => r.pick(LAST),
  company: (r) => `${r.pick(COMPANY_A)} ${r.pick(COMPANY_B)} ${r.pick(COMPANY_C)}`,
  city: (r) => r.pick(CITIES)[0],
  country: (r) => r.pick(CITIES)[1],
  country_code: (r) => r.pick(CITIES)[2],
  street: (r) => `${r.int(1, 240)} ${r.pick(STREETS)}`,
  postcode: (r) => r.pick([codeFromPattern(r, '@@# #@@'), codeFromPattern(r, '#####'), codeFromPattern(r, '####-###'), codeFromPattern(r, '0####')]),
  email: (r) => `${slug(r.pick(FIRST))}.${slug(r.pick(LAST))}@${slug(r.pick(COMPANY_A))}.${r.pick(TLDS)}`,
  phone: (r) => r.pick([`+44 20 ${r.int(1000, 9999)} ${r.int(1000, 9999)}`, `+1 (${r.int(200, 989)}) 555-${pad(r.int(0, 9999), 4)}`, `+351 21 ${r.int(100, 999)} ${r.int(1000, 9999)}`, `+81 6-${r.int(1000, 9999)}-${r.int(1000, 9999)}`]),
  url: (r) => `https://${slug(r.pick(COMPANY_A))}.${r.pick(TLDS)}/${r.pick(WORDS)}/${r.int(1, 999)}?ref=${r.pick(TAGS)}`,
  domain: (r) => `${slug(r.pick(COMPANY_A))}.${r.pick(TLDS)}`,
  hostname: (r) => `${r.pick(['web', 'db', 'cache', 'edge', 'worker'])}-${r.int(1, 40)}.${r.pick(['eu-west-1', 'us-east-2', 'ap-south-1'])}.internal`,
  ip: (r) => `${r.pick([10, 172, 192])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`,
  date,
  datetime: (r) => `${date(r)}T${time(r)}:${pad(r.int(0, 59), 2)}Z`,
  time,
  month: (r) => `${r.int(2019, 2026)}-${pad(r.int(1, 12), 2)}`,
  uuid: (r) => `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-${r.pick(['8', '9', 'a', 'b'])}${hex(r, 3)}-${hex(r, 12)}`,
  sha: (r) => hex(r, r.pick([7, 12, 40])),
  semver: (r) => `${r.int(0, 5)}.${r.int(0, 20)}.${r.int(0, 30)}${r.chance(0.2) ? `-rc.${r.int(1, 4)}` : ''}`,
  iata: (r) => r.pick(IATA),
  currency: (r) => r.pick(CURRENCIES),
  lang: (r) => r.pick(LANGS),
  color: (r) => r.pick(COLORS),
  unit: (r) => r.pick(UNITS),
  word: (r) => r.pick(WORDS),
  tag: (r) => r.pick(TAGS),
  skill: (r) => r.pick(SKILLS),
  title: (r) => `${r.pick(ADJ)} ${r.pick(NOUN)}${r.chance(0.25) ? `: ${r.pick(['Part', 'Vol.', 'Chapter'])} ${r.int(1, 9)}` : ''}`,
  phrase: (r) => `${r.pick(ADJ)} ${r.pick(NOUN).toLowerCase()} ${r.pick(WORDS)}`,
  sentence: (r) => r.pick(SENTENCES),
  note: (r) => r.pick(NOTES),
  product: (r) => r.pick(PRODUCTS),
  path: (r) => r.pick(WIN_PATHS),
  unix_path: (r) => r.pick(UNIX_PATHS),
  regex: (r) => r.pick(REGEXES),
  sql: (r) => r.pick(SQL),
  json: (r) => r.pick(JSON_SNIPPETS),
  stack: (r) => r.pick(STACKS),
  shell: (r) => r.pick(SHELL),
  tsv: (r) => r.pick(TSV),
  sku: (r) => codeFromPattern(r, '@@@-####-@@'),
  isbn: (r) => `978-${r.int(0, 1)}-${r.int(100, 999)}-${pad(r.int(0, 99999), 5)}-${r.int(0, 9)}`,
  iban: (r) => codeFromPattern(r, r.pick(['GB## @@@@ #### #### #### ##', 'DE## #### #### #### #### ##', 'PT## #### #### #### #### #### #'])),
  plate: (r) => codeFromPattern(r, r.pick(['@@## @@@', '@@@-####', '##-@@-##'])),
  lat_lon: (r) => `${(r.int(-9000, 9000) / 100).toFixed(2)}, ${(r.int(-18000, 18000) / 100).toFixed(2)}`,
  cron: (r) => r.pick(['0 3 * * *', '*/15 * * * *', '30 6 * * 1-5', '0 0 1 * *']),
  version_tag: (r) => `v${r.int(1, 9)}.${r.int(0, 20)}`,
  hashtag: (r) => `#${r.pick(WORDS)}${r.pick(['', 'Week', '2025', 'Live'])}`,
  ratio: (r) => r.pick(['16:9', '4:3', '3:2', '1:1', '21:9']),
};

/** A witness value for a string field with generator `gen`. */
export function stringValue(rng: Rng, gen: string): string {
  if (gen.startsWith('code:')) return codeFromPattern(rng, gen.slice(5));
  if (gen.startsWith('pick:')) return rng.pick(pickPool(gen));
  const f = VALUE_GENERATORS[gen];
  if (!f) throw new Error(`unknown value generator '${gen}'`);
  return f(rng);
}

const pickCache = new Map<string, readonly string[]>();
function pickPool(gen: string): readonly string[] {
  let pool = pickCache.get(gen);
  if (!pool) {
    pool = gen.slice(5).split('|');
    pickCache.set(gen, pool);
  }
  return pool;
}

/** True when `gen` names a known generator, a code pattern or a non-empty pool. */
export function isKnownGenerator(gen: string): boolean {
  if (gen.startsWith('code:')) return gen.length > 5;
  if (gen.startsWith('pick:')) return gen.slice(5).split('|').every((v) => v.length > 0);
  return gen in VALUE_GENERATORS;
}
