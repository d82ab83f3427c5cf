// Writes a generated course for the scale benchmark: LESSONS lessons of QUESTIONS questions
// each, in the same TOML format authors write (content/README.md).
//   Usage: node bench/gen-course.mjs DIR [lessons=200] [questions=15]
//
// The text is meant to cost what real lessons cost: varied sentences built from about two
// thousand word forms, names, numbers and code-like tokens, with lengths that differ from
// field to field, so that it compresses about as well as the seed lesson and no better.
// Every lesson is drawn from its own seeded generator, so the output is the same on every
// run and lesson N is the same whatever the number of lessons (a 1-lesson course is the
// first lesson of the 200-lesson one).
//
// After writing, it prints the gzip ratio (compressed / raw bytes, each lesson file on its
// own, level 9) of the seed lesson and of the generated lessons, and exits with status 1
// if the generated text compresses better than the seed by more than 10% (relative): a
// course that compresses too well would hide what a big course costs.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEED_LESSON = path.join(ROOT, 'content', 'local-models.toml');
// The generated lessons may compress at most this much better than the seed (relative).
const TOLERANCE = 0.1;

// ------------------------------------------------------------------ randomness
// mulberry32: small, fast, and the same in every JavaScript engine.
function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (xs) => xs[Math.floor(next() * xs.length)];
  const chance = (p) => next() < p;
  return { next, int, pick, chance };
}

// ------------------------------------------------------------------ words
const w = (s) => s.trim().split(/\s+/);

const NOUNS = w(`
  account address agent album anchor angle answer apple archive argument arrow audit
  badge baker balance ballot band banner barrel basket battery beacon bearing bell bench
  bicycle blanket blade block board boat boiler bolt border bottle boundary branch bridge
  bucket budget buffer builder bundle button cabin cable calendar camera canal candle
  canvas capsule carpet carrier cartridge castle catalog ceiling cellar chain chamber
  channel chapter charge chart checkpoint chimney circuit claim clerk client climate clock
  cluster coach coast collar column comment compass compiler contract copper corner
  council counter courier crane credit crew crystal cursor curtain customer cycle dam
  dashboard deadline debt decision delay delta depot desk detail device diagram dial
  diary digest dinner directory dispute distance district dock document domain drawer
  driver drum editor effort elbow engine entry envelope error estimate event exhibit
  factory fault feather fence ferry field figure filter flag fleet floor folder forecast
  forest fork formula fountain frame freight funnel furnace gallery garden gate gauge
  glacier grammar granite graph gravel grid guard guide hammer handle harbour harvest
  header hedge helmet highway hinge hospital idea index inspector invoice island item
  jacket journal journey kernel kettle keyboard kitchen ladder lamp lantern latch layer
  ledger lens letter lever library license limit lobby locker lodge loop lumber machine
  magnet manual map margin market meadow measure membrane memory mentor message meter
  method mirror model module monitor motor mountain museum needle network notebook notice
  number oven owner package paddle palace panel parcel parser pasture patch pattern
  pebble pencil pension pepper permit pigeon pillar pilot pipeline pitch planet platform
  plough pocket policy portal poster pottery powder printer probe profile promise prompt
  pump puzzle quarry queue quilt rack radar rail ranch ratio reader receipt recipe record
  reef register relay report reservoir ribbon ridge river robot rocket roof router rudder
  runway saddle sailor sample satellite saucer scale schedule scheme scholar screen
  season sensor server session shelf shelter shovel signal silver sketch sleeve slope
  socket soil spindle spire spring stable stadium stamp station statue stencil storage
  stove strategy stream student subway summary surgeon survey switch symbol syntax system
  table tablet tailor tank target teacher telescope tenant terminal thread ticket timber
  token tower tractor trader trail transit treaty trench tribunal trolley trumpet tunnel
  turbine tutor umbrella valley valve vendor verdict vessel village violin volume voyage
  wagon wallet warehouse website wheel whistle widget window winter workshop yard
`);
// Plurals that the rules below would get wrong.
const PLURAL = { shelf: 'shelves', knife: 'knives', leaf: 'leaves', child: 'children', person: 'people', index: 'indexes', cactus: 'cacti', thesis: 'theses' };
const plural = (n) => PLURAL[n] ?? (/(s|x|z|ch|sh)$/.test(n) ? n + 'es' : /[^aeiou]y$/.test(n) ? n.slice(0, -1) + 'ies' : n + 's');

