// Welsh (Cymraeg).
// Reviewed by a native speaker: no
import type { Locale } from '../locale.js';

const cy: Locale = {
  reviewed: false,
  ui: {
    heading: 'Cymorth a chefnogaeth',
    emergency: 'Argyfwng',
    action: {
      phone: 'Ffoniwch {{number}}',
      textphone: 'Ffôn testun {{number}}',
      sms: 'Tecstiwch {{number}}',
      smsBody: 'Tecstiwch {{body}} i {{number}}',
      chat: 'Sgwrsio ar-lein',
      web: 'Ewch i’r wefan',
      report: 'Rhoi gwybod ar-lein',
      email: 'E-bostiwch {{address}}',
    },
    actionContext: ', {{line}}',
    opensInNewTab: '(yn agor mewn tab newydd)',
    status: {
      always: 'Ar agor 24 awr',
      open: 'Ar agor nawr',
      openClosesAt: 'Ar agor nawr - yn cau am {{time}}',
      openClosesAtDay: 'Ar agor nawr - yn cau am {{time}} {{day}}',
      closedOpensAt: 'Ar gau - yn agor am {{time}} {{day}}',
      closedLong: 'Ar gau - gwiriwch yr oriau ar y wefan',
      unknown: 'Gwiriwch yr oriau ar y wefan',
      inZone: '{{status}} ({{zone}})',
    },
    weekday: {
      sun: 'dydd Sul',
      mon: 'dydd Llun',
      tue: 'dydd Mawrth',
      wed: 'dydd Mercher',
      thu: 'dydd Iau',
      fri: 'dydd Gwener',
      sat: 'dydd Sadwrn',
    },
    zone: {
      uk: 'amser y DU',
    },
    interpreters: 'Mae cyfieithwyr ar gael',
  },
  lines: {
    'gb-emergency': {
      'Emergency services': 'Gwasanaethau brys',
      "Anyone in immediate danger, or if someone's life is at risk right now":
        'Unrhyw un sydd mewn perygl uniongyrchol, neu os yw bywyd rhywun mewn perygl nawr',
      'Text relay: dial 18000 from a textphone (Relay UK)': 'Cyfnewid testun: deialwch 18000 o ffôn testun (Relay UK)',
    },
    'live-fear-free': {
      'Anyone in Wales affected by domestic abuse or sexual violence, and people helping them':
        'Unrhyw un yng Nghymru y mae cam-drin domestig neu drais rhywiol wedi effeithio arno, a phobl sy’n ei helpu',
      'Email and live chat': 'E-bost a sgwrs fyw',
    },
    'national-domestic-abuse-helpline': {
      'Women experiencing domestic abuse, and people worried about someone':
        'Menywod sy’n profi cam-drin domestig, a phobl sy’n poeni am rywun',
      'Website and safe call-back form': 'Gwefan a ffurflen ddiogel i ofyn am alwad yn ôl',
    },
    'rape-crisis-support-line': {
      'Anyone aged 16 or over in England and Wales affected by sexual violence':
        'Unrhyw un 16 oed neu hŷn yng Nghymru a Lloegr y mae trais rhywiol wedi effeithio arno',
      'Online chat (phone number on the website)': 'Sgwrs ar-lein (rhif ffôn ar y wefan)',
    },
    'victim-support': {
      'Anyone in England or Wales affected by crime, reported or not':
        'Unrhyw un yng Nghymru neu Loegr y mae trosedd wedi effeithio arno, p’un a roddwyd gwybod amdani ai peidio',
    },
    paladin: {
      'Victims of stalking who need an advocate, and professionals working with them':
        'Dioddefwyr stelcio sydd angen eiriolwr, a gweithwyr proffesiynol sy’n gweithio gyda nhw',
    },
    'beat-helpline-england': {
      'Anyone in England affected by an eating disorder, and people supporting them':
        'Unrhyw un yn Lloegr y mae anhwylder bwyta wedi effeithio arno, a phobl sy’n ei gefnogi',
    },
    beat: {
      'Anyone in Wales or Northern Ireland affected by an eating disorder, and people supporting them':
        'Unrhyw un yng Nghymru neu Ogledd Iwerddon y mae anhwylder bwyta wedi effeithio arno, a phobl sy’n ei gefnogi',
      "Helpline details on Beat's website": 'Manylion y llinell gymorth ar wefan Beat',
    },
    'nhs-111-mental-health-england': {
      'Anyone in England, of any age, in a mental health crisis or worried about someone':
        'Unrhyw un yn Lloegr, o unrhyw oed, sydd mewn argyfwng iechyd meddwl neu’n poeni am rywun',
      'Choose the mental health option': 'Dewiswch yr opsiwn iechyd meddwl',
      'NHS 111 online': 'NHS 111 ar-lein',
    },
    'nhs-111-press-2-wales': {
      'Anyone in Wales, of any age, with an urgent mental health concern':
        'Unrhyw un yng Nghymru, o unrhyw oed, sydd â phryder iechyd meddwl brys',
      'Press 2 for mental health': 'Pwyswch 2 ar gyfer iechyd meddwl',
    },
    meic: {
      'Children and young people in Wales up to age 25': 'Plant a phobl ifanc yng Nghymru hyd at 25 oed',
    },
    'action-against-stalking': {
      'People in Scotland who are being, or have been, stalked': 'Pobl yn yr Alban sy’n cael eu stelcio, neu sydd wedi cael eu stelcio',
      'Advice and self-referral form': 'Cyngor a ffurflen hunangyfeirio',
    },
    'rape-crisis-scotland-helpline': {
      'Anyone in Scotland affected by sexual violence, whenever it happened':
        'Unrhyw un yn yr Alban y mae trais rhywiol wedi effeithio arno, pryd bynnag y digwyddodd',
      'Email, text and webchat: details on the website': 'E-bost, neges destun a sgwrs ar y we: manylion ar y wefan',
    },
    sdafmh: {
      'Anyone in Scotland affected by domestic abuse or forced marriage, of any gender':
        'Unrhyw un yn yr Alban y mae cam-drin domestig neu briodas dan orfod wedi effeithio arno, o unrhyw rywedd',
    },
    'victim-support-scotland': {
      'Anyone in Scotland affected by crime, reported or not, and witnesses':
        'Unrhyw un yn yr Alban y mae trosedd wedi effeithio arno, p’un a roddwyd gwybod amdani ai peidio, a thystion',
    },
    'beat-helpline-scotland': {
      'Anyone in Scotland affected by an eating disorder, and people supporting them':
        'Unrhyw un yn yr Alban y mae anhwylder bwyta wedi effeithio arno, a phobl sy’n ei gefnogi',
    },
    'nhs24-111-mental-health-hub': {
      'Anyone in Scotland needing urgent mental health support or in distress':
        'Unrhyw un yn yr Alban sydd angen cymorth iechyd meddwl brys neu sydd mewn trallod',
    },
    'breathing-space': {
      'Anyone in Scotland aged 16 or over feeling low, anxious or stressed':
        'Unrhyw un yn yr Alban 16 oed neu hŷn sy’n teimlo’n isel, yn bryderus neu dan straen',
    },
    'dsa-helpline-ni': {
      'Anyone in Northern Ireland affected by domestic or sexual abuse, of any gender or age':
        'Unrhyw un yng Ngogledd Iwerddon y mae cam-drin domestig neu rywiol wedi effeithio arno, o unrhyw rywedd neu oed',
    },
    'victim-support-ni': {
      'Victims and witnesses of crime in Northern Ireland, reported or not':
        'Dioddefwyr a thystion troseddau yng Ngogledd Iwerddon, p’un a roddwyd gwybod amdanynt ai peidio',
    },
    'lifeline-ni': {
      'Anyone living in Northern Ireland in distress or despair, of any age':
        'Unrhyw un sy’n byw yng Ngogledd Iwerddon ac sydd mewn trallod neu anobaith, o unrhyw oed',
    },
    'mens-advice-line': {
      'Men experiencing domestic abuse, and people worried about them':
        'Dynion sy’n profi cam-drin domestig, a phobl sy’n poeni amdanyn nhw',
    },
    'survivors-trust-helpline': {
      'Anyone affected by rape, sexual violence or sexual abuse, and people supporting them':
        'Unrhyw un y mae treisio, trais rhywiol neu gam-drin rhywiol wedi effeithio arno, a phobl sy’n ei gefnogi',
    },
    'galop-helpline': {
      'LGBT+ people experiencing domestic abuse, sexual violence or other abuse':
        'Pobl LHDT+ sy’n profi cam-drin domestig, trais rhywiol neu gamdriniaeth arall',
    },
    'karma-nirvana': {
      'Victims of honour-based abuse or forced marriage, of any age or gender':
        'Dioddefwyr cam-drin ar sail ‘anrhydedd’ neu briodas dan orfod, o unrhyw oed neu rywedd',
    },
    'forced-marriage-unit': {
      'Anyone facing forced marriage, in the UK or abroad, or worried about someone':
        'Unrhyw un sy’n wynebu priodas dan orfod, yn y DU neu dramor, neu sy’n poeni am rywun',
      'Out of hours: ask for the Foreign Office Response Centre':
        'Y tu allan i oriau swyddfa: gofynnwch am y Foreign Office Response Centre',
    },
    'respect-phoneline': {
      'People worried about their own abusive behaviour towards a partner or family member':
        'Pobl sy’n poeni am eu hymddygiad camdriniol eu hunain tuag at bartner neu aelod o’r teulu',
    },
    samaritans: {
      'Anyone who is struggling to cope, whatever they are going through':
        'Unrhyw un sy’n ei chael hi’n anodd ymdopi, beth bynnag y mae’n mynd drwyddo',
    },
    'samaritans-welsh': {
      'Anyone who wants emotional support in Welsh': 'Unrhyw un sydd eisiau cymorth emosiynol yn Gymraeg',
    },
    shout: {
      'Anyone in the UK who is struggling to cope and would rather text than talk':
        'Unrhyw un yn y DU sy’n ei chael hi’n anodd ymdopi ac y byddai’n well ganddo decstio na siarad',
    },
    'papyrus-hopeline247': {
      'Young people under 35 with thoughts of suicide, and anyone worried about a young person':
        'Pobl ifanc dan 35 oed sy’n meddwl am hunanladdiad, ac unrhyw un sy’n poeni am berson ifanc',
    },
    'national-stalking-helpline': {
      'Anyone affected by stalking or harassment, now or in the past':
        'Unrhyw un y mae stelcio neu aflonyddu wedi effeithio arno, nawr neu yn y gorffennol',
    },
    'report-remove': {
      'Young people under 18 whose nude image or video is online': 'Pobl ifanc dan 18 oed y mae llun neu fideo noeth ohonyn nhw ar-lein',
      'Report Remove on the Childline website': 'Report Remove ar wefan Childline',
    },
    'revenge-porn-helpline': {
      'Adults (18+) in the UK whose intimate images have been shared or threatened':
        'Oedolion (18+) yn y DU y mae eu lluniau personol wedi’u rhannu, neu y bygythiwyd eu rhannu',
      'Website: ask for a call back': 'Gwefan: gofynnwch am alwad yn ôl',
    },
    'gb-police-non-emergency': {
      'Police non-emergency': 'Heddlu: rhif di-argyfwng',
      'Reporting a concern or a crime that is not happening now': 'Rhoi gwybod am bryder neu am drosedd nad yw’n digwydd nawr',
      'Text relay: from a textphone or the Relay UK app': 'Cyfnewid testun: o ffôn testun neu ap Relay UK',
    },
    'nspcc-helpline': {
      'Adults worried about a child': 'Oedolion sy’n poeni am blentyn',
    },
    childline: {
      'Children and young people under 19': 'Plant a phobl ifanc dan 19 oed',
      '1-2-1 chat and email': 'Sgwrs 1-2-1 ac e-bost',
    },
    'stop-it-now': {
      "Anyone worried about their own or someone else's sexual thoughts or behaviour towards children, and parents and survivors":
        'Unrhyw un sy’n poeni am feddyliau neu ymddygiad rhywiol tuag at blant, boed ei rai ei hun neu rai rhywun arall; hefyd rhieni a goroeswyr',
      'Live chat and secure email': 'Sgwrs fyw ac e-bost diogel',
    },
    ceop: {
      'Reporting online sexual abuse, grooming or sextortion of a child; reports are not anonymous':
        'Rhoi gwybod am gam-drin rhywiol, meithrin perthynas amhriodol neu flacmel rhywiol ar-lein yn erbyn plentyn; nid yw adroddiadau’n ddienw',
    },
    iwf: {
      'Anyone who sees sexual images or videos of children online; reports are anonymous':
        'Unrhyw un sy’n gweld lluniau neu fideos rhywiol o blant ar-lein; mae adroddiadau’n ddienw',
    },
    crimestoppers: {
      'Anyone who wants to pass on information about a crime without giving their name':
        'Unrhyw un sydd am roi gwybodaeth am drosedd heb roi ei enw',
      'Anonymous online form': 'Ffurflen ar-lein ddienw',
    },
  },
};

export default cy;
