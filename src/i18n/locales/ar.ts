// Arabic (العربية), Modern Standard. Laid out right to left.
// Reviewed by a native speaker: no
import type { Locale } from '../locale.js';

const ar: Locale = {
  reviewed: false,
  ui: {
    heading: 'المساعدة والدعم',
    emergency: 'طوارئ',
    action: {
      phone: 'اتصل بالرقم {{number}}',
      textphone: 'الهاتف النصي {{number}}',
      sms: 'أرسل رسالة نصية إلى {{number}}',
      smsBody: 'أرسل {{body}} في رسالة نصية إلى {{number}}',
      chat: 'دردشة عبر الإنترنت',
      web: 'زيارة الموقع الإلكتروني',
      report: 'الإبلاغ عبر الإنترنت',
      email: 'أرسل بريدًا إلكترونيًا إلى {{address}}',
    },
    actionContext: '، {{line}}',
    opensInNewTab: '(يُفتح في علامة تبويب جديدة)',
    status: {
      always: 'مفتوح على مدار 24 ساعة',
      open: 'مفتوح الآن',
      openClosesAt: 'مفتوح الآن - يغلق في {{time}}',
      openClosesAtDay: 'مفتوح الآن - يغلق يوم {{day}} في {{time}}',
      closedOpensAt: 'مغلق - يفتح يوم {{day}} في {{time}}',
      closedLong: 'مغلق - راجع مواعيد العمل على الموقع الإلكتروني',
      unknown: 'راجع مواعيد العمل على الموقع الإلكتروني',
      inZone: '{{status}} ({{zone}})',
    },
    weekday: {
      sun: 'الأحد',
      mon: 'الاثنين',
      tue: 'الثلاثاء',
      wed: 'الأربعاء',
      thu: 'الخميس',
      fri: 'الجمعة',
      sat: 'السبت',
    },
    zone: {
      uk: 'بتوقيت المملكة المتحدة',
    },
    interpreters: 'يتوفر مترجمون فوريون',
    more: {
      show: 'المزيد من خطوط المساعدة ({{count}})',
      hide: 'خطوط مساعدة أقل',
    },
    quickExit: {
      button: 'غادر هذه الصفحة',
      hint: 'أو اضغط على مفتاح Shift ثلاث مرات',
    },
    calls: {
      free: 'الاتصال مجاني',
      charged: 'قد تُفرض رسوم على المكالمات',
      notOnBill: 'لن تظهر في فاتورة الهاتف',
      onBill: 'تظهر في فاتورة الهاتف',
      confidential: 'سري',
      anonymous: 'لست مضطرًا إلى ذكر اسمك',
    },
    report: 'الرقم خاطئ؟ أخبرنا',
  },
  lines: {
    'gb-emergency': {
      'Emergency services': 'خدمات الطوارئ',
      "Anyone in immediate danger, or if someone's life is at risk right now":
        'أي شخص في خطر مباشر، أو إذا كانت حياة شخص ما في خطر الآن',
      'For deaf, hard of hearing or speech-impaired callers, via Relay UK':
        'للمتصلين الصم أو ضعاف السمع أو من لديهم صعوبات في النطق، عبر Relay UK',
    },
    'gb-police-non-emergency': {
      'Police non-emergency': 'الشرطة لغير حالات الطوارئ',
      'Reporting a concern or a crime that is not happening now': 'للإبلاغ عن أمر مقلق أو عن جريمة لا تحدث الآن',
      'For deaf, hard of hearing or speech-impaired callers, via Relay UK':
        'للمتصلين الصم أو ضعاف السمع أو من لديهم صعوبات في النطق، عبر Relay UK',
    },
    'nspcc-helpline': {
      'Adults worried about a child': 'البالغون القلقون على طفل',
    },
    childline: {
      'Children and young people under 19': 'الأطفال والشباب دون سن 19 عامًا',
      '1-2-1 chat and email': 'دردشة فردية وبريد إلكتروني',
    },
    'stop-it-now': {
      "Anyone worried about their own or someone else's sexual thoughts or behaviour towards children, and parents and survivors":
        'أي شخص قلق بشأن أفكاره أو سلوكه الجنسي تجاه الأطفال أو بشأن أفكار شخص آخر أو سلوكه، وكذلك الآباء والأمهات والناجون',
      'Live chat and secure email': 'دردشة مباشرة وبريد إلكتروني آمن',
    },
    ceop: {
      'Children and adults reporting online sexual abuse or grooming':
        'الأطفال والبالغون الذين يبلغون عن اعتداء جنسي أو استدراج عبر الإنترنت',
    },
    iwf: {
      'Anyone who sees sexual images or videos of children online; reports are anonymous':
        'أي شخص يرى صورًا أو مقاطع فيديو جنسية لأطفال على الإنترنت؛ البلاغات لا تتطلب ذكر الاسم',
    },
    'national-domestic-abuse-helpline': {
      'People experiencing domestic abuse': 'الأشخاص الذين يتعرضون للعنف الأسري',
      'Website and safe call-back form': 'الموقع الإلكتروني ونموذج آمن لطلب معاودة الاتصال',
    },
    'rape-crisis-support-line': {
      'Anyone aged 16 or over in England and Wales affected by sexual violence': 'أي شخص يبلغ 16 عامًا أو أكثر في إنجلترا وويلز تأثر بالعنف الجنسي',
      'Online chat': 'دردشة عبر الإنترنت',
    },
    samaritans: {
      'Anyone who is struggling to cope, whatever they are going through': 'أي شخص يجد صعوبة في التأقلم، مهما كان ما يمر به',
    },
    'samaritans-welsh': {
      'Anyone who wants to talk to Samaritans in Welsh; evenings only': 'أي شخص يريد التحدث إلى Samaritans باللغة الويلزية؛ في المساء فقط',
    },
    shout: {
      'Anyone in the UK who is struggling to cope and would rather text than talk': 'أي شخص في المملكة المتحدة يجد صعوبة في التأقلم ويفضّل الرسائل النصية على المكالمات',
    },
    crimestoppers: {
      'Anyone who wants to pass on information about a crime without giving their name': 'أي شخص يريد تقديم معلومات عن جريمة دون ذكر اسمه',
      'Anonymous online form': 'نموذج إلكتروني لا يتطلب ذكر الاسم',
    },
  },
};

export default ar;