const ADJECTIVES = w(`
  able absent abrupt accurate active acute adequate ample ancient angular annual anxious
  arid awkward balanced bare basic bitter blank blunt bold brief bright brittle broad
  broken busy calm careful casual central certain cheap chief civic classic clean clever
  close coarse cold common compact complex concrete constant cool correct costly crisp
  crude curious current damp dark dense direct distant double dry dull durable eager
  early eastern easy elastic elegant empty endless equal even exact expensive extra faint
  familiar famous fast fertile final fine firm flat fluent foreign formal fragile frank
  fresh frozen full gentle genuine global golden gradual grand green grey gross handy
  hardy harsh heavy hidden hollow honest huge humble idle immense initial inner intact
  internal keen large lasting late lazy lean legal level light linear liquid literal
  little live local lone loose loud low loyal main major manual marine massive mature
  mellow mild minor mobile modest moist narrow native neat nervous neutral noble nominal
  normal northern obvious odd old open optical orange ordinary outer pale partial patient
  plain plastic polite poor portable precise present prime private prompt proper proud
  public pure quick quiet rapid rare raw ready real recent regular remote rich rigid
  ripe rough round royal rural rusty safe scarce secure serial severe shallow sharp short
  silent simple single slim slow small smooth soft solid sound southern spare stable
  stale steady steep sticky stiff strict strong sturdy subtle sudden sunny sure swift
  tall tame tender thick thin tidy tight tiny total tough tribal true typical uneven
  unique upper urban urgent usual vacant vague valid vast verbal visible vital vivid
  warm weak weekly western wet white whole wide wild wise wooden yearly young
`);

// Verbs as [base, past]; the third person is made by rule.
const VERBS = `
  accept:accepted adjust:adjusted admit:admitted allow:allowed alter:altered answer:answered
  apply:applied arrange:arranged assemble:assembled attach:attached avoid:avoided
  balance:balanced begin:began bend:bent bind:bound borrow:borrowed break:broke
  bring:brought build:built buy:bought calculate:calculated carry:carried catch:caught
  change:changed check:checked choose:chose clean:cleaned clear:cleared close:closed
  collect:collected compare:compared compile:compiled complete:completed compress:compressed
  confirm:confirmed connect:connected contain:contained convert:converted copy:copied
  count:counted cover:covered cut:cut deliver:delivered describe:described design:designed
  detect:detected divide:divided draw:drew drive:drove drop:dropped earn:earned edit:edited
  enable:enabled ensure:ensured enter:entered estimate:estimated examine:examined
  expand:expanded explain:explained export:exported extend:extended feed:fed fetch:fetched
  fill:filled find:found fix:fixed fold:folded follow:followed forget:forgot freeze:froze
  gather:gathered grow:grew guard:guarded handle:handled hang:hung hide:hid hold:held
  ignore:ignored import:imported improve:improved include:included inspect:inspected
  install:installed join:joined keep:kept label:labelled launch:launched lead:led
  lend:lent lift:lifted limit:limited list:listed load:loaded lock:locked lose:lost
  maintain:maintained manage:managed mark:marked measure:measured merge:merged
  monitor:monitored move:moved name:named notice:noticed observe:observed open:opened
  order:ordered pack:packed paint:painted parse:parsed pass:passed pay:paid place:placed
  plan:planned plant:planted point:pointed polish:polished predict:predicted prepare:prepared
  print:printed process:processed produce:produced protect:protected publish:published
  pull:pulled push:pushed raise:raised reach:reached read:read record:recorded reduce:reduced
  refuse:refused release:released remove:removed repair:repaired repeat:repeated
  replace:replaced request:requested rescue:rescued reserve:reserved resize:resized
  restore:restored retain:retained return:returned review:reviewed rotate:rotated
  route:routed run:ran sample:sampled save:saved scan:scanned schedule:scheduled seal:sealed
  select:selected sell:sold send:sent separate:separated serve:served settle:settled
  share:shared shift:shifted ship:shipped show:showed shrink:shrank sign:signed sort:sorted
  split:split spread:spread steer:steered store:stored stretch:stretched study:studied
  submit:submitted supply:supplied support:supported swap:swapped take:took teach:taught
  test:tested throw:threw trace:traced track:tracked trade:traded train:trained
  transfer:transferred trim:trimmed turn:turned update:updated upload:uploaded use:used
  verify:verified visit:visited wait:waited warn:warned wash:washed watch:watched
  weigh:weighed win:won wrap:wrapped write:wrote
`.trim().split(/\s+/).map((p) => p.split(':'));
const third = (v) => (/(s|x|z|ch|sh|o)$/.test(v) ? v + 'es' : /[^aeiou]y$/.test(v) ? v.slice(0, -1) + 'ies' : v + 's');
const gerund = (v) => (v.endsWith('ie') ? v.slice(0, -2) + 'ying' : /[^aeiou]e$/.test(v) && v !== 'be' ? v.slice(0, -1) + 'ing' : v + 'ing');

