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
      'For deaf, hard of hearing or speech-impaired callers, via Relay UK':
        'بہرے، کم سننے والے یا بولنے میں دشواری والے کال کرنے والوں کے لیے، Relay UK کے ذریعے',
    },
    'gb-police-non-emergency': {
      'Police non-emergency': 'پولیس (غیر ہنگامی)',
      'Reporting a concern or a crime that is not happening now': 'کسی تشویش یا ایسے جرم کی اطلاع دینا جو اس وقت نہیں ہو رہا',
      'For deaf, hard of hearing or speech-impaired callers, via Relay UK':
        'بہرے، کم سننے والے یا بولنے میں دشواری والے کال کرنے والوں کے لیے، Relay UK کے ذریعے',
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
      'Children and adults reporting online sexual abuse or grooming': 'آن لائن جنسی زیادتی یا گرومنگ کی اطلاع دینے والے بچے اور بالغ',
    },
    iwf: {
      'Anyone who sees sexual images or videos of children online; reports are anonymous':
        'کوئی بھی جو آن لائن بچوں کی جنسی تصاویر یا ویڈیوز دیکھے؛ اطلاع دینے کے لیے نام بتانا ضروری نہیں',
    },
    'national-domestic-abuse-helpline': {
      'People experiencing domestic abuse': 'گھریلو زیادتی کا سامنا کرنے والے لوگ',
      'Website and safe call-back form': 'ویب سائٹ اور واپس کال کی درخواست کے لیے محفوظ فارم',
    },
    'rape-crisis-support-line': {
      'Anyone aged 16 or over in England and Wales affected by sexual violence': 'انگلینڈ اور ویلز میں 16 سال یا اس سے زیادہ عمر کا کوئی بھی فرد جو جنسی تشدد سے متاثر ہوا ہو',
      'Online chat': 'آن لائن چیٹ',
    },
    samaritans: {
      'Anyone who is struggling to cope, whatever they are going through': 'کوئی بھی جسے حالات کا سامنا کرنا مشکل لگ رہا ہو، چاہے وہ کسی بھی مشکل سے گزر رہا ہو',
    },
    'samaritans-welsh': {
      'Anyone who wants to talk to Samaritans in Welsh; evenings only': 'کوئی بھی جو Samaritans سے ویلش زبان میں بات کرنا چاہے؛ صرف شام کے وقت',
    },
    shout: {
      'Anyone in the UK who is struggling to cope and would rather text than talk': 'برطانیہ میں کوئی بھی جسے حالات کا سامنا کرنا مشکل لگ رہا ہو اور جو بات کرنے کے بجائے ٹیکسٹ کرنا پسند کرے',
    },
    crimestoppers: {
      'Anyone who wants to pass on information about a crime without giving their name': 'کوئی بھی جو اپنا نام بتائے بغیر کسی جرم کے بارے میں معلومات دینا چاہے',
      'Anonymous online form': 'نام بتائے بغیر آن لائن فارم',
    },
  },
};

export default ur;
