/**
 * The prompt grammar: phrase alternatives for every part of an ifstruct prompt. Plain prompts
 * (`prose: false`) use the `plain*` entries: a fixed, spec-like layout with light variation.
 * Prose prompts draw openers, "thinking out loud" revisions, task sentences, rule sentences,
 * connectives and closings from the alternatives below, so that no one sentence dominates.
 *
 * Variables: $things (count + noun), $topic, $F (JSON/YAML), $tag (fence tag), $qkey (quoted
 * wrapper key), $old/$new (count phrases), $oldF, $newthings, $singular, $fields (chat fields),
 * $inF (format clause or empty), $much (too many/too few).
 */
import { compileTable, type Template } from './grammar.js';

const RULES = {
  verb: '{generate|produce|create|put together|write up|draft|come up with|make|mock up|prepare|whip up|compile}',
  list: '{list|array}',
  please: '{|, please}',

  // ---- openers ------------------------------------------------------------------------------
  greet: ['Hi!', 'Hey!', 'Hello!', 'Hi there.', 'Hey there!', 'Morning!', 'Good afternoon.', 'Evening!', 'Hiya.', 'Hello again.'],
  context: [
    'Quick one before my meeting.',
    'Different request this time.',
    "I've been going back and forth on this, bear with me.",
    'This is for a demo on {Friday|Monday|Thursday}.',
    "{I'm|We're} {putting together|building|preparing|assembling} {some test data|a fixture set|a demo dataset|sample records} {for a client demo|for our QA team|for a workshop|to test an importer|for a hackathon}{| and could use a hand}.",
    "I'm writing {unit|integration} tests for a {parser|loader|validator} and need fixtures.",
    "{Need|I need} this for a prototype I'm {building|hacking on|sketching out}.",
    'Bit of an odd request, but here goes.',
    "I'm thinking out loud here, so bear with me.",
    'My {importer|parser|pipeline} is picky, so please follow the spec exactly.',
    "Following up on {yesterday's|last week's|this morning's} request.",
    'Small favour to ask.',
    "{This goes|I'll paste this} straight into a script, so {exactness|precision} matters.",
    "{Okay|Ok|Right}, so I'm {setting up|stubbing out|mocking} {a service|a database|an API} and need sample data.",
    'Hope your week is going well.',
    'Got a data request for you.',
  ],

  // ---- revisions ----------------------------------------------------------------------------
  revCount: [
    "I was going to ask for $old but let's {keep it to|go with|make it} $new.",
    '{Originally|At first} I {wanted|had in mind} $old, but $new {is plenty|will do|makes more sense}.',
    '{Scratch|Forget} what I said earlier about $old — $new is {enough|the right number|what I need}.',
    'Hmm, $old? No, $new is better.',
    '{My first thought was|I first pictured} $old; on reflection, $new.',
    'Let me think... $old would be too $much. $new, then.',
    'I keep changing my mind on the number: $old, no, $new.',
  ],
  revCountInline: [
    '{Actually|Hmm, actually|Wait|On second thought}, {make that|change that to|let\'s do} $newthings{| instead|, not $old}.',
    'No wait, $old is too $much: {make it|let\'s say} $newthings.',
    '{Correction|Update}: $newthings, not $old.',
  ],
  revFormat: [
    'Someone suggested $oldF, but no — it has to be $F{ for the importer| for our pipeline|}.',
    'I first thought $oldF, but $F is easier for me to {eyeball|diff|load}, so $F it is.',
    "{I was going to|I'd planned to} ask for $oldF{, but| —} {actually|on reflection} $F {suits us better|fits our tooling|is what the parser wants}.",
    'Not $oldF this time{,| —} $F.',
    "We used to take $oldF for this; we've switched to $F.",
    '{Hmm|Okay}, $oldF or $F? {Let\'s go|Going} with $F.',
  ],
  revFormatInline: [
    '{Hmm|Wait|Actually}, {scratch|forget} the $oldF{ bit| part|} — {make it|let\'s do|use} $F{ instead| after all|}.',
    'On second thought, not $oldF: $F.',
    '{Change of plan|Small change}: $F rather than $oldF{, sorry|}... I mean, $F.',
  ],
  revToBare: [
    "{I first wanted|I was going to ask for} a wrapper object, but {a bare list is simpler|let's keep it flat}.",
    "I'd planned on wrapping everything in an object; {never mind|forget that}, keep it flat.",
  ],
  revToWrapper: [
    "I was going to take a bare list, but {the importer|our loader} needs a wrapper key.",
    "{A plain list would be simpler|I'd rather have a flat list}, but {our tooling|the loader} expects one top-level key.",
  ],

  // ---- task sentences -----------------------------------------------------------------------
  task: [
    '{Could you|Can you|Would you|Any chance you could} @verb $things $topic$inF?',
    "{I need|I'm after|I'd like|I want|We need|I'm looking for} $things $topic$inF.",
    '{Please|Kindly} @verb $things $topic$inF.',
    '{Your task|The job|What I need}{:| is to} @verb $things $topic$inF.',
    '@verb $things $topic$inF{, please|}.',
    "{Let's|Let us} @verb $things $topic$inF.",
    '{Help me|Help us} @verb $things $topic$inF.',
    "I'm {building|testing|seeding|prototyping} {a demo|an importer|a test fixture|a dashboard|some integration tests} and need $things $topic$inF.",
    '{Can I get|Could I have|May I have} $things $topic$inF?',
  ],
  inF: ['in $F', 'as $F', 'in $F format', 'formatted as $F', 'as $F data', 'written in $F'],
  formatSentence: [
    '{The output|Everything|The answer|It} {should|must|needs to} be {valid |well-formed |}$F.',
    '{Format|Output format}: $F.',
    '{Use|Please use|Stick to|Go with} $F{ for this| for the output|}.',
    '$F, please.',
    "I'd like {it|the result} in $F.",
    '{Answer|Respond|Reply} in $F.',
  ],
  yamlNote: [' (block style, no inline braces)', ' — block style, please', ' (proper block style, not a flow-style dump)'],
  countAgain: [
    "{So that's|That's|To be clear, that's|Again:} $things{ in total|, no more and no fewer|}.",
    '{Remember|Note}: $things{, exactly| in all|}.',
  ],

  // ---- spec intros --------------------------------------------------------------------------
  introSchema: [
    '{The output|The whole thing|The result|The list} {must|should|has to} {validate against|conform to|match|satisfy} {this|the following} JSON Schema:',
    '{Here\'s|This is|Below is} the JSON Schema {it|the output|the list} {must|has to|should} {satisfy|match|validate against}:',
    '{The|My} schema{, as JSON Schema,| (JSON Schema)} {is|follows}{ below|}:',
    '{Follow|Stick to|Validate against} this JSON Schema{ exactly|}:',
  ],
  introAnnotatedJson: [
    '{One|Each|A single} {item|entry|$singular} should look like this{| (the // notes are just for you)| — the // comments describe each field| (// comments give the type and limits)}:',
    "{Here's|This is} {the shape of one item|what one entry looks like|one example $singular}{, with // notes on types| (notes after // are for you)|}:",
    '{Model|Base} each {item|entry} on this example{, reading the // notes for types and limits| (the // notes are not part of the output)|}:',
  ],
  introAnnotatedYaml: [
    '{One|Each|A single} {item|entry|$singular} should look like this{| (comments describe the type)| — the # comments describe each field| (# comments give the type and limits)}:',
    "{Here's|This is} {the shape of one item|what one entry looks like|one example $singular}{, with # notes on types| (comments after # are for you)|}:",
    '{Model|Base} each {item|entry} on this example{, reading the # comments for types and limits| (drop the comments in your answer)|}:',
  ],
  introGlossary: [
    '{Field glossary|Glossary of fields|Fields by path}{ (path: type)| — path, then type|}:',
    '{Here are|These are} the field paths {and their types|with types}:',
    '{Use|Follow} these paths and types:',
    'Every field, by path:',
  ],
  introBullets: [
    '{Fields per item|Each item has these fields|Fields, with their full paths|What each entry contains|Per-item fields}:',
    '{Every|Each} {item|$singular} {needs|should have|must have} {the following fields|these fields}:',
    '{The fields|Field list}{ (paths are relative to one item)|}:',
  ],
  introTable: [
    '{Every|Each} {item|entry|$singular} {must|should|has to} follow this table:',
    '{Use|Follow} {this|the} table {for the fields|below}:',
    'The fields are {in|listed in} the table below:',
    "{Here's|This is} the field table{| for one item}:",
  ],
  chatFields: [
    '{Each one|Every $singular|Each $singular|Each of them|Every one of them} {needs|should have|must include|has to carry|gets} $fields.',
    '{The fields are|Fields:|What goes in each:} $fields.',
  ],
  chatFieldsOne: [
    '{It|The $singular} {needs|should have|must include|has to carry} $fields.',
    '{The fields are|Fields:|What goes in it:} $fields.',
  ],
  chatKeep: [
    'Keep the field names exactly as I wrote them.',
    'Use those field names verbatim.',
    'Field names exactly as written, please.',
    "Don't rename any fields.",
    'Spell the keys exactly like that.',
    '',
    '',
  ],

  // ---- output rules -------------------------------------------------------------------------
  bare: [
    'The top level {must|should|needs to} be the @list itself{, with no wrapping object| (no wrapping object)|, not an object around it|: no wrapper key}.',
    "{Don't|Do not|Please don't} wrap the {list|array|items} in an object{;|:| —} {a bare list|just the bare list|the plain list} {at the top level |}is {what I want|what the importer expects|fine}.",
    '{Return|Give me|Send back} a bare @list at the top level{, no wrapper key|, without any wrapping object| rather than an object}.',
    'No wrapper {object|key}@please: the @list itself {is|should be} the top level.',
    '{I want|I need|We need} {the|a} plain @list at the top level, {not wrapped in anything|with no enclosing object|without a wrapper}.',
  ],
  wrapper: [
    'Put the {list|array|items} under a single top-level key {called|named} $qkey.',
    '{Wrap|Nest} the @list in an object with one key, $qkey{| (nothing else at the top level)}.',
    'The top level {should|must} be an object whose only key is $qkey, holding the @list.',
    '{Use|I need} a wrapper key: $qkey{, with the @list as its value|}.',
    'Everything goes under {one|a single} top-level $qkey key.',
    "{Don't|Please don't} return a bare @list; {wrap it|nest it} under the key $qkey.",
  ],
  fence: [
    '{Wrap|Put|Enclose|Place} the $F in a {fenced |markdown |}```$tag code block.',
    'Use a ```$tag {code fence|fenced block} around {it|the $F|the output}.',
    '{Please format|Format} it as a fenced code block (```$tag ... ```).',
    '{I need|I want|Give me} the $F inside a ```$tag fence{, closed with ``` at the end|}.',
    'Fence {it|the output} with ```$tag {at the top|before it} and ``` {at the end|after it}.',
  ],
  noCommentary: [
    'Reply with the $F only{: no intro line, no explanation after it|, nothing else|; skip any intro or outro}.',
    '{No commentary|No chit-chat|No preamble}@please: just the $F.',
    "{Don't|Do not} add any {text|commentary|explanation|notes} {before or after|around} the $F.",
    '{Just|Only} the $F{, no extra text| and nothing else| — no explanations}.',
    '{Skip|Leave out|Drop} the {preamble|intro|pleasantries} and any closing remarks{; only the $F|, just give me the $F}.',
  ],
  noCommentaryFenced: [
    'Nothing outside the code block{, please|}.',
    "{Don't|Do not} write anything {before or after|outside} the {fence|code block}.",
  ],
  connective: ['Also, ', 'Oh, and ', 'One more thing: ', 'Plus, ', 'And ', 'Importantly, ', 'Note: ', 'Also: '],
  closing: [
    '{Thanks|Thank you|Cheers|Many thanks|Thanks a lot|Much appreciated|Thanks in advance|Appreciate it|Ta}{!|.}',
    '{That\'s all|That\'s it|That should be everything}{ — thanks!|, thank you.|.}',
    '{Looking forward to it|Can\'t wait to see it}{!|.}',
    'Thanks{, you\'re a star| so much| heaps}!',
  ],

  // ---- plain (non-prose) layouts ------------------------------------------------------------
  plainSchema: '{Generate|Create|Produce} $things $topic. Output $F that validates against this JSON Schema:',
  plainAnnotatedJson: '{Create|Generate} $things $topic in $F. One item should look like this (the // notes are just for you):',
  plainAnnotatedYaml: 'I need $things $topic, as YAML. Each item looks like this (comments describe the type):',
  plainGlossary: '{Produce|Generate} $things $topic as $F. Field glossary (path: type):',
  plainBullets: 'Task: $things $topic.\nFormat: $F.\nFields per item:',
  plainTable: '{Please generate|Generate} $things $topic in $F. Every item must follow this table:',
  plainChat: '{hey|hi}! could you put together $things $topic? each one needs $fields. keep field names exactly as I wrote them. $F please.',
  plainBare: 'The top level must be the list itself (no wrapping object).',
  plainWrapper: 'Put the list under a single top-level key called $qkey.',
  plainFence: 'Wrap the $F in a fenced ```$tag code block.',
  plainNoCommentary: 'Reply with the $F only: no intro line, no explanation after it.',
} as const;

export type PhraseName = keyof typeof RULES;
export const PHRASES: Readonly<Record<PhraseName, Template>> = compileTable(RULES);
