/**
 * The words and sentences heed's witness answers are written with: a small English vocabulary
 * (plural nouns and plain verbs, so any combination agrees), extra words per letter for letter
 * counts, and short passages in the languages language:response_language may ask for.
 * All English words are lower-case ASCII with no hyphen or apostrophe.
 */
export const ADJECTIVES: readonly string[] = [
  'bright', 'calm', 'careful', 'clear', 'daily', 'early', 'fresh', 'gentle', 'good', 'green', 'honest', 'humble',
  'kind', 'large', 'local', 'modern', 'narrow', 'open', 'patient', 'plain', 'quiet', 'rapid', 'rural', 'simple',
  'small', 'smart', 'solid', 'steady', 'strong', 'useful', 'warm', 'wide', 'young', 'vivid', 'brave', 'civic',
  'silent', 'famous', 'hidden', 'loyal', 'sunny', 'tidy', 'vast', 'busy', 'cozy', 'proud', 'wise', 'lucky',
];

export const NOUNS: readonly string[] = [
  'teams', 'gardens', 'rivers', 'students', 'cities', 'farmers', 'tools', 'habits', 'ideas', 'readers', 'bridges',
  'schools', 'markets', 'forests', 'workers', 'families', 'lessons', 'stories', 'projects', 'methods', 'towns',
  'builders', 'singers', 'doctors', 'nurses', 'engineers', 'artists', 'routines', 'journeys', 'villages', 'museums',
  'planets', 'oceans', 'valleys', 'meadows', 'orchards', 'kitchens', 'neighbors', 'volunteers', 'parents',
  'children', 'friends', 'plans', 'maps', 'songs', 'books', 'walks', 'notes', 'hobbies', 'clubs',
];

export const VERBS: readonly string[] = [
  'build', 'shape', 'support', 'improve', 'guide', 'protect', 'share', 'create', 'explore', 'inspire', 'change',
  'carry', 'connect', 'follow', 'gather', 'help', 'keep', 'lift', 'make', 'offer', 'plan', 'reach', 'serve',
  'teach', 'test', 'visit', 'welcome', 'clean', 'design', 'measure', 'value', 'enjoy', 'study', 'admire', 'notice',
];

export const ADVERBS: readonly string[] = [
  'often', 'quietly', 'always', 'gladly', 'rarely', 'slowly', 'usually', 'boldly', 'calmly', 'wisely', 'truly', 'simply',
];

export const PREPOSITIONS: readonly string[] = [
  'for', 'with', 'near', 'across', 'around', 'beyond', 'among', 'during', 'through', 'under', 'along', 'beside', 'into', 'toward',
];

/**
 * Word lists for all-capital answers (change_case:english_capital). langdetect ignores the
 * letters of an all-capital word after its first one, except the last one or two before the
 * following space, so an all-capital text is judged by word initials and endings alone; with the
 * general lists above it often reads as German (plural "-S" endings and many initials are
 * German-like). These words were chosen with langdetect's own profiles (the 1- to 3-grams an
 * all-capital word yields) so that, word by word, English scores above every other language or
 * close to it, and all-capital sentences built from them are detected as English.
 */
export const CAPITAL_ARTICLES: readonly string[] = ['the', 'their', 'these', 'all'];
export const CAPITAL_ADJECTIVES: readonly string[] = [
  'calm', 'careful', 'clear', 'civic', 'classic', 'central', 'cheerful', 'creative', 'rural', 'useful', 'warm',
  'wide', 'wise', 'patient', 'honest', 'common', 'certain',
];
export const CAPITAL_NOUNS: readonly string[] = [
  'cities', 'clubs', 'colleges', 'communities', 'companies', 'countries', 'crafts', 'cards', 'colors', 'choices',
  'cabins', 'canals', 'castles', 'coasts', 'cousins', 'crowds', 'classes', 'ideas', 'tools', 'towns', 'children',
];
export const CAPITAL_VERBS: readonly string[] = [
  'improve', 'create', 'inspire', 'change', 'connect', 'test', 'admire', 'measure', 'make', 'teach', 'protect', 'welcome',
];
export const CAPITAL_ADVERBS: readonly string[] = ['ideally', 'carefully', 'clearly', 'commonly', 'calmly', 'truly', 'constantly'];
export const CAPITAL_PREPOSITIONS: readonly string[] = ['toward', 'into', 'through', 'beside', 'around'];
export const CAPITAL_CONJUNCTIONS: readonly string[] = ['and', 'toward', 'into'];

/** Nouns rich in one letter, used to raise a letter count ("at least N times"). */
export const LETTER_NOUNS: Readonly<Record<string, readonly string[]>> = {
  a: ['bananas', 'alpacas', 'maps'], b: ['bubbles', 'babies', 'books'], c: ['circles', 'clocks', 'cactus'],
  d: ['doodads', 'dreams', 'dads'], e: ['trees', 'geese', 'eels'], f: ['fluffy', 'fluff', 'fifes'],
  g: ['giggles', 'eggs', 'gongs'], h: ['hashes', 'homes', 'hills'], i: ['skis', 'ideas', 'igloos'],
  j: ['jars', 'jokes', 'jams'], k: ['kiosks', 'kites', 'kicks'], l: ['lilies', 'lolls', 'llamas'],
  m: ['mammals', 'moms', 'mums'], n: ['nannies', 'nouns', 'noon'], o: ['zoos', 'moons', 'solos'],
  p: ['puppies', 'pipes', 'pops'], q: ['quays', 'quiz', 'quills'], r: ['rivers', 'rooms', 'roars'],
  s: ['seas', 'sass', 'stones'], t: ['tents', 'totes', 'tarts'], u: ['tutus', 'gurus', 'ukuleles'],
  v: ['valves', 'vivid', 'vines'], w: ['windows', 'wows', 'waves'], x: ['boxes', 'foxes', 'axes'],
  y: ['yarns', 'yaks', 'yoyos'], z: ['zebras', 'jazz', 'zoos'],
};

