/**
 * Value pools and formatting for the extraction generator. Everything here is plain data or a
 * pure function of an `Rng`, and formatting never uses the host locale (so output is the same
 * on every machine and Node version).
 */
import type { Rng } from '../rng.js';

export const FIRST_NAMES = [
  'Amara', 'Ben', 'Chloé', 'Dmitri', 'Elena', 'Farid', 'Grace', 'Hiroshi', 'Ingrid', 'Jamal',
  'Keiko', 'Lars', 'Maya', 'Nikhil', 'Olivia', 'Pedro', 'Quinn', 'Rosa', 'Samuel', 'Tamsin',
  'Uchenna', 'Valentina', 'Wei', 'Ximena', 'Yusuf', 'Zoë', 'Anouk', 'Bjorn', 'Carmen', 'Declan',
  'Esther', 'Florian', 'Gabriela', 'Hamza', 'Isla', 'José', 'Kwame', 'Leila', 'Mateo', 'Noor',
] as const;

export const LAST_NAMES = [
  "O'Brien", 'Nakamura', 'Okafor', 'Schmidt', 'García', 'Kowalski', 'Haddad', 'Lindqvist', 'Patel',
  'Moreau', 'Chen', 'Ferreira', 'Ivanova', 'MacLeod', 'Rossi', 'Tanaka', 'Mensah', 'Novak', 'Abara',
  'Dubois', 'Eriksen', 'Fischer', 'Gupta', 'Horvath', 'Jensen', 'Kim', 'Lopez', 'Müller', 'Nguyen',
  'Petrov', 'Quintero', 'Reyes', 'Silva', 'Thompson', 'Underwood', 'Vasquez', 'Walsh', 'Yamamoto',
] as const;

export const COMPANIES = [
  'Northwind Traders', 'Smith & Sons Ltd', 'Bluefin Logistics', 'Acorn Analytics', 'Kestrel Health',
  'Harbor Light Foods', 'Quantum Ridge Labs', 'Greenleaf Supply Co.', 'Meridian Freight',
  'Silver Birch Software', 'Orchard Lane Bakery', 'Ironclad Tools', 'Polaris Medical Group',
  'Copperfield Energy', 'Tidewater Marine', 'Summit Peak Outfitters', 'Lumen Optics',
  'Redwood Financial', 'Blue Door Studio', 'Cedar & Pine Interiors', 'Atlas Printworks',
  'Nimbus Cloud Services', 'Falcon Aerospace Parts', 'Willow Creek Dairy',
] as const;

export const INSTITUTIONS = [
  'University of Leeds', 'Kyoto Institute of Technology', 'Universidad de Chile', 'ETH Zürich',
  'McGill University', 'University of Nairobi', 'Karolinska Institute', 'Monash University',
  'Indian Institute of Science', 'Sorbonne Université', 'University of Toronto', 'TU Delft',
] as const;

export const CITIES = [
  'Springfield', 'Portland', 'Lyon', 'Osaka', 'Nairobi', 'Valparaíso', 'Gdańsk', 'Rotterdam',
  'Austin', 'Melbourne', 'Halifax', 'Porto', 'Leeds', 'Tromsø', 'Cebu City', 'Windhoek',
  'Tucson', 'Hamburg', 'Kraków', 'Dunedin', 'Quebec City', 'Bologna', 'Aarhus', 'Boise',
] as const;

export const COUNTRIES = [
  'United States', 'Canada', 'France', 'Japan', 'Kenya', 'Chile', 'Poland', 'Netherlands',
  'Australia', 'Portugal', 'United Kingdom', 'Norway', 'Philippines', 'Namibia', 'Germany',
] as const;

export const STREETS = [
  'Elm Street', 'Harbour Road', 'Maple Avenue', 'Rue des Lilas', 'Kingsway', 'Station Road',
  'Oak Lane', 'Birch Court', 'Canal Street', 'Hillcrest Drive', 'Market Square', 'Ferry Lane',
  'Juniper Way', 'Quarry Road', 'Lakeview Terrace', 'Mill Street', 'Orchard Row', 'Sunset Boulevard',
] as const;

export const PRODUCTS = [
  'stainless steel kettle', 'ergonomic office chair', 'LED desk lamp', 'wireless keyboard',
  'laser printer toner', 'hiking backpack', 'ceramic mug set', 'USB-C docking station',
  'noise-cancelling headphones', 'standing desk frame', 'cast iron skillet', 'espresso grinder',
  'thermal label roll', 'safety goggles', 'cordless drill', 'whiteboard markers', 'yoga mat',
  'water filter cartridge', 'bike repair kit', 'solar garden light', 'A4 copy paper', 'fleece blanket',
] as const;

export const JOB_TITLES = [
  'data analyst', 'senior backend engineer', 'warehouse supervisor', 'registered nurse',
  'product designer', 'account manager', 'laboratory technician', 'logistics coordinator',
  'financial controller', 'site reliability engineer', 'marketing specialist', 'research assistant',
] as const;

