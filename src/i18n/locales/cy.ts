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
    more: {
      show: 'Rhagor o linellau cymorth ({{count}})',
      hide: 'Llai o linellau cymorth',
    },
    quickExit: {
      button: 'Gadael y dudalen hon',
      hint: 'Neu pwyswch y fysell Shift 3 gwaith',
    },
    calls: {
      free: 'Am ddim i\'w ffonio',
      charged: 'Efallai y codir tâl am alwadau',
      notOnBill: 'Ni fydd yn ymddangos ar filiau ffôn',
      onBill: 'Yn ymddangos ar filiau ffôn',
      confidential: 'Cyfrinachol',
      anonymous: 'Does dim rhaid i chi roi eich enw',
    },
    report: 'Rhif yn anghywir? Rhowch wybod i ni',
  },
  lines: {
    'gb-emergency': {
      'Emergency services': 'Gwasanaethau brys',
      "Anyone in immediate danger, or if someone's life is at risk right now":
        'Unrhyw un sydd mewn perygl uniongyrchol, neu os yw bywyd rhywun mewn perygl nawr',
      'For deaf, hard of hearing or speech-impaired callers, via Relay UK':
        'I alwyr byddar, trwm eu clyw neu â nam ar eu lleferydd, drwy Relay UK',
    },
    'gb-police-non-emergency': {
      'Police non-emergency': 'Heddlu: rhif di-argyfwng',
      'Reporting a concern or a crime that is not happening now': 'Rhoi gwybod am bryder neu am drosedd nad yw’n digwydd nawr',
      'For deaf, hard of hearing or speech-impaired callers, via Relay UK':
        'I alwyr byddar, trwm eu clyw neu â nam ar eu lleferydd, drwy Relay UK',
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
      'Children and adults reporting online sexual abuse or grooming':
        'Plant ac oedolion sy’n rhoi gwybod am gam-drin rhywiol neu feithrin perthynas amhriodol ar-lein',
    },
    iwf: {
      'Anyone who sees sexual images or videos of children online; reports are anonymous':
        'Unrhyw un sy’n gweld lluniau neu fideos rhywiol o blant ar-lein; mae adroddiadau’n ddienw',
    },
    'national-domestic-abuse-helpline': {
      'People experiencing domestic abuse': 'Pobl sy’n profi cam-drin domestig',
      'Website and safe call-back form': 'Gwefan a ffurflen ddiogel i ofyn am alwad yn ôl',
    },
    'rape-crisis-support-line': {
      'Anyone aged 16 or over in England and Wales affected by sexual violence': 'Unrhyw un 16 oed neu hŷn yng Nghymru a Lloegr y mae trais rhywiol wedi effeithio arno',
      'Online chat': 'Sgwrs ar-lein',
    },
    samaritans: {
      'Anyone who is struggling to cope, whatever they are going through': 'Unrhyw un sy’n ei chael hi’n anodd ymdopi, beth bynnag y mae’n mynd drwyddo',
    },
    'samaritans-welsh': {
      'Anyone who wants to talk to Samaritans in Welsh; evenings only': 'Unrhyw un sydd am siarad â’r Samariaid yn Gymraeg; gyda’r nos yn unig',
    },
    shout: {
      'Anyone in the UK who is struggling to cope and would rather text than talk': 'Unrhyw un yn y DU sy’n ei chael hi’n anodd ymdopi ac y byddai’n well ganddo decstio na siarad',
    },
    crimestoppers: {
      'Anyone who wants to pass on information about a crime without giving their name': 'Unrhyw un sydd am roi gwybodaeth am drosedd heb roi ei enw',
      'Anonymous online form': 'Ffurflen ar-lein ddienw',
    },
  },
};

export default cy;
