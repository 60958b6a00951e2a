/**
 * Welsh rules for `topic="auto"`, read like the English ones (rules-en.ts, RULES.md). The first
 * word of every phrase also matches its mutated forms ("cam-drin" as "gam-drin", "ngham-drin",
 * "cham-drin"), so the lists give each phrase once, in its dictionary form.
 */
import { near, type LanguageRules } from './topics.js';

const VOWELS = 'aeiouwyâêîôûŵŷáéíóúàèìòùäëïöüẁẃẅỳýÿ';

/** The soft, nasal and aspirate mutations of a word, and h- before a vowel ("ei hanhwylder"). */
export function mutations(word: string): string[] {
  const first = word.charAt(0);
  const rest = word.slice(1);
  const two = word.slice(0, 2);
  if (two === 'll') return ['l' + word.slice(2)];
  if (two === 'rh') return ['r' + word.slice(2)];
  // Already a mutated or unmutable letter.
  if (['ch', 'ph', 'th', 'ff', 'dd', 'ng'].includes(two)) return [];
  if (VOWELS.includes(first)) return ['h' + word];
  switch (first) {
    case 'p':
      return ['b' + rest, 'mh' + rest, 'ph' + rest];
    case 't':
      return ['d' + rest, 'nh' + rest, 'th' + rest];
    case 'c':
      return ['g' + rest, 'ngh' + rest, 'ch' + rest];
    case 'b':
      return ['f' + rest, 'm' + rest];
    case 'd':
      return ['dd' + rest, 'n' + rest];
    case 'g':
      return rest ? [rest, 'ng' + rest] : [];
    case 'm':
      return ['f' + rest];
    default:
      return [];
  }
}

/** Sexual images of a person: image abuse for anyone, child sexual abuse too when a child is near. */
const SEXUAL_IMAGES = [
  'secstortio',
  'sextortion',
  'blacmel rhywiol',
  'delweddau (personol|noeth|rhywiol)',
  'fideos (personol|noeth|rhywiol)',
  'lluniau (noeth|rhywiol)',
  'noethlun(iau|)',
];

/** Sexual violence: rape and sexual assault of adults, of children too when a child is near. */
const SEXUAL_VIOLENCE = [
  'trais rhywiol',
  'treisio',
  'treisiodd',
  'treisiwyd',
  'treisiwr',
  'treiswyr',
  'ymosodiad(|au) rhywiol',
  'ymosod(|odd) yn rhywiol',
  'ymosodiad(|au) anweddus',
  'cam-drin rhywiol',
  'cam-dri(n|odd|wyd) yn rhywiol',
  'camdriniaeth rywiol',
];

/** A killing by a partner ("llofruddio ei wraig"): domestic abuse, and crime. */
const PARTNER_KILLING = ['(llofruddio|lladd|trywanu|tagu) ei (wraig|ŵr|gŵr|bartner|phartner|gariad|chariad)'];

/** Abuse, in its verb and noun forms. */
const ABUSE = ['cam-drin', 'cam-driodd', 'cam-driwyd', 'camdriniaeth', 'camdriniol'];

