// Irish (Gaeilge). Only terms with an established Irish form are used; the
// helplines' names stay in English as their operators publish them.
// Reviewed by a native speaker: no
import type { Locale } from '../locale.js';

const ga: Locale = {
  reviewed: false,
  ui: {
    heading: 'Cabhair agus tacaíocht',
    emergency: 'Éigeandáil',
    action: {
      phone: 'Glaoigh ar {{number}}',
      textphone: 'Téacsfón {{number}}',
      sms: 'Seol téacs chuig {{number}}',
      smsBody: 'Seol {{body}} mar théacs chuig {{number}}',
      chat: 'Comhrá ar líne',
      web: 'Féach ar an suíomh gréasáin',
      report: 'Tuairiscigh ar líne',
      email: 'Seol ríomhphost chuig {{address}}',
    },
    actionContext: ', {{line}}',
    opensInNewTab: '(osclaítear i gcluaisín nua é)',
    status: {
      always: 'Ar oscailt 24 uair an chloig',
      open: 'Ar oscailt anois',
      openClosesAt: 'Ar oscailt anois - dúnann ag {{time}}',
      openClosesAtDay: 'Ar oscailt anois - dúnann ag {{time}} {{day}}',
      closedOpensAt: 'Dúnta - osclaíonn ag {{time}} {{day}}',
      closedLong: 'Dúnta - féach ar na huaireanta ar an suíomh gréasáin',
      unknown: 'Féach ar na huaireanta ar an suíomh gréasáin',
      inZone: '{{status}} ({{zone}})',
    },
    weekday: {
      sun: 'Dé Domhnaigh',
      mon: 'Dé Luain',
      tue: 'Dé Máirt',
      wed: 'Dé Céadaoin',
      thu: 'Déardaoin',
      fri: 'Dé hAoine',
      sat: 'Dé Sathairn',
    },
    zone: {
      uk: 'am na Ríochta Aontaithe',
    },
    interpreters: 'Tá ateangairí ar fáil',
    more: {
      show: 'Tuilleadh línte cabhrach ({{count}})',
      hide: 'Níos lú línte cabhrach',
    },
    quickExit: {
      button: 'Fág an leathanach seo',
      hint: 'Nó brúigh an eochair Shift 3 huaire',
    },
    calls: {
      free: 'Glao saor in aisce',
      charged: 'D’fhéadfadh costas a bheith ar ghlaonna',
      notOnBill: 'Ní thaispeánfar ar bhillí fóin é',
      onBill: 'Taispeántar ar bhillí fóin é',
      confidential: 'Faoi rún',
      anonymous: 'Ní gá duit d’ainm a thabhairt',
    },
    report: 'Uimhir mhícheart? Inis dúinn',
  },
  lines: {
    'gb-emergency': {
      'Emergency services': 'Seirbhísí éigeandála',
      "Anyone in immediate danger, or if someone's life is at risk right now":
        'Aon duine atá i mbaol láithreach, nó má tá beatha duine i mbaol anois',
      'For deaf, hard of hearing or speech-impaired callers, via Relay UK':
        'Do ghlaoiteoirí atá bodhar nó lagéisteachta nó a bhfuil deacracht cainte acu, trí Relay UK',
    },
    'gb-police-non-emergency': {
      'Police non-emergency': 'Póilíní: uimhir neamhéigeandála',
      'Reporting a concern or a crime that is not happening now': 'Ábhar imní nó coir nach bhfuil ag tarlú anois a thuairisciú',
      'For deaf, hard of hearing or speech-impaired callers, via Relay UK':
        'Do ghlaoiteoirí atá bodhar nó lagéisteachta nó a bhfuil deacracht cainte acu, trí Relay UK',
    },
    'nspcc-helpline': {
      'Adults worried about a child': 'Daoine fásta atá buartha faoi leanbh',
    },
    childline: {
      'Children and young people under 19': 'Leanaí agus daoine óga faoi 19 mbliana d’aois',
      '1-2-1 chat and email': 'Comhrá 1-2-1 agus ríomhphost',
    },
    'stop-it-now': {
      "Anyone worried about their own or someone else's sexual thoughts or behaviour towards children, and parents and survivors":
        'Aon duine atá buartha faoina smaointe nó faoina iompar gnéasach féin i leith leanaí, nó faoi smaointe nó iompar duine eile, chomh maith le tuismitheoirí agus marthanóirí',
      'Live chat and secure email': 'Comhrá beo agus ríomhphost slán',
    },
    ceop: {
      'Children and adults reporting online sexual abuse or grooming':
        'Leanaí agus daoine fásta atá ag tuairisciú mí-úsáide gnéasaí nó grúmaeireachta ar líne',
    },
    iwf: {
      'Anyone who sees sexual images or videos of children online; reports are anonymous':
        'Aon duine a fheiceann íomhánna nó físeáin ghnéasacha de leanaí ar líne; is gan ainm a dhéantar tuairiscí',
    },
    'national-domestic-abuse-helpline': {
      'People experiencing domestic abuse': 'Daoine atá ag fulaingt mí-úsáide baile',
      'Website and safe call-back form': 'Suíomh gréasáin agus foirm shlán chun glao ar ais a iarraidh',
    },
    'rape-crisis-support-line': {
      'Anyone aged 16 or over in England and Wales affected by sexual violence': 'Aon duine 16 bliana d’aois nó níos sine i Sasana agus sa Bhreatain Bheag a ndeachaigh foréigean gnéasach i bhfeidhm air nó uirthi',
      'Online chat': 'Comhrá ar líne',
    },
    samaritans: {
      'Anyone who is struggling to cope, whatever they are going through': 'Aon duine atá ag streachailt, is cuma cad atá ar siúl',
    },
    'samaritans-welsh': {
      'Anyone who wants to talk to Samaritans in Welsh; evenings only': 'Aon duine ar mian leis nó léi labhairt le Samaritans i mBreatnais; um thráthnóna amháin',
    },
    shout: {
      'Anyone in the UK who is struggling to cope and would rather text than talk': 'Aon duine sa Ríocht Aontaithe atá ag streachailt agus arbh fhearr leis nó léi téacs a sheoladh ná labhairt',
    },
    crimestoppers: {
      'Anyone who wants to pass on information about a crime without giving their name': 'Aon duine ar mian leis nó léi eolas faoi choir a thabhairt gan ainm a thabhairt',
      'Anonymous online form': 'Foirm ar líne gan ainm',
    },
  },
};

export default ga;