export const SKILLS = [
  'Python', 'SQL', 'Excel', 'forklift certification', 'Kubernetes', 'Figma', 'phlebotomy',
  'customer negotiation', 'Spanish', 'statistics', 'TypeScript', 'inventory planning', 'first aid',
  'Go', 'public speaking', 'Tableau', 'German', 'risk assessment',
] as const;

export const LAB_TESTS = [
  'hemoglobin', 'glucose', 'creatinine', 'sodium', 'potassium', 'LDL cholesterol', 'HDL cholesterol',
  'triglycerides', 'TSH', 'vitamin D', 'ALT', 'white blood cell count', 'platelet count', 'ferritin',
] as const;

export const LAB_UNITS = ['g/dL', 'mg/dL', 'mmol/L', 'mIU/L', 'ng/mL', 'U/L', '10^9/L'] as const;

export const MEDICATIONS = [
  'amoxicillin', 'lisinopril', 'metformin', 'atorvastatin', 'sertraline', 'omeprazole',
  'levothyroxine', 'ibuprofen', 'cetirizine', 'amlodipine', 'prednisone', 'azithromycin',
] as const;

export const DOSAGE_INSTRUCTIONS = [
  'take one tablet twice daily with food', 'take one capsule every morning',
  'take two tablets at bedtime', 'apply a thin layer to the affected area three times a day',
  'take one tablet every eight hours as needed for pain', 'dissolve one sachet in water once daily',
] as const;

export const ISSUE_DESCRIPTIONS = [
  'water leaking from the ceiling tile above the printer', 'badge reader at the east entrance is unresponsive',
  'air conditioning blowing warm air', 'flickering lights in the corridor', 'clogged sink in the kitchenette',
  'broken window latch in the meeting room', 'elevator stops between floors', 'loud rattling from the heating vent',
] as const;

export const CLAIM_DESCRIPTIONS = [
  'rear bumper damaged in a parking lot collision', 'water damage to the kitchen floor after a pipe burst',
  'laptop stolen from a locked car', 'hail damage to the roof and gutters',
  'smoke damage in the living room after a small fire', 'cracked windscreen from road debris',
] as const;

export const EVENT_NAMES = [
  'Regional Data Summit', 'Open Source Health Forum', 'Sustainable Logistics Expo',
  'Applied Robotics Workshop', 'Small Business Finance Day', 'Northern Design Week',
] as const;

export const WORKSHOPS = [
  'intro to data pipelines', 'negotiation basics', 'accessible web design', 'cold-chain planning',
  'grant writing', 'incident response drills', 'prompt evaluation', 'lean inventory',
] as const;

export const TALK_TITLES = [
  'Lessons from a Decade of Batch Jobs', 'Measuring What Matters in Clinical Trials',
  'Scaling Cold Storage Without Scaling Costs', 'A Gentle Guide to Property-Based Testing',
  'Why Our Forecasts Were Wrong', 'Designing for Low Bandwidth', 'Reproducible Lab Notebooks',
] as const;

export const PROJECT_TITLES = [
  'Soil microbiome responses to drought', 'Low-cost sensors for river pollution',
  'Language models for clinical note triage', 'Coastal erosion under storm surges',
  'Heat-tolerant wheat varieties', 'Urban noise and sleep quality',
] as const;

export const HOTELS = [
  'Harbourview Hotel', 'The Linden Inn', 'Grand Meridian', 'Pine Ridge Lodge', 'Hotel Aurora',
  'Seaside Suites', 'The Copper Kettle Inn', 'Parkside Residence',
] as const;

export const CAR_MAKES = ['Toyota', 'Volvo', 'Ford', 'Škoda', 'Hyundai', 'Peugeot', 'Subaru', 'Kia'] as const;
export const CAR_MODELS = ['Corolla', 'XC60', 'Transit', 'Octavia', 'Tucson', '308', 'Outback', 'Niro'] as const;
export const VEHICLE_SERVICES = [
  'oil and filter change', 'brake pad replacement', 'tyre rotation', 'battery replacement',
  'air filter replacement', 'wheel alignment', 'coolant flush', 'wiper blade replacement',
] as const;

export const SPECIAL_NOTES = [
  'Leave parcels at the "side" door', "Customer's preferred contact time is after 5 pm",
  'See scan stored at C:\\Shared\\Scans\\2024', 'Fragile: glass inside', 'Ring twice; the bell is faint',
  'Use the loading bay entrance on the north side', 'Quote reference "Q-17" on all correspondence',
] as const;

export const LAB_COMMENTS = [
  'Sample slightly haemolysed', 'Repeat test advised in 3 months', 'Results phoned to the ward',
  'Specimen received at room temperature', 'Reviewed by the duty pathologist', 'Confirmed on a second run',
] as const;

export const ROOMS = ['Hall A', 'Room 2.14', 'Auditorium B', 'Studio 3', 'Room 101', 'Lecture Theatre 4'] as const;

