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
    'ie-emergency': {
      'Emergency services': 'Gwasanaethau brys',
      "Anyone in immediate danger, or if someone's life is at risk right now":
        'Unrhyw un sydd mewn perygl uniongyrchol, neu os yw bywyd rhywun mewn perygl nawr',
    },
    pieta: {
      'Anyone in Ireland who is suicidal, self-harming or bereaved by suicide':
        'Unrhyw un yn Iwerddon sy’n meddwl am hunanladdiad, sy’n hunan-niweidio neu sydd wedi colli rhywun drwy hunanladdiad',
      'Texts cost the standard rate': 'Mae negeseuon testun yn costio’r gyfradd arferol',
    },
    bodywhys: {
      'People in Ireland affected by eating disorders, and their families':
        'Pobl yn Iwerddon y mae anhwylderau bwyta wedi effeithio arnynt, a’u teuluoedd',
    },
    'womens-aid-ie': {
      'Women in Ireland experiencing domestic abuse, and their family or friends':
        'Menywod yn Iwerddon sy’n profi cam-drin domestig, a’u teulu neu ffrindiau',
    },
    'mens-aid-ie': {
      'Men in Ireland experiencing domestic abuse, and their families': 'Dynion yn Iwerddon sy’n profi cam-drin domestig, a’u teuluoedd',
    },
    'drcc-national-rape-crisis-helpline': {
      'Anyone in Ireland affected by rape, sexual assault or child sexual abuse':
        'Unrhyw un yn Iwerddon y mae treisio, ymosodiad rhywiol neu gam-drin plant yn rhywiol wedi effeithio arno',
    },
    'samaritans-ie': {
      'Anyone who is struggling to cope, whatever they are going through':
        'Unrhyw un sy’n ei chael hi’n anodd ymdopi, beth bynnag y mae’n mynd drwyddo',
    },
    'text-50808': {
      'Anyone in Ireland going through a mental health or emotional crisis, by text':
        'Unrhyw un yn Iwerddon sy’n mynd drwy argyfwng iechyd meddwl neu emosiynol, drwy neges destun',
      'Text any message to start': 'Anfonwch unrhyw neges i ddechrau',
    },
    'hse-your-mental-health-information-line': {
      'Anyone in Ireland looking for mental health services and supports (information, not counselling)':
        'Unrhyw un yn Iwerddon sy’n chwilio am wasanaethau a chymorth iechyd meddwl (gwybodaeth, nid cwnsela)',
    },
    'ispcc-childline': {
      'Children and young people up to 18': 'Plant a phobl ifanc hyd at 18 oed',
      'Online chat': 'Sgwrs ar-lein',
    },
    'garda-child-sexual-abuse-reporting-line': {
      'Anyone reporting child sexual abuse, happening now or in the past':
        'Unrhyw un sy’n rhoi gwybod am gam-drin plant yn rhywiol, sy’n digwydd nawr neu a ddigwyddodd yn y gorffennol',
    },
    'hotline-ie': {
      'Anyone reporting child sexual abuse material or intimate image abuse online; reports can be anonymous':
        'Unrhyw un sy’n rhoi gwybod am ddeunydd cam-drin plant yn rhywiol neu gam-drin delweddau personol ar-lein; gall adroddiadau fod yn ddienw',
    },
    'tusla-report-a-concern': {
      'Anyone in Ireland worried that a child is being harmed or neglected':
        'Unrhyw un yn Iwerddon sy’n poeni bod plentyn yn cael ei niweidio neu ei esgeuluso',
      'How to report: your local social work duty service': 'Sut i roi gwybod: eich gwasanaeth gwaith cymdeithasol ar ddyletswydd lleol',
    },
    'stop-it-now-ie': {
      "Anyone worried about their own or someone else's sexual thoughts or behaviour towards children, and parents and survivors":
        'Unrhyw un sy’n poeni am feddyliau neu ymddygiad rhywiol tuag at blant, boed ei rai ei hun neu rai rhywun arall; hefyd rhieni a goroeswyr',
      'Calls from Ireland are charged by your phone provider': 'Mae’ch darparwr ffôn yn codi tâl am alwadau o Iwerddon',
      'Live chat and secure email': 'Sgwrs fyw ac e-bost diogel',
    },
    'crime-victims-helpline-ie': {
      'Anyone in Ireland affected by crime, including stalking and harassment':
        'Unrhyw un yn Iwerddon y mae trosedd wedi effeithio arno, gan gynnwys stelcio ac aflonyddu',
      'Harassment and stalking advice': 'Cyngor am aflonyddu a stelcio',
    },
    'garda-confidential-line': {
      'Anyone in Ireland passing information about crime to the Gardaí': 'Unrhyw un yn Iwerddon sy’n rhoi gwybodaeth am drosedd i’r Gardaí',
    },
    'us-emergency': {
      'Emergency services': 'Gwasanaethau brys',
      "Anyone in immediate danger, or if someone's life is at risk right now":
        'Unrhyw un sydd mewn perygl uniongyrchol, neu os yw bywyd rhywun mewn perygl nawr',
    },
    childhelp: {
      'Children, and adults worried about a child, for counselling and advice (it does not take reports of abuse)':
        'Plant, ac oedolion sy’n poeni am blentyn, ar gyfer cwnsela a chyngor (nid yw’n derbyn adroddiadau am gam-drin)',
      'Chat online': 'Sgwrsio ar-lein',
    },
    'take-it-down': {
      'Anyone with nude or sexual images of themselves taken before age 18':
        'Unrhyw un y mae lluniau noeth neu rywiol ohono wedi’u tynnu cyn iddo droi’n 18 oed',
      'Get help removing images taken under 18': 'Cael help i dynnu lluniau a dynnwyd cyn 18 oed',
    },
    'ncmec-cybertipline': {
      'Anyone reporting the online sexual exploitation of a child': 'Unrhyw un sy’n rhoi gwybod am gamfanteisio rhywiol ar blentyn ar-lein',
      "NCMEC's 24-hour hotline": 'Llinell 24 awr NCMEC',
    },
    'childwelfare-state-reporting': {
      'Anyone reporting suspected child abuse or neglect to their state':
        'Unrhyw un sy’n rhoi gwybod i’w dalaith am amheuaeth o gam-drin neu esgeuluso plant',
      "Find your state's reporting number": 'Dod o hyd i rif eich talaith ar gyfer rhoi gwybod',
    },
    'stop-it-now-us': {
      'Anyone with questions or worries about child sexual abuse, including about their own thoughts or behaviour':
        'Unrhyw un sydd â chwestiynau neu bryderon am gam-drin plant yn rhywiol, gan gynnwys am eu meddyliau neu eu hymddygiad eu hunain',
    },
    rainn: {
      'Anyone affected by sexual violence, and their loved ones': 'Unrhyw un y mae trais rhywiol wedi effeithio arno, a’i anwyliaid',
    },
    ndvh: {
      'Anyone affected by domestic or relationship abuse, and people worried about their own behaviour':
        'Unrhyw un y mae cam-drin domestig neu gam-drin mewn perthynas wedi effeithio arno, a phobl sy’n poeni am eu hymddygiad eu hunain',
      'From a TTY (text telephone)': 'O ffôn testun (TTY)',
    },
    '988-lifeline': {
      'Anyone in the US in a suicidal, mental-health or substance-use crisis, or worried about someone':
        'Unrhyw un yn UDA sydd mewn argyfwng hunanladdol, iechyd meddwl neu ddefnyddio sylweddau, neu sy’n poeni am rywun',
      'Chat online': 'Sgwrsio ar-lein',
    },
    'crisis-text-line-us': {
      'Anyone in the US in any kind of crisis, by text': 'Unrhyw un yn UDA mewn unrhyw fath o argyfwng, drwy neges destun',
    },
    'sparc-stalking': {
      'Information about stalking; there is no national stalking hotline in the US':
        'Gwybodaeth am stelcio; does dim llinell gymorth genedlaethol ar gyfer stelcio yn UDA',
    },
    'ccri-safety-center': {
      'Adults whose intimate images were shared or threatened, including deepfakes and sextortion':
        'Oedolion y rhannwyd eu lluniau personol, neu y bygythiwyd eu rhannu, gan gynnwys ffugiau dwfn a blacmel rhywiol',
    },
    'fbi-tips': {
      'Anyone reporting a federal crime, including sextortion':
        'Unrhyw un sy’n rhoi gwybod am drosedd ffederal, gan gynnwys blacmel rhywiol',
    },
    'au-emergency': {
      'Emergency services (Triple Zero)': 'Gwasanaethau brys (Triple Zero)',
      "Anyone in immediate danger, or if someone's life is at risk right now":
        'Unrhyw un sydd mewn perygl uniongyrchol, neu os yw bywyd rhywun mewn perygl nawr',
      'From most mobile phones': 'O’r rhan fwyaf o ffonau symudol',
      'TTY only: dial 106 from a TTY; text messages (SMS) do not work':
        'TTY yn unig: deialwch 106 o TTY; nid yw negeseuon testun (SMS) yn gweithio',
    },
    'esafety-image-based-abuse': {
      'People in Australia whose intimate images were shared or threatened, including sextortion':
        'Pobl yn Awstralia y rhannwyd eu lluniau personol, neu y bygythiwyd eu rhannu, gan gynnwys blacmel rhywiol',
    },
    'butterfly-national-helpline': {
      'Anyone affected by eating disorders or body image concerns, and carers':
        'Unrhyw un y mae anhwylderau bwyta neu bryderon am ddelwedd y corff wedi effeithio arno, a gofalwyr',
      'Webchat and email on the Butterfly website': 'Sgwrs ar y we ac e-bost ar wefan Butterfly',
    },
    '1800respect': {
      'Anyone affected by domestic, family or sexual violence, and people supporting them':
        'Unrhyw un y mae trais domestig, teuluol neu rywiol wedi effeithio arno, a phobl sy’n ei gefnogi',
    },
    'lifeline-au': {
      'Anyone having a personal crisis or thinking about suicide': 'Unrhyw un sydd mewn argyfwng personol neu’n meddwl am hunanladdiad',
    },
    '13yarn': {
      'Aboriginal and Torres Strait Islander people feeling overwhelmed or finding it hard to cope':
        'Pobl Gynfrodorol ac Ynyswyr Culfor Torres sy’n teimlo wedi’u llethu neu’n ei chael hi’n anodd ymdopi',
    },
    'beyond-blue': {
      'Anyone in Australia affected by anxiety, depression or other mental health concerns':
        'Unrhyw un yn Awstralia y mae gorbryder, iselder neu bryderon iechyd meddwl eraill wedi effeithio arno',
    },
    'kids-helpline': {
      'Children and young people aged 5 to 25': 'Plant a phobl ifanc rhwng 5 a 25 oed',
      'WebChat': 'Sgwrs ar y we',
    },
    'mensline-australia': {
      'Men with relationship, mental health or wellbeing concerns': 'Dynion sydd â phryderon am berthynas, iechyd meddwl neu lesiant',
    },
    'accce-report': {
      'Anyone reporting online child sexual exploitation, grooming or sextortion':
        'Unrhyw un sy’n rhoi gwybod am gamfanteisio rhywiol ar blant, meithrin perthynas amhriodol neu flacmel rhywiol ar-lein',
    },
    'au-police-non-urgent': {
      'Police non-urgent line': 'Heddlu: llinell nad yw’n frys',
      'Reporting a crime or concern that is not an emergency; calls cost a local call':
        'Rhoi gwybod am drosedd neu bryder nad yw’n argyfwng; mae galwadau’n costio galwad leol',
    },
    'crime-stoppers-au': {
      'Anyone with information about a crime': 'Unrhyw un sydd â gwybodaeth am drosedd',
      'Report online (choose your state)': 'Rhoi gwybod ar-lein (dewiswch eich talaith)',
    },
    'stop-it-now-au': {
      "Anyone worried about their own or someone else's sexual thoughts or behaviour towards children":
        'Unrhyw un sy’n poeni am feddyliau neu ymddygiad rhywiol tuag at blant, boed ei rai ei hun neu rai rhywun arall',
      'Anonymous live chat': 'Sgwrs fyw ddienw',
    },
    'blue-knot-helpline': {
      'Adult survivors of childhood trauma and abuse, and people supporting them':
        'Oedolion sydd wedi goroesi trawma a chamdriniaeth yn ystod plentyndod, a phobl sy’n eu cefnogi',
    },
    'esafety-tech-abuse-support': {
      'People abused, threatened or stalked through technology': 'Pobl sy’n cael eu cam-drin, eu bygwth neu eu stelcio drwy dechnoleg',
      'Online safety help': 'Help gyda diogelwch ar-lein',
    },
  },
};

export default cy;
