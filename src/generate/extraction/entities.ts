/**
 * The extraction generator's entity schemas, kept as data: each entity is a document kind (an
 * invoice, a lab report, …) with a pool of fields. A task draws a record from one entity (all
 * required fields, some optional ones), writes it into unstructured text and asks for it back as
 * JSON. Field kinds: strings from a named pool or a code pattern, integers and numbers with
 * bounds and units, booleans, enums, ISO dates, nested objects, arrays of scalars and of objects.
 */
import type { PoolName } from './values.js';

interface FieldBase {
  /** JSON key (snake_case). */
  readonly key: string;
  /** How the text names the field ("invoice number"); also the schema's description. */
  readonly label: string;
  /** Optional fields are included in a task with probability `optional_rate`. */
  readonly optional?: boolean;
  /** Nullable fields may be "not provided" in the text (expected `null`) with probability `null_rate`. */
  readonly nullable?: boolean;
}

export type ScalarField =
  | (FieldBase & { readonly type: 'string'; readonly pool: PoolName })
  | (FieldBase & { readonly type: 'string'; readonly pattern: string })
  | (FieldBase & { readonly type: 'integer'; readonly min: number; readonly max: number; readonly unit?: string })
  | (FieldBase & {
      readonly type: 'number';
      readonly min: number;
      readonly max: number;
      readonly decimals: number;
      /** A currency code (USD, EUR, GBP) is written with its symbol; anything else follows the number. */
      readonly unit?: string;
    })
  | (FieldBase & { readonly type: 'boolean'; readonly yes?: string; readonly no?: string })
  | (FieldBase & { readonly type: 'enum'; readonly values: readonly string[] })
  | (FieldBase & { readonly type: 'date' });

export interface ObjectField extends FieldBase {
  readonly type: 'object';
  readonly fields: readonly FieldSpec[];
}

export interface ArrayField extends FieldBase {
  readonly type: 'array';
  /** How one element is named in the text ("line item"). */
  readonly itemLabel: string;
  readonly items: ScalarField | ObjectField;
  readonly minItems: number;
  readonly maxItems: number;
}

export type FieldSpec = ScalarField | ObjectField | ArrayField;

export interface EntitySchema {
  /** Entity name (the `entity_type` of a row). */
  readonly name: string;
  /** The document kind in words ("invoice"). */
  readonly title: string;
  readonly fields: readonly FieldSpec[];
  /**
   * Facts the text may state that the schema does not ask for. Placeholders: {person}
   * {company} {date} {money} {code} {int} {city} {product}.
   */
  readonly distractors: readonly string[];
}

const address = (key: string, label: string, extra: Partial<FieldBase> = {}): ObjectField => ({
  key,
  label,
  ...extra,
  type: 'object',
  fields: [
    { key: 'street', label: 'street', type: 'string', pool: 'street' },
    { key: 'city', label: 'city', type: 'string', pool: 'city' },
    { key: 'postal_code', label: 'postal code', type: 'string', pattern: '#####' },
  ],
});

