// Urdu (اردو). Laid out right to left.
// Reviewed by a native speaker: no
import type { Locale } from '../locale.js';

const ur: Locale = {
  reviewed: false,
  ui: {
    heading: 'مدد اور معاونت',
    emergency: 'ایمرجنسی',
    action: {
      phone: '{{number}} پر کال کریں',
      textphone: 'ٹیکسٹ فون {{number}}',
      sms: '{{number}} پر ٹیکسٹ پیغام بھیجیں',
      smsBody: '{{number}} پر {{body}} لکھ کر بھیجیں',
      chat: 'آن لائن چیٹ',
      web: 'ویب سائٹ دیکھیں',
      report: 'آن لائن رپورٹ کریں',
      email: '{{address}} پر ای میل کریں',
    },
    actionContext: '، {{line}}',
    opensInNewTab: '(نئے ٹیب میں کھلتا ہے)',
    status: {
      always: 'چوبیس گھنٹے کھلا ہے',
      open: 'ابھی کھلا ہے',
      openClosesAt: 'ابھی کھلا ہے - بند ہونے کا وقت: {{time}}',
      openClosesAtDay: 'ابھی کھلا ہے - بند ہونے کا وقت: {{day}}، {{time}}',
      closedOpensAt: 'بند ہے - کھلنے کا وقت: {{day}}، {{time}}',
      closedLong: 'بند ہے - اوقات ویب سائٹ پر دیکھیں',
      unknown: 'اوقات ویب سائٹ پر دیکھیں',
      inZone: '{{status}} ({{zone}})',
    },
    weekday: {
      sun: 'اتوار',
      mon: 'پیر',
      tue: 'منگل',
      wed: 'بدھ',
      thu: 'جمعرات',
      fri: 'جمعہ',
      sat: 'ہفتہ',
    },
    zone: {
      uk: 'برطانیہ کا وقت',
    },
    interpreters: 'ترجمان دستیاب ہیں',
    more: {
      show: 'مزید ہیلپ لائنز ({{count}})',
      hide: 'کم ہیلپ لائنز',
    },
    quickExit: {
      button: 'یہ صفحہ چھوڑ دیں',
      hint: 'یا Shift کی کو 3 بار دبائیں',
    },
    calls: {
      free: 'کال مفت ہے',
      charged: 'کال پر پیسے لگ سکتے ہیں',
      notOnBill: 'فون کے بل پر نظر نہیں آئے گی',
      onBill: 'فون کے بل پر نظر آتی ہے',
      confidential: 'رازدارانہ',
      anonymous: 'آپ کو اپنا نام بتانے کی ضرورت نہیں',
    },
    report: 'نمبر غلط ہے؟ ہمیں بتائیں',
  },
  lines: {
    'gb-emergency': {
      'Emergency services': 'ایمرجنسی سروسز',
      "Anyone in immediate danger, or if someone's life is at risk right now":
        'کوئی بھی جو فوری خطرے میں ہو، یا اگر کسی کی جان کو ابھی خطرہ ہو',
      'Text relay: dial 18000 from a textphone (Relay UK)': 'ٹیکسٹ ریلے: ٹیکسٹ فون سے 18000 ملائیں (Relay UK)',
    },
    'live-fear-free': {
      'Anyone in Wales affected by domestic abuse or sexual violence, and people helping them':
        'ویلز میں کوئی بھی جو گھریلو زیادتی یا جنسی تشدد سے متاثر ہو، اور اس کی مدد کرنے والے لوگ',
      'Email and live chat': 'ای میل اور لائیو چیٹ',
    },
    'national-domestic-abuse-helpline': {
      'Women experiencing domestic abuse, and people worried about someone':
        'گھریلو زیادتی کا سامنا کرنے والی خواتین، اور وہ لوگ جو کسی کے بارے میں فکرمند ہوں',
      'Website and safe call-back form': 'ویب سائٹ اور واپس کال کی درخواست کے لیے محفوظ فارم',
    },
    'rape-crisis-support-line': {
      'Anyone aged 16 or over in England and Wales affected by sexual violence':
        'انگلینڈ اور ویلز میں 16 سال یا اس سے زیادہ عمر کا کوئی بھی فرد جو جنسی تشدد سے متاثر ہوا ہو',
      'Online chat (phone number on the website)': 'آن لائن چیٹ (فون نمبر ویب سائٹ پر ہے)',
    },
    'victim-support': {
      'Anyone in England or Wales affected by crime, reported or not':
        'انگلینڈ یا ویلز میں کوئی بھی جو کسی جرم سے متاثر ہوا ہو، چاہے اس کی رپورٹ کی گئی ہو یا نہیں',
    },
    paladin: {
      'Victims of stalking who need an advocate, and professionals working with them':
        'اسٹاکنگ (پیچھا کیے جانے) کا شکار افراد جنہیں کسی حمایتی نمائندے کی ضرورت ہو، اور ان کے ساتھ کام کرنے والے پیشہ ور افراد',
    },
    'beat-helpline-england': {
      'Anyone in England affected by an eating disorder, and people supporting them':
        'انگلینڈ میں کوئی بھی جو کھانے کی بیماری (ایٹنگ ڈس آرڈر) سے متاثر ہو، اور اس کا ساتھ دینے والے لوگ',
    },
    beat: {
      'Anyone in Wales or Northern Ireland affected by an eating disorder, and people supporting them':
        'ویلز یا شمالی آئرلینڈ میں کوئی بھی جو کھانے کی بیماری (ایٹنگ ڈس آرڈر) سے متاثر ہو، اور اس کا ساتھ دینے والے لوگ',
      "Helpline details on Beat's website": 'ہیلپ لائن کی تفصیلات Beat کی ویب سائٹ پر',
    },
    'nhs-111-mental-health-england': {
      'Anyone in England, of any age, in a mental health crisis or worried about someone':
        'انگلینڈ میں کسی بھی عمر کا کوئی بھی فرد جو ذہنی صحت کے بحران میں ہو یا کسی کے بارے میں فکرمند ہو',
      'Choose the mental health option': 'ذہنی صحت کا آپشن منتخب کریں',
      'NHS 111 online': 'NHS 111 آن لائن',
    },
    'nhs-111-press-2-wales': {
      'Anyone in Wales, of any age, with an urgent mental health concern':
        'ویلز میں کسی بھی عمر کا کوئی بھی فرد جسے ذہنی صحت کے بارے میں فوری تشویش ہو',
      'Press 2 for mental health': 'ذہنی صحت کے لیے 2 دبائیں',
    },
    meic: {
      'Children and young people in Wales up to age 25': 'ویلز میں 25 سال تک کی عمر کے بچے اور نوجوان',
    },
    'action-against-stalking': {
      'People in Scotland who are being, or have been, stalked': 'اسکاٹ لینڈ میں وہ لوگ جن کا پیچھا کیا جا رہا ہے یا کیا جا چکا ہے',
      'Advice and self-referral form': 'مشورہ اور خود رجوع کرنے کا فارم',
    },
    'rape-crisis-scotland-helpline': {
      'Anyone in Scotland affected by sexual violence, whenever it happened':
        'اسکاٹ لینڈ میں کوئی بھی جو جنسی تشدد سے متاثر ہوا ہو، چاہے یہ کبھی بھی ہوا ہو',
      'Email, text and webchat: details on the website': 'ای میل، ٹیکسٹ اور ویب چیٹ: تفصیلات ویب سائٹ پر',
    },
    sdafmh: {
      'Anyone in Scotland affected by domestic abuse or forced marriage, of any gender':
        'اسکاٹ لینڈ میں کسی بھی صنف کا کوئی بھی فرد جو گھریلو زیادتی یا جبری شادی سے متاثر ہو',
    },
    'victim-support-scotland': {
      'Anyone in Scotland affected by crime, reported or not, and witnesses':
        'اسکاٹ لینڈ میں کوئی بھی جو کسی جرم سے متاثر ہوا ہو، چاہے اس کی رپورٹ کی گئی ہو یا نہیں، اور گواہ',
    },
    'beat-helpline-scotland': {
      'Anyone in Scotland affected by an eating disorder, and people supporting them':
        'اسکاٹ لینڈ میں کوئی بھی جو کھانے کی بیماری (ایٹنگ ڈس آرڈر) سے متاثر ہو، اور اس کا ساتھ دینے والے لوگ',
    },
    'nhs24-111-mental-health-hub': {
      'Anyone in Scotland needing urgent mental health support or in distress':
        'اسکاٹ لینڈ میں کوئی بھی جسے ذہنی صحت کے لیے فوری مدد چاہیے یا جو شدید پریشانی میں ہو',
    },
    'breathing-space': {
      'Anyone in Scotland aged 16 or over feeling low, anxious or stressed':
        'اسکاٹ لینڈ میں 16 سال یا اس سے زیادہ عمر کا کوئی بھی فرد جو اداس، بےچین یا ذہنی دباؤ میں ہو',
    },
    'dsa-helpline-ni': {
      'Anyone in Northern Ireland affected by domestic or sexual abuse, of any gender or age':
        'شمالی آئرلینڈ میں کسی بھی صنف یا عمر کا کوئی بھی فرد جو گھریلو یا جنسی زیادتی سے متاثر ہو',
    },
    'victim-support-ni': {
      'Victims and witnesses of crime in Northern Ireland, reported or not':
        'شمالی آئرلینڈ میں جرائم کے متاثرین اور گواہ، چاہے ان کی رپورٹ کی گئی ہو یا نہیں',
    },
    'lifeline-ni': {
      'Anyone living in Northern Ireland in distress or despair, of any age':
        'شمالی آئرلینڈ میں رہنے والا کسی بھی عمر کا کوئی بھی فرد جو شدید پریشانی یا مایوسی میں ہو',
    },
    'mens-advice-line': {
      'Men experiencing domestic abuse, and people worried about them':
        'گھریلو زیادتی کا سامنا کرنے والے مرد، اور ان کے بارے میں فکرمند لوگ',
    },
    'survivors-trust-helpline': {
      'Anyone affected by rape, sexual violence or sexual abuse, and people supporting them':
        'کوئی بھی جو ریپ، جنسی تشدد یا جنسی زیادتی سے متاثر ہوا ہو، اور اس کا ساتھ دینے والے لوگ',
    },
    'galop-helpline': {
      'LGBT+ people experiencing domestic abuse, sexual violence or other abuse':
        'LGBT+ افراد جو گھریلو زیادتی، جنسی تشدد یا کسی اور زیادتی کا سامنا کر رہے ہوں',
    },
    'karma-nirvana': {
      'Victims of honour-based abuse or forced marriage, of any age or gender':
        'نام نہاد غیرت کے نام پر زیادتی یا جبری شادی کا شکار افراد، کسی بھی عمر یا صنف کے',
    },
    'forced-marriage-unit': {
      'Anyone facing forced marriage, in the UK or abroad, or worried about someone':
        'کوئی بھی جسے برطانیہ میں یا بیرونِ ملک جبری شادی کا سامنا ہو، یا جو کسی کے بارے میں فکرمند ہو',
      'Out of hours: ask for the Foreign Office Response Centre':
        'دفتری اوقات کے بعد: Foreign Office Response Centre سے بات کروانے کا کہیں',
    },
    'respect-phoneline': {
      'People worried about their own abusive behaviour towards a partner or family member':
        'وہ لوگ جو کسی ساتھی یا گھر کے فرد کے ساتھ اپنے بدسلوکی والے رویے سے پریشان ہوں',
    },
    samaritans: {
      'Anyone who is struggling to cope, whatever they are going through':
        'کوئی بھی جسے حالات کا سامنا کرنا مشکل لگ رہا ہو، چاہے وہ کسی بھی مشکل سے گزر رہا ہو',
    },
    'samaritans-welsh': {
      'Anyone who wants emotional support in Welsh': 'کوئی بھی جو ویلش زبان میں جذباتی مدد چاہتا ہو',
    },
    shout: {
      'Anyone in the UK who is struggling to cope and would rather text than talk':
        'برطانیہ میں کوئی بھی جسے حالات کا سامنا کرنا مشکل لگ رہا ہو اور جو بات کرنے کے بجائے ٹیکسٹ کرنا پسند کرے',
    },
    'papyrus-hopeline247': {
      'Young people under 35 with thoughts of suicide, and anyone worried about a young person':
        '35 سال سے کم عمر نوجوان جنہیں خودکشی کے خیالات آتے ہوں، اور کوئی بھی جو کسی نوجوان کے بارے میں فکرمند ہو',
    },
    'national-stalking-helpline': {
      'Anyone affected by stalking or harassment, now or in the past':
        'کوئی بھی جو اب یا ماضی میں پیچھا کیے جانے (اسٹاکنگ) یا ہراسانی سے متاثر ہوا ہو',
    },
    'report-remove': {
      'Young people under 18 whose nude image or video is online': '18 سال سے کم عمر نوجوان جن کی برہنہ تصویر یا ویڈیو آن لائن ہو',
      'Report Remove on the Childline website': 'Childline کی ویب سائٹ پر Report Remove',
    },
    'revenge-porn-helpline': {
      'Adults (18+) in the UK whose intimate images have been shared or threatened':
        'برطانیہ میں بالغ افراد (18+) جن کی نجی تصاویر شیئر کی گئی ہوں یا انہیں شیئر کرنے کی دھمکی دی گئی ہو',
      'Website: ask for a call back': 'ویب سائٹ: واپس کال کی درخواست کریں',
    },
    'gb-police-non-emergency': {
      'Police non-emergency': 'پولیس (غیر ہنگامی)',
      'Reporting a concern or a crime that is not happening now': 'کسی تشویش یا ایسے جرم کی اطلاع دینا جو اس وقت نہیں ہو رہا',
      'Text relay: from a textphone or the Relay UK app': 'ٹیکسٹ ریلے: ٹیکسٹ فون یا Relay UK ایپ سے',
    },
    'nspcc-helpline': {
      'Adults worried about a child': 'وہ بالغ جو کسی بچے کے بارے میں فکرمند ہیں',
    },
    childline: {
      'Children and young people under 19': '19 سال سے کم عمر بچے اور نوجوان',
      '1-2-1 chat and email': 'ون ٹو ون چیٹ اور ای میل',
    },
    'stop-it-now': {
      "Anyone worried about their own or someone else's sexual thoughts or behaviour towards children, and parents and survivors":
        'کوئی بھی جو بچوں کے بارے میں اپنے یا کسی اور کے جنسی خیالات یا رویے سے پریشان ہو، نیز والدین اور وہ لوگ جو زیادتی سے گزر چکے ہیں',
      'Live chat and secure email': 'لائیو چیٹ اور محفوظ ای میل',
    },
    ceop: {
      'Reporting online sexual abuse, grooming or sextortion of a child; reports are not anonymous':
        'کسی بچے کے ساتھ آن لائن جنسی زیادتی، گرومنگ یا جنسی بلیک میل کی اطلاع دینا؛ اطلاع نام بتائے بغیر نہیں دی جا سکتی',
    },
    iwf: {
      'Anyone who sees sexual images or videos of children online; reports are anonymous':
        'کوئی بھی جو آن لائن بچوں کی جنسی تصاویر یا ویڈیوز دیکھے؛ اطلاع دینے کے لیے نام بتانا ضروری نہیں',
    },
    crimestoppers: {
      'Anyone who wants to pass on information about a crime without giving their name':
        'کوئی بھی جو اپنا نام بتائے بغیر کسی جرم کے بارے میں معلومات دینا چاہے',
      'Anonymous online form': 'نام بتائے بغیر آن لائن فارم',
    },
    'ie-emergency': {
      'Emergency services': 'ایمرجنسی سروسز',
      "Anyone in immediate danger, or if someone's life is at risk right now":
        'کوئی بھی جو فوری خطرے میں ہو، یا اگر کسی کی جان کو ابھی خطرہ ہو',
    },
    pieta: {
      'Anyone in Ireland who is suicidal, self-harming or bereaved by suicide':
        'آئرلینڈ میں کوئی بھی جسے خودکشی کے خیالات آتے ہوں، جو خود کو نقصان پہنچا رہا ہو یا جس نے کسی کو خودکشی میں کھویا ہو',
      'Texts cost the standard rate': 'ٹیکسٹ پیغامات پر عام شرح سے پیسے لگتے ہیں',
    },
    bodywhys: {
      'People in Ireland affected by eating disorders, and their families':
        'آئرلینڈ میں کھانے کی بیماریوں (ایٹنگ ڈس آرڈرز) سے متاثر لوگ، اور ان کے گھر والے',
    },
    'womens-aid-ie': {
      'Women in Ireland experiencing domestic abuse, and their family or friends':
        'آئرلینڈ میں گھریلو زیادتی کا سامنا کرنے والی خواتین، اور ان کے گھر والے یا دوست',
    },
    'mens-aid-ie': {
      'Men in Ireland experiencing domestic abuse, and their families':
        'آئرلینڈ میں گھریلو زیادتی کا سامنا کرنے والے مرد، اور ان کے گھر والے',
    },
    'drcc-national-rape-crisis-helpline': {
      'Anyone in Ireland affected by rape, sexual assault or child sexual abuse':
        'آئرلینڈ میں کوئی بھی جو ریپ، جنسی حملے یا بچپن میں جنسی زیادتی سے متاثر ہوا ہو',
    },
    'samaritans-ie': {
      'Anyone who is struggling to cope, whatever they are going through':
        'کوئی بھی جسے حالات کا سامنا کرنا مشکل لگ رہا ہو، چاہے وہ کسی بھی مشکل سے گزر رہا ہو',
    },
    'text-50808': {
      'Anyone in Ireland going through a mental health or emotional crisis, by text':
        'آئرلینڈ میں کوئی بھی جو ذہنی صحت یا جذباتی بحران سے گزر رہا ہو، ٹیکسٹ کے ذریعے',
      'Text any message to start': 'شروع کرنے کے لیے کوئی بھی پیغام بھیجیں',
    },
    'hse-your-mental-health-information-line': {
      'Anyone in Ireland looking for mental health services and supports (information, not counselling)':
        'آئرلینڈ میں کوئی بھی جو ذہنی صحت کی خدمات اور مدد تلاش کر رہا ہو (صرف معلومات، کاؤنسلنگ نہیں)',
    },
    'ispcc-childline': {
      'Children and young people up to 18': '18 سال تک کی عمر کے بچے اور نوجوان',
      'Online chat': 'آن لائن چیٹ',
    },
    'garda-child-sexual-abuse-reporting-line': {
      'Anyone reporting child sexual abuse, happening now or in the past':
        'کوئی بھی جو بچوں کے ساتھ جنسی زیادتی کی اطلاع دے، چاہے یہ اب ہو رہی ہو یا ماضی میں ہوئی ہو',
    },
    'hotline-ie': {
      'Anyone reporting child sexual abuse material or intimate image abuse online; reports can be anonymous':
        'کوئی بھی جو آن لائن بچوں کے جنسی استحصال کے مواد یا نجی تصاویر کے غلط استعمال کی اطلاع دے؛ اطلاع نام بتائے بغیر دی جا سکتی ہے',
    },
    'tusla-report-a-concern': {
      'Anyone in Ireland worried that a child is being harmed or neglected':
        'آئرلینڈ میں کوئی بھی جسے فکر ہو کہ کسی بچے کو نقصان پہنچایا جا رہا ہے یا اس سے غفلت برتی جا رہی ہے',
      'How to report: your local social work duty service': 'اطلاع کیسے دیں: آپ کی مقامی سوشل ورک ڈیوٹی سروس',
    },
    'stop-it-now-ie': {
      "Anyone worried about their own or someone else's sexual thoughts or behaviour towards children, and parents and survivors":
        'کوئی بھی جو بچوں کے بارے میں اپنے یا کسی اور کے جنسی خیالات یا رویے سے پریشان ہو، نیز والدین اور وہ لوگ جو زیادتی سے گزر چکے ہیں',
      'Calls from Ireland are charged by your phone provider': 'آئرلینڈ سے کال کرنے پر آپ کا فون فراہم کنندہ پیسے لیتا ہے',
      'Live chat and secure email': 'لائیو چیٹ اور محفوظ ای میل',
    },
    'crime-victims-helpline-ie': {
      'Anyone in Ireland affected by crime, including stalking and harassment':
        'آئرلینڈ میں کوئی بھی جو کسی جرم سے متاثر ہوا ہو، بشمول پیچھا کیے جانے (اسٹاکنگ) اور ہراسانی کے',
      'Harassment and stalking advice': 'ہراسانی اور پیچھا کیے جانے کے بارے میں مشورہ',
    },
    'garda-confidential-line': {
      'Anyone in Ireland passing information about crime to the Gardaí':
        'آئرلینڈ میں کوئی بھی جو Gardaí (پولیس) کو کسی جرم کے بارے میں معلومات دے',
    },
    'us-emergency': {
      'Emergency services': 'ایمرجنسی سروسز',
      "Anyone in immediate danger, or if someone's life is at risk right now":
        'کوئی بھی جو فوری خطرے میں ہو، یا اگر کسی کی جان کو ابھی خطرہ ہو',
    },
    childhelp: {
      'Children, and adults worried about a child, for counselling and advice (it does not take reports of abuse)':
        'بچے، اور وہ بالغ جو کسی بچے کے بارے میں فکرمند ہوں، کاؤنسلنگ اور مشورے کے لیے (یہاں زیادتی کی رپورٹ درج نہیں ہوتی)',
      'Chat online': 'آن لائن چیٹ',
    },
    'take-it-down': {
      'Anyone with nude or sexual images of themselves taken before age 18':
        'کوئی بھی جس کی 18 سال کی عمر سے پہلے لی گئی برہنہ یا جنسی تصاویر موجود ہوں',
      'Get help removing images taken under 18': '18 سال سے کم عمر میں لی گئی تصاویر ہٹوانے میں مدد لیں',
    },
    'ncmec-cybertipline': {
      'Anyone reporting the online sexual exploitation of a child': 'کوئی بھی جو کسی بچے کے آن لائن جنسی استحصال کی اطلاع دے',
      "NCMEC's 24-hour hotline": 'NCMEC کی 24 گھنٹے ہاٹ لائن',
    },
    'childwelfare-state-reporting': {
      'Anyone reporting suspected child abuse or neglect to their state':
        'کوئی بھی جو اپنی ریاست کو کسی بچے کے ساتھ بدسلوکی یا غفلت کے شبے کی اطلاع دے',
      "Find your state's reporting number": 'اپنی ریاست کا رپورٹنگ نمبر تلاش کریں',
    },
    'stop-it-now-us': {
      'Anyone with questions or worries about child sexual abuse, including about their own thoughts or behaviour':
        'کوئی بھی جس کے بچوں کے ساتھ جنسی زیادتی کے بارے میں سوالات یا خدشات ہوں، بشمول اپنے خیالات یا رویے کے بارے میں',
    },
    rainn: {
      'Anyone affected by sexual violence, and their loved ones': 'کوئی بھی جو جنسی تشدد سے متاثر ہوا ہو، اور اس کے پیارے',
    },
    ndvh: {
      'Anyone affected by domestic or relationship abuse, and people worried about their own behaviour':
        'کوئی بھی جو گھریلو زیادتی یا رشتے میں زیادتی سے متاثر ہو، اور وہ لوگ جو اپنے رویے سے پریشان ہوں',
      'From a TTY (text telephone)': 'ٹیکسٹ فون (TTY) سے',
    },
    '988-lifeline': {
      'Anyone in the US in a suicidal, mental-health or substance-use crisis, or worried about someone':
        'امریکہ میں کوئی بھی جو خودکشی، ذہنی صحت یا نشے کے بحران میں ہو، یا کسی کے بارے میں فکرمند ہو',
      'Chat online': 'آن لائن چیٹ',
    },
    'crisis-text-line-us': {
      'Anyone in the US in any kind of crisis, by text': 'امریکہ میں کوئی بھی جو کسی بھی قسم کے بحران میں ہو، ٹیکسٹ کے ذریعے',
    },
    'sparc-stalking': {
      'Information about stalking; there is no national stalking hotline in the US':
        'پیچھا کیے جانے (اسٹاکنگ) کے بارے میں معلومات؛ امریکہ میں اس کے لیے کوئی قومی ہیلپ لائن نہیں',
    },
    'ccri-safety-center': {
      'Adults whose intimate images were shared or threatened, including deepfakes and sextortion':
        'بالغ افراد جن کی نجی تصاویر شیئر کی گئیں یا شیئر کرنے کی دھمکی دی گئی، بشمول ڈیپ فیک اور جنسی بلیک میل',
    },
    'fbi-tips': {
      'Anyone reporting a federal crime, including sextortion': 'کوئی بھی جو کسی وفاقی جرم کی اطلاع دے، بشمول جنسی بلیک میل کے',
    },
    'au-emergency': {
      'Emergency services (Triple Zero)': 'ایمرجنسی سروسز (Triple Zero)',
      "Anyone in immediate danger, or if someone's life is at risk right now":
        'کوئی بھی جو فوری خطرے میں ہو، یا اگر کسی کی جان کو ابھی خطرہ ہو',
      'From most mobile phones': 'زیادہ تر موبائل فونز سے',
      'TTY only: dial 106 from a TTY; text messages (SMS) do not work':
        'صرف TTY: ٹیکسٹ فون (TTY) سے 106 ملائیں؛ عام ٹیکسٹ پیغامات (SMS) کام نہیں کرتے',
    },
    'esafety-image-based-abuse': {
      'People in Australia whose intimate images were shared or threatened, including sextortion':
        'آسٹریلیا میں وہ لوگ جن کی نجی تصاویر شیئر کی گئیں یا شیئر کرنے کی دھمکی دی گئی، بشمول جنسی بلیک میل',
    },
    'butterfly-national-helpline': {
      'Anyone affected by eating disorders or body image concerns, and carers':
        'کوئی بھی جو کھانے کی بیماریوں یا اپنے جسم کے بارے میں خدشات سے متاثر ہو، اور دیکھ بھال کرنے والے',
      'Webchat and email on the Butterfly website': 'Butterfly کی ویب سائٹ پر ویب چیٹ اور ای میل',
    },
    '1800respect': {
      'Anyone affected by domestic, family or sexual violence, and people supporting them':
        'کوئی بھی جو گھریلو، خاندانی یا جنسی تشدد سے متاثر ہو، اور اس کا ساتھ دینے والے لوگ',
    },
    'lifeline-au': {
      'Anyone having a personal crisis or thinking about suicide': 'کوئی بھی جو ذاتی بحران سے گزر رہا ہو یا خودکشی کے بارے میں سوچ رہا ہو',
    },
    '13yarn': {
      'Aboriginal and Torres Strait Islander people feeling overwhelmed or finding it hard to cope':
        'ایبوریجنل اور ٹوریس اسٹریٹ آئی لینڈر لوگ جو بہت دباؤ محسوس کر رہے ہوں یا جنہیں حالات کا سامنا کرنا مشکل لگ رہا ہو',
    },
    'beyond-blue': {
      'Anyone in Australia affected by anxiety, depression or other mental health concerns':
        'آسٹریلیا میں کوئی بھی جو بےچینی، ڈپریشن یا ذہنی صحت کے دوسرے مسائل سے متاثر ہو',
    },
    'kids-helpline': {
      'Children and young people aged 5 to 25': '5 سے 25 سال تک کی عمر کے بچے اور نوجوان',
      'WebChat': 'ویب چیٹ',
    },
    'mensline-australia': {
      'Men with relationship, mental health or wellbeing concerns': 'وہ مرد جنہیں رشتوں، ذہنی صحت یا عمومی خیریت کے بارے میں خدشات ہوں',
    },
    'accce-report': {
      'Anyone reporting online child sexual exploitation, grooming or sextortion':
        'کوئی بھی جو بچوں کے آن لائن جنسی استحصال، گرومنگ یا جنسی بلیک میل کی اطلاع دے',
    },
    'au-police-non-urgent': {
      'Police non-urgent line': 'پولیس (غیر فوری معاملات)',
      'Reporting a crime or concern that is not an emergency; calls cost a local call':
        'کسی ایسے جرم یا تشویش کی اطلاع دینا جو ایمرجنسی نہ ہو؛ کال پر مقامی کال جتنا خرچ آتا ہے',
    },
    'crime-stoppers-au': {
      'Anyone with information about a crime': 'کوئی بھی جس کے پاس کسی جرم کے بارے میں معلومات ہوں',
      'Report online (choose your state)': 'آن لائن رپورٹ کریں (اپنی ریاست منتخب کریں)',
    },
    'stop-it-now-au': {
      "Anyone worried about their own or someone else's sexual thoughts or behaviour towards children":
        'کوئی بھی جو بچوں کے بارے میں اپنے یا کسی اور کے جنسی خیالات یا رویے سے پریشان ہو',
      'Anonymous live chat': 'نام بتائے بغیر لائیو چیٹ',
    },
    'blue-knot-helpline': {
      'Adult survivors of childhood trauma and abuse, and people supporting them':
        'وہ بالغ افراد جو بچپن میں صدمے اور زیادتی سے گزرے ہوں، اور ان کا ساتھ دینے والے لوگ',
    },
    'esafety-tech-abuse-support': {
      'People abused, threatened or stalked through technology':
        'وہ لوگ جن کے ساتھ ٹیکنالوجی کے ذریعے زیادتی کی جائے، دھمکیاں دی جائیں یا پیچھا کیا جائے',
      'Online safety help': 'آن لائن حفاظت کے لیے مدد',
    },
  },
};

export default ur;