const ADVERBS = w(`
  almost always barely briefly carefully cheaply clearly closely daily directly early
  easily entirely evenly exactly fairly finally firmly freely fully gently gradually
  hardly heavily largely lately loosely mainly merely mostly nearly neatly never often
  openly partly plainly quickly quietly rarely rather readily roughly safely seldom
  slowly smoothly steadily strictly suddenly surely tightly twice usually widely
`);
const FIRST_NAMES = w(`
  Ada Aiko Alma Amir Anders Anika Arjun Astrid Beatriz Bruno Camille Carmen Chidi Clara
  Dario Dmitri Elif Emeka Esme Farah Felix Freya Goran Greta Hana Hugo Ines Ingrid Isaac
  Jonas Kai Kalinda Keiko Lars Leila Linnea Lucia Mateo Maya Mihai Nadia Nils Noor Olga
  Omar Paloma Pavel Priya Quentin Rafael Rosa Sanjay Selma Soren Tariq Thea Tomas Uma
  Valentina Wren Yara Yusuf Zofia
`);
const SURNAMES = w(`
  Abara Bergstrom Castell Dubois Eriksen Ferreira Gallo Haddad Ivanova Jensen Kowalski
  Lindqvist Moreau Nakamura Okafor Petrov Quispe Rinaldi Santos Takeda Urquhart Varga
  Whitlock Xavier Yilmaz Zeller
`);
const PLACES = w(`
  Aberdeen Antwerp Bergen Bilbao Cork Dakar Dundee Gdansk Genoa Ghent Halifax Hobart
  Kochi Leeds Lima Lyon Malmo Mombasa Nantes Oporto Oslo Perth Quebec Riga Salvador
  Tallinn Tromso Turku Valencia Vigo Windhoek Zadar
`);
const MONTHS = w('January February March April May June July August September October November December');
const UNITS = ['ms', 's', 'kB', 'MB', 'GB', 'km', 'm', 'kg', 'g', 'mm', 'V', 'W', 'kWh', 'Hz', '%', 'degrees'];
const TIME_UNITS = ['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years'];
const PREPS = w('in on under behind beside near through across around after before during without within between against along beyond');
const CONJ = ['but', 'while', 'and', 'so', 'although', 'because', 'whereas', 'yet'];
const MODALS = ['can', 'should', 'must', 'may', 'will', 'might', 'could', 'would', 'cannot', 'need not'];
const DETS = ['the', 'a', 'each', 'every', 'one', 'this', 'that', 'any', 'no', 'another'];
const QUANTS = ['most', 'many', 'some', 'few', 'several', 'all', 'both', 'such'];
const EXTS = ['toml', 'json', 'rs', 'txt', 'csv', 'log', 'md', 'yaml', 'lock', 'sh', 'py', 'conf'];
const OPENERS = ['In practice', 'As a rule', 'By contrast', 'For example', 'At first', 'Even so', 'In short', 'Over time', 'Until then', 'On paper', 'Since then', 'Taken together', 'In most cases', 'After a while', 'Oddly enough'];

