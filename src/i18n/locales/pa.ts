// Punjabi (ਪੰਜਾਬੀ), in Gurmukhi script.
// Reviewed by a native speaker: no
import type { Locale } from '../locale.js';

const pa: Locale = {
  reviewed: false,
  ui: {
    heading: 'ਮਦਦ ਅਤੇ ਸਹਾਇਤਾ',
    emergency: 'ਐਮਰਜੈਂਸੀ',
    action: {
      phone: '{{number}} ’ਤੇ ਕਾਲ ਕਰੋ',
      textphone: 'ਟੈਕਸਟਫ਼ੋਨ {{number}}',
      sms: '{{number}} ’ਤੇ ਟੈਕਸਟ ਕਰੋ',
      smsBody: '{{number}} ’ਤੇ {{body}} ਟੈਕਸਟ ਕਰੋ',
      chat: 'ਆਨਲਾਈਨ ਚੈਟ',
      web: 'ਵੈੱਬਸਾਈਟ ’ਤੇ ਜਾਓ',
      report: 'ਆਨਲਾਈਨ ਰਿਪੋਰਟ ਕਰੋ',
      email: '{{address}} ’ਤੇ ਈਮੇਲ ਕਰੋ',
    },
    actionContext: ', {{line}}',
    opensInNewTab: '(ਨਵੀਂ ਟੈਬ ਵਿੱਚ ਖੁੱਲ੍ਹਦਾ ਹੈ)',
    status: {
      always: '24 ਘੰਟੇ ਖੁੱਲ੍ਹਾ',
      open: 'ਹੁਣ ਖੁੱਲ੍ਹਾ ਹੈ',
      openClosesAt: 'ਹੁਣ ਖੁੱਲ੍ਹਾ ਹੈ - ਬੰਦ ਹੋਣ ਦਾ ਸਮਾਂ: {{time}}',
      openClosesAtDay: 'ਹੁਣ ਖੁੱਲ੍ਹਾ ਹੈ - ਬੰਦ ਹੋਣ ਦਾ ਸਮਾਂ: {{day}}, {{time}}',
      closedOpensAt: 'ਬੰਦ ਹੈ - ਖੁੱਲ੍ਹਣ ਦਾ ਸਮਾਂ: {{day}}, {{time}}',
      closedLong: 'ਬੰਦ ਹੈ - ਸਮਾਂ ਵੈੱਬਸਾਈਟ ’ਤੇ ਦੇਖੋ',
      unknown: 'ਸਮਾਂ ਵੈੱਬਸਾਈਟ ’ਤੇ ਦੇਖੋ',
      inZone: '{{status}} ({{zone}})',
    },
    weekday: {
      sun: 'ਐਤਵਾਰ',
      mon: 'ਸੋਮਵਾਰ',
      tue: 'ਮੰਗਲਵਾਰ',
      wed: 'ਬੁੱਧਵਾਰ',
      thu: 'ਵੀਰਵਾਰ',
      fri: 'ਸ਼ੁੱਕਰਵਾਰ',
      sat: 'ਸ਼ਨਿੱਚਰਵਾਰ',
    },
    zone: {
      uk: 'ਯੂਕੇ ਦਾ ਸਮਾਂ',
    },
    interpreters: 'ਦੁਭਾਸ਼ੀਏ ਉਪਲਬਧ ਹਨ',
    more: {
      show: 'ਹੋਰ ਹੈਲਪਲਾਈਨਾਂ ({{count}})',
      hide: 'ਘੱਟ ਹੈਲਪਲਾਈਨਾਂ',
    },
    quickExit: {
      button: 'ਇਹ ਪੰਨਾ ਛੱਡੋ',
      hint: 'ਜਾਂ Shift ਕੁੰਜੀ 3 ਵਾਰ ਦਬਾਓ',
    },
    calls: {
      free: 'ਕਾਲ ਮੁਫ਼ਤ ਹੈ',
      charged: 'ਕਾਲਾਂ ਦੇ ਪੈਸੇ ਲੱਗ ਸਕਦੇ ਹਨ',
      notOnBill: 'ਫ਼ੋਨ ਦੇ ਬਿੱਲ ਉੱਤੇ ਨਹੀਂ ਦਿਖੇਗੀ',
      onBill: 'ਫ਼ੋਨ ਦੇ ਬਿੱਲ ਉੱਤੇ ਦਿਖਦੀ ਹੈ',
      confidential: 'ਗੁਪਤ',
      anonymous: 'ਤੁਹਾਨੂੰ ਆਪਣਾ ਨਾਮ ਦੱਸਣ ਦੀ ਲੋੜ ਨਹੀਂ',
    },
    report: 'ਨੰਬਰ ਗਲਤ ਹੈ? ਸਾਨੂੰ ਦੱਸੋ',
  },
  lines: {
    'gb-emergency': {
      'Emergency services': 'ਐਮਰਜੈਂਸੀ ਸੇਵਾਵਾਂ',
      "Anyone in immediate danger, or if someone's life is at risk right now":
        'ਕੋਈ ਵੀ ਜੋ ਤੁਰੰਤ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋਵੇ, ਜਾਂ ਜੇ ਕਿਸੇ ਦੀ ਜਾਨ ਨੂੰ ਇਸ ਵੇਲੇ ਖ਼ਤਰਾ ਹੋਵੇ',
      'Text relay: dial 18000 from a textphone (Relay UK)': 'ਟੈਕਸਟ ਰੀਲੇ: ਟੈਕਸਟਫ਼ੋਨ ਤੋਂ 18000 ਡਾਇਲ ਕਰੋ (Relay UK)',
    },
    'live-fear-free': {
      'Anyone in Wales affected by domestic abuse or sexual violence, and people helping them':
        'ਵੇਲਜ਼ ਵਿੱਚ ਕੋਈ ਵੀ ਜੋ ਘਰੇਲੂ ਹਿੰਸਾ ਜਾਂ ਜਿਨਸੀ ਹਿੰਸਾ ਤੋਂ ਪ੍ਰਭਾਵਿਤ ਹੈ, ਅਤੇ ਉਸ ਦੀ ਮਦਦ ਕਰਨ ਵਾਲੇ ਲੋਕ',
      'Email and live chat': 'ਈਮੇਲ ਅਤੇ ਲਾਈਵ ਚੈਟ',
    },
    'national-domestic-abuse-helpline': {
      'Women experiencing domestic abuse, and people worried about someone':
        'ਘਰੇਲੂ ਹਿੰਸਾ ਦਾ ਸਾਹਮਣਾ ਕਰ ਰਹੀਆਂ ਔਰਤਾਂ, ਅਤੇ ਕਿਸੇ ਬਾਰੇ ਫ਼ਿਕਰਮੰਦ ਲੋਕ',
      'Website and safe call-back form': 'ਵੈੱਬਸਾਈਟ ਅਤੇ ਵਾਪਸ ਕਾਲ ਮੰਗਣ ਲਈ ਸੁਰੱਖਿਅਤ ਫ਼ਾਰਮ',
    },
    'rape-crisis-support-line': {
      'Anyone aged 16 or over in England and Wales affected by sexual violence':
        'ਇੰਗਲੈਂਡ ਅਤੇ ਵੇਲਜ਼ ਵਿੱਚ 16 ਸਾਲ ਜਾਂ ਇਸ ਤੋਂ ਵੱਧ ਉਮਰ ਦਾ ਕੋਈ ਵੀ ਵਿਅਕਤੀ ਜੋ ਜਿਨਸੀ ਹਿੰਸਾ ਤੋਂ ਪ੍ਰਭਾਵਿਤ ਹੋਇਆ ਹੈ',
      'Online chat (phone number on the website)': 'ਆਨਲਾਈਨ ਚੈਟ (ਫ਼ੋਨ ਨੰਬਰ ਵੈੱਬਸਾਈਟ ’ਤੇ ਹੈ)',
    },
    'victim-support': {
      'Anyone in England or Wales affected by crime, reported or not':
        'ਇੰਗਲੈਂਡ ਜਾਂ ਵੇਲਜ਼ ਵਿੱਚ ਕੋਈ ਵੀ ਜੋ ਕਿਸੇ ਜੁਰਮ ਤੋਂ ਪ੍ਰਭਾਵਿਤ ਹੈ, ਭਾਵੇਂ ਉਸ ਦੀ ਰਿਪੋਰਟ ਕੀਤੀ ਗਈ ਹੋਵੇ ਜਾਂ ਨਹੀਂ',
    },
    paladin: {
      'Victims of stalking who need an advocate, and professionals working with them':
        'ਸਟਾਕਿੰਗ (ਪਿੱਛਾ ਕੀਤੇ ਜਾਣ) ਦੇ ਪੀੜਤ ਜਿਨ੍ਹਾਂ ਨੂੰ ਕਿਸੇ ਹਮਾਇਤੀ ਨੁਮਾਇੰਦੇ ਦੀ ਲੋੜ ਹੈ, ਅਤੇ ਉਨ੍ਹਾਂ ਨਾਲ ਕੰਮ ਕਰਨ ਵਾਲੇ ਪੇਸ਼ੇਵਰ',
    },
    'beat-helpline-england': {
      'Anyone in England affected by an eating disorder, and people supporting them':
        'ਇੰਗਲੈਂਡ ਵਿੱਚ ਕੋਈ ਵੀ ਜੋ ਖਾਣ-ਪੀਣ ਦੇ ਵਿਕਾਰ ਤੋਂ ਪ੍ਰਭਾਵਿਤ ਹੈ, ਅਤੇ ਉਸ ਦਾ ਸਾਥ ਦੇਣ ਵਾਲੇ ਲੋਕ',
    },
    beat: {
      'Anyone in Wales or Northern Ireland affected by an eating disorder, and people supporting them':
        'ਵੇਲਜ਼ ਜਾਂ ਉੱਤਰੀ ਆਇਰਲੈਂਡ ਵਿੱਚ ਕੋਈ ਵੀ ਜੋ ਖਾਣ-ਪੀਣ ਦੇ ਵਿਕਾਰ ਤੋਂ ਪ੍ਰਭਾਵਿਤ ਹੈ, ਅਤੇ ਉਸ ਦਾ ਸਾਥ ਦੇਣ ਵਾਲੇ ਲੋਕ',
      "Helpline details on Beat's website": 'ਹੈਲਪਲਾਈਨ ਦੀ ਜਾਣਕਾਰੀ Beat ਦੀ ਵੈੱਬਸਾਈਟ ’ਤੇ',
    },
    'nhs-111-mental-health-england': {
      'Anyone in England, of any age, in a mental health crisis or worried about someone':
        'ਇੰਗਲੈਂਡ ਵਿੱਚ ਕਿਸੇ ਵੀ ਉਮਰ ਦਾ ਕੋਈ ਵੀ ਵਿਅਕਤੀ ਜੋ ਮਾਨਸਿਕ ਸਿਹਤ ਸੰਕਟ ਵਿੱਚ ਹੈ ਜਾਂ ਕਿਸੇ ਬਾਰੇ ਫ਼ਿਕਰਮੰਦ ਹੈ',
      'Choose the mental health option': 'ਮਾਨਸਿਕ ਸਿਹਤ ਵਾਲਾ ਵਿਕਲਪ ਚੁਣੋ',
      'NHS 111 online': 'NHS 111 ਆਨਲਾਈਨ',
    },
    'nhs-111-press-2-wales': {
      'Anyone in Wales, of any age, with an urgent mental health concern':
        'ਵੇਲਜ਼ ਵਿੱਚ ਕਿਸੇ ਵੀ ਉਮਰ ਦਾ ਕੋਈ ਵੀ ਵਿਅਕਤੀ ਜਿਸ ਨੂੰ ਮਾਨਸਿਕ ਸਿਹਤ ਬਾਰੇ ਕੋਈ ਫ਼ੌਰੀ ਚਿੰਤਾ ਹੈ',
      'Press 2 for mental health': 'ਮਾਨਸਿਕ ਸਿਹਤ ਲਈ 2 ਦਬਾਓ',
    },
    meic: {
      'Children and young people in Wales up to age 25': 'ਵੇਲਜ਼ ਵਿੱਚ 25 ਸਾਲ ਤੱਕ ਦੀ ਉਮਰ ਦੇ ਬੱਚੇ ਅਤੇ ਨੌਜਵਾਨ',
    },
    'action-against-stalking': {
      'People in Scotland who are being, or have been, stalked': 'ਸਕਾਟਲੈਂਡ ਵਿੱਚ ਉਹ ਲੋਕ ਜਿਨ੍ਹਾਂ ਦਾ ਪਿੱਛਾ ਕੀਤਾ ਜਾ ਰਿਹਾ ਹੈ ਜਾਂ ਕੀਤਾ ਗਿਆ ਹੈ',
      'Advice and self-referral form': 'ਸਲਾਹ ਅਤੇ ਖ਼ੁਦ ਰੈਫ਼ਰ ਕਰਨ ਦਾ ਫ਼ਾਰਮ',
    },
    'rape-crisis-scotland-helpline': {
      'Anyone in Scotland affected by sexual violence, whenever it happened':
        'ਸਕਾਟਲੈਂਡ ਵਿੱਚ ਕੋਈ ਵੀ ਜੋ ਜਿਨਸੀ ਹਿੰਸਾ ਤੋਂ ਪ੍ਰਭਾਵਿਤ ਹੋਇਆ ਹੈ, ਭਾਵੇਂ ਇਹ ਕਦੇ ਵੀ ਹੋਈ ਹੋਵੇ',
      'Email, text and webchat: details on the website': 'ਈਮੇਲ, ਟੈਕਸਟ ਅਤੇ ਵੈੱਬ ਚੈਟ: ਜਾਣਕਾਰੀ ਵੈੱਬਸਾਈਟ ’ਤੇ',
    },
    sdafmh: {
      'Anyone in Scotland affected by domestic abuse or forced marriage, of any gender':
        'ਸਕਾਟਲੈਂਡ ਵਿੱਚ ਕਿਸੇ ਵੀ ਲਿੰਗ ਦਾ ਕੋਈ ਵੀ ਵਿਅਕਤੀ ਜੋ ਘਰੇਲੂ ਹਿੰਸਾ ਜਾਂ ਜ਼ਬਰਦਸਤੀ ਵਿਆਹ ਤੋਂ ਪ੍ਰਭਾਵਿਤ ਹੈ',
    },
    'victim-support-scotland': {
      'Anyone in Scotland affected by crime, reported or not, and witnesses':
        'ਸਕਾਟਲੈਂਡ ਵਿੱਚ ਕੋਈ ਵੀ ਜੋ ਕਿਸੇ ਜੁਰਮ ਤੋਂ ਪ੍ਰਭਾਵਿਤ ਹੈ, ਭਾਵੇਂ ਉਸ ਦੀ ਰਿਪੋਰਟ ਕੀਤੀ ਗਈ ਹੋਵੇ ਜਾਂ ਨਹੀਂ, ਅਤੇ ਗਵਾਹ',
    },
    'beat-helpline-scotland': {
      'Anyone in Scotland affected by an eating disorder, and people supporting them':
        'ਸਕਾਟਲੈਂਡ ਵਿੱਚ ਕੋਈ ਵੀ ਜੋ ਖਾਣ-ਪੀਣ ਦੇ ਵਿਕਾਰ ਤੋਂ ਪ੍ਰਭਾਵਿਤ ਹੈ, ਅਤੇ ਉਸ ਦਾ ਸਾਥ ਦੇਣ ਵਾਲੇ ਲੋਕ',
    },
    'nhs24-111-mental-health-hub': {
      'Anyone in Scotland needing urgent mental health support or in distress':
        'ਸਕਾਟਲੈਂਡ ਵਿੱਚ ਕੋਈ ਵੀ ਜਿਸ ਨੂੰ ਮਾਨਸਿਕ ਸਿਹਤ ਲਈ ਫ਼ੌਰੀ ਮਦਦ ਦੀ ਲੋੜ ਹੈ ਜਾਂ ਜੋ ਬਹੁਤ ਪਰੇਸ਼ਾਨ ਹੈ',
    },
    'breathing-space': {
      'Anyone in Scotland aged 16 or over feeling low, anxious or stressed':
        'ਸਕਾਟਲੈਂਡ ਵਿੱਚ 16 ਸਾਲ ਜਾਂ ਇਸ ਤੋਂ ਵੱਧ ਉਮਰ ਦਾ ਕੋਈ ਵੀ ਵਿਅਕਤੀ ਜੋ ਉਦਾਸ, ਘਬਰਾਇਆ ਹੋਇਆ ਜਾਂ ਤਣਾਅ ਵਿੱਚ ਹੈ',
    },
    'dsa-helpline-ni': {
      'Anyone in Northern Ireland affected by domestic or sexual abuse, of any gender or age':
        'ਉੱਤਰੀ ਆਇਰਲੈਂਡ ਵਿੱਚ ਕਿਸੇ ਵੀ ਲਿੰਗ ਜਾਂ ਉਮਰ ਦਾ ਕੋਈ ਵੀ ਵਿਅਕਤੀ ਜੋ ਘਰੇਲੂ ਜਾਂ ਜਿਨਸੀ ਸ਼ੋਸ਼ਣ ਤੋਂ ਪ੍ਰਭਾਵਿਤ ਹੈ',
    },
    'victim-support-ni': {
      'Victims and witnesses of crime in Northern Ireland, reported or not':
        'ਉੱਤਰੀ ਆਇਰਲੈਂਡ ਵਿੱਚ ਜੁਰਮਾਂ ਦੇ ਪੀੜਤ ਅਤੇ ਗਵਾਹ, ਭਾਵੇਂ ਰਿਪੋਰਟ ਕੀਤੀ ਗਈ ਹੋਵੇ ਜਾਂ ਨਹੀਂ',
    },
    'lifeline-ni': {
      'Anyone living in Northern Ireland in distress or despair, of any age':
        'ਉੱਤਰੀ ਆਇਰਲੈਂਡ ਵਿੱਚ ਰਹਿਣ ਵਾਲਾ ਕਿਸੇ ਵੀ ਉਮਰ ਦਾ ਕੋਈ ਵੀ ਵਿਅਕਤੀ ਜੋ ਬਹੁਤ ਪਰੇਸ਼ਾਨ ਜਾਂ ਨਿਰਾਸ਼ ਹੈ',
    },
    'mens-advice-line': {
      'Men experiencing domestic abuse, and people worried about them': 'ਘਰੇਲੂ ਹਿੰਸਾ ਦਾ ਸਾਹਮਣਾ ਕਰ ਰਹੇ ਮਰਦ, ਅਤੇ ਉਨ੍ਹਾਂ ਬਾਰੇ ਫ਼ਿਕਰਮੰਦ ਲੋਕ',
    },
    'survivors-trust-helpline': {
      'Anyone affected by rape, sexual violence or sexual abuse, and people supporting them':
        'ਕੋਈ ਵੀ ਜੋ ਬਲਾਤਕਾਰ, ਜਿਨਸੀ ਹਿੰਸਾ ਜਾਂ ਜਿਨਸੀ ਸ਼ੋਸ਼ਣ ਤੋਂ ਪ੍ਰਭਾਵਿਤ ਹੋਇਆ ਹੈ, ਅਤੇ ਉਸ ਦਾ ਸਾਥ ਦੇਣ ਵਾਲੇ ਲੋਕ',
    },
    'galop-helpline': {
      'LGBT+ people experiencing domestic abuse, sexual violence or other abuse':
        'LGBT+ ਲੋਕ ਜੋ ਘਰੇਲੂ ਹਿੰਸਾ, ਜਿਨਸੀ ਹਿੰਸਾ ਜਾਂ ਕਿਸੇ ਹੋਰ ਦੁਰਵਿਹਾਰ ਦਾ ਸਾਹਮਣਾ ਕਰ ਰਹੇ ਹਨ',
    },
    'karma-nirvana': {
      'Victims of honour-based abuse or forced marriage, of any age or gender':
        'ਅਖੌਤੀ ਇੱਜ਼ਤ ਦੇ ਨਾਂ ’ਤੇ ਦੁਰਵਿਹਾਰ ਜਾਂ ਜ਼ਬਰਦਸਤੀ ਵਿਆਹ ਦੇ ਪੀੜਤ, ਕਿਸੇ ਵੀ ਉਮਰ ਜਾਂ ਲਿੰਗ ਦੇ',
    },
    'forced-marriage-unit': {
      'Anyone facing forced marriage, in the UK or abroad, or worried about someone':
        'ਕੋਈ ਵੀ ਜਿਸ ਨੂੰ ਯੂਕੇ ਵਿੱਚ ਜਾਂ ਵਿਦੇਸ਼ ਵਿੱਚ ਜ਼ਬਰਦਸਤੀ ਵਿਆਹ ਦਾ ਸਾਹਮਣਾ ਹੈ, ਜਾਂ ਜੋ ਕਿਸੇ ਬਾਰੇ ਫ਼ਿਕਰਮੰਦ ਹੈ',
      'Out of hours: ask for the Foreign Office Response Centre':
        'ਦਫ਼ਤਰੀ ਸਮੇਂ ਤੋਂ ਬਾਅਦ: Foreign Office Response Centre ਨਾਲ ਗੱਲ ਕਰਵਾਉਣ ਲਈ ਕਹੋ',
    },
    'respect-phoneline': {
      'People worried about their own abusive behaviour towards a partner or family member':
        'ਉਹ ਲੋਕ ਜੋ ਆਪਣੇ ਸਾਥੀ ਜਾਂ ਪਰਿਵਾਰ ਦੇ ਕਿਸੇ ਮੈਂਬਰ ਪ੍ਰਤੀ ਆਪਣੇ ਦੁਰਵਿਹਾਰ ਵਾਲੇ ਰਵੱਈਏ ਬਾਰੇ ਚਿੰਤਤ ਹਨ',
    },
    samaritans: {
      'Anyone who is struggling to cope, whatever they are going through':
        'ਕੋਈ ਵੀ ਜਿਸ ਲਈ ਹਾਲਾਤ ਨਾਲ ਨਜਿੱਠਣਾ ਔਖਾ ਹੋ ਰਿਹਾ ਹੈ, ਭਾਵੇਂ ਉਹ ਕਿਸੇ ਵੀ ਗੱਲ ਵਿੱਚੋਂ ਲੰਘ ਰਿਹਾ ਹੋਵੇ',
    },
    'samaritans-welsh': {
      'Anyone who wants emotional support in Welsh': 'ਕੋਈ ਵੀ ਜੋ ਵੈਲਸ਼ ਭਾਸ਼ਾ ਵਿੱਚ ਭਾਵਨਾਤਮਕ ਸਹਾਰਾ ਚਾਹੁੰਦਾ ਹੈ',
    },
    shout: {
      'Anyone in the UK who is struggling to cope and would rather text than talk':
        'ਯੂਕੇ ਵਿੱਚ ਕੋਈ ਵੀ ਜਿਸ ਲਈ ਹਾਲਾਤ ਨਾਲ ਨਜਿੱਠਣਾ ਔਖਾ ਹੈ ਅਤੇ ਜੋ ਗੱਲ ਕਰਨ ਦੀ ਬਜਾਏ ਟੈਕਸਟ ਕਰਨਾ ਪਸੰਦ ਕਰਦਾ ਹੈ',
    },
    'papyrus-hopeline247': {
      'Young people under 35 with thoughts of suicide, and anyone worried about a young person':
        '35 ਸਾਲ ਤੋਂ ਘੱਟ ਉਮਰ ਦੇ ਨੌਜਵਾਨ ਜਿਨ੍ਹਾਂ ਨੂੰ ਖ਼ੁਦਕੁਸ਼ੀ ਦੇ ਖ਼ਿਆਲ ਆਉਂਦੇ ਹਨ, ਅਤੇ ਕੋਈ ਵੀ ਜੋ ਕਿਸੇ ਨੌਜਵਾਨ ਬਾਰੇ ਫ਼ਿਕਰਮੰਦ ਹੈ',
    },
    'national-stalking-helpline': {
      'Anyone affected by stalking or harassment, now or in the past':
        'ਕੋਈ ਵੀ ਜੋ ਹੁਣ ਜਾਂ ਪਹਿਲਾਂ ਪਿੱਛਾ ਕੀਤੇ ਜਾਣ (ਸਟਾਕਿੰਗ) ਜਾਂ ਤੰਗ-ਪਰੇਸ਼ਾਨ ਕੀਤੇ ਜਾਣ ਤੋਂ ਪ੍ਰਭਾਵਿਤ ਹੋਇਆ ਹੈ',
    },
    'report-remove': {
      'Young people under 18 whose nude image or video is online': '18 ਸਾਲ ਤੋਂ ਘੱਟ ਉਮਰ ਦੇ ਨੌਜਵਾਨ ਜਿਨ੍ਹਾਂ ਦੀ ਨਗਨ ਤਸਵੀਰ ਜਾਂ ਵੀਡੀਓ ਆਨਲਾਈਨ ਹੈ',
      'Report Remove on the Childline website': 'Childline ਦੀ ਵੈੱਬਸਾਈਟ ’ਤੇ Report Remove',
    },
    'revenge-porn-helpline': {
      'Adults (18+) in the UK whose intimate images have been shared or threatened':
        'ਯੂਕੇ ਵਿੱਚ ਬਾਲਗ (18+) ਜਿਨ੍ਹਾਂ ਦੀਆਂ ਨਿੱਜੀ ਤਸਵੀਰਾਂ ਸਾਂਝੀਆਂ ਕੀਤੀਆਂ ਗਈਆਂ ਹਨ ਜਾਂ ਸਾਂਝੀਆਂ ਕਰਨ ਦੀ ਧਮਕੀ ਦਿੱਤੀ ਗਈ ਹੈ',
      'Website: ask for a call back': 'ਵੈੱਬਸਾਈਟ: ਵਾਪਸ ਕਾਲ ਮੰਗੋ',
    },
    'gb-police-non-emergency': {
      'Police non-emergency': 'ਪੁਲਿਸ (ਗ਼ੈਰ-ਐਮਰਜੈਂਸੀ)',
      'Reporting a concern or a crime that is not happening now': 'ਕਿਸੇ ਚਿੰਤਾ ਜਾਂ ਅਜਿਹੇ ਜੁਰਮ ਦੀ ਰਿਪੋਰਟ ਕਰਨਾ ਜੋ ਇਸ ਵੇਲੇ ਨਹੀਂ ਹੋ ਰਿਹਾ',
      'Text relay: from a textphone or the Relay UK app': 'ਟੈਕਸਟ ਰੀਲੇ: ਟੈਕਸਟਫ਼ੋਨ ਜਾਂ Relay UK ਐਪ ਤੋਂ',
    },
    'nspcc-helpline': {
      'Adults worried about a child': 'ਕਿਸੇ ਬੱਚੇ ਬਾਰੇ ਫ਼ਿਕਰਮੰਦ ਬਾਲਗ',
    },
    childline: {
      'Children and young people under 19': '19 ਸਾਲ ਤੋਂ ਘੱਟ ਉਮਰ ਦੇ ਬੱਚੇ ਅਤੇ ਨੌਜਵਾਨ',
      '1-2-1 chat and email': 'ਇੱਕ-ਨਾਲ-ਇੱਕ ਚੈਟ ਅਤੇ ਈਮੇਲ',
    },
    'stop-it-now': {
      "Anyone worried about their own or someone else's sexual thoughts or behaviour towards children, and parents and survivors":
        'ਕੋਈ ਵੀ ਜੋ ਬੱਚਿਆਂ ਪ੍ਰਤੀ ਆਪਣੇ ਜਾਂ ਕਿਸੇ ਹੋਰ ਦੇ ਜਿਨਸੀ ਵਿਚਾਰਾਂ ਜਾਂ ਵਿਹਾਰ ਬਾਰੇ ਚਿੰਤਤ ਹੈ, ਨਾਲ ਹੀ ਮਾਪੇ ਅਤੇ ਸ਼ੋਸ਼ਣ ਝੱਲ ਚੁੱਕੇ ਲੋਕ',
      'Live chat and secure email': 'ਲਾਈਵ ਚੈਟ ਅਤੇ ਸੁਰੱਖਿਅਤ ਈਮੇਲ',
    },
    ceop: {
      'Reporting online sexual abuse, grooming or sextortion of a child; reports are not anonymous':
        'ਕਿਸੇ ਬੱਚੇ ਨਾਲ ਆਨਲਾਈਨ ਜਿਨਸੀ ਸ਼ੋਸ਼ਣ, ਗਰੂਮਿੰਗ ਜਾਂ ਜਿਨਸੀ ਬਲੈਕਮੇਲ ਦੀ ਰਿਪੋਰਟ ਕਰਨਾ; ਰਿਪੋਰਟਾਂ ਗੁਮਨਾਮ ਨਹੀਂ ਹੁੰਦੀਆਂ',
    },
    iwf: {
      'Anyone who sees sexual images or videos of children online; reports are anonymous':
        'ਕੋਈ ਵੀ ਜੋ ਆਨਲਾਈਨ ਬੱਚਿਆਂ ਦੀਆਂ ਜਿਨਸੀ ਤਸਵੀਰਾਂ ਜਾਂ ਵੀਡੀਓ ਦੇਖਦਾ ਹੈ; ਰਿਪੋਰਟਾਂ ਗੁਮਨਾਮ ਹੁੰਦੀਆਂ ਹਨ',
    },
    crimestoppers: {
      'Anyone who wants to pass on information about a crime without giving their name':
        'ਕੋਈ ਵੀ ਜੋ ਆਪਣਾ ਨਾਮ ਦੱਸੇ ਬਿਨਾਂ ਕਿਸੇ ਜੁਰਮ ਬਾਰੇ ਜਾਣਕਾਰੀ ਦੇਣਾ ਚਾਹੁੰਦਾ ਹੈ',
      'Anonymous online form': 'ਗੁਮਨਾਮ ਆਨਲਾਈਨ ਫ਼ਾਰਮ',
    },
    'ie-emergency': {
      'Emergency services': 'ਐਮਰਜੈਂਸੀ ਸੇਵਾਵਾਂ',
      "Anyone in immediate danger, or if someone's life is at risk right now":
        'ਕੋਈ ਵੀ ਜੋ ਤੁਰੰਤ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋਵੇ, ਜਾਂ ਜੇ ਕਿਸੇ ਦੀ ਜਾਨ ਨੂੰ ਇਸ ਵੇਲੇ ਖ਼ਤਰਾ ਹੋਵੇ',
    },
    pieta: {
      'Anyone in Ireland who is suicidal, self-harming or bereaved by suicide':
        'ਆਇਰਲੈਂਡ ਵਿੱਚ ਕੋਈ ਵੀ ਜਿਸ ਨੂੰ ਖ਼ੁਦਕੁਸ਼ੀ ਦੇ ਖ਼ਿਆਲ ਆਉਂਦੇ ਹਨ, ਜੋ ਖ਼ੁਦ ਨੂੰ ਨੁਕਸਾਨ ਪਹੁੰਚਾ ਰਿਹਾ ਹੈ ਜਾਂ ਜਿਸ ਨੇ ਕਿਸੇ ਨੂੰ ਖ਼ੁਦਕੁਸ਼ੀ ਕਾਰਨ ਗੁਆਇਆ ਹੈ',
      'Texts cost the standard rate': 'ਟੈਕਸਟ ਸੁਨੇਹਿਆਂ ’ਤੇ ਆਮ ਦਰ ਨਾਲ ਖ਼ਰਚਾ ਆਉਂਦਾ ਹੈ',
    },
    bodywhys: {
      'People in Ireland affected by eating disorders, and their families':
        'ਆਇਰਲੈਂਡ ਵਿੱਚ ਖਾਣ-ਪੀਣ ਦੇ ਵਿਕਾਰਾਂ ਤੋਂ ਪ੍ਰਭਾਵਿਤ ਲੋਕ, ਅਤੇ ਉਨ੍ਹਾਂ ਦੇ ਪਰਿਵਾਰ',
    },
    'womens-aid-ie': {
      'Women in Ireland experiencing domestic abuse, and their family or friends':
        'ਆਇਰਲੈਂਡ ਵਿੱਚ ਘਰੇਲੂ ਹਿੰਸਾ ਦਾ ਸਾਹਮਣਾ ਕਰ ਰਹੀਆਂ ਔਰਤਾਂ, ਅਤੇ ਉਨ੍ਹਾਂ ਦਾ ਪਰਿਵਾਰ ਜਾਂ ਦੋਸਤ',
    },
    'mens-aid-ie': {
      'Men in Ireland experiencing domestic abuse, and their families':
        'ਆਇਰਲੈਂਡ ਵਿੱਚ ਘਰੇਲੂ ਹਿੰਸਾ ਦਾ ਸਾਹਮਣਾ ਕਰ ਰਹੇ ਮਰਦ, ਅਤੇ ਉਨ੍ਹਾਂ ਦੇ ਪਰਿਵਾਰ',
    },
    'drcc-national-rape-crisis-helpline': {
      'Anyone in Ireland affected by rape, sexual assault or child sexual abuse':
        'ਆਇਰਲੈਂਡ ਵਿੱਚ ਕੋਈ ਵੀ ਜੋ ਬਲਾਤਕਾਰ, ਜਿਨਸੀ ਹਮਲੇ ਜਾਂ ਬੱਚਿਆਂ ਦੇ ਜਿਨਸੀ ਸ਼ੋਸ਼ਣ ਤੋਂ ਪ੍ਰਭਾਵਿਤ ਹੋਇਆ ਹੈ',
    },
    'samaritans-ie': {
      'Anyone who is struggling to cope, whatever they are going through':
        'ਕੋਈ ਵੀ ਜਿਸ ਲਈ ਹਾਲਾਤ ਨਾਲ ਨਜਿੱਠਣਾ ਔਖਾ ਹੋ ਰਿਹਾ ਹੈ, ਭਾਵੇਂ ਉਹ ਕਿਸੇ ਵੀ ਗੱਲ ਵਿੱਚੋਂ ਲੰਘ ਰਿਹਾ ਹੋਵੇ',
    },
    'text-50808': {
      'Anyone in Ireland going through a mental health or emotional crisis, by text':
        'ਆਇਰਲੈਂਡ ਵਿੱਚ ਕੋਈ ਵੀ ਜੋ ਮਾਨਸਿਕ ਸਿਹਤ ਜਾਂ ਭਾਵਨਾਤਮਕ ਸੰਕਟ ਵਿੱਚੋਂ ਲੰਘ ਰਿਹਾ ਹੈ, ਟੈਕਸਟ ਰਾਹੀਂ',
      'Text any message to start': 'ਸ਼ੁਰੂ ਕਰਨ ਲਈ ਕੋਈ ਵੀ ਸੁਨੇਹਾ ਭੇਜੋ',
    },
    'hse-your-mental-health-information-line': {
      'Anyone in Ireland looking for mental health services and supports (information, not counselling)':
        'ਆਇਰਲੈਂਡ ਵਿੱਚ ਕੋਈ ਵੀ ਜੋ ਮਾਨਸਿਕ ਸਿਹਤ ਸੇਵਾਵਾਂ ਅਤੇ ਸਹਾਇਤਾ ਲੱਭ ਰਿਹਾ ਹੈ (ਜਾਣਕਾਰੀ, ਕਾਊਂਸਲਿੰਗ ਨਹੀਂ)',
    },
    'ispcc-childline': {
      'Children and young people up to 18': '18 ਸਾਲ ਤੱਕ ਦੀ ਉਮਰ ਦੇ ਬੱਚੇ ਅਤੇ ਨੌਜਵਾਨ',
      'Online chat': 'ਆਨਲਾਈਨ ਚੈਟ',
    },
    'garda-child-sexual-abuse-reporting-line': {
      'Anyone reporting child sexual abuse, happening now or in the past':
        'ਕੋਈ ਵੀ ਜੋ ਬੱਚਿਆਂ ਦੇ ਜਿਨਸੀ ਸ਼ੋਸ਼ਣ ਦੀ ਰਿਪੋਰਟ ਕਰਦਾ ਹੈ, ਭਾਵੇਂ ਇਹ ਹੁਣ ਹੋ ਰਿਹਾ ਹੋਵੇ ਜਾਂ ਪਹਿਲਾਂ ਹੋਇਆ ਹੋਵੇ',
    },
    'hotline-ie': {
      'Anyone reporting child sexual abuse material or intimate image abuse online; reports can be anonymous':
        'ਕੋਈ ਵੀ ਜੋ ਆਨਲਾਈਨ ਬੱਚਿਆਂ ਦੇ ਜਿਨਸੀ ਸ਼ੋਸ਼ਣ ਵਾਲੀ ਸਮੱਗਰੀ ਜਾਂ ਨਿੱਜੀ ਤਸਵੀਰਾਂ ਦੀ ਦੁਰਵਰਤੋਂ ਦੀ ਰਿਪੋਰਟ ਕਰਦਾ ਹੈ; ਰਿਪੋਰਟ ਗੁਮਨਾਮ ਹੋ ਸਕਦੀ ਹੈ',
    },
    'tusla-report-a-concern': {
      'Anyone in Ireland worried that a child is being harmed or neglected':
        'ਆਇਰਲੈਂਡ ਵਿੱਚ ਕੋਈ ਵੀ ਜਿਸ ਨੂੰ ਚਿੰਤਾ ਹੈ ਕਿ ਕਿਸੇ ਬੱਚੇ ਨੂੰ ਨੁਕਸਾਨ ਪਹੁੰਚਾਇਆ ਜਾ ਰਿਹਾ ਹੈ ਜਾਂ ਉਸ ਦੀ ਅਣਗਹਿਲੀ ਹੋ ਰਹੀ ਹੈ',
      'How to report: your local social work duty service': 'ਰਿਪੋਰਟ ਕਿਵੇਂ ਕਰੀਏ: ਤੁਹਾਡੀ ਸਥਾਨਕ ਸੋਸ਼ਲ ਵਰਕ ਡਿਊਟੀ ਸੇਵਾ',
    },
    'stop-it-now-ie': {
      "Anyone worried about their own or someone else's sexual thoughts or behaviour towards children, and parents and survivors":
        'ਕੋਈ ਵੀ ਜੋ ਬੱਚਿਆਂ ਪ੍ਰਤੀ ਆਪਣੇ ਜਾਂ ਕਿਸੇ ਹੋਰ ਦੇ ਜਿਨਸੀ ਵਿਚਾਰਾਂ ਜਾਂ ਵਿਹਾਰ ਬਾਰੇ ਚਿੰਤਤ ਹੈ, ਨਾਲ ਹੀ ਮਾਪੇ ਅਤੇ ਸ਼ੋਸ਼ਣ ਝੱਲ ਚੁੱਕੇ ਲੋਕ',
      'Calls from Ireland are charged by your phone provider': 'ਆਇਰਲੈਂਡ ਤੋਂ ਕਾਲਾਂ ਲਈ ਤੁਹਾਡਾ ਫ਼ੋਨ ਪ੍ਰਦਾਤਾ ਪੈਸੇ ਲੈਂਦਾ ਹੈ',
      'Live chat and secure email': 'ਲਾਈਵ ਚੈਟ ਅਤੇ ਸੁਰੱਖਿਅਤ ਈਮੇਲ',
    },
    'crime-victims-helpline-ie': {
      'Anyone in Ireland affected by crime, including stalking and harassment':
        'ਆਇਰਲੈਂਡ ਵਿੱਚ ਕੋਈ ਵੀ ਜੋ ਕਿਸੇ ਜੁਰਮ ਤੋਂ ਪ੍ਰਭਾਵਿਤ ਹੈ, ਪਿੱਛਾ ਕੀਤੇ ਜਾਣ (ਸਟਾਕਿੰਗ) ਅਤੇ ਤੰਗ-ਪਰੇਸ਼ਾਨ ਕੀਤੇ ਜਾਣ ਸਮੇਤ',
      'Harassment and stalking advice': 'ਤੰਗ-ਪਰੇਸ਼ਾਨ ਕੀਤੇ ਜਾਣ ਅਤੇ ਪਿੱਛਾ ਕੀਤੇ ਜਾਣ ਬਾਰੇ ਸਲਾਹ',
    },
    'garda-confidential-line': {
      'Anyone in Ireland passing information about crime to the Gardaí':
        'ਆਇਰਲੈਂਡ ਵਿੱਚ ਕੋਈ ਵੀ ਜੋ Gardaí (ਪੁਲਿਸ) ਨੂੰ ਕਿਸੇ ਜੁਰਮ ਬਾਰੇ ਜਾਣਕਾਰੀ ਦਿੰਦਾ ਹੈ',
    },
    'us-emergency': {
      'Emergency services': 'ਐਮਰਜੈਂਸੀ ਸੇਵਾਵਾਂ',
      "Anyone in immediate danger, or if someone's life is at risk right now":
        'ਕੋਈ ਵੀ ਜੋ ਤੁਰੰਤ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋਵੇ, ਜਾਂ ਜੇ ਕਿਸੇ ਦੀ ਜਾਨ ਨੂੰ ਇਸ ਵੇਲੇ ਖ਼ਤਰਾ ਹੋਵੇ',
    },
    childhelp: {
      'Children, and adults worried about a child, for counselling and advice (it does not take reports of abuse)':
        'ਬੱਚੇ, ਅਤੇ ਕਿਸੇ ਬੱਚੇ ਬਾਰੇ ਫ਼ਿਕਰਮੰਦ ਬਾਲਗ, ਕਾਊਂਸਲਿੰਗ ਅਤੇ ਸਲਾਹ ਲਈ (ਇੱਥੇ ਦੁਰਵਿਹਾਰ ਦੀਆਂ ਰਿਪੋਰਟਾਂ ਨਹੀਂ ਲਈਆਂ ਜਾਂਦੀਆਂ)',
      'Chat online': 'ਆਨਲਾਈਨ ਚੈਟ',
    },
    'take-it-down': {
      'Anyone with nude or sexual images of themselves taken before age 18':
        'ਕੋਈ ਵੀ ਜਿਸ ਦੀਆਂ 18 ਸਾਲ ਦੀ ਉਮਰ ਤੋਂ ਪਹਿਲਾਂ ਲਈਆਂ ਗਈਆਂ ਨਗਨ ਜਾਂ ਜਿਨਸੀ ਤਸਵੀਰਾਂ ਹਨ',
      'Get help removing images taken under 18': '18 ਸਾਲ ਤੋਂ ਘੱਟ ਉਮਰ ਵਿੱਚ ਲਈਆਂ ਤਸਵੀਰਾਂ ਹਟਵਾਉਣ ਲਈ ਮਦਦ ਲਓ',
    },
    'ncmec-cybertipline': {
      'Anyone reporting the online sexual exploitation of a child': 'ਕੋਈ ਵੀ ਜੋ ਕਿਸੇ ਬੱਚੇ ਦੇ ਆਨਲਾਈਨ ਜਿਨਸੀ ਸ਼ੋਸ਼ਣ ਦੀ ਰਿਪੋਰਟ ਕਰਦਾ ਹੈ',
      "NCMEC's 24-hour hotline": 'NCMEC ਦੀ 24 ਘੰਟੇ ਹੌਟਲਾਈਨ',
    },
    'childwelfare-state-reporting': {
      'Anyone reporting suspected child abuse or neglect to their state':
        'ਕੋਈ ਵੀ ਜੋ ਆਪਣੀ ਸਟੇਟ ਨੂੰ ਕਿਸੇ ਬੱਚੇ ਨਾਲ ਦੁਰਵਿਹਾਰ ਜਾਂ ਅਣਗਹਿਲੀ ਦੇ ਸ਼ੱਕ ਦੀ ਰਿਪੋਰਟ ਕਰਦਾ ਹੈ',
      "Find your state's reporting number": 'ਆਪਣੀ ਸਟੇਟ ਦਾ ਰਿਪੋਰਟ ਕਰਨ ਵਾਲਾ ਨੰਬਰ ਲੱਭੋ',
    },
    'stop-it-now-us': {
      'Anyone with questions or worries about child sexual abuse, including about their own thoughts or behaviour':
        'ਕੋਈ ਵੀ ਜਿਸ ਦੇ ਬੱਚਿਆਂ ਦੇ ਜਿਨਸੀ ਸ਼ੋਸ਼ਣ ਬਾਰੇ ਸਵਾਲ ਜਾਂ ਚਿੰਤਾਵਾਂ ਹਨ, ਆਪਣੇ ਵਿਚਾਰਾਂ ਜਾਂ ਵਿਹਾਰ ਬਾਰੇ ਵੀ',
    },
    rainn: {
      'Anyone affected by sexual violence, and their loved ones': 'ਕੋਈ ਵੀ ਜੋ ਜਿਨਸੀ ਹਿੰਸਾ ਤੋਂ ਪ੍ਰਭਾਵਿਤ ਹੋਇਆ ਹੈ, ਅਤੇ ਉਸ ਦੇ ਆਪਣੇ ਲੋਕ',
    },
    ndvh: {
      'Anyone affected by domestic or relationship abuse, and people worried about their own behaviour':
        'ਕੋਈ ਵੀ ਜੋ ਘਰੇਲੂ ਹਿੰਸਾ ਜਾਂ ਰਿਸ਼ਤੇ ਵਿੱਚ ਦੁਰਵਿਹਾਰ ਤੋਂ ਪ੍ਰਭਾਵਿਤ ਹੈ, ਅਤੇ ਉਹ ਲੋਕ ਜੋ ਆਪਣੇ ਵਿਹਾਰ ਬਾਰੇ ਚਿੰਤਤ ਹਨ',
      'From a TTY (text telephone)': 'ਟੈਕਸਟ ਫ਼ੋਨ (TTY) ਤੋਂ',
    },
    '988-lifeline': {
      'Anyone in the US in a suicidal, mental-health or substance-use crisis, or worried about someone':
        'ਅਮਰੀਕਾ ਵਿੱਚ ਕੋਈ ਵੀ ਜੋ ਖ਼ੁਦਕੁਸ਼ੀ, ਮਾਨਸਿਕ ਸਿਹਤ ਜਾਂ ਨਸ਼ੇ ਦੇ ਸੰਕਟ ਵਿੱਚ ਹੈ, ਜਾਂ ਕਿਸੇ ਬਾਰੇ ਫ਼ਿਕਰਮੰਦ ਹੈ',
      'Chat online': 'ਆਨਲਾਈਨ ਚੈਟ',
    },
    'crisis-text-line-us': {
      'Anyone in the US in any kind of crisis, by text': 'ਅਮਰੀਕਾ ਵਿੱਚ ਕੋਈ ਵੀ ਜੋ ਕਿਸੇ ਵੀ ਤਰ੍ਹਾਂ ਦੇ ਸੰਕਟ ਵਿੱਚ ਹੈ, ਟੈਕਸਟ ਰਾਹੀਂ',
    },
    'sparc-stalking': {
      'Information about stalking; there is no national stalking hotline in the US':
        'ਪਿੱਛਾ ਕੀਤੇ ਜਾਣ (ਸਟਾਕਿੰਗ) ਬਾਰੇ ਜਾਣਕਾਰੀ; ਅਮਰੀਕਾ ਵਿੱਚ ਇਸ ਲਈ ਕੋਈ ਰਾਸ਼ਟਰੀ ਹੈਲਪਲਾਈਨ ਨਹੀਂ',
    },
    'ccri-safety-center': {
      'Adults whose intimate images were shared or threatened, including deepfakes and sextortion':
        'ਬਾਲਗ ਜਿਨ੍ਹਾਂ ਦੀਆਂ ਨਿੱਜੀ ਤਸਵੀਰਾਂ ਸਾਂਝੀਆਂ ਕੀਤੀਆਂ ਗਈਆਂ ਜਾਂ ਸਾਂਝੀਆਂ ਕਰਨ ਦੀ ਧਮਕੀ ਦਿੱਤੀ ਗਈ, ਡੀਪਫ਼ੇਕ ਅਤੇ ਜਿਨਸੀ ਬਲੈਕਮੇਲ ਸਮੇਤ',
    },
    'fbi-tips': {
      'Anyone reporting a federal crime, including sextortion': 'ਕੋਈ ਵੀ ਜੋ ਕਿਸੇ ਸੰਘੀ (ਫ਼ੈਡਰਲ) ਜੁਰਮ ਦੀ ਰਿਪੋਰਟ ਕਰਦਾ ਹੈ, ਜਿਨਸੀ ਬਲੈਕਮੇਲ ਸਮੇਤ',
    },
    'au-emergency': {
      'Emergency services (Triple Zero)': 'ਐਮਰਜੈਂਸੀ ਸੇਵਾਵਾਂ (Triple Zero)',
      "Anyone in immediate danger, or if someone's life is at risk right now":
        'ਕੋਈ ਵੀ ਜੋ ਤੁਰੰਤ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋਵੇ, ਜਾਂ ਜੇ ਕਿਸੇ ਦੀ ਜਾਨ ਨੂੰ ਇਸ ਵੇਲੇ ਖ਼ਤਰਾ ਹੋਵੇ',
      'From most mobile phones': 'ਜ਼ਿਆਦਾਤਰ ਮੋਬਾਈਲ ਫ਼ੋਨਾਂ ਤੋਂ',
      'TTY only: dial 106 from a TTY; text messages (SMS) do not work': 'ਸਿਰਫ਼ TTY: TTY ਤੋਂ 106 ਡਾਇਲ ਕਰੋ; ਟੈਕਸਟ ਸੁਨੇਹੇ (SMS) ਕੰਮ ਨਹੀਂ ਕਰਦੇ',
    },
    'esafety-image-based-abuse': {
      'People in Australia whose intimate images were shared or threatened, including sextortion':
        'ਆਸਟ੍ਰੇਲੀਆ ਵਿੱਚ ਉਹ ਲੋਕ ਜਿਨ੍ਹਾਂ ਦੀਆਂ ਨਿੱਜੀ ਤਸਵੀਰਾਂ ਸਾਂਝੀਆਂ ਕੀਤੀਆਂ ਗਈਆਂ ਜਾਂ ਸਾਂਝੀਆਂ ਕਰਨ ਦੀ ਧਮਕੀ ਦਿੱਤੀ ਗਈ, ਜਿਨਸੀ ਬਲੈਕਮੇਲ ਸਮੇਤ',
    },
    'butterfly-national-helpline': {
      'Anyone affected by eating disorders or body image concerns, and carers':
        'ਕੋਈ ਵੀ ਜੋ ਖਾਣ-ਪੀਣ ਦੇ ਵਿਕਾਰਾਂ ਜਾਂ ਆਪਣੇ ਸਰੀਰ ਬਾਰੇ ਚਿੰਤਾਵਾਂ ਤੋਂ ਪ੍ਰਭਾਵਿਤ ਹੈ, ਅਤੇ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲੇ',
      'Webchat and email on the Butterfly website': 'Butterfly ਦੀ ਵੈੱਬਸਾਈਟ ’ਤੇ ਵੈੱਬ ਚੈਟ ਅਤੇ ਈਮੇਲ',
    },
    '1800respect': {
      'Anyone affected by domestic, family or sexual violence, and people supporting them':
        'ਕੋਈ ਵੀ ਜੋ ਘਰੇਲੂ, ਪਰਿਵਾਰਕ ਜਾਂ ਜਿਨਸੀ ਹਿੰਸਾ ਤੋਂ ਪ੍ਰਭਾਵਿਤ ਹੈ, ਅਤੇ ਉਸ ਦਾ ਸਾਥ ਦੇਣ ਵਾਲੇ ਲੋਕ',
    },
    'lifeline-au': {
      'Anyone having a personal crisis or thinking about suicide': 'ਕੋਈ ਵੀ ਜੋ ਨਿੱਜੀ ਸੰਕਟ ਵਿੱਚੋਂ ਲੰਘ ਰਿਹਾ ਹੈ ਜਾਂ ਖ਼ੁਦਕੁਸ਼ੀ ਬਾਰੇ ਸੋਚ ਰਿਹਾ ਹੈ',
    },
    '13yarn': {
      'Aboriginal and Torres Strait Islander people feeling overwhelmed or finding it hard to cope':
        'ਐਬੋਰਿਜਿਨਲ ਅਤੇ ਟੋਰੇਸ ਸਟ੍ਰੇਟ ਆਈਲੈਂਡਰ ਲੋਕ ਜੋ ਬਹੁਤ ਬੋਝ ਮਹਿਸੂਸ ਕਰ ਰਹੇ ਹਨ ਜਾਂ ਜਿਨ੍ਹਾਂ ਲਈ ਹਾਲਾਤ ਨਾਲ ਨਜਿੱਠਣਾ ਔਖਾ ਹੈ',
    },
    'beyond-blue': {
      'Anyone in Australia affected by anxiety, depression or other mental health concerns':
        'ਆਸਟ੍ਰੇਲੀਆ ਵਿੱਚ ਕੋਈ ਵੀ ਜੋ ਘਬਰਾਹਟ, ਡਿਪਰੈਸ਼ਨ ਜਾਂ ਮਾਨਸਿਕ ਸਿਹਤ ਦੀਆਂ ਹੋਰ ਚਿੰਤਾਵਾਂ ਤੋਂ ਪ੍ਰਭਾਵਿਤ ਹੈ',
    },
    'kids-helpline': {
      'Children and young people aged 5 to 25': '5 ਤੋਂ 25 ਸਾਲ ਦੀ ਉਮਰ ਦੇ ਬੱਚੇ ਅਤੇ ਨੌਜਵਾਨ',
      'WebChat': 'ਵੈੱਬ ਚੈਟ',
    },
    'mensline-australia': {
      'Men with relationship, mental health or wellbeing concerns': 'ਮਰਦ ਜਿਨ੍ਹਾਂ ਨੂੰ ਰਿਸ਼ਤਿਆਂ, ਮਾਨਸਿਕ ਸਿਹਤ ਜਾਂ ਆਮ ਭਲਾਈ ਬਾਰੇ ਚਿੰਤਾਵਾਂ ਹਨ',
    },
    'accce-report': {
      'Anyone reporting online child sexual exploitation, grooming or sextortion':
        'ਕੋਈ ਵੀ ਜੋ ਬੱਚਿਆਂ ਦੇ ਆਨਲਾਈਨ ਜਿਨਸੀ ਸ਼ੋਸ਼ਣ, ਗਰੂਮਿੰਗ ਜਾਂ ਜਿਨਸੀ ਬਲੈਕਮੇਲ ਦੀ ਰਿਪੋਰਟ ਕਰਦਾ ਹੈ',
    },
    'au-police-non-urgent': {
      'Police non-urgent line': 'ਪੁਲਿਸ (ਗ਼ੈਰ-ਫ਼ੌਰੀ ਮਾਮਲੇ)',
      'Reporting a crime or concern that is not an emergency; calls cost a local call':
        'ਕਿਸੇ ਅਜਿਹੇ ਜੁਰਮ ਜਾਂ ਚਿੰਤਾ ਦੀ ਰਿਪੋਰਟ ਕਰਨਾ ਜੋ ਐਮਰਜੈਂਸੀ ਨਹੀਂ ਹੈ; ਕਾਲ ’ਤੇ ਲੋਕਲ ਕਾਲ ਜਿੰਨਾ ਖ਼ਰਚਾ ਆਉਂਦਾ ਹੈ',
    },
    'crime-stoppers-au': {
      'Anyone with information about a crime': 'ਕੋਈ ਵੀ ਜਿਸ ਕੋਲ ਕਿਸੇ ਜੁਰਮ ਬਾਰੇ ਜਾਣਕਾਰੀ ਹੈ',
      'Report online (choose your state)': 'ਆਨਲਾਈਨ ਰਿਪੋਰਟ ਕਰੋ (ਆਪਣੀ ਸਟੇਟ ਚੁਣੋ)',
    },
    'stop-it-now-au': {
      "Anyone worried about their own or someone else's sexual thoughts or behaviour towards children":
        'ਕੋਈ ਵੀ ਜੋ ਬੱਚਿਆਂ ਪ੍ਰਤੀ ਆਪਣੇ ਜਾਂ ਕਿਸੇ ਹੋਰ ਦੇ ਜਿਨਸੀ ਵਿਚਾਰਾਂ ਜਾਂ ਵਿਹਾਰ ਬਾਰੇ ਚਿੰਤਤ ਹੈ',
      'Anonymous live chat': 'ਗੁਮਨਾਮ ਲਾਈਵ ਚੈਟ',
    },
    'blue-knot-helpline': {
      'Adult survivors of childhood trauma and abuse, and people supporting them':
        'ਬਾਲਗ ਜਿਨ੍ਹਾਂ ਨੇ ਬਚਪਨ ਵਿੱਚ ਸਦਮਾ ਅਤੇ ਦੁਰਵਿਹਾਰ ਝੱਲਿਆ ਹੈ, ਅਤੇ ਉਨ੍ਹਾਂ ਦਾ ਸਾਥ ਦੇਣ ਵਾਲੇ ਲੋਕ',
    },
    'esafety-tech-abuse-support': {
      'People abused, threatened or stalked through technology':
        'ਉਹ ਲੋਕ ਜਿਨ੍ਹਾਂ ਨਾਲ ਤਕਨਾਲੋਜੀ ਰਾਹੀਂ ਦੁਰਵਿਹਾਰ ਕੀਤਾ ਜਾਂਦਾ ਹੈ, ਧਮਕਾਇਆ ਜਾਂਦਾ ਹੈ ਜਾਂ ਪਿੱਛਾ ਕੀਤਾ ਜਾਂਦਾ ਹੈ',
      'Online safety help': 'ਆਨਲਾਈਨ ਸੁਰੱਖਿਆ ਲਈ ਮਦਦ',
    },
  },
};

export default pa;
