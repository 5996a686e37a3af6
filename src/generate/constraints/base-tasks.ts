/**
 * heed's own pool of base tasks: topic × task type × audience × length, written as data.
 *
 * A base task is the request the constraints are appended to. Its instance is the template id
 * plus the slot values, so two rows built from the same composition share a base task. No
 * template or slot value contains a comma or a hyphen, so a prompt-repeating witness stays free
 * of them (punctuation:no_comma, detectable_format:sentence_hyphens).
 */
import type { Rng } from '../rng.js';

export const TOPICS: readonly string[] = [
  'urban beekeeping', 'solar power at home', 'the history of paper', 'coral reefs', 'learning a second language',
  'remote work', 'composting', 'the water cycle', 'public libraries', 'bicycle commuting', 'volcanoes',
  'saving money on groceries', 'the invention of the telescope', 'healthy sleep habits', 'community gardens',
  'electric cars', 'the Roman aqueducts', 'houseplants', 'rainforest conservation', 'chess openings',
  'the human heart', 'recycling plastics', 'time management', 'the Silk Road', 'migratory birds',
  'baking bread', 'first aid basics', 'the moon landing', 'job interviews', 'board games', 'wind turbines',
  'the printing press', 'photography for beginners', 'ocean tides', 'local elections', 'honeybee decline',
  'running a marathon', 'the periodic table', 'digital privacy', 'ancient Egypt', 'desert ecosystems',
  'public speaking', 'weather forecasting', 'the life of a lighthouse keeper', 'vaccines', 'jazz music',
  'mountain hiking safety', 'the stock market', 'renewable energy jobs', 'school uniforms', 'city parks',
  'the first computers', 'meal planning', 'earthquakes', 'learning to swim', 'museum visits', 'penguins',
  'open source software', 'the Olympic Games', 'caring for a puppy', 'climate adaptation', 'glaciers',
  'the metric system', 'kitchen safety', 'volunteering', 'night sky observation', 'the Great Wall',
  'train travel', 'water conservation', 'mindful breathing', 'the French Revolution', 'tea ceremonies',
  'coffee farming', 'sea turtles', 'smartphone addiction', 'homework routines', 'small business loans',
  'street food', 'the immune system', 'bird watching', 'pottery', 'the Amazon river', 'cloud computing',
  'fire safety at home', 'folk tales', 'the solar system', 'knitting', 'the Renaissance', 'wetlands',
  'air pollution', 'lunar eclipses', 'urban farming', 'typing skills', 'the Industrial Revolution',
  'rock climbing', 'budget travel', 'the Arctic', 'hydration', 'ancient Greek theater', 'robot vacuum cleaners',
  'language learning apps', 'the history of chocolate', 'dinosaurs', 'car maintenance', 'street art',
  'the postal service', 'quantum computers', 'sourdough starters', 'wildfire prevention', 'cave exploration',
  'the violin', 'podcasting', 'lighthouses', 'family recipes', 'spring cleaning', 'the Nile', 'hot air balloons',
  'tide pools', 'handwriting', 'sign language', 'maple syrup', 'ice hockey', 'home insulation', 'kite flying',
];

/** Task types: each a template over {length}, {topic} and {audience}; the id is the index. */
export const TASK_TYPES: readonly string[] = [
  'Write a {length} blog post about {topic} for {audience}.',
  'Write a {length} essay on {topic} for {audience}.',
  'Explain {topic} to {audience} in a {length} answer.',
  'Write a {length} story that involves {topic} for {audience}.',
  'Draft a {length} newsletter item about {topic} for {audience}.',
  'Write a {length} speech about {topic} for {audience}.',
  'Give {audience} a {length} overview of {topic}.',
  'Write a {length} product description inspired by {topic} for {audience}.',
  'Describe the pros and cons of {topic} for {audience} in a {length} reply.',
  'Write a {length} letter to {audience} about {topic}.',
  'Write a {length} poem about {topic} for {audience}.',
  'Summarize what {audience} should know about {topic} in a {length} note.',
  'Write a {length} guide to {topic} for {audience}.',
  'Write a {length} review of a book about {topic} for {audience}.',
  'Plan a {length} lesson on {topic} for {audience}.',
  'Write a {length} FAQ entry about {topic} for {audience}.',
  'Write a {length} advertisement about {topic} aimed at {audience}.',
  'Write a {length} diary entry about {topic} for {audience}.',
  'Propose a {length} project idea about {topic} for {audience}.',
  'Write a {length} opinion piece on {topic} for {audience}.',
  'Write a {length} email inviting {audience} to a talk on {topic}.',
  'Write {length} interview questions about {topic} for {audience}.',
  'Write a {length} report on {topic} for {audience}.',
  'Write a {length} social media post about {topic} for {audience}.',
  'Write a {length} travel tip about {topic} for {audience}.',
];

export const AUDIENCES: readonly string[] = [
  'high school students', 'busy parents', 'retired teachers', 'young children', 'software engineers',
  'small business owners', 'first year college students', 'hospital nurses', 'city council members',
  'curious tourists', 'a local book club', 'new employees',
];

export const LENGTHS: readonly string[] = ['short', 'brief', 'detailed', 'concise', 'thorough', 'friendly'];

/** A base task: its text and the (template, slots) instance it was made from. */
export interface BaseTask {
  readonly text: string;
  /** Template id (`pool:<task type>`, or `file:<line>` for a user file). */
  readonly template: string;
  readonly slots: Readonly<Record<string, string>>;
  /** The topic the witness text talks about, when known. */
  readonly topic: string | null;
}

export function renderPoolTask(type: number, topic: string, audience: string, length: string): string {
  return TASK_TYPES[type]!
    .replace('{topic}', topic)
    .replace('{audience}', audience)
    .replace('{length}', length);
}

/** Draws one base task from the pool. */
export function drawPoolTask(rng: Rng): BaseTask {
  const type = rng.int(0, TASK_TYPES.length - 1);
  const topic = rng.pick(TOPICS);
  const audience = rng.pick(AUDIENCES);
  const length = rng.pick(LENGTHS);
  return {
    text: renderPoolTask(type, topic, audience, length),
    template: `pool:${type}`,
    slots: { topic, audience, length },
    topic,
  };
}

/** Number of compositions the pool can make (each renders to a different text; see the test). */
export const POOL_SIZE = TOPICS.length * TASK_TYPES.length * AUDIENCES.length * LENGTHS.length;
