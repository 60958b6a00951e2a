// Polish (polski).
// Reviewed by a native speaker: no
import type { Locale } from '../locale.js';

const pl: Locale = {
  reviewed: false,
  ui: {
    heading: 'Pomoc i wsparcie',
    emergency: 'Numer alarmowy',
    action: {
      phone: 'Zadzwoń pod {{number}}',
      textphone: 'Telefon tekstowy {{number}}',
      sms: 'Wyślij SMS na {{number}}',
      smsBody: 'Wyślij SMS o treści {{body}} na {{number}}',
      chat: 'Czat online',
      web: 'Otwórz stronę',
      report: 'Zgłoś online',
      email: 'Napisz na {{address}}',
    },
    actionContext: ', {{line}}',
    opensInNewTab: '(otwiera się w nowej karcie)',
    status: {
      always: 'Czynne całą dobę',
      open: 'Czynne teraz',
      openClosesAt: 'Czynne teraz - do {{time}}',
      openClosesAtDay: 'Czynne teraz - zamknięcie: {{day}}, {{time}}',
      closedOpensAt: 'Zamknięte - otwarcie: {{day}}, {{time}}',
      closedLong: 'Zamknięte - godziny otwarcia na stronie internetowej',
      unknown: 'Godziny otwarcia na stronie internetowej',
      inZone: '{{status}} ({{zone}})',
    },
    weekday: {
      sun: 'niedziela',
      mon: 'poniedziałek',
      tue: 'wtorek',
      wed: 'środa',
      thu: 'czwartek',
      fri: 'piątek',
      sat: 'sobota',
    },
    zone: {
      uk: 'czas brytyjski',
    },
    interpreters: 'Dostępni tłumacze',
    more: {
      show: 'Więcej telefonów zaufania ({{count}})',
      hide: 'Mniej telefonów zaufania',
    },
    quickExit: {
      button: 'Opuść tę stronę',
      hint: 'Lub naciśnij 3 razy klawisz Shift',
    },
    calls: {
      free: 'Połączenie bezpłatne',
      charged: 'Połączenie może być płatne',
      notOnBill: 'Nie pojawi się na rachunku telefonicznym',
      onBill: 'Pojawi się na rachunku telefonicznym',
      confidential: 'Poufnie',
      anonymous: 'Nie musisz podawać imienia',
    },
    report: 'Błędny numer? Daj nam znać',
  },
  lines: {
    'gb-emergency': {
      'Emergency services': 'Służby ratunkowe',
      "Anyone in immediate danger, or if someone's life is at risk right now":
        'Każdy, komu grozi bezpośrednie niebezpieczeństwo, lub gdy czyjeś życie jest teraz zagrożone',
      'For deaf, hard of hearing or speech-impaired callers, via Relay UK':
        'Dla osób głuchych, niedosłyszących lub z zaburzeniami mowy, przez Relay UK',
    },
    'gb-police-non-emergency': {
      'Police non-emergency': 'Policja: numer niealarmowy',
      'Reporting a concern or a crime that is not happening now': 'Zgłoszenie niepokojącej sytuacji lub przestępstwa, które nie dzieje się teraz',
      'For deaf, hard of hearing or speech-impaired callers, via Relay UK':
        'Dla osób głuchych, niedosłyszących lub z zaburzeniami mowy, przez Relay UK',
    },
    'nspcc-helpline': {
      'Adults worried about a child': 'Dorośli, którzy martwią się o dziecko',
    },
    childline: {
      'Children and young people under 19': 'Dzieci i młodzież poniżej 19 lat',
      '1-2-1 chat and email': 'Czat 1-2-1 i e-mail',
    },
    'stop-it-now': {
      "Anyone worried about their own or someone else's sexual thoughts or behaviour towards children, and parents and survivors":
        'Każdy, kogo niepokoją własne lub cudze myśli albo zachowania seksualne wobec dzieci, a także rodzice i osoby, które doświadczyły wykorzystania',
      'Live chat and secure email': 'Czat na żywo i bezpieczny e-mail',
    },
    ceop: {
      'Children and adults reporting online sexual abuse or grooming':
        'Dzieci i dorośli zgłaszający wykorzystywanie seksualne lub uwodzenie (grooming) w internecie',
    },
    iwf: {
      'Anyone who sees sexual images or videos of children online; reports are anonymous':
        'Każdy, kto widzi w internecie zdjęcia lub filmy o charakterze seksualnym z udziałem dzieci; zgłoszenia są anonimowe',
    },
    'national-domestic-abuse-helpline': {
      'People experiencing domestic abuse': 'Osoby doświadczające przemocy domowej',
      'Website and safe call-back form': 'Strona internetowa i bezpieczny formularz prośby o oddzwonienie',
    },
    'rape-crisis-support-line': {
      'Anyone aged 16 or over in England and Wales affected by sexual violence': 'Każdy w wieku 16 lat lub starszy w Anglii i Walii, kogo dotknęła przemoc seksualna',
      'Online chat': 'Czat online',
    },
    samaritans: {
      'Anyone who is struggling to cope, whatever they are going through': 'Każdy, komu trudno sobie poradzić, bez względu na to, przez co przechodzi',
    },
    'samaritans-welsh': {
      'Anyone who wants to talk to Samaritans in Welsh; evenings only': 'Każdy, kto chce porozmawiać z Samaritans po walijsku; tylko wieczorami',
    },
    shout: {
      'Anyone in the UK who is struggling to cope and would rather text than talk': 'Każdy w Wielkiej Brytanii, komu trudno sobie poradzić i kto woli pisać SMS-y niż rozmawiać',
    },
    crimestoppers: {
      'Anyone who wants to pass on information about a crime without giving their name': 'Każdy, kto chce przekazać informację o przestępstwie bez podawania swojego nazwiska',
      'Anonymous online form': 'Anonimowy formularz online',
    },
  },
};

export default pl;
