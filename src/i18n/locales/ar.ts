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
      "Anyone in immediate danger, or if someone's life is at risk right now": 'أي شخص في خطر مباشر، أو إذا كانت حياة شخص ما في خطر الآن',
      'Text relay: dial 18000 from a textphone (Relay UK)': 'الترحيل النصي: اطلب 18000 من هاتف نصي (Relay UK)',
    },
    'live-fear-free': {
      'Anyone in Wales affected by domestic abuse or sexual violence, and people helping them':
        'أي شخص في ويلز تأثر بالعنف الأسري أو العنف الجنسي، ومن يساعدونه',
      'Email and live chat': 'البريد الإلكتروني والدردشة المباشرة',
    },
    'national-domestic-abuse-helpline': {
      'Women experiencing domestic abuse, and people worried about someone': 'النساء اللواتي يتعرضن للعنف الأسري، ومن يقلقون على شخص ما',
      'Website and safe call-back form': 'الموقع الإلكتروني ونموذج آمن لطلب معاودة الاتصال',
    },
    'rape-crisis-support-line': {
      'Anyone aged 16 or over in England and Wales affected by sexual violence':
        'أي شخص يبلغ 16 عامًا أو أكثر في إنجلترا وويلز تأثر بالعنف الجنسي',
      'Online chat (phone number on the website)': 'دردشة عبر الإنترنت (رقم الهاتف على الموقع)',
    },
    'victim-support': {
      'Anyone in England or Wales affected by crime, reported or not': 'أي شخص في إنجلترا أو ويلز تأثر بجريمة، سواء أُبلغ عنها أم لا',
    },
    paladin: {
      'Victims of stalking who need an advocate, and professionals working with them':
        'ضحايا الملاحقة الذين يحتاجون إلى من يدافع عنهم، والمهنيون الذين يعملون معهم',
    },
    'beat-helpline-england': {
      'Anyone in England affected by an eating disorder, and people supporting them':
        'أي شخص في إنجلترا متأثر باضطراب في الأكل، ومن يدعمونه',
    },
    beat: {
      'Anyone in Wales or Northern Ireland affected by an eating disorder, and people supporting them':
        'أي شخص في ويلز أو أيرلندا الشمالية متأثر باضطراب في الأكل، ومن يدعمونه',
      "Helpline details on Beat's website": 'تفاصيل خط المساعدة على موقع Beat',
    },
    'nhs-111-mental-health-england': {
      'Anyone in England, of any age, in a mental health crisis or worried about someone':
        'أي شخص في إنجلترا، من أي عمر، يمر بأزمة نفسية أو قلق على شخص ما',
      'Choose the mental health option': 'اختر خيار الصحة النفسية',
      'NHS 111 online': 'NHS 111 عبر الإنترنت',
    },
    'nhs-111-press-2-wales': {
      'Anyone in Wales, of any age, with an urgent mental health concern': 'أي شخص في ويلز، من أي عمر، لديه قلق عاجل بشأن الصحة النفسية',
      'Press 2 for mental health': 'اضغط 2 للصحة النفسية',
    },
    meic: {
      'Children and young people in Wales up to age 25': 'الأطفال والشباب في ويلز حتى سن 25 عامًا',
    },
    'action-against-stalking': {
      'People in Scotland who are being, or have been, stalked': 'الأشخاص في اسكتلندا الذين يتعرضون للملاحقة أو تعرضوا لها',
      'Advice and self-referral form': 'نصائح ونموذج لطلب الدعم بنفسك',
    },
    'rape-crisis-scotland-helpline': {
      'Anyone in Scotland affected by sexual violence, whenever it happened': 'أي شخص في اسكتلندا تأثر بالعنف الجنسي، أيًا كان وقت حدوثه',
      'Email, text and webchat: details on the website': 'البريد الإلكتروني والرسائل النصية والدردشة: التفاصيل على الموقع',
    },
    sdafmh: {
      'Anyone in Scotland affected by domestic abuse or forced marriage, of any gender':
        'أي شخص في اسكتلندا، من أي جنس، تأثر بالعنف الأسري أو الزواج القسري',
    },
    'victim-support-scotland': {
      'Anyone in Scotland affected by crime, reported or not, and witnesses':
        'أي شخص في اسكتلندا تأثر بجريمة، سواء أُبلغ عنها أم لا، والشهود',
    },
    'beat-helpline-scotland': {
      'Anyone in Scotland affected by an eating disorder, and people supporting them':
        'أي شخص في اسكتلندا متأثر باضطراب في الأكل، ومن يدعمونه',
    },
    'nhs24-111-mental-health-hub': {
      'Anyone in Scotland needing urgent mental health support or in distress':
        'أي شخص في اسكتلندا يحتاج إلى دعم عاجل للصحة النفسية أو يمر بضيق شديد',
    },
    'breathing-space': {
      'Anyone in Scotland aged 16 or over feeling low, anxious or stressed':
        'أي شخص في اسكتلندا يبلغ 16 عامًا أو أكثر يشعر بالحزن أو القلق أو التوتر',
    },
    'dsa-helpline-ni': {
      'Anyone in Northern Ireland affected by domestic or sexual abuse, of any gender or age':
        'أي شخص في أيرلندا الشمالية، من أي جنس أو عمر، تأثر بالعنف الأسري أو الاعتداء الجنسي',
    },
    'victim-support-ni': {
      'Victims and witnesses of crime in Northern Ireland, reported or not':
        'ضحايا الجرائم وشهودها في أيرلندا الشمالية، سواء أُبلغ عنها أم لا',
    },
    'lifeline-ni': {
      'Anyone living in Northern Ireland in distress or despair, of any age': 'أي شخص يعيش في أيرلندا الشمالية ويمر بضيق أو يأس، من أي عمر',
    },
    'mens-advice-line': {
      'Men experiencing domestic abuse, and people worried about them': 'الرجال الذين يتعرضون للعنف الأسري، ومن يقلقون عليهم',
    },
    'survivors-trust-helpline': {
      'Anyone affected by rape, sexual violence or sexual abuse, and people supporting them':
        'أي شخص تأثر بالاغتصاب أو العنف الجنسي أو الاعتداء الجنسي، ومن يدعمونه',
    },
    'galop-helpline': {
      'LGBT+ people experiencing domestic abuse, sexual violence or other abuse':
        'أفراد مجتمع LGBT+ الذين يتعرضون للعنف الأسري أو العنف الجنسي أو أي إساءة أخرى',
    },
    'karma-nirvana': {
      'Victims of honour-based abuse or forced marriage, of any age or gender':
        'ضحايا العنف باسم ما يُسمّى الشرف أو الزواج القسري، من أي عمر أو جنس',
    },
    'forced-marriage-unit': {
      'Anyone facing forced marriage, in the UK or abroad, or worried about someone':
        'أي شخص يواجه زواجًا قسريًا، في المملكة المتحدة أو خارجها، أو قلق على شخص ما',
      'Out of hours: ask for the Foreign Office Response Centre': 'خارج ساعات العمل: اطلب Foreign Office Response Centre',
    },
    'respect-phoneline': {
      'People worried about their own abusive behaviour towards a partner or family member':
        'الأشخاص القلقون من سلوكهم المسيء تجاه شريك أو أحد أفراد الأسرة',
    },
    samaritans: {
      'Anyone who is struggling to cope, whatever they are going through': 'أي شخص يجد صعوبة في التأقلم، مهما كان ما يمر به',
    },
    'samaritans-welsh': {
      'Anyone who wants emotional support in Welsh': 'أي شخص يريد دعمًا نفسيًا باللغة الويلزية',
    },
    shout: {
      'Anyone in the UK who is struggling to cope and would rather text than talk':
        'أي شخص في المملكة المتحدة يجد صعوبة في التأقلم ويفضّل الرسائل النصية على المكالمات',
    },
    'papyrus-hopeline247': {
      'Young people under 35 with thoughts of suicide, and anyone worried about a young person':
        'الشباب دون سن 35 عامًا الذين تراودهم أفكار انتحارية، وأي شخص قلق على شاب أو شابة',
    },
    'national-stalking-helpline': {
      'Anyone affected by stalking or harassment, now or in the past': 'أي شخص تأثر بالملاحقة أو التحرش، الآن أو في الماضي',
    },
    'report-remove': {
      'Young people under 18 whose nude image or video is online':
        'الشباب دون سن 18 عامًا الذين نُشرت لهم صورة أو مقطع فيديو عارٍ على الإنترنت',
      'Report Remove on the Childline website': 'Report Remove على موقع Childline',
    },
    'revenge-porn-helpline': {
      'Adults (18+) in the UK whose intimate images have been shared or threatened':
        'البالغون (18+) في المملكة المتحدة الذين نُشرت صورهم الحميمة أو هُدِّدوا بنشرها',
      'Website: ask for a call back': 'الموقع الإلكتروني: اطلب معاودة الاتصال',
    },
    'gb-police-non-emergency': {
      'Police non-emergency': 'الشرطة لغير حالات الطوارئ',
      'Reporting a concern or a crime that is not happening now': 'للإبلاغ عن أمر مقلق أو عن جريمة لا تحدث الآن',
      'Text relay: from a textphone or the Relay UK app': 'الترحيل النصي: من هاتف نصي أو من تطبيق Relay UK',
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
      'Reporting online sexual abuse, grooming or sextortion of a child; reports are not anonymous':
        'للإبلاغ عن اعتداء جنسي على طفل أو استدراجه أو ابتزازه جنسيًا عبر الإنترنت؛ لا يمكن تقديم البلاغ دون ذكر الاسم',
    },
    iwf: {
      'Anyone who sees sexual images or videos of children online; reports are anonymous':
        'أي شخص يرى صورًا أو مقاطع فيديو جنسية لأطفال على الإنترنت؛ البلاغات لا تتطلب ذكر الاسم',
    },
    crimestoppers: {
      'Anyone who wants to pass on information about a crime without giving their name': 'أي شخص يريد تقديم معلومات عن جريمة دون ذكر اسمه',
      'Anonymous online form': 'نموذج إلكتروني لا يتطلب ذكر الاسم',
    },
    'ie-emergency': {
      'Emergency services': 'خدمات الطوارئ',
      "Anyone in immediate danger, or if someone's life is at risk right now": 'أي شخص في خطر مباشر، أو إذا كانت حياة شخص ما في خطر الآن',
    },
    pieta: {
      'Anyone in Ireland who is suicidal, self-harming or bereaved by suicide':
        'أي شخص في أيرلندا تراوده أفكار انتحارية أو يؤذي نفسه أو فقد شخصًا بسبب الانتحار',
      'Texts cost the standard rate': 'تُحتسب الرسائل النصية بالسعر العادي',
    },
    bodywhys: {
      'People in Ireland affected by eating disorders, and their families': 'الأشخاص في أيرلندا المتأثرون باضطرابات الأكل، وعائلاتهم',
    },
    'womens-aid-ie': {
      'Women in Ireland experiencing domestic abuse, and their family or friends':
        'النساء في أيرلندا اللواتي يتعرضن للعنف الأسري، وعائلاتهن أو أصدقاؤهن',
    },
    'mens-aid-ie': {
      'Men in Ireland experiencing domestic abuse, and their families': 'الرجال في أيرلندا الذين يتعرضون للعنف الأسري، وعائلاتهم',
    },
    'drcc-national-rape-crisis-helpline': {
      'Anyone in Ireland affected by rape, sexual assault or child sexual abuse':
        'أي شخص في أيرلندا تأثر بالاغتصاب أو الاعتداء الجنسي أو الاعتداء الجنسي على الأطفال',
    },
    'samaritans-ie': {
      'Anyone who is struggling to cope, whatever they are going through': 'أي شخص يجد صعوبة في التأقلم، مهما كان ما يمر به',
    },
    'text-50808': {
      'Anyone in Ireland going through a mental health or emotional crisis, by text':
        'أي شخص في أيرلندا يمر بأزمة نفسية أو عاطفية، عبر الرسائل النصية',
      'Text any message to start': 'أرسل أي رسالة للبدء',
    },
    'hse-your-mental-health-information-line': {
      'Anyone in Ireland looking for mental health services and supports (information, not counselling)':
        'أي شخص في أيرلندا يبحث عن خدمات ودعم للصحة النفسية (معلومات، وليس استشارة نفسية)',
    },
    'ispcc-childline': {
      'Children and young people up to 18': 'الأطفال والشباب حتى سن 18 عامًا',
      'Online chat': 'دردشة عبر الإنترنت',
    },
    'garda-child-sexual-abuse-reporting-line': {
      'Anyone reporting child sexual abuse, happening now or in the past':
        'أي شخص يبلغ عن اعتداء جنسي على طفل، سواء كان يحدث الآن أو حدث في الماضي',
    },
    'hotline-ie': {
      'Anyone reporting child sexual abuse material or intimate image abuse online; reports can be anonymous':
        'أي شخص يبلغ عن مواد اعتداء جنسي على الأطفال أو إساءة استخدام صور حميمة على الإنترنت؛ يمكن تقديم البلاغ دون ذكر الاسم',
    },
    'tusla-report-a-concern': {
      'Anyone in Ireland worried that a child is being harmed or neglected': 'أي شخص في أيرلندا يخشى أن طفلًا يتعرض للأذى أو الإهمال',
      'How to report: your local social work duty service': 'كيفية الإبلاغ: خدمة الأخصائيين الاجتماعيين المناوبين في منطقتك',
    },
    'stop-it-now-ie': {
      "Anyone worried about their own or someone else's sexual thoughts or behaviour towards children, and parents and survivors":
        'أي شخص قلق بشأن أفكاره أو سلوكه الجنسي تجاه الأطفال أو بشأن أفكار شخص آخر أو سلوكه، وكذلك الآباء والأمهات والناجون',
      'Calls from Ireland are charged by your phone provider': 'تُحتسب المكالمات من أيرلندا حسب أسعار مزوّد خدمة الهاتف لديك',
      'Live chat and secure email': 'دردشة مباشرة وبريد إلكتروني آمن',
    },
    'crime-victims-helpline-ie': {
      'Anyone in Ireland affected by crime, including stalking and harassment':
        'أي شخص في أيرلندا تأثر بجريمة، بما في ذلك الملاحقة والتحرش',
      'Harassment and stalking advice': 'نصائح بشأن التحرش والملاحقة',
    },
    'garda-confidential-line': {
      'Anyone in Ireland passing information about crime to the Gardaí': 'أي شخص في أيرلندا يقدّم معلومات عن جريمة إلى الشرطة (Gardaí)',
    },
    'us-emergency': {
      'Emergency services': 'خدمات الطوارئ',
      "Anyone in immediate danger, or if someone's life is at risk right now": 'أي شخص في خطر مباشر، أو إذا كانت حياة شخص ما في خطر الآن',
    },
    childhelp: {
      'Children, and adults worried about a child, for counselling and advice (it does not take reports of abuse)':
        'الأطفال، والبالغون القلقون على طفل، للحصول على استشارة ونصيحة (لا يتلقى بلاغات عن الإساءة)',
      'Chat online': 'دردشة عبر الإنترنت',
    },
    'take-it-down': {
      'Anyone with nude or sexual images of themselves taken before age 18': 'أي شخص لديه صور عارية أو جنسية له التُقطت قبل بلوغه 18 عامًا',
      'Get help removing images taken under 18': 'احصل على مساعدة لإزالة صور التُقطت قبل سن 18',
    },
    'ncmec-cybertipline': {
      'Anyone reporting the online sexual exploitation of a child': 'أي شخص يبلغ عن استغلال جنسي لطفل عبر الإنترنت',
      "NCMEC's 24-hour hotline": 'خط NCMEC الساخن على مدار 24 ساعة',
    },
    'childwelfare-state-reporting': {
      'Anyone reporting suspected child abuse or neglect to their state': 'أي شخص يبلغ ولايته عن اشتباه في إساءة معاملة طفل أو إهماله',
      "Find your state's reporting number": 'اعثر على رقم الإبلاغ في ولايتك',
    },
    'stop-it-now-us': {
      'Anyone with questions or worries about child sexual abuse, including about their own thoughts or behaviour':
        'أي شخص لديه أسئلة أو مخاوف بشأن الاعتداء الجنسي على الأطفال، بما في ذلك بشأن أفكاره أو سلوكه',
    },
    rainn: {
      'Anyone affected by sexual violence, and their loved ones': 'أي شخص تأثر بالعنف الجنسي، وأحباؤه',
    },
    ndvh: {
      'Anyone affected by domestic or relationship abuse, and people worried about their own behaviour':
        'أي شخص تأثر بالعنف الأسري أو العنف في العلاقات، والأشخاص القلقون من سلوكهم',
      'From a TTY (text telephone)': 'من هاتف نصي (TTY)',
    },
    '988-lifeline': {
      'Anyone in the US in a suicidal, mental-health or substance-use crisis, or worried about someone':
        'أي شخص في الولايات المتحدة يمر بأزمة انتحارية أو نفسية أو أزمة تعاطي مواد، أو قلق على شخص ما',
      'Chat online': 'دردشة عبر الإنترنت',
    },
    'crisis-text-line-us': {
      'Anyone in the US in any kind of crisis, by text': 'أي شخص في الولايات المتحدة يمر بأي نوع من الأزمات، عبر الرسائل النصية',
    },
    'sparc-stalking': {
      'Information about stalking; there is no national stalking hotline in the US':
        'معلومات عن الملاحقة؛ لا يوجد خط مساعدة وطني للملاحقة في الولايات المتحدة',
    },
    'ccri-safety-center': {
      'Adults whose intimate images were shared or threatened, including deepfakes and sextortion':
        'البالغون الذين نُشرت صورهم الحميمة أو هُدِّدوا بنشرها، بما في ذلك التزييف العميق والابتزاز الجنسي',
    },
    'fbi-tips': {
      'Anyone reporting a federal crime, including sextortion': 'أي شخص يبلغ عن جريمة فيدرالية، بما في ذلك الابتزاز الجنسي',
    },
    'au-emergency': {
      'Emergency services (Triple Zero)': 'خدمات الطوارئ (Triple Zero)',
      "Anyone in immediate danger, or if someone's life is at risk right now": 'أي شخص في خطر مباشر، أو إذا كانت حياة شخص ما في خطر الآن',
      'From most mobile phones': 'من معظم الهواتف المحمولة',
      'TTY only: dial 106 from a TTY; text messages (SMS) do not work':
        'للهاتف النصي (TTY) فقط: اطلب 106 من هاتف TTY؛ الرسائل النصية القصيرة (SMS) لا تعمل',
    },
    'esafety-image-based-abuse': {
      'People in Australia whose intimate images were shared or threatened, including sextortion':
        'الأشخاص في أستراليا الذين نُشرت صورهم الحميمة أو هُدِّدوا بنشرها، بما في ذلك الابتزاز الجنسي',
    },
    'butterfly-national-helpline': {
      'Anyone affected by eating disorders or body image concerns, and carers':
        'أي شخص متأثر باضطرابات الأكل أو بمخاوف تتعلق بصورة الجسد، ومقدمو الرعاية',
      'Webchat and email on the Butterfly website': 'الدردشة والبريد الإلكتروني على موقع Butterfly',
    },
    '1800respect': {
      'Anyone affected by domestic, family or sexual violence, and people supporting them':
        'أي شخص تأثر بالعنف الأسري أو العائلي أو الجنسي، ومن يدعمونه',
    },
    'lifeline-au': {
      'Anyone having a personal crisis or thinking about suicide': 'أي شخص يمر بأزمة شخصية أو يفكر في الانتحار',
    },
    '13yarn': {
      'Aboriginal and Torres Strait Islander people feeling overwhelmed or finding it hard to cope':
        'السكان الأصليون وسكان جزر مضيق توريس الذين يشعرون بالإرهاق أو يجدون صعوبة في التأقلم',
    },
    'beyond-blue': {
      'Anyone in Australia affected by anxiety, depression or other mental health concerns':
        'أي شخص في أستراليا متأثر بالقلق أو الاكتئاب أو مشكلات نفسية أخرى',
    },
    'kids-helpline': {
      'Children and young people aged 5 to 25': 'الأطفال والشباب من سن 5 إلى 25 عامًا',
      'WebChat': 'الدردشة عبر الموقع',
    },
    'mensline-australia': {
      'Men with relationship, mental health or wellbeing concerns': 'الرجال الذين لديهم مخاوف تتعلق بالعلاقات أو الصحة النفسية أو الرفاه',
    },
    'accce-report': {
      'Anyone reporting online child sexual exploitation, grooming or sextortion':
        'أي شخص يبلغ عن استغلال جنسي للأطفال أو استدراجهم أو ابتزازهم جنسيًا عبر الإنترنت',
    },
    'au-police-non-urgent': {
      'Police non-urgent line': 'الشرطة للحالات غير العاجلة',
      'Reporting a crime or concern that is not an emergency; calls cost a local call':
        'للإبلاغ عن جريمة أو أمر مقلق ليس حالة طارئة؛ تكلفة المكالمة كمكالمة محلية',
    },
    'crime-stoppers-au': {
      'Anyone with information about a crime': 'أي شخص لديه معلومات عن جريمة',
      'Report online (choose your state)': 'أبلغ عبر الإنترنت (اختر ولايتك)',
    },
    'stop-it-now-au': {
      "Anyone worried about their own or someone else's sexual thoughts or behaviour towards children":
        'أي شخص قلق بشأن أفكاره أو سلوكه الجنسي تجاه الأطفال أو بشأن أفكار شخص آخر أو سلوكه',
      'Anonymous live chat': 'دردشة مباشرة دون ذكر الاسم',
    },
    'blue-knot-helpline': {
      'Adult survivors of childhood trauma and abuse, and people supporting them':
        'البالغون الناجون من صدمات الطفولة والإساءة فيها، ومن يدعمونهم',
    },
    'esafety-tech-abuse-support': {
      'People abused, threatened or stalked through technology': 'الأشخاص الذين يتعرضون للإساءة أو التهديد أو الملاحقة عبر التكنولوجيا',
      'Online safety help': 'مساعدة في الأمان على الإنترنت',
    },
  },
};

export default ar;