// ------------------------------------------------------------------ text
// A lesson keeps coming back to its own subject, as real lessons do: each draws a few dozen
// words, names and places of its own and uses them more often than the rest.
const TOPIC = 0.75;
// How often an explanation restates a sentence of the lesson.
const ECHO = 0.5;
function writer(r) {
  const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
  const some = (xs, n) => Array.from({ length: n }, () => r.pick(xs));
  const topical = (xs, n) => {
    const own = some(xs, n);
    return () => r.pick(r.chance(TOPIC) ? own : xs);
  };
  const noun = topical(NOUNS, 24);
  const verb = topical(VERBS, 12);
  const adj = topical(ADJECTIVES, 12);
  const people = Array.from({ length: 5 }, () => (r.chance(0.5) ? r.pick(FIRST_NAMES) : `${r.pick(FIRST_NAMES)} ${r.pick(SURNAMES)}`));
  const name = () => (r.chance(0.7) ? r.pick(people) : r.chance(0.6) ? r.pick(FIRST_NAMES) : `${r.pick(FIRST_NAMES)} ${r.pick(SURNAMES)}`);
  const an = (word) => (/^[aeiou]/i.test(word) ? 'an' : 'a');
  const det = (word) => {
    const d = r.pick(DETS);
    return d === 'a' ? an(word) : d;
  };

  const number = () => {
    switch (r.int(0, 7)) {
      case 0: return String(r.int(2, 12));
      case 1: return String(r.int(13, 999));
      case 2: return r.int(1000, 99999).toLocaleString('en');
      case 3: return (r.next() * 100).toFixed(r.int(1, 2));
      case 4: return `${r.int(1, 99)}%`;
      case 5: return String(r.int(1850, 2031));
      case 6: return `${r.int(2, 9)}.${r.int(0, 9)}`;
      default: return `${r.int(1, 60)}`;
    }
  };
  const measure = () => {
    const u = r.pick(UNITS);
    const n = r.chance(0.5) ? String(r.int(1, 4000)) : (r.next() * r.pick([1, 10, 100])).toFixed(r.int(1, 2));
    return u === '%' ? `${n}%` : `${n} ${u}`;
  };
  const date = () => `${r.int(1, 28)} ${r.pick(MONTHS)} ${r.int(1950, 2030)}`;

  const ident = () => {
    const a = noun();
    const b = noun();
    switch (r.int(0, 5)) {
      case 0: return `${a}_${b}`;
      case 1: return `${a}${cap(b)}`;
      case 2: return `${verb()[0]}_${a}()`;
      case 3: return `--${a}-${b}`;
      case 4: return `${a}/${b}.${r.pick(EXTS)}`;
      default: return `${a.toUpperCase()}_${b.toUpperCase()}=${r.int(0, 512)}`;
    }
  };
  const code = () => {
    switch (r.int(0, 4)) {
      case 0: return `\`${ident()}\``;
      case 1: return `\`${verb()[0]} ${noun()} --${adj()}\``;
      case 2: return `\`0x${r.int(0, 0xffffff).toString(16).padStart(r.int(2, 6), '0')}\``;
      case 3: return `\`v${r.int(0, 9)}.${r.int(0, 40)}.${r.int(0, 20)}\``;
      default: return `\`${noun()}.${verb()[0]}(${r.int(0, 99)})\``;
    }
  };

  // The lesson's key terms: a few adjective-noun pairs that come back again and again.
  const terms = Array.from({ length: 6 }, () => `${adj()} ${noun()}`);
  // A noun phrase, now and then with an adjective, a number or a trailing phrase; with
  // `one`, always singular (a subject before a verb in the third person).
  const np = (opts = {}) => {
    const n = noun();
    const roll = opts.one ? r.pick([0, 1, 2, 6, 7, 8, 9]) : r.chance(0.05) ? 5 : r.pick([0, 1, 2, 3, 4, 6, 7, 8, 9]);
    let head;
    if (roll < 2) {
      const a = adj();
      head = `${det(a)} ${a} ${n}`;
    } else if (roll < 3) head = `the ${r.pick(terms)}`;
    else if (roll < 5) {
      const q = r.pick(QUANTS);
      head = q === 'both' || q === 'such' ? `${q} ${plural(n)}` : `${q} ${r.chance(0.5) ? adj() + ' ' : ''}${plural(n)}`;
    } else if (roll < 6) head = `${number()} ${plural(n)}`;
    else if (roll < 7) head = `${name()}'s ${n}`;
    else head = `${det(n)} ${n}`;
    if (!opts.short && r.chance(0.2)) {
      const tail = r.chance(0.4) ? `${adj()} ${noun()}` : noun();
      head += ` ${r.pick(PREPS)} ${det(tail)} ${tail}`;
    }
    return head;
  };
  const sg = (opts = {}) => np({ ...opts, one: true });
  const pp = () => {
    switch (r.int(0, 5)) {
      case 0: return ` in ${r.pick(PLACES)}`;
      case 1: return ` ${r.pick(PREPS)} the ${noun()}`;
      case 2: return r.chance(0.3) ? ` by ${date()}` : ` by the ${noun()}`;
      case 3: return r.chance(0.5) ? ` within ${measure()}` : ` with the ${r.pick(terms)}`;
      case 4: return ` ${r.pick(ADVERBS)}`;
      default: return '';
    }
  };

  // One sentence of prose.
  const statement = () => {
    const [v, vPast] = verb();
    const v2 = verb()[0];
    switch (r.int(0, 15)) {
      case 0: return `${cap(sg())} ${third(v)} ${np()}${pp()}.`;
      case 1: return `When ${sg({ short: true })} ${third(v)} ${np({ short: true })}, ${np()} ${r.pick(MODALS)} ${v2} ${np()}.`;
      case 2: return `${name()} ${vPast} ${number()} ${plural(noun())} in ${r.pick(PLACES)}, ${r.pick(ADVERBS)} ${r.chance(0.5) ? 'before' : 'after'} the ${noun()} ${verb()[1]}.`;
      case 3: return `${cap(r.pick(QUANTS))} ${plural(noun())} ${v} ${np()} ${r.pick(ADVERBS)}; ${r.pick(['few', 'some', 'others'])} ${v2} ${np()}.`;
      case 4: return `Run ${code()} before you ${v} ${np({ short: true })}.`;
      case 5: return `The ${noun()} ${r.pick(PREPS)} ${r.pick(PLACES)} ${third(v)} about ${measure()} ${r.pick(['a day', 'per run', 'each week', 'at peak', 'on average', 'in winter'])}.`;
      case 6: {
        const a1 = adj();
        const a2 = adj();
        const n = noun();
        return `${cap(an(a1))} ${a1} ${n} is not the same as ${an(a2)} ${a2} one: the first ${third(v)} ${np({ short: true })}, the second ${third(v2)} ${np({ short: true })}.`;
      }
      case 7: return `In ${r.pick(PLACES)}, ${name()} ${third(v)} ${np()} with ${code()}.`;
      case 8: return `Set ${code()} to ${number()} and ${sg({ short: true })} ${third(v)} ${r.pick(ADVERBS)}.`;
      case 9: return `${r.pick(OPENERS)}, ${sg()} ${third(v)} ${np()} (${r.chance(0.5) ? `about ${measure()}` : `see ${code()}`}).`;
      case 10: return `It takes ${r.int(2, 90)} ${r.pick(TIME_UNITS)} to ${v} ${np()}, ${r.pick(CONJ)} ${sg({ short: true })} ${third(v2)} ${r.pick(['faster', 'slower', 'sooner', 'later', 'less', 'more', 'better'])}.`;
      case 11: return `${name()} and ${name()} ${v} ${np()}, ${r.pick(CONJ)} ${sg({ short: true })} ${r.pick(['stays', 'looks', 'seems', 'turns', 'grows', 'feels'])} ${adj()}.`;
      case 12: return `Do not ${v} ${np()} ${r.pick(['unless', 'until', 'before', 'if'])} ${sg({ short: true })} ${third(v2)} ${np({ short: true })}.`;
      case 13: return `${cap(gerund(v))} ${np({ short: true })} ${r.pick(['costs', 'saves', 'takes', 'adds', 'wastes'])} ${measure()}${pp()}, ${r.pick(['which', 'and that', 'so it'])} ${r.pick(['matters', 'adds up', 'shows', 'is rare', 'helps'])}${r.chance(0.5) ? ' ' + r.pick(ADVERBS) : ''}.`;
      case 14: return `On ${date()}, ${np({ short: true })} ${vPast} ${np()}${pp()}.`;
      default: return `${cap(np())} ${r.pick(MODALS)} ${v} ${np()}, ${r.pick(CONJ)} ${sg({ short: true })} ${third(v2)} ${np({ short: true })}${pp()}.`;
    }
  };
  // Every sentence written so far, so that explanations can restate what a section said.
  const said = [];
  const sentences = (lo, hi) => Array.from({ length: r.int(lo, hi) }, () => {
    const s = statement();
    said.push(s);
    return s;
  }).join(' ');
  const recall = () => (said.length ? r.pick(said) : statement());

  const question = () => {
    const [v] = verb();
    const v2 = verb()[0];
    switch (r.int(0, 8)) {
      case 0: return `Why does ${sg({ short: true })} ${v} ${np()}${pp()}?`;
      case 1: return `What happens to ${np({ short: true })} when ${sg({ short: true })} ${third(v)} ${np({ short: true })}?`;
      case 2: return `Which ${noun()} ${third(v)} ${np()}${pp()}?`;
      case 3: return `How many ${plural(noun())} does ${name()} ${v} in ${r.pick(PLACES)}?`;
      case 4: return `According to the section, what should you do before you ${v} ${np()}?`;
      case 5: return `What does ${code()} ${v} when ${sg({ short: true })} ${third(v2)} ${np({ short: true })}?`;
      case 6: return `${sentences(1, 2)} What is the most likely reason?`;
      case 7: return `A colleague says that ${np({ short: true })} ${r.pick(MODALS)} ${v} ${np()}. Which statement is ${r.pick(['true', 'accurate', 'closest', 'best supported'])}?`;
      default: return `When is it ${adj()} to ${v} ${np()} instead of ${gerund(v2)} ${np({ short: true })}?`;
    }
  };
  const option = () => {
    const [v, vPast] = verb();
    switch (r.int(0, 7)) {
      case 0: return `${cap(v)} ${np()}${pp()}`;
      case 1: return cap(np());
      case 2: return `Only when ${sg({ short: true })} ${third(v)} ${np({ short: true })}`;
      case 3: return `${number()} ${plural(noun())}${pp()}`;
      case 4: return `It ${third(v)} ${np()} ${r.pick(['first', 'twice', 'at once', 'later', 'again'])}`;
      case 5: return `${cap(np({ short: true }))} ${vPast} ${np()}${pp()}`;
      case 6: return `Use ${code()} ${r.pick(['instead', 'first', 'with care', 'only once', 'every time'])}`;
      default: return `${cap(r.pick(QUANTS))} ${plural(noun())} ${r.pick(MODALS)} ${verb()[0]} ${np({ short: true })}`;
    }
  };
  // A few nouns and adjectives, none twice: titles, labels, bold lead-ins.
  const phrase = (lo, hi) => {
    const words = new Set();
    for (let n = r.int(lo, hi); words.size < n;) words.add(r.chance(0.7) ? noun() : adj());
    return [...words].join(' ');
  };
  return { cap, noun, adj, statement, sentences, recall, question, option, phrase, code, name };
}