/** Named pools a string field can draw from. */
export const POOLS = {
  person: null,
  company: COMPANIES,
  institution: INSTITUTIONS,
  city: CITIES,
  country: COUNTRIES,
  street: null,
  email: null,
  phone: null,
  product: PRODUCTS,
  job_title: JOB_TITLES,
  skill: SKILLS,
  lab_test: LAB_TESTS,
  lab_unit: LAB_UNITS,
  medication: MEDICATIONS,
  dosage: DOSAGE_INSTRUCTIONS,
  issue: ISSUE_DESCRIPTIONS,
  claim: CLAIM_DESCRIPTIONS,
  event: EVENT_NAMES,
  workshop: WORKSHOPS,
  talk_title: TALK_TITLES,
  project_title: PROJECT_TITLES,
  hotel: HOTELS,
  car_make: CAR_MAKES,
  car_model: CAR_MODELS,
  vehicle_service: VEHICLE_SERVICES,
  note: SPECIAL_NOTES,
  lab_comment: LAB_COMMENTS,
  room: ROOMS,
} as const;

export type PoolName = keyof typeof POOLS;

export function person(rng: Rng): string {
  return `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
}

function asciiSlug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '')
    .toLowerCase();
}

export function email(rng: Rng): string {
  return emailFor(rng, `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`);
}

/** An address for a named person ("José O'Brien" → jose.obrien@<company>.example). */
export function emailFor(rng: Rng, name: string): string {
  const parts = name.split(' ').map(asciiSlug).filter((p) => p !== '');
  const domain = asciiSlug(rng.pick(COMPANIES).split(' ')[0]!);
  return `${parts.join('.')}@${domain}.example`;
}

export function phone(rng: Rng): string {
  return `+1-${rng.int(200, 989)}-${rng.int(200, 989)}-${String(rng.int(0, 9999)).padStart(4, '0')}`;
}

export function street(rng: Rng): string {
  return `${rng.int(1, 480)} ${rng.pick(STREETS)}`;
}

/** A string drawn from a named pool. */
export function fromPool(rng: Rng, pool: PoolName): string {
  switch (pool) {
    case 'person':
      return person(rng);
    case 'email':
      return email(rng);
    case 'phone':
      return phone(rng);
    case 'street':
      return street(rng);
    default:
      return rng.pick(POOLS[pool] as readonly string[]);
  }
}

const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A code from a pattern: `#` → a digit, `@` → an upper-case letter (no I or O), anything else kept. */
export function fromPattern(rng: Rng, pattern: string): string {
  let out = '';
  for (const ch of pattern) {
    if (ch === '#') out += String(rng.int(0, 9));
    else if (ch === '@') out += UPPER[rng.int(0, UPPER.length - 1)];
    else out += ch;
  }
  return out;
}

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December',
] as const;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** An ISO date (YYYY-MM-DD) between 2019-01-01 and 2026-12-31. */
export function isoDate(rng: Rng): string {
  const year = rng.int(2019, 2026);
  const month = rng.int(1, 12);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const day = rng.int(1, month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export type DateStyle = 'iso' | 'long' | 'day_month';

/** An ISO date written in one of three unambiguous styles. */
export function formatDate(iso: string, style: DateStyle): string {
  if (style === 'iso') return iso;
  const year = iso.slice(0, 4);
  const month = MONTHS[Number(iso.slice(5, 7)) - 1]!;
  const day = String(Number(iso.slice(8, 10)));
  return style === 'long' ? `${month} ${day}, ${year}` : `${day} ${month} ${year}`;
}

/** Digits with comma thousands separators (host-locale free). */
export function groupThousands(intPart: string): string {
  let out = '';
  for (let i = 0; i < intPart.length; i++) {
    if (i > 0 && (intPart.length - i) % 3 === 0) out += ',';
    out += intPart[i];
  }
  return out;
}

/** `value` with exactly `decimals` fraction digits and thousands separators. */
export function formatNumber(value: number, decimals: number, group = true): string {
  const fixed = value.toFixed(decimals);
  const negative = fixed.startsWith('-');
  const body = negative ? fixed.slice(1) : fixed;
  const [intPart, frac] = body.split('.') as [string, string | undefined];
  const grouped = group ? groupThousands(intPart) : intPart;
  return `${negative ? '-' : ''}${grouped}${frac !== undefined ? `.${frac}` : ''}`;
}

export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = { USD: '$', EUR: '€', GBP: '£' };

/** A number with `decimals` fraction digits drawn uniformly on its grid in [min, max]. */
export function gridNumber(rng: Rng, min: number, max: number, decimals: number): number {
  const scale = 10 ** decimals;
  const lo = Math.ceil(min * scale);
  const hi = Math.floor(max * scale);
  return Number((rng.int(lo, hi) / scale).toFixed(decimals));
}

export function capitalize(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

/** "a", "a and b", "a, b and c". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function ordinal(n: number): string {
  const words = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
  return words[n - 1] ?? `${n}th`;
}
