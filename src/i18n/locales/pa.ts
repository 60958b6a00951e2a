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
      'For deaf, hard of hearing or speech-impaired callers, via Relay UK':
        'ਬੋਲ਼ੇ, ਘੱਟ ਸੁਣਨ ਵਾਲੇ ਜਾਂ ਬੋਲਣ ਵਿੱਚ ਮੁਸ਼ਕਲ ਵਾਲੇ ਕਾਲ ਕਰਨ ਵਾਲਿਆਂ ਲਈ, Relay UK ਰਾਹੀਂ',
    },
    'gb-police-non-emergency': {
      'Police non-emergency': 'ਪੁਲਿਸ (ਗ਼ੈਰ-ਐਮਰਜੈਂਸੀ)',
      'Reporting a concern or a crime that is not happening now': 'ਕਿਸੇ ਚਿੰਤਾ ਜਾਂ ਅਜਿਹੇ ਜੁਰਮ ਦੀ ਰਿਪੋਰਟ ਕਰਨਾ ਜੋ ਇਸ ਵੇਲੇ ਨਹੀਂ ਹੋ ਰਿਹਾ',
      'For deaf, hard of hearing or speech-impaired callers, via Relay UK':
        'ਬੋਲ਼ੇ, ਘੱਟ ਸੁਣਨ ਵਾਲੇ ਜਾਂ ਬੋਲਣ ਵਿੱਚ ਮੁਸ਼ਕਲ ਵਾਲੇ ਕਾਲ ਕਰਨ ਵਾਲਿਆਂ ਲਈ, Relay UK ਰਾਹੀਂ',
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
      'Children and adults reporting online sexual abuse or grooming': 'ਆਨਲਾਈਨ ਜਿਨਸੀ ਸ਼ੋਸ਼ਣ ਜਾਂ ਗਰੂਮਿੰਗ ਦੀ ਰਿਪੋਰਟ ਕਰਨ ਵਾਲੇ ਬੱਚੇ ਅਤੇ ਬਾਲਗ',
    },
    iwf: {
      'Anyone who sees sexual images or videos of children online; reports are anonymous':
        'ਕੋਈ ਵੀ ਜੋ ਆਨਲਾਈਨ ਬੱਚਿਆਂ ਦੀਆਂ ਜਿਨਸੀ ਤਸਵੀਰਾਂ ਜਾਂ ਵੀਡੀਓ ਦੇਖਦਾ ਹੈ; ਰਿਪੋਰਟਾਂ ਗੁਮਨਾਮ ਹੁੰਦੀਆਂ ਹਨ',
    },
    'national-domestic-abuse-helpline': {
      'People experiencing domestic abuse': 'ਘਰੇਲੂ ਹਿੰਸਾ ਦਾ ਸਾਹਮਣਾ ਕਰ ਰਹੇ ਲੋਕ',
      'Website and safe call-back form': 'ਵੈੱਬਸਾਈਟ ਅਤੇ ਵਾਪਸ ਕਾਲ ਮੰਗਣ ਲਈ ਸੁਰੱਖਿਅਤ ਫ਼ਾਰਮ',
    },
    'rape-crisis-support-line': {
      'Anyone aged 16 or over in England and Wales affected by sexual violence': 'ਇੰਗਲੈਂਡ ਅਤੇ ਵੇਲਜ਼ ਵਿੱਚ 16 ਸਾਲ ਜਾਂ ਇਸ ਤੋਂ ਵੱਧ ਉਮਰ ਦਾ ਕੋਈ ਵੀ ਵਿਅਕਤੀ ਜੋ ਜਿਨਸੀ ਹਿੰਸਾ ਤੋਂ ਪ੍ਰਭਾਵਿਤ ਹੋਇਆ ਹੈ',
      'Online chat': 'ਆਨਲਾਈਨ ਚੈਟ',
    },
    samaritans: {
      'Anyone who is struggling to cope, whatever they are going through': 'ਕੋਈ ਵੀ ਜਿਸ ਲਈ ਹਾਲਾਤ ਨਾਲ ਨਜਿੱਠਣਾ ਔਖਾ ਹੋ ਰਿਹਾ ਹੈ, ਭਾਵੇਂ ਉਹ ਕਿਸੇ ਵੀ ਗੱਲ ਵਿੱਚੋਂ ਲੰਘ ਰਿਹਾ ਹੋਵੇ',
    },
    'samaritans-welsh': {
      'Anyone who wants to talk to Samaritans in Welsh; evenings only': 'ਕੋਈ ਵੀ ਜੋ Samaritans ਨਾਲ ਵੈਲਸ਼ ਭਾਸ਼ਾ ਵਿੱਚ ਗੱਲ ਕਰਨਾ ਚਾਹੁੰਦਾ ਹੈ; ਸਿਰਫ਼ ਸ਼ਾਮ ਨੂੰ',
    },
    shout: {
      'Anyone in the UK who is struggling to cope and would rather text than talk': 'ਯੂਕੇ ਵਿੱਚ ਕੋਈ ਵੀ ਜਿਸ ਲਈ ਹਾਲਾਤ ਨਾਲ ਨਜਿੱਠਣਾ ਔਖਾ ਹੈ ਅਤੇ ਜੋ ਗੱਲ ਕਰਨ ਦੀ ਬਜਾਏ ਟੈਕਸਟ ਕਰਨਾ ਪਸੰਦ ਕਰਦਾ ਹੈ',
    },
    crimestoppers: {
      'Anyone who wants to pass on information about a crime without giving their name': 'ਕੋਈ ਵੀ ਜੋ ਆਪਣਾ ਨਾਮ ਦੱਸੇ ਬਿਨਾਂ ਕਿਸੇ ਜੁਰਮ ਬਾਰੇ ਜਾਣਕਾਰੀ ਦੇਣਾ ਚਾਹੁੰਦਾ ਹੈ',
      'Anonymous online form': 'ਗੁਮਨਾਮ ਆਨਲਾਈਨ ਫ਼ਾਰਮ',
    },
  },
};

export default pa;