// ------------------------------------------------------------------ lessons
const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40).replace(/-$/, '');
const unique = (seen, wanted) => {
  const base = wanted || 'x';
  let id = base;
  for (let n = 2; seen.has(id); n++) id = `${base}-${n}`;
  seen.add(id);
  return id;
};
// TOML basic strings: the generated text holds no quote, backslash or control character,
// but keep it safe if the word lists ever do.
const str = (s) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

function lesson(index, questions) {
  // One generator per lesson, from a fixed seed and the lesson's number.
  const r = rng(0x1ec7e9 ^ Math.imul(index + 1, 0x9e3779b1));
  const t = writer(r);
  const title = t.cap(`${t.phrase(2, 4)}: ${r.pick(['how to', 'why you', 'when to', 'what happens when you', 'ways to'])} ${verbPhrase(r, t)}`);
  const id = `${slug(title.split(':')[0])}-${String(index).padStart(3, '0')}`;
  let toml = `# Generated by bench/gen-course.mjs (lesson ${index}).\n`;
  toml += `id = ${str(id)}\n`;
  toml += `series = ${str(t.cap(t.phrase(1, 3)))}\n`;
  toml += `title = ${str(title)}\n`;
  toml += `summary = ${str(t.sentences(1, 3))}\n`;
  toml += `minutes = ${r.int(4, 25)}\n`;
  toml += `reviewed = ${str(String(r.int(2019, 2026)))}\n`;

  const sectionIds = new Set();
  const sections = [];
  const count = r.int(3, 6);
  for (let s = 0; s < count; s++) {
    const stitle = t.cap(r.chance(0.5) ? t.phrase(1, 4) : `${r.pick(['what', 'why', 'how', 'when'])} ${t.phrase(1, 3)} ${r.pick(['matters', 'fails', 'works', 'pays off', 'breaks', 'changes'])}`);
    const sid = unique(sectionIds, slug(stitle.split(' ').slice(0, 3).join(' ')));
    sections.push(sid);
    const blocks = [];
    const nblocks = r.int(1, 5);
    for (let b = 0; b < nblocks; b++) {
      if (r.chance(0.3)) {
        blocks.push(Array.from({ length: r.int(2, 6) }, () => `- ${t.option()}`).join('\n'));
      } else {
        const lead = r.chance(0.35) ? `**${t.cap(t.phrase(1, 4))}.** ` : '';
        blocks.push(lead + t.sentences(2, 6));
      }
    }
    toml += `\n[[sections]]\nid = ${str(sid)}\ntitle = ${str(stitle)}\nbody = """\n${blocks.join('\n\n')}\n"""\n`;
  }

  const questionIds = new Set();
  for (let q = 0; q < questions; q++) {
    const prompt = t.question();
    const qid = unique(questionIds, slug(t.phrase(1, 3)));
    // Like the seed's, an explanation often restates a sentence of the lesson.
    const explanation = r.chance(ECHO) ? `${t.recall()}${r.chance(0.5) ? ' ' + t.statement() : ''}` : t.sentences(1, 2);
    const n = r.chance(0.6) ? 4 : r.int(2, 6);
    const correct = r.int(0, n - 1);
    const optionIds = new Set();
    const options = Array.from({ length: n }, (_, o) => {
      const text = t.option();
      const oid = unique(optionIds, slug(text.split(' ').slice(0, r.int(1, 3)).join(' ')));
      return `  { id = ${str(oid)}, text = ${str(text)}${o === correct ? ', correct = true' : ''} },`;
    }).join('\n');
    toml += `\n[[questions]]\nid = ${str(qid)}\nsection = ${str(r.pick(sections))}\nprompt = ${str(prompt)}\nexplanation = ${str(explanation)}\noptions = [\n${options}\n]\n`;
  }
  return { id, toml };
}
function verbPhrase(r, t) {
  const [v] = VERBS[Math.floor(r.next() * VERBS.length)];
  return `${v} the ${t.adj()} ${t.noun()}`;
}