export const cy: LanguageRules = {
  topics: {
    'child-sexual-abuse': {
      strong: [
        'cam-drin plant yn rhywiol',
        'cam-drin rhywiol ar blant',
        'camdriniaeth rywiol ar blant',
        'camfanteisio(|’n| yn) rhywiol ar blant',
        'deunydd cam-drin plant',
        '(delweddau|lluniau|fideos) anweddus',
        'pedoffil(|iaid)',
        'pedoffilydd',
        'meithrin perthynas amhriodol',
        near('child', 'camfanteisio(|’n| yn) rhywiol', ...SEXUAL_VIOLENCE, ...SEXUAL_IMAGES),
      ],
      weak: ['cofrestr troseddwyr rhyw'],
    },
    'child-abuse': {
      strong: [
        'cam-drin plant',
        'creulondeb i (blant|blentyn)',
        'esgeuluso plant',
        'esgeulustod plant',
        'adolygiad ymarfer diogelu plant',
        near('child', 'creulondeb'),
      ],
      moderate: [near('child', ...ABUSE, 'esgeuluso', 'esgeulustod', 'esgeuluswyd')],
      weak: ['NSPCC', 'Childline', 'diogelu', 'gwasanaethau cymdeithasol'],
    },
    'domestic-abuse': {
      strong: [
        'cam-drin domestig',
        'camdriniaeth ddomestig',
        'trais domestig',
        'lladdiad domestig',
        'ymddygiad (rheolaethol|gorfodol)',
        'rheolaeth (drwy orfodaeth|orfodol)',
        'cam-drin economaidd',
        'Cymorth i Ferched',
        'Cyfraith Clare',
        'partner(|iaid) (treisgar|camdriniol)',
        'perthynas (dreisgar|gamdriniol)',
        ...PARTNER_KILLING,
        'cam-drin ei (bartner|phartner|wraig|ŵr|gŵr|gariad|chariad)',
      ],
      moderate: ['lloches(|au)', near('partner', ...ABUSE, 'treisgar', 'rheoli', 'rheolaethol')],
      weak: [...ABUSE],
    },
    'sexual-violence': {
      strong: [...SEXUAL_VIOLENCE, 'trosedd(|au) rhyw(|iol)'],
      moderate: ['aflonyddu rhywiol', 'sbeicio'],
      weak: ['caniatâd', 'cydsyniad'],
    },
    suicide: {
      strong: [
        'hunanladdiad(|au)',
        'hunanladdol',
        'lladd (ei|eu) (hun|hunain)',
        'cymryd (ei|eu) (bywyd|fywyd|bywydau) (ei|eu) (hun|hunain)',
        'dod â’i (bywyd|fywyd) i ben',
      ],
      weak: ['Samariaid'],
    },
    'mental-health': {
      strong: [
        '(salwch|afiechyd) meddwl',
        'argyfwng iechyd meddwl',
        '(problem|problemau|cyflwr|cyflyrau) iechyd meddwl',
        'Deddf Iechyd Meddwl',
        'seicosis',
        'sgitsoffrenia',
        'anhwylder deubegwn',
        'iselder ôl-enedigol',
        'anhwylder straen wedi trawma',
        'PTSD',
        'pyliau o banig',
      ],
      moderate: ['iechyd meddwl', 'gorbryder', 'iselder', 'seiciatrig', 'seiciatrydd'],
      weak: ['cwnsela', 'lles', 'straen', 'unigrwydd'],
    },
    crime: {
      strong: [
        'llofruddiaeth(|au)',
        'llofruddio',
        'llofruddiwyd',
        'llofrudd',
        'dynladdiad',
        'trywanu',
        'trywanwyd',
        'trywanodd',
        'troseddau cyllyll',
        'trosedd(|au) cyllell',
        'ymosodiad â chyllell',
        'lladrad arfog',
        ...PARTNER_KILLING,
      ],
      moderate: ['saethu', 'saethwyd', 'lladrad(|au)', 'lladrata', 'byrgler(|iaid)', 'byrgleriaeth(|au)'],
      weak: ['ymosodiad(|au)', 'ymosod(|odd)', 'lladdwyd', 'cyllell', 'cyllyll', 'arf(|au)', 'trais', 'treisgar', 'apelio am dystion'],
    },
    'self-harm': {
      strong: ['hunan-niweidio', 'hunan-niwed', 'hunan-anafu', '(niweidio|anafu) (ei|eu) (hun|hunain)'],
    },
    'eating-disorders': {
      strong: ['anhwylder(|au) bwyta', 'anorecsia', 'anorecsig', 'bwlimia', 'gorfwyta mewn pyliau', 'ARFID'],
      moderate: ['gorfwyta'],
    },
    stalking: {
      strong: ['stelcian', 'stelcio', 'stelciwr', 'stelcwyr', 'stelcwraig'],
      moderate: ['obsesiwn', 'gorchymyn atal', 'dyfais olrhain'],
      weak: ['aflonyddu', 'olrhain'],
    },
    'image-abuse': {
      strong: [...SEXUAL_IMAGES, 'pornograffi dial'],
      moderate: ['lluniau personol', 'ffugiad(|au) dwfn', 'deepfake(|s)'],
      weak: ['blacmel', 'heb ganiatâd'],
    },
  },

  otherSenses: [
    'bomiwr hunanladdiad',
    'bomwyr hunanladdiad',
    'ymosodiad(|au) hunanladdiad',
    'hunanladdiad gwleidyddol',
    'saethu (ffilm|golygfeydd|golygfa|rhaglen|colomennod clai)',
    'dirgelwch llofruddiaeth',
    'stori (dditectif |)am lofruddiaeth',
    'cam-drin (grym|pŵer|ymddiriedaeth|proses)',
    'cam-drin (hiliol|geiriol|homoffobig)',
    'cam-drin (cyffuriau|alcohol|sylweddau)',
  ],

  negators: ['nid', 'nad', 'ddim', 'heb', 'dim', 'byth', 'nac'],

  cues: {
    child: [
      'plentyn',
      'plant',
      'plentyndod',
      'bachgen',
      'bechgyn',
      'genethod',
      'merch(|ed) ysgol',
      'merch fach',
      'disgybl(|ion)',
      'arddegau',
      'baban(|od)',
      'babi',
      'pobl ifanc',
      'ysgol (gynradd|uwchradd)',
    ],
    adult: ['menyw', 'menywod', 'dynes', 'oedolyn', 'oedolion', 'gwraig', 'myfyriwr', 'myfyrwyr', 'myfyrwraig'],
    partner: ['partner', 'partneriaid', 'gŵr', 'gwraig', 'cariad', 'cyn-bartner', 'cyn-gariad', 'cyn-ŵr', 'cyn-wraig', 'priodas', 'perthynas'],
  },

  ages: {
    numbers: {},
    before: [],
    after: ['oed', 'mlwydd oed', 'mlwydd'],
  },

  variants: mutations,
};