export const ENTITIES: readonly EntitySchema[] = [
  {
    name: 'invoice',
    title: 'invoice',
    fields: [
      { key: 'invoice_number', label: 'invoice number', type: 'string', pattern: 'INV-#####' },
      { key: 'issue_date', label: 'issue date', type: 'date' },
      { key: 'due_date', label: 'due date', type: 'date' },
      {
        key: 'vendor',
        label: 'vendor',
        type: 'object',
        fields: [
          { key: 'name', label: 'name', type: 'string', pool: 'company' },
          { key: 'email', label: 'email', type: 'string', pool: 'email', optional: true },
        ],
      },
      {
        key: 'customer',
        label: 'customer',
        type: 'object',
        fields: [{ key: 'name', label: 'name', type: 'string', pool: 'person' }, address('address', 'address')],
      },
      {
        key: 'line_items',
        label: 'line items',
        itemLabel: 'line item',
        type: 'array',
        minItems: 1,
        maxItems: 5,
        items: {
          key: 'item',
          label: 'line item',
          type: 'object',
          fields: [
            { key: 'description', label: 'description', type: 'string', pool: 'product' },
            { key: 'quantity', label: 'quantity', type: 'integer', min: 1, max: 40 },
            { key: 'unit_price', label: 'unit price', type: 'number', min: 1, max: 900, decimals: 2, unit: 'USD' },
          ],
        },
      },
      { key: 'amount_due', label: 'amount due', type: 'number', min: 20, max: 25000, decimals: 2, unit: 'USD' },
      { key: 'paid', label: 'paid', type: 'boolean', yes: 'The invoice has already been paid.', no: 'The invoice has not been paid yet.' },
      { key: 'notes', label: 'notes', type: 'string', pool: 'note', optional: true, nullable: true },
    ],
    distractors: [
      'Our previous invoice ({code}) for {money} was settled last quarter.',
      'Please note our accounts office is closed on {date}.',
      '{person} from {company} is copied on this message for reference.',
    ],
  },
  {
    name: 'lab_report',
    title: 'lab report',
    fields: [
      {
        key: 'patient',
        label: 'patient',
        type: 'object',
        fields: [
          { key: 'name', label: 'name', type: 'string', pool: 'person' },
          { key: 'patient_id', label: 'ID', type: 'string', pattern: 'MRN-######' },
          { key: 'date_of_birth', label: 'date of birth', type: 'date', optional: true },
        ],
      },
      { key: 'collected_on', label: 'collection date', type: 'date' },
      { key: 'ordering_physician', label: 'ordering physician', type: 'string', pool: 'person' },
      { key: 'specimen', label: 'specimen type', type: 'enum', values: ['blood', 'urine', 'saliva', 'plasma'] },
      { key: 'fasting', label: 'fasting', type: 'boolean', yes: 'The patient was fasting at collection.', no: 'The patient was not fasting at collection.' },
      {
        key: 'results',
        label: 'results',
        itemLabel: 'result',
        type: 'array',
        minItems: 1,
        maxItems: 5,
        items: {
          key: 'result',
          label: 'result',
          type: 'object',
          fields: [
            { key: 'test', label: 'test', type: 'string', pool: 'lab_test' },
            { key: 'value', label: 'value', type: 'number', min: 0.1, max: 400, decimals: 1 },
            { key: 'unit', label: 'unit', type: 'string', pool: 'lab_unit' },
            { key: 'flag', label: 'flag', type: 'enum', values: ['normal', 'high', 'low'] },
          ],
        },
      },
      { key: 'comments', label: 'comments', type: 'string', pool: 'lab_comment', optional: true, nullable: true },
    ],
    distractors: [
      'The reference ranges were last revised on {date}.',
      'A repeat sample from {date} was discarded because it haemolysed.',
      'The laboratory can be reached at extension {int}.',
    ],
  },
  {
    name: 'shipping_notice',
    title: 'shipping notice',
    fields: [
      { key: 'tracking_number', label: 'tracking number', type: 'string', pattern: '1Z@@@###########' },
      { key: 'carrier', label: 'carrier', type: 'enum', values: ['UPS', 'FedEx', 'DHL', 'USPS', 'PostNL'] },
      { key: 'ship_date', label: 'ship date', type: 'date' },
      { key: 'estimated_delivery', label: 'estimated delivery date', type: 'date' },
      { key: 'packages', label: 'number of packages', type: 'integer', min: 1, max: 12 },
      { key: 'weight_kg', label: 'total weight', type: 'number', min: 0.2, max: 300, decimals: 1, unit: 'kg' },
      {
        key: 'destination',
        label: 'destination',
        type: 'object',
        fields: [
          { key: 'street', label: 'street', type: 'string', pool: 'street' },
          { key: 'city', label: 'city', type: 'string', pool: 'city' },
          { key: 'country', label: 'country', type: 'string', pool: 'country' },
        ],
      },
      { key: 'signature_required', label: 'signature required', type: 'boolean', yes: 'A signature is required on delivery.', no: 'No signature is required on delivery.' },
      { key: 'contents', label: 'contents', itemLabel: 'item', type: 'array', minItems: 1, maxItems: 4, items: { key: 'item', label: 'item', type: 'string', pool: 'product' } },
      { key: 'delivery_instructions', label: 'delivery instructions', type: 'string', pool: 'note', optional: true, nullable: true },
    ],
    distractors: [
      'An earlier shipment ({code}) was delivered on {date}.',
      'Our warehouse in {city} handles returns.',
      'Customer service can be reached on extension {int}.',
    ],
  },
  {
    name: 'job_application',
    title: 'job application',
    fields: [
      {
        key: 'applicant',
        label: 'applicant',
        type: 'object',
        fields: [
          { key: 'name', label: 'name', type: 'string', pool: 'person' },
          { key: 'email', label: 'email', type: 'string', pool: 'email' },
          { key: 'phone', label: 'phone', type: 'string', pool: 'phone', optional: true, nullable: true },
        ],
      },
      { key: 'position', label: 'position applied for', type: 'string', pool: 'job_title' },
      { key: 'years_experience', label: 'years of experience', type: 'integer', min: 0, max: 35 },
      { key: 'expected_salary', label: 'expected salary', type: 'integer', min: 28000, max: 190000, unit: 'USD per year' },
      { key: 'available_from', label: 'availability date', type: 'date' },
      { key: 'willing_to_relocate', label: 'willing to relocate', type: 'boolean', yes: 'The applicant is willing to relocate.', no: 'The applicant is not willing to relocate.' },
      { key: 'skills', label: 'skills', itemLabel: 'skill', type: 'array', minItems: 1, maxItems: 5, items: { key: 'skill', label: 'skill', type: 'string', pool: 'skill' } },
      {
        key: 'references',
        label: 'references',
        itemLabel: 'reference',
        type: 'array',
        optional: true,
        minItems: 1,
        maxItems: 3,
        items: {
          key: 'reference',
          label: 'reference',
          type: 'object',
          fields: [
            { key: 'name', label: 'name', type: 'string', pool: 'person' },
            { key: 'relationship', label: 'relationship', type: 'enum', values: ['manager', 'colleague', 'professor', 'client'] },
          ],
        },
      },
    ],
    distractors: [
      'The hiring manager, {person}, will be on leave until {date}.',
      'The previous opening ({code}) closed with {int} applicants.',
      'Interviews take place at our {city} office.',
    ],
  },
  {
    name: 'hotel_booking',
    title: 'hotel booking',
    fields: [
      { key: 'confirmation_code', label: 'confirmation code', type: 'string', pattern: '@@@-####' },
      { key: 'guest_name', label: 'guest name', type: 'string', pool: 'person' },
      { key: 'hotel', label: 'hotel', type: 'string', pool: 'hotel' },
      { key: 'check_in', label: 'check-in date', type: 'date' },
      { key: 'check_out', label: 'check-out date', type: 'date' },
      { key: 'room_type', label: 'room type', type: 'enum', values: ['single', 'double', 'twin', 'suite', 'family'] },
      { key: 'guests', label: 'number of guests', type: 'integer', min: 1, max: 6 },
      { key: 'nightly_rate', label: 'nightly rate', type: 'number', min: 45, max: 900, decimals: 2, unit: 'EUR' },
      { key: 'breakfast_included', label: 'breakfast included', type: 'boolean', yes: 'Breakfast is included in the rate.', no: 'Breakfast is not included in the rate.' },
      { key: 'special_requests', label: 'special requests', type: 'string', pool: 'note', optional: true, nullable: true },
    ],
    distractors: [
      'The spa is closed for renovation until {date}.',
      'Airport transfers cost {money} each way.',
      'Parking is available on {street}.',
    ],
  },
  {
    name: 'flight_itinerary',
    title: 'flight itinerary',
    fields: [
      { key: 'booking_reference', label: 'booking reference', type: 'string', pattern: '@@@@@@' },
      { key: 'passenger', label: 'passenger name', type: 'string', pool: 'person' },
      { key: 'cabin', label: 'cabin class', type: 'enum', values: ['economy', 'premium economy', 'business', 'first'] },
      {
        key: 'segments',
        label: 'flight segments',
        itemLabel: 'segment',
        type: 'array',
        minItems: 1,
        maxItems: 4,
        items: {
          key: 'segment',
          label: 'segment',
          type: 'object',
          fields: [
            { key: 'flight_number', label: 'flight number', type: 'string', pattern: '@@ ####' },
            { key: 'from', label: 'departure city', type: 'string', pool: 'city' },
            { key: 'to', label: 'arrival city', type: 'string', pool: 'city' },
            { key: 'date', label: 'date', type: 'date' },
          ],
        },
      },
      { key: 'checked_bags', label: 'checked bags', type: 'integer', min: 0, max: 3 },
      { key: 'fare_total', label: 'total fare', type: 'number', min: 60, max: 9000, decimals: 2, unit: 'GBP', optional: true },
    ],
    distractors: [
      'Your frequent flyer balance is {int} points.',
      'A schedule change on {date} affected an earlier booking ({code}).',
      'Lounge access in {city} is available for {money}.',
    ],
  },
  {
    name: 'insurance_claim',
    title: 'insurance claim',
    fields: [
      { key: 'claim_number', label: 'claim number', type: 'string', pattern: 'CLM-########' },
      { key: 'policy_number', label: 'policy number', type: 'string', pattern: 'POL-@@-######' },
      { key: 'claimant', label: 'claimant', type: 'string', pool: 'person' },
      { key: 'incident_date', label: 'incident date', type: 'date' },
      { key: 'incident_type', label: 'incident type', type: 'enum', values: ['collision', 'theft', 'water damage', 'fire', 'storm'] },
      { key: 'description', label: 'description of the loss', type: 'string', pool: 'claim' },
      { key: 'estimated_loss', label: 'estimated loss', type: 'number', min: 100, max: 60000, decimals: 2, unit: 'USD' },
      { key: 'police_report_filed', label: 'police report filed', type: 'boolean', yes: 'A police report was filed.', no: 'No police report was filed.' },
      { key: 'adjuster', label: 'assigned adjuster', type: 'string', pool: 'person', optional: true, nullable: true },
    ],
    distractors: [
      'The policy renews on {date}.',
      'A prior claim ({code}) for {money} was closed without payment.',
      '{person} witnessed the incident but has not given a statement.',
    ],
  },
  {
    name: 'purchase_order',
    title: 'purchase order',
    fields: [
      { key: 'po_number', label: 'PO number', type: 'string', pattern: 'PO-######' },
      { key: 'order_date', label: 'order date', type: 'date' },
      { key: 'supplier', label: 'supplier', type: 'string', pool: 'company' },
      address('ship_to', 'ship-to address'),
      {
        key: 'items',
        label: 'items',
        itemLabel: 'order line',
        type: 'array',
        minItems: 1,
        maxItems: 5,
        items: {
          key: 'line',
          label: 'order line',
          type: 'object',
          fields: [
            { key: 'sku', label: 'SKU', type: 'string', pattern: 'SKU-@@###' },
            { key: 'quantity', label: 'quantity', type: 'integer', min: 1, max: 500 },
            { key: 'unit_cost', label: 'unit cost', type: 'number', min: 0.5, max: 400, decimals: 2, unit: 'USD' },
          ],
        },
      },
      { key: 'payment_terms', label: 'payment terms', type: 'enum', values: ['Net 15', 'Net 30', 'Net 60', 'due on receipt'] },
      { key: 'approved_by', label: 'approver', type: 'string', pool: 'person' },
    ],
    distractors: [
      'Budget code {code} has {money} remaining this quarter.',
      'The supplier review meeting is scheduled for {date}.',
      '{company} also submitted a quote, which was not accepted.',
    ],
  },
  {
    name: 'maintenance_ticket',
    title: 'maintenance ticket',
    fields: [
      { key: 'ticket_id', label: 'ticket ID', type: 'string', pattern: 'MT-#####' },
      { key: 'reported_on', label: 'report date', type: 'date' },
      { key: 'building', label: 'building', type: 'string', pattern: 'Building @' },
      { key: 'floor', label: 'floor', type: 'integer', min: 0, max: 30 },
      { key: 'category', label: 'category', type: 'enum', values: ['plumbing', 'electrical', 'HVAC', 'security', 'structural'] },
      { key: 'priority', label: 'priority', type: 'enum', values: ['low', 'medium', 'high', 'urgent'] },
      { key: 'description', label: 'problem description', type: 'string', pool: 'issue' },
      { key: 'technician', label: 'assigned technician', type: 'string', pool: 'person', nullable: true },
      { key: 'parts_needed', label: 'parts needed', itemLabel: 'part', type: 'array', optional: true, minItems: 1, maxItems: 3, items: { key: 'part', label: 'part', type: 'string', pattern: 'PART-####' } },
    ],
    distractors: [
      'The fire drill is planned for {date}.',
      'Ticket {code} on the same floor was closed last week.',
      'The facilities desk is staffed by {person} on weekdays.',
    ],
  },
  {
    name: 'event_registration',
    title: 'event registration',
    fields: [
      { key: 'registration_id', label: 'registration ID', type: 'string', pattern: 'REG-######' },
      {
        key: 'attendee',
        label: 'attendee',
        type: 'object',
        fields: [
          { key: 'name', label: 'name', type: 'string', pool: 'person' },
          { key: 'email', label: 'email', type: 'string', pool: 'email' },
          { key: 'organization', label: 'organization', type: 'string', pool: 'company', optional: true },
        ],
      },
      { key: 'event', label: 'event', type: 'string', pool: 'event' },
      { key: 'session_date', label: 'session date', type: 'date' },
      { key: 'ticket_type', label: 'ticket type', type: 'enum', values: ['standard', 'student', 'VIP', 'speaker'] },
      { key: 'fee', label: 'registration fee', type: 'number', min: 0, max: 1200, decimals: 2, unit: 'EUR' },
      { key: 'workshops', label: 'workshops', itemLabel: 'workshop', type: 'array', minItems: 1, maxItems: 3, items: { key: 'workshop', label: 'workshop', type: 'string', pool: 'workshop' } },
      { key: 'dietary_requirements', label: 'dietary requirements', type: 'enum', values: ['vegetarian', 'vegan', 'gluten-free', 'halal', 'kosher'], nullable: true },
    ],
    distractors: [
      'Early-bird pricing ended on {date}.',
      'Last year the event sold {int} tickets.',
      'The venue in {city} is a ten-minute walk from the station.',
    ],
  },
  {
    name: 'rental_agreement',
    title: 'rental agreement',
    fields: [
      { key: 'agreement_number', label: 'agreement number', type: 'string', pattern: 'RA-####-@@' },
      { key: 'tenant', label: 'tenant', type: 'string', pool: 'person' },
      { key: 'landlord', label: 'landlord', type: 'string', pool: 'person' },
      {
        key: 'property',
        label: 'property',
        type: 'object',
        fields: [
          { key: 'street', label: 'street', type: 'string', pool: 'street' },
          { key: 'unit', label: 'unit', type: 'string', pattern: 'Unit ##@' },
          { key: 'city', label: 'city', type: 'string', pool: 'city' },
        ],
      },
      { key: 'start_date', label: 'start date', type: 'date' },
      { key: 'term_months', label: 'term', type: 'integer', min: 3, max: 36, unit: 'months' },
      { key: 'monthly_rent', label: 'monthly rent', type: 'number', min: 400, max: 6000, decimals: 2, unit: 'USD' },
      { key: 'deposit', label: 'security deposit', type: 'number', min: 400, max: 12000, decimals: 2, unit: 'USD' },
      { key: 'pets_allowed', label: 'pets allowed', type: 'boolean', yes: 'Pets are allowed.', no: 'Pets are not allowed.' },
    ],
    distractors: [
      'The building was last inspected on {date}.',
      'The previous tenant paid {money} per month.',
      'The landlord also manages a property on {street}.',
    ],
  },
  {
    name: 'bank_transfer',
    title: 'bank transfer confirmation',
    fields: [
      { key: 'transaction_id', label: 'transaction ID', type: 'string', pattern: 'TX########' },
      { key: 'value_date', label: 'value date', type: 'date' },
      { key: 'amount', label: 'amount', type: 'number', min: 5, max: 250000, decimals: 2 },
      { key: 'currency', label: 'currency', type: 'enum', values: ['USD', 'EUR', 'GBP', 'CHF', 'JPY'] },
      {
        key: 'sender',
        label: 'sender',
        type: 'object',
        fields: [
          { key: 'name', label: 'name', type: 'string', pool: 'person' },
          { key: 'account', label: 'account', type: 'string', pattern: '@@## #### #### ####' },
        ],
      },
      {
        key: 'recipient',
        label: 'recipient',
        type: 'object',
        fields: [
          { key: 'name', label: 'name', type: 'string', pool: 'company' },
          { key: 'account', label: 'account', type: 'string', pattern: '@@## #### #### ####' },
        ],
      },
      { key: 'reference', label: 'payment reference', type: 'string', pattern: 'REF-@@@-###' },
      { key: 'fee', label: 'transfer fee', type: 'number', min: 0, max: 45, decimals: 2, optional: true },
      { key: 'urgent', label: 'urgent', type: 'boolean', yes: 'It was sent as an urgent payment.', no: 'It was sent as a standard payment.' },
    ],
    distractors: [
      'Your available balance after the previous transfer was {money}.',
      'Scheduled maintenance on {date} may delay payments.',
      'Transfer {code} from last month was returned by the beneficiary bank.',
    ],
  },
  {
    name: 'prescription',
    title: 'prescription',
    fields: [
      { key: 'rx_number', label: 'prescription number', type: 'string', pattern: 'RX-#######' },
      { key: 'patient', label: 'patient', type: 'string', pool: 'person' },
      { key: 'prescriber', label: 'prescriber', type: 'string', pool: 'person' },
      {
        key: 'medication',
        label: 'medication',
        type: 'object',
        fields: [
          { key: 'name', label: 'name', type: 'string', pool: 'medication' },
          { key: 'strength_mg', label: 'strength', type: 'integer', min: 1, max: 1000, unit: 'mg' },
          { key: 'form', label: 'form', type: 'enum', values: ['tablet', 'capsule', 'liquid', 'cream', 'inhaler'] },
        ],
      },
      { key: 'instructions', label: 'dosage instructions', type: 'string', pool: 'dosage' },
      { key: 'quantity', label: 'quantity dispensed', type: 'integer', min: 5, max: 120 },
      { key: 'refills', label: 'refills', type: 'integer', min: 0, max: 5 },
      { key: 'issued_on', label: 'issue date', type: 'date' },
      { key: 'generic_allowed', label: 'generic substitution', type: 'boolean', yes: 'Generic substitution is permitted.', no: 'Generic substitution is not permitted.' },
    ],
    distractors: [
      'The patient also takes a supplement that was stopped on {date}.',
      'The pharmacy on {street} closes early on Saturdays.',
      'An older prescription ({code}) was cancelled.',
    ],
  },
  {
    name: 'product_recall',
    title: 'product recall notice',
    fields: [
      { key: 'recall_id', label: 'recall ID', type: 'string', pattern: 'RCL-##-###' },
      { key: 'product', label: 'product', type: 'string', pool: 'product' },
      { key: 'manufacturer', label: 'manufacturer', type: 'string', pool: 'company' },
      { key: 'lot_numbers', label: 'affected lot numbers', itemLabel: 'lot', type: 'array', minItems: 1, maxItems: 4, items: { key: 'lot', label: 'lot', type: 'string', pattern: 'L##@##' } },
      { key: 'hazard', label: 'hazard', type: 'enum', values: ['fire', 'choking', 'electric shock', 'contamination', 'laceration'] },
      { key: 'units_affected', label: 'units affected', type: 'integer', min: 50, max: 900000 },
      { key: 'announced_on', label: 'announcement date', type: 'date' },
      { key: 'remedy', label: 'remedy', type: 'enum', values: ['refund', 'replacement', 'repair'] },
      { key: 'contact_phone', label: 'contact phone', type: 'string', pool: 'phone', optional: true },
    ],
    distractors: [
      'An unrelated recall ({code}) was closed on {date}.',
      '{company} is not affected by this notice.',
      'About {int} complaints were logged before the product was withdrawn.',
    ],
  },
  {
    name: 'customer_complaint',
    title: 'customer complaint',
    fields: [
      { key: 'case_number', label: 'case number', type: 'string', pattern: 'CASE-######' },
      {
        key: 'customer',
        label: 'customer',
        type: 'object',
        fields: [
          { key: 'name', label: 'name', type: 'string', pool: 'person' },
          { key: 'email', label: 'email', type: 'string', pool: 'email' },
        ],
      },
      { key: 'order_number', label: 'order number', type: 'string', pattern: '#########' },
      { key: 'received_on', label: 'date received', type: 'date' },
      { key: 'channel', label: 'channel', type: 'enum', values: ['email', 'phone', 'chat', 'in store', 'social media'] },
      { key: 'category', label: 'complaint category', type: 'enum', values: ['late delivery', 'damaged item', 'wrong item', 'billing', 'service'] },
      { key: 'severity', label: 'severity', type: 'integer', min: 1, max: 5 },
      { key: 'refund_requested', label: 'refund requested', type: 'boolean', yes: 'The customer asked for a refund.', no: 'The customer did not ask for a refund.' },
      { key: 'refund_amount', label: 'refund amount', type: 'number', min: 1, max: 2500, decimals: 2, unit: 'USD', nullable: true },
    ],
    distractors: [
      'The customer mentioned an earlier order ({code}) that arrived on time.',
      'Our returns centre in {city} is running {int} days behind.',
      '{person} handled a similar case last month.',
    ],
  },
  {
    name: 'vehicle_service_record',
    title: 'vehicle service record',
    fields: [
      { key: 'vin', label: 'VIN', type: 'string', pattern: '@@@@@###@@#######' },
      {
        key: 'vehicle',
        label: 'vehicle',
        type: 'object',
        fields: [
          { key: 'make', label: 'make', type: 'string', pool: 'car_make' },
          { key: 'model', label: 'model', type: 'string', pool: 'car_model' },
          { key: 'year', label: 'model year', type: 'integer', min: 2005, max: 2025 },
        ],
      },
      { key: 'mileage_km', label: 'odometer reading', type: 'integer', min: 500, max: 320000, unit: 'km' },
      { key: 'service_date', label: 'service date', type: 'date' },
      {
        key: 'services',
        label: 'services performed',
        itemLabel: 'service',
        type: 'array',
        minItems: 1,
        maxItems: 4,
        items: {
          key: 'service',
          label: 'service',
          type: 'object',
          fields: [
            { key: 'name', label: 'name', type: 'string', pool: 'vehicle_service' },
            { key: 'cost', label: 'cost', type: 'number', min: 15, max: 900, decimals: 2, unit: 'USD' },
          ],
        },
      },
      { key: 'technician', label: 'technician', type: 'string', pool: 'person' },
      { key: 'next_service_due', label: 'next service due', type: 'date', optional: true },
    ],
    distractors: [
      'A courtesy car was offered for {money} per day.',
      'The workshop in {city} will be closed on {date}.',
      'A previous owner registered the car under {code}.',
    ],
  },
  {
    name: 'conference_talk',
    title: 'conference talk submission',
    fields: [
      { key: 'talk_id', label: 'talk ID', type: 'string', pattern: 'TALK-###' },
      { key: 'title', label: 'talk title', type: 'string', pool: 'talk_title' },
      {
        key: 'speaker',
        label: 'speaker',
        type: 'object',
        fields: [
          { key: 'name', label: 'name', type: 'string', pool: 'person' },
          { key: 'affiliation', label: 'affiliation', type: 'string', pool: 'institution' },
          { key: 'email', label: 'email', type: 'string', pool: 'email', optional: true },
        ],
      },
      { key: 'track', label: 'track', type: 'enum', values: ['data', 'health', 'infrastructure', 'design', 'policy'] },
      { key: 'duration_minutes', label: 'slot length', type: 'integer', min: 10, max: 90, unit: 'minutes' },
      { key: 'room', label: 'room', type: 'string', pool: 'room' },
      { key: 'scheduled_for', label: 'scheduled date', type: 'date' },
      { key: 'recorded', label: 'recorded', type: 'boolean', yes: 'The talk will be recorded.', no: 'The talk will not be recorded.' },
      { key: 'co_speakers', label: 'co-speakers', itemLabel: 'co-speaker', type: 'array', optional: true, minItems: 1, maxItems: 3, items: { key: 'co_speaker', label: 'co-speaker', type: 'string', pool: 'person' } },
    ],
    distractors: [
      'The call for papers closed on {date} with {int} submissions.',
      '{person} chairs a different session in the same room.',
      'Speaker dinners are held at a restaurant in {city}.',
    ],
  },
  {
    name: 'grant_application',
    title: 'grant application',
    fields: [
      { key: 'application_id', label: 'application ID', type: 'string', pattern: 'GA-####-###' },
      {
        key: 'principal_investigator',
        label: 'principal investigator',
        type: 'object',
        fields: [
          { key: 'name', label: 'name', type: 'string', pool: 'person' },
          { key: 'institution', label: 'institution', type: 'string', pool: 'institution' },
        ],
      },
      { key: 'project_title', label: 'project title', type: 'string', pool: 'project_title' },
      { key: 'requested_amount', label: 'requested amount', type: 'number', min: 5000, max: 2500000, decimals: 2, unit: 'EUR' },
      { key: 'duration_months', label: 'project duration', type: 'integer', min: 6, max: 60, unit: 'months' },
      { key: 'start_date', label: 'proposed start date', type: 'date' },
      { key: 'field', label: 'research field', type: 'enum', values: ['ecology', 'medicine', 'computer science', 'engineering', 'social science'] },
      {
        key: 'collaborators',
        label: 'collaborators',
        itemLabel: 'collaborator',
        type: 'array',
        optional: true,
        minItems: 1,
        maxItems: 3,
        items: {
          key: 'collaborator',
          label: 'collaborator',
          type: 'object',
          fields: [
            { key: 'name', label: 'name', type: 'string', pool: 'person' },
            { key: 'institution', label: 'institution', type: 'string', pool: 'institution' },
          ],
        },
      },
    ],
    distractors: [
      'The funding round announced on {date} has a total budget of {money}.',
      'A related application ({code}) was withdrawn.',
      '{person} reviewed an earlier draft.',
    ],
  },
  {
    name: 'bug_report',
    title: 'software bug report',
    fields: [
      { key: 'bug_id', label: 'bug ID', type: 'string', pattern: 'BUG-#####' },
      { key: 'reported_by', label: 'reporter', type: 'string', pool: 'person' },
      { key: 'component', label: 'component', type: 'enum', values: ['auth', 'billing', 'search', 'notifications', 'export'] },
      { key: 'severity', label: 'severity', type: 'enum', values: ['trivial', 'minor', 'major', 'critical'] },
      { key: 'version', label: 'affected version', type: 'string', pattern: '#.##.#' },
      { key: 'os', label: 'operating system', type: 'enum', values: ['Windows', 'macOS', 'Linux', 'Android', 'iOS'] },
      { key: 'reproducible', label: 'reproducible', type: 'boolean', yes: 'The problem can be reproduced reliably.', no: 'The problem could not be reproduced reliably.' },
      { key: 'assignee', label: 'assignee', type: 'string', pool: 'person', nullable: true },
      { key: 'labels', label: 'labels', itemLabel: 'label', type: 'array', minItems: 1, maxItems: 3, items: { key: 'label', label: 'label', type: 'enum', values: ['regression', 'ui', 'performance', 'security', 'data-loss', 'flaky'] } },
    ],
    distractors: [
      'A similar issue ({code}) was fixed on {date}.',
      'The nightly build has been green for {int} days.',
      '{person} suggested a workaround in the team chat.',
    ],
  },
  {
    name: 'payroll_stub',
    title: 'payroll stub',
    fields: [
      { key: 'employee_name', label: 'employee name', type: 'string', pool: 'person' },
      { key: 'employee_id', label: 'employee ID', type: 'string', pattern: 'E-#####' },
      { key: 'period_start', label: 'pay period start', type: 'date' },
      { key: 'period_end', label: 'pay period end', type: 'date' },
      { key: 'hours_worked', label: 'hours worked', type: 'number', min: 10, max: 200, decimals: 1 },
      { key: 'gross_pay', label: 'gross pay', type: 'number', min: 300, max: 15000, decimals: 2, unit: 'USD' },
      { key: 'net_pay', label: 'net pay', type: 'number', min: 200, max: 11000, decimals: 2, unit: 'USD' },
      {
        key: 'deductions',
        label: 'deductions',
        itemLabel: 'deduction',
        type: 'array',
        minItems: 1,
        maxItems: 4,
        items: {
          key: 'deduction',
          label: 'deduction',
          type: 'object',
          fields: [
            { key: 'type', label: 'type', type: 'enum', values: ['federal tax', 'state tax', 'pension', 'health insurance', 'union dues'] },
            { key: 'amount', label: 'amount', type: 'number', min: 1, max: 2500, decimals: 2, unit: 'USD' },
          ],
        },
      },
      { key: 'direct_deposit', label: 'direct deposit', type: 'boolean', yes: 'Pay was sent by direct deposit.', no: 'Pay was issued as a paper cheque.' },
    ],
    distractors: [
      'Year-to-date gross pay stands at {money}.',
      'Open enrolment for benefits ends on {date}.',
      'Questions go to {person} in payroll.',
    ],
  },
];

export const ENTITY_NAMES: readonly string[] = ENTITIES.map((e) => e.name);

export function getEntity(name: string): EntitySchema | undefined {
  return ENTITIES.find((e) => e.name === name);
}