// ------------------------------------------------------------------ main
const gzipRatio = (texts) => {
  let raw = 0;
  let zipped = 0;
  for (const t of texts) {
    const b = Buffer.from(t);
    raw += b.length;
    zipped += gzipSync(b, { level: 9 }).length;
  }
  return zipped / raw;
};

const [dir, lessonsArg = '200', questionsArg = '15'] = process.argv.slice(2);
const lessons = Number(lessonsArg);
const questions = Number(questionsArg);
if (!dir || !(lessons >= 1) || !(questions >= 1)) {
  console.error('usage: node bench/gen-course.mjs DIR [lessons] [questions]');
  process.exit(2);
}
mkdirSync(dir, { recursive: true });
// A course from an earlier run must not leave lessons behind.
for (const f of readdirSync(dir)) if (f.endsWith('.toml')) rmSync(path.join(dir, f));
const texts = [];
for (let l = 0; l < lessons; l++) {
  const { id, toml } = lesson(l, questions);
  writeFileSync(path.join(dir, `${String(l).padStart(3, '0')}-${id}.toml`), toml);
  texts.push(toml);
}
const raw = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
console.log(`wrote ${lessons} lesson${lessons === 1 ? "" : "s"} x ${questions} questions to ${dir} (${Math.round(raw / lessons).toLocaleString('en')} bytes per lesson)`);

const seed = gzipRatio([readFileSync(SEED_LESSON, 'utf8')]);
const generated = gzipRatio(texts);
console.log(`gzip ratio: seed lesson ${seed.toFixed(3)}, generated lessons ${generated.toFixed(3)}`);
if (generated < seed * (1 - TOLERANCE)) {
  console.error(`gen-course: the generated lessons compress better than the seed lesson by more than ${TOLERANCE * 100}% (gzip ratio ${generated.toFixed(3)} < ${(seed * (1 - TOLERANCE)).toFixed(3)}); their text would hide what a big course costs. Make the generated text more varied.`);
  process.exit(1);
}