/** Short passages per language (each item one sentence), for language:response_language. */
export const LANGUAGE_SENTENCES: Readonly<Record<string, readonly string[]>> = {
  en: [
    'Small teams often build useful tools for their neighbors.',
    'Careful planning helps every project reach its goal.',
    'Readers enjoy stories that feel honest and warm.',
    'A good habit grows stronger with each passing week.',
  ],
  es: [
    'La ciudad tiene muchos parques y jardines muy bonitos.',
    'Los estudiantes aprenden mejor cuando trabajan juntos en clase.',
    'Cada mañana caminamos por la orilla del río con nuestros amigos.',
    'El pan recién hecho huele muy bien en la cocina de la abuela.',
  ],
  pt: [
    'A cidade tem muitos parques e jardins muito bonitos.',
    'Os alunos aprendem melhor quando trabalham juntos na escola.',
    'Todas as manhãs caminhamos ao longo do rio com os nossos amigos.',
    'O pão acabado de fazer cheira muito bem na cozinha da avó.',
  ],
  fr: [
    'La ville possède beaucoup de parcs et de jardins magnifiques.',
    'Les élèves apprennent mieux quand ils travaillent ensemble en classe.',
    'Chaque matin nous marchons le long de la rivière avec nos amis.',
    'Le pain frais sent très bon dans la cuisine de notre grand-mère.',
  ],
  de: [
    'Die Stadt hat viele schöne Parks und große Gärten.',
    'Die Schüler lernen besser, wenn sie gemeinsam in der Klasse arbeiten.',
    'Jeden Morgen gehen wir mit unseren Freunden am Fluss spazieren.',
    'Das frische Brot riecht in der Küche der Großmutter sehr gut.',
  ],
  it: [
    'La città ha molti parchi e giardini davvero belli.',
    'Gli studenti imparano meglio quando lavorano insieme in classe.',
    'Ogni mattina camminiamo lungo il fiume con i nostri amici.',
    'Il pane appena fatto ha un profumo buonissimo nella cucina della nonna.',
  ],
  ru: [
    'В нашем городе много красивых парков и садов.',
    'Студенты учатся лучше, когда работают вместе на занятиях.',
    'Каждое утро мы гуляем вдоль реки с нашими друзьями.',
    'Свежий хлеб очень вкусно пахнет на кухне у бабушки.',
  ],
  pl: [
    'W naszym mieście jest wiele pięknych parków i ogrodów.',
    'Uczniowie uczą się lepiej, kiedy pracują razem na lekcji.',
    'Każdego ranka spacerujemy wzdłuż rzeki z naszymi przyjaciółmi.',
    'Świeży chleb pachnie bardzo ładnie w kuchni babci.',
  ],
  fi: [
    'Kaupungissa on paljon kauniita puistoja ja puutarhoja.',
    'Oppilaat oppivat paremmin, kun he työskentelevät yhdessä luokassa.',
    'Joka aamu kävelemme joen rantaa pitkin ystäviemme kanssa.',
    'Tuore leipä tuoksuu hyvältä isoäidin keittiössä.',
  ],
  sw: [
    'Mji wetu una bustani nyingi nzuri na miti mikubwa.',
    'Wanafunzi hujifunza vizuri zaidi wanapofanya kazi pamoja darasani.',
    'Kila asubuhi tunatembea kando ya mto pamoja na marafiki zetu.',
    'Mkate mpya unanukia vizuri sana jikoni kwa bibi.',
  ],
  vi: [
    'Thành phố của chúng tôi có rất nhiều công viên và khu vườn đẹp.',
    'Học sinh học tốt hơn khi các em làm việc cùng nhau trong lớp.',
    'Mỗi buổi sáng chúng tôi đi dạo dọc bờ sông với bạn bè.',
    'Bánh mì mới nướng có mùi rất thơm trong bếp của bà.',
  ],
  ja: [
    '私たちの町にはきれいな公園と庭がたくさんあります。',
    '学生たちは一緒に勉強するとよりよく学ぶことができます。',
    '毎朝私たちは友達と一緒に川沿いを散歩します。',
    '焼きたてのパンは祖母の台所でとてもいい香りがします。',
  ],
  ko: [
    '우리 도시에는 아름다운 공원과 정원이 많이 있습니다.',
    '학생들은 함께 공부할 때 더 잘 배웁니다.',
    '매일 아침 우리는 친구들과 함께 강을 따라 산책합니다.',
    '갓 구운 빵은 할머니의 부엌에서 아주 좋은 냄새가 납니다.',
  ],
};
