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
      'Text relay: dial 18000 from a textphone (Relay UK)': 'Athsheachadadh téacs: diailigh 18000 ó théacsfhón (Relay UK)',
    },
    'live-fear-free': {
      'Anyone in Wales affected by domestic abuse or sexual violence, and people helping them':
        'Aon duine sa Bhreatain Bheag a ndeachaigh mí-úsáid bhaile nó foréigean gnéasach i bhfeidhm air nó uirthi, agus daoine atá ag cabhrú leo',
      'Email and live chat': 'Ríomhphost agus comhrá beo',
    },
    'national-domestic-abuse-helpline': {
      'Women experiencing domestic abuse, and people worried about someone':
        'Mná atá ag fulaingt mí-úsáide baile, agus daoine atá buartha faoi dhuine',
      'Website and safe call-back form': 'Suíomh gréasáin agus foirm shlán chun glao ar ais a iarraidh',
    },
    'rape-crisis-support-line': {
      'Anyone aged 16 or over in England and Wales affected by sexual violence':
        'Aon duine 16 bliana d’aois nó níos sine i Sasana agus sa Bhreatain Bheag a ndeachaigh foréigean gnéasach i bhfeidhm air nó uirthi',
      'Online chat (phone number on the website)': 'Comhrá ar líne (tá an uimhir theileafóin ar an suíomh gréasáin)',
    },
    'victim-support': {
      'Anyone in England or Wales affected by crime, reported or not':
        'Aon duine i Sasana nó sa Bhreatain Bheag a ndeachaigh coir i bhfeidhm air nó uirthi, cibé ar tuairiscíodh í nó nár tuairiscíodh',
    },
    paladin: {
      'Victims of stalking who need an advocate, and professionals working with them':
        'Íospartaigh stalcaireachta a bhfuil abhcóide ag teastáil uathu, agus gairmithe a oibríonn leo',
    },
    'beat-helpline-england': {
      'Anyone in England affected by an eating disorder, and people supporting them':
        'Aon duine i Sasana a bhfuil neamhord itheacháin ag cur isteach air nó uirthi, agus daoine atá ag tacú leo',
    },
    beat: {
      'Anyone in Wales or Northern Ireland affected by an eating disorder, and people supporting them':
        'Aon duine sa Bhreatain Bheag nó i dTuaisceart Éireann a bhfuil neamhord itheacháin ag cur isteach air nó uirthi, agus daoine atá ag tacú leo',
      "Helpline details on Beat's website": 'Sonraí na líne cabhrach ar shuíomh gréasáin Beat',
    },
    'nhs-111-mental-health-england': {
      'Anyone in England, of any age, in a mental health crisis or worried about someone':
        'Aon duine i Sasana, d’aois ar bith, atá i ngéarchéim mheabhairshláinte nó atá buartha faoi dhuine',
      'Choose the mental health option': 'Roghnaigh an rogha meabhairshláinte',
      'NHS 111 online': 'NHS 111 ar líne',
    },
    'nhs-111-press-2-wales': {
      'Anyone in Wales, of any age, with an urgent mental health concern':
        'Aon duine sa Bhreatain Bheag, d’aois ar bith, a bhfuil imní phráinneach meabhairshláinte air nó uirthi',
      'Press 2 for mental health': 'Brúigh 2 le haghaidh meabhairshláinte',
    },
    meic: {
      'Children and young people in Wales up to age 25': 'Leanaí agus daoine óga sa Bhreatain Bheag suas go 25 bliana d’aois',
    },
    'action-against-stalking': {
      'People in Scotland who are being, or have been, stalked': 'Daoine in Albain atá á stalcaireacht nó a ndearnadh stalcaireacht orthu',
      'Advice and self-referral form': 'Comhairle agus foirm féinatreoraithe',
    },
    'rape-crisis-scotland-helpline': {
      'Anyone in Scotland affected by sexual violence, whenever it happened':
        'Aon duine in Albain a ndeachaigh foréigean gnéasach i bhfeidhm air nó uirthi, is cuma cathain a tharla sé',
      'Email, text and webchat: details on the website': 'Ríomhphost, téacs agus comhrá gréasáin: sonraí ar an suíomh gréasáin',
    },
    sdafmh: {
      'Anyone in Scotland affected by domestic abuse or forced marriage, of any gender':
        'Aon duine in Albain, d’inscne ar bith, a ndeachaigh mí-úsáid bhaile nó pósadh éigeantach i bhfeidhm air nó uirthi',
    },
    'victim-support-scotland': {
      'Anyone in Scotland affected by crime, reported or not, and witnesses':
        'Aon duine in Albain a ndeachaigh coir i bhfeidhm air nó uirthi, cibé ar tuairiscíodh í nó nár tuairiscíodh, agus finnéithe',
    },
    'beat-helpline-scotland': {
      'Anyone in Scotland affected by an eating disorder, and people supporting them':
        'Aon duine in Albain a bhfuil neamhord itheacháin ag cur isteach air nó uirthi, agus daoine atá ag tacú leo',
    },
    'nhs24-111-mental-health-hub': {
      'Anyone in Scotland needing urgent mental health support or in distress':
        'Aon duine in Albain a bhfuil tacaíocht phráinneach meabhairshláinte ag teastáil uaidh nó uaithi, nó atá i gcruachás',
    },
    'breathing-space': {
      'Anyone in Scotland aged 16 or over feeling low, anxious or stressed':
        'Aon duine in Albain atá 16 bliana d’aois nó níos sine agus atá in ísle brí, imníoch nó faoi strus',
    },
    'dsa-helpline-ni': {
      'Anyone in Northern Ireland affected by domestic or sexual abuse, of any gender or age':
        'Aon duine i dTuaisceart Éireann, d’inscne nó d’aois ar bith, a ndeachaigh mí-úsáid bhaile nó ghnéasach i bhfeidhm air nó uirthi',
    },
    'victim-support-ni': {
      'Victims and witnesses of crime in Northern Ireland, reported or not':
        'Íospartaigh agus finnéithe coireachta i dTuaisceart Éireann, cibé ar tuairiscíodh an choir nó nár tuairiscíodh',
    },
    'lifeline-ni': {
      'Anyone living in Northern Ireland in distress or despair, of any age':
        'Aon duine a chónaíonn i dTuaisceart Éireann atá i gcruachás nó in éadóchas, d’aois ar bith',
    },
    'mens-advice-line': {
      'Men experiencing domestic abuse, and people worried about them':
        'Fir atá ag fulaingt mí-úsáide baile, agus daoine atá buartha fúthu',
    },
    'survivors-trust-helpline': {
      'Anyone affected by rape, sexual violence or sexual abuse, and people supporting them':
        'Aon duine a ndeachaigh éigniú, foréigean gnéasach nó mí-úsáid ghnéasach i bhfeidhm air nó uirthi, agus daoine atá ag tacú leo',
    },
    'galop-helpline': {
      'LGBT+ people experiencing domestic abuse, sexual violence or other abuse':
        'Daoine LADT+ atá ag fulaingt mí-úsáide baile, foréigin ghnéasaigh nó mí-úsáide eile',
    },
    'karma-nirvana': {
      'Victims of honour-based abuse or forced marriage, of any age or gender':
        'Íospartaigh mí-úsáide bunaithe ar ‘onóir’ nó pósta éigeantaigh, d’aois nó d’inscne ar bith',
    },
    'forced-marriage-unit': {
      'Anyone facing forced marriage, in the UK or abroad, or worried about someone':
        'Aon duine atá i mbaol pósta éigeantaigh, sa Ríocht Aontaithe nó thar lear, nó atá buartha faoi dhuine',
      'Out of hours: ask for the Foreign Office Response Centre': 'Lasmuigh d’uaireanta oifige: iarr an Foreign Office Response Centre',
    },
    'respect-phoneline': {
      'People worried about their own abusive behaviour towards a partner or family member':
        'Daoine atá buartha faoina n-iompar maslach féin i leith páirtí nó duine den teaghlach',
    },
    samaritans: {
      'Anyone who is struggling to cope, whatever they are going through': 'Aon duine atá ag streachailt, is cuma cad atá ar siúl',
    },
    'samaritans-welsh': {
      'Anyone who wants emotional support in Welsh': 'Aon duine ar mian leis nó léi tacaíocht mhothúchánach i mBreatnais',
    },
    shout: {
      'Anyone in the UK who is struggling to cope and would rather text than talk':
        'Aon duine sa Ríocht Aontaithe atá ag streachailt agus arbh fhearr leis nó léi téacs a sheoladh ná labhairt',
    },
    'papyrus-hopeline247': {
      'Young people under 35 with thoughts of suicide, and anyone worried about a young person':
        'Daoine óga faoi 35 bliana d’aois a bhfuil smaointe féinmharaithe acu, agus aon duine atá buartha faoi dhuine óg',
    },
    'national-stalking-helpline': {
      'Anyone affected by stalking or harassment, now or in the past':
        'Aon duine a ndeachaigh stalcaireacht nó ciapadh i bhfeidhm air nó uirthi, anois nó roimhe seo',
    },
    'report-remove': {
      'Young people under 18 whose nude image or video is online':
        'Daoine óga faoi 18 mbliana d’aois a bhfuil íomhá nó físeán nocht díobh ar líne',
      'Report Remove on the Childline website': 'Report Remove ar shuíomh gréasáin Childline',
    },
    'revenge-porn-helpline': {
      'Adults (18+) in the UK whose intimate images have been shared or threatened':
        'Daoine fásta (18+) sa Ríocht Aontaithe a bhfuil a n-íomhánna pearsanta roinnte, nó a bhfuiltear ag bagairt iad a roinnt',
      'Website: ask for a call back': 'Suíomh gréasáin: iarr glao ar ais',
    },
    'gb-police-non-emergency': {
      'Police non-emergency': 'Póilíní: uimhir neamhéigeandála',
      'Reporting a concern or a crime that is not happening now': 'Ábhar imní nó coir nach bhfuil ag tarlú anois a thuairisciú',
      'Text relay: from a textphone or the Relay UK app': 'Athsheachadadh téacs: ó théacsfhón nó ó aip Relay UK',
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
      'Reporting online sexual abuse, grooming or sextortion of a child; reports are not anonymous':
        'Mí-úsáid ghnéasach, grúmaeireacht nó dúmhál gnéasach ar líne ar leanbh a thuairisciú; ní bhíonn tuairiscí gan ainm',
    },
    iwf: {
      'Anyone who sees sexual images or videos of children online; reports are anonymous':
        'Aon duine a fheiceann íomhánna nó físeáin ghnéasacha de leanaí ar líne; is gan ainm a dhéantar tuairiscí',
    },
    crimestoppers: {
      'Anyone who wants to pass on information about a crime without giving their name':
        'Aon duine ar mian leis nó léi eolas faoi choir a thabhairt gan ainm a thabhairt',
      'Anonymous online form': 'Foirm ar líne gan ainm',
    },
    'ie-emergency': {
      'Emergency services': 'Seirbhísí éigeandála',
      "Anyone in immediate danger, or if someone's life is at risk right now":
        'Aon duine atá i mbaol láithreach, nó má tá beatha duine i mbaol anois',
    },
    pieta: {
      'Anyone in Ireland who is suicidal, self-harming or bereaved by suicide':
        'Aon duine in Éirinn a bhfuil smaointe féinmharaithe aige nó aici, atá ag déanamh féindochair nó a chaill duine de bharr féinmharaithe',
      'Texts cost the standard rate': 'Gearrtar an gnáthráta ar théacsanna',
    },
    bodywhys: {
      'People in Ireland affected by eating disorders, and their families':
        'Daoine in Éirinn a bhfuil neamhoird itheacháin ag cur isteach orthu, agus a dteaghlaigh',
    },
    'womens-aid-ie': {
      'Women in Ireland experiencing domestic abuse, and their family or friends':
        'Mná in Éirinn atá ag fulaingt mí-úsáide baile, agus a dteaghlach nó a gcairde',
    },
    'mens-aid-ie': {
      'Men in Ireland experiencing domestic abuse, and their families': 'Fir in Éirinn atá ag fulaingt mí-úsáide baile, agus a dteaghlaigh',
    },
    'drcc-national-rape-crisis-helpline': {
      'Anyone in Ireland affected by rape, sexual assault or child sexual abuse':
        'Aon duine in Éirinn a ndeachaigh éigniú, ionsaí gnéasach nó mí-úsáid ghnéasach leanaí i bhfeidhm air nó uirthi',
    },
    'samaritans-ie': {
      'Anyone who is struggling to cope, whatever they are going through': 'Aon duine atá ag streachailt, is cuma cad atá ar siúl',
    },
    'text-50808': {
      'Anyone in Ireland going through a mental health or emotional crisis, by text':
        'Aon duine in Éirinn atá i ngéarchéim mheabhairshláinte nó mhothúchánach, trí théacs',
      'Text any message to start': 'Seol teachtaireacht ar bith le tosú',
    },
    'hse-your-mental-health-information-line': {
      'Anyone in Ireland looking for mental health services and supports (information, not counselling)':
        'Aon duine in Éirinn atá ag lorg seirbhísí agus tacaíochtaí meabhairshláinte (eolas, ní comhairleoireacht)',
    },
    'ispcc-childline': {
      'Children and young people up to 18': 'Leanaí agus daoine óga suas go 18 mbliana d’aois',
      'Online chat': 'Comhrá ar líne',
    },
    'garda-child-sexual-abuse-reporting-line': {
      'Anyone reporting child sexual abuse, happening now or in the past':
        'Aon duine atá ag tuairisciú mí-úsáid ghnéasach leanaí, atá ag tarlú anois nó a tharla roimhe seo',
    },
    'hotline-ie': {
      'Anyone reporting child sexual abuse material or intimate image abuse online; reports can be anonymous':
        'Aon duine atá ag tuairisciú ábhar mí-úsáide gnéasaí leanaí nó mí-úsáid íomhánna pearsanta ar líne; is féidir tuairisc a dhéanamh gan ainm',
    },
    'tusla-report-a-concern': {
      'Anyone in Ireland worried that a child is being harmed or neglected':
        'Aon duine in Éirinn atá buartha go bhfuil dochar á dhéanamh do leanbh nó faillí á déanamh air nó uirthi',
      'How to report: your local social work duty service': 'Conas tuairisc a dhéanamh: do sheirbhís áitiúil oibre sóisialta ar dualgas',
    },
    'stop-it-now-ie': {
      "Anyone worried about their own or someone else's sexual thoughts or behaviour towards children, and parents and survivors":
        'Aon duine atá buartha faoina smaointe nó faoina iompar gnéasach féin i leith leanaí, nó faoi smaointe nó iompar duine eile, chomh maith le tuismitheoirí agus marthanóirí',
      'Calls from Ireland are charged by your phone provider': 'Gearrann do sholáthraí fóin táille ar ghlaonna ó Éirinn',
      'Live chat and secure email': 'Comhrá beo agus ríomhphost slán',
    },
    'crime-victims-helpline-ie': {
      'Anyone in Ireland affected by crime, including stalking and harassment':
        'Aon duine in Éirinn a ndeachaigh coir i bhfeidhm air nó uirthi, stalcaireacht agus ciapadh san áireamh',
      'Harassment and stalking advice': 'Comhairle faoi chiapadh agus stalcaireacht',
    },
    'garda-confidential-line': {
      'Anyone in Ireland passing information about crime to the Gardaí':
        'Aon duine in Éirinn atá ag tabhairt eolais faoi choir do na Gardaí',
    },
    'us-emergency': {
      'Emergency services': 'Seirbhísí éigeandála',
      "Anyone in immediate danger, or if someone's life is at risk right now":
        'Aon duine atá i mbaol láithreach, nó má tá beatha duine i mbaol anois',
    },
    childhelp: {
      'Children, and adults worried about a child, for counselling and advice (it does not take reports of abuse)':
        'Leanaí, agus daoine fásta atá buartha faoi leanbh, le haghaidh comhairleoireachta agus comhairle (ní ghlacann sé le tuairiscí mí-úsáide)',
      'Chat online': 'Comhrá ar líne',
    },
    'take-it-down': {
      'Anyone with nude or sexual images of themselves taken before age 18':
        'Aon duine a bhfuil íomhánna nochta nó gnéasacha de féin a tógadh roimh aois 18',
      'Get help removing images taken under 18': 'Faigh cabhair le híomhánna a tógadh faoi 18 a bhaint',
    },
    'ncmec-cybertipline': {
      'Anyone reporting the online sexual exploitation of a child': 'Aon duine atá ag tuairisciú dúshaothrú gnéasach ar leanbh ar líne',
      "NCMEC's 24-hour hotline": 'Líne 24 uair an chloig NCMEC',
    },
    'childwelfare-state-reporting': {
      'Anyone reporting suspected child abuse or neglect to their state':
        'Aon duine atá ag tuairisciú amhras faoi mhí-úsáid nó faillí leanaí dá stát',
      "Find your state's reporting number": 'Aimsigh uimhir tuairiscithe do stáit',
    },
    'stop-it-now-us': {
      'Anyone with questions or worries about child sexual abuse, including about their own thoughts or behaviour':
        'Aon duine a bhfuil ceisteanna nó imní air nó uirthi faoi mhí-úsáid ghnéasach leanaí, a smaointe nó a iompar féin san áireamh',
    },
    rainn: {
      'Anyone affected by sexual violence, and their loved ones':
        'Aon duine a ndeachaigh foréigean gnéasach i bhfeidhm air nó uirthi, agus a ngaolta',
    },
    ndvh: {
      'Anyone affected by domestic or relationship abuse, and people worried about their own behaviour':
        'Aon duine a ndeachaigh mí-úsáid bhaile nó mí-úsáid i gcaidreamh i bhfeidhm air nó uirthi, agus daoine atá buartha faoina n-iompar féin',
      'From a TTY (text telephone)': 'Ó théacsfhón (TTY)',
    },
    '988-lifeline': {
      'Anyone in the US in a suicidal, mental-health or substance-use crisis, or worried about someone':
        'Aon duine sna Stáit Aontaithe i ngéarchéim féinmharaithe, meabhairshláinte nó úsáide substaintí, nó atá buartha faoi dhuine',
      'Chat online': 'Comhrá ar líne',
    },
    'crisis-text-line-us': {
      'Anyone in the US in any kind of crisis, by text': 'Aon duine sna Stáit Aontaithe i ngéarchéim de chineál ar bith, trí théacs',
    },
    'sparc-stalking': {
      'Information about stalking; there is no national stalking hotline in the US':
        'Eolas faoi stalcaireacht; níl aon líne chabhrach náisiúnta stalcaireachta sna Stáit Aontaithe',
    },
    'ccri-safety-center': {
      'Adults whose intimate images were shared or threatened, including deepfakes and sextortion':
        'Daoine fásta ar roinneadh a n-íomhánna pearsanta nó ar bagraíodh iad a roinnt, domhainbhréige agus dúmhál gnéasach san áireamh',
    },
    'fbi-tips': {
      'Anyone reporting a federal crime, including sextortion': 'Aon duine atá ag tuairisciú coir chónaidhme, dúmhál gnéasach san áireamh',
    },
    'au-emergency': {
      'Emergency services (Triple Zero)': 'Seirbhísí éigeandála (Triple Zero)',
      "Anyone in immediate danger, or if someone's life is at risk right now":
        'Aon duine atá i mbaol láithreach, nó má tá beatha duine i mbaol anois',
      'From most mobile phones': 'Ón gcuid is mó d’fhóin phóca',
      'TTY only: dial 106 from a TTY; text messages (SMS) do not work':
        'TTY amháin: diailigh 106 ó TTY; ní oibríonn teachtaireachtaí téacs (SMS)',
    },
    'esafety-image-based-abuse': {
      'People in Australia whose intimate images were shared or threatened, including sextortion':
        'Daoine san Astráil ar roinneadh a n-íomhánna pearsanta nó ar bagraíodh iad a roinnt, dúmhál gnéasach san áireamh',
    },
    'butterfly-national-helpline': {
      'Anyone affected by eating disorders or body image concerns, and carers':
        'Aon duine a bhfuil neamhoird itheacháin nó imní faoi íomhá choirp ag cur isteach air nó uirthi, agus cúramóirí',
      'Webchat and email on the Butterfly website': 'Comhrá gréasáin agus ríomhphost ar shuíomh gréasáin Butterfly',
    },
    '1800respect': {
      'Anyone affected by domestic, family or sexual violence, and people supporting them':
        'Aon duine a ndeachaigh foréigean baile, teaghlaigh nó gnéasach i bhfeidhm air nó uirthi, agus daoine atá ag tacú leo',
    },
    'lifeline-au': {
      'Anyone having a personal crisis or thinking about suicide':
        'Aon duine atá i ngéarchéim phearsanta nó atá ag smaoineamh ar fhéinmharú',
    },
    '13yarn': {
      'Aboriginal and Torres Strait Islander people feeling overwhelmed or finding it hard to cope':
        'Daoine Bundúchasacha agus Oileánaigh Chaolas Torres atá faoi bhrú nó a bhfuil sé deacair dóibh déileáil le cúrsaí',
    },
    'beyond-blue': {
      'Anyone in Australia affected by anxiety, depression or other mental health concerns':
        'Aon duine san Astráil a bhfuil imní, dúlagar nó ábhair imní eile meabhairshláinte ag cur isteach air nó uirthi',
    },
    'kids-helpline': {
      'Children and young people aged 5 to 25': 'Leanaí agus daoine óga idir 5 agus 25 bliana d’aois',
      'WebChat': 'Comhrá gréasáin',
    },
    'mensline-australia': {
      'Men with relationship, mental health or wellbeing concerns': 'Fir a bhfuil imní orthu faoi chaidrimh, meabhairshláinte nó folláine',
    },
    'accce-report': {
      'Anyone reporting online child sexual exploitation, grooming or sextortion':
        'Aon duine atá ag tuairisciú dúshaothrú gnéasach leanaí, grúmaeireacht nó dúmhál gnéasach ar líne',
    },
    'au-police-non-urgent': {
      'Police non-urgent line': 'Póilíní: líne neamhphráinneach',
      'Reporting a crime or concern that is not an emergency; calls cost a local call':
        'Coir nó ábhar imní nach éigeandáil é a thuairisciú; cosnaíonn an glao an méid céanna le glao áitiúil',
    },
    'crime-stoppers-au': {
      'Anyone with information about a crime': 'Aon duine a bhfuil eolas aige nó aici faoi choir',
      'Report online (choose your state)': 'Tuairiscigh ar líne (roghnaigh do stát)',
    },
    'stop-it-now-au': {
      "Anyone worried about their own or someone else's sexual thoughts or behaviour towards children":
        'Aon duine atá buartha faoina smaointe nó faoina iompar gnéasach féin i leith leanaí, nó faoi smaointe nó iompar duine eile',
      'Anonymous live chat': 'Comhrá beo gan ainm',
    },
    'blue-knot-helpline': {
      'Adult survivors of childhood trauma and abuse, and people supporting them':
        'Daoine fásta a tháinig slán ó thráma agus mhí-úsáid le linn a n-óige, agus daoine atá ag tacú leo',
    },
    'esafety-tech-abuse-support': {
      'People abused, threatened or stalked through technology':
        'Daoine a ndéantar mí-úsáid orthu, a mbagraítear orthu nó a ndéantar stalcaireacht orthu trí theicneolaíocht',
      'Online safety help': 'Cabhair le sábháilteacht ar líne',
    },
  },
};

export default ga;
