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
  },
  lines: {
    'gb-emergency': {
      'Emergency services': 'Służby ratunkowe',
      "Anyone in immediate danger, or if someone's life is at risk right now":
        'Każdy, komu grozi bezpośrednie niebezpieczeństwo, lub gdy czyjeś życie jest teraz zagrożone',
      'Text relay: dial 18000 from a textphone (Relay UK)': 'Przekaźnik tekstowy: wybierz 18000 z telefonu tekstowego (Relay UK)',
    },
    'live-fear-free': {
      'Anyone in Wales affected by domestic abuse or sexual violence, and people helping them':
        'Każdy w Walii, kogo dotknęła przemoc domowa lub seksualna, a także osoby, które mu pomagają',
      'Email and live chat': 'E-mail i czat na żywo',
    },
    'national-domestic-abuse-helpline': {
      'Women experiencing domestic abuse, and people worried about someone':
        'Kobiety doświadczające przemocy domowej oraz osoby, które martwią się o kogoś',
      'Website and safe call-back form': 'Strona internetowa i bezpieczny formularz prośby o oddzwonienie',
    },
    'rape-crisis-support-line': {
      'Anyone aged 16 or over in England and Wales affected by sexual violence':
        'Każdy w wieku 16 lat lub starszy w Anglii i Walii, kogo dotknęła przemoc seksualna',
      'Online chat (phone number on the website)': 'Czat online (numer telefonu na stronie)',
    },
    'victim-support': {
      'Anyone in England or Wales affected by crime, reported or not':
        'Każdy w Anglii lub Walii poszkodowany w wyniku przestępstwa, zgłoszonego lub nie',
    },
    paladin: {
      'Victims of stalking who need an advocate, and professionals working with them':
        'Osoby doświadczające stalkingu, które potrzebują rzecznika, oraz specjaliści, którzy z nimi pracują',
    },
    'beat-helpline-england': {
      'Anyone in England affected by an eating disorder, and people supporting them':
        'Każdy w Anglii, kogo dotyczą zaburzenia odżywiania, a także osoby, które go wspierają',
    },
    beat: {
      'Anyone in Wales or Northern Ireland affected by an eating disorder, and people supporting them':
        'Każdy w Walii lub Irlandii Północnej, kogo dotyczą zaburzenia odżywiania, a także osoby, które go wspierają',
      "Helpline details on Beat's website": 'Dane infolinii na stronie Beat',
    },
    'nhs-111-mental-health-england': {
      'Anyone in England, of any age, in a mental health crisis or worried about someone':
        'Każdy w Anglii, w każdym wieku, kto przeżywa kryzys psychiczny lub martwi się o kogoś',
      'Choose the mental health option': 'Wybierz opcję dotyczącą zdrowia psychicznego',
      'NHS 111 online': 'NHS 111 w internecie',
    },
    'nhs-111-press-2-wales': {
      'Anyone in Wales, of any age, with an urgent mental health concern':
        'Każdy w Walii, w każdym wieku, z pilnym problemem dotyczącym zdrowia psychicznego',
      'Press 2 for mental health': 'Naciśnij 2 w sprawie zdrowia psychicznego',
    },
    meic: {
      'Children and young people in Wales up to age 25': 'Dzieci i młodzież w Walii do 25. roku życia',
    },
    'action-against-stalking': {
      'People in Scotland who are being, or have been, stalked': 'Osoby w Szkocji, które są lub były ofiarami stalkingu',
      'Advice and self-referral form': 'Porady i formularz samodzielnego zgłoszenia',
    },
    'rape-crisis-scotland-helpline': {
      'Anyone in Scotland affected by sexual violence, whenever it happened':
        'Każdy w Szkocji, kogo dotknęła przemoc seksualna, bez względu na to, kiedy się wydarzyła',
      'Email, text and webchat: details on the website': 'E-mail, SMS i czat: szczegóły na stronie',
    },
    sdafmh: {
      'Anyone in Scotland affected by domestic abuse or forced marriage, of any gender':
        'Każdy w Szkocji, bez względu na płeć, kogo dotknęła przemoc domowa lub małżeństwo przymusowe',
    },
    'victim-support-scotland': {
      'Anyone in Scotland affected by crime, reported or not, and witnesses':
        'Każdy w Szkocji poszkodowany w wyniku przestępstwa, zgłoszonego lub nie, a także świadkowie',
    },
    'beat-helpline-scotland': {
      'Anyone in Scotland affected by an eating disorder, and people supporting them':
        'Każdy w Szkocji, kogo dotyczą zaburzenia odżywiania, a także osoby, które go wspierają',
    },
    'nhs24-111-mental-health-hub': {
      'Anyone in Scotland needing urgent mental health support or in distress':
        'Każdy w Szkocji, kto potrzebuje pilnego wsparcia psychicznego lub przeżywa silny kryzys',
    },
    'breathing-space': {
      'Anyone in Scotland aged 16 or over feeling low, anxious or stressed':
        'Każdy w Szkocji w wieku 16 lat lub starszy, kto czuje przygnębienie, lęk lub stres',
    },
    'dsa-helpline-ni': {
      'Anyone in Northern Ireland affected by domestic or sexual abuse, of any gender or age':
        'Każdy w Irlandii Północnej, bez względu na płeć i wiek, kogo dotknęła przemoc domowa lub seksualna',
    },
    'victim-support-ni': {
      'Victims and witnesses of crime in Northern Ireland, reported or not':
        'Ofiary i świadkowie przestępstw w Irlandii Północnej, zgłoszonych lub nie',
    },
    'lifeline-ni': {
      'Anyone living in Northern Ireland in distress or despair, of any age':
        'Każdy mieszkaniec Irlandii Północnej w każdym wieku, który przeżywa kryzys lub rozpacz',
    },
    'mens-advice-line': {
      'Men experiencing domestic abuse, and people worried about them':
        'Mężczyźni doświadczający przemocy domowej oraz osoby, które się o nich martwią',
    },
    'survivors-trust-helpline': {
      'Anyone affected by rape, sexual violence or sexual abuse, and people supporting them':
        'Każdy, kogo dotknął gwałt, przemoc seksualna lub wykorzystywanie seksualne, a także osoby, które go wspierają',
    },
    'galop-helpline': {
      'LGBT+ people experiencing domestic abuse, sexual violence or other abuse':
        'Osoby LGBT+ doświadczające przemocy domowej, przemocy seksualnej lub innych form przemocy',
    },
    'karma-nirvana': {
      'Victims of honour-based abuse or forced marriage, of any age or gender':
        'Ofiary przemocy w imię „honoru” lub małżeństwa przymusowego, bez względu na wiek i płeć',
    },
    'forced-marriage-unit': {
      'Anyone facing forced marriage, in the UK or abroad, or worried about someone':
        'Każdy, komu grozi małżeństwo przymusowe w Wielkiej Brytanii lub za granicą, albo kto martwi się o kogoś',
      'Out of hours: ask for the Foreign Office Response Centre':
        'Poza godzinami pracy: poproś o połączenie z Foreign Office Response Centre',
    },
    'respect-phoneline': {
      'People worried about their own abusive behaviour towards a partner or family member':
        'Osoby zaniepokojone własnym przemocowym zachowaniem wobec partnera, partnerki lub członka rodziny',
    },
    samaritans: {
      'Anyone who is struggling to cope, whatever they are going through':
        'Każdy, komu trudno sobie poradzić, bez względu na to, przez co przechodzi',
    },
    'samaritans-welsh': {
      'Anyone who wants emotional support in Welsh': 'Każdy, kto chce otrzymać wsparcie emocjonalne po walijsku',
    },
    shout: {
      'Anyone in the UK who is struggling to cope and would rather text than talk':
        'Każdy w Wielkiej Brytanii, komu trudno sobie poradzić i kto woli pisać SMS-y niż rozmawiać',
    },
    'papyrus-hopeline247': {
      'Young people under 35 with thoughts of suicide, and anyone worried about a young person':
        'Młodzi ludzie poniżej 35 lat, którzy myślą o samobójstwie, oraz każdy, kto martwi się o młodą osobę',
    },
    'national-stalking-helpline': {
      'Anyone affected by stalking or harassment, now or in the past':
        'Każdy, kogo dotyka lub dotknęło uporczywe nękanie (stalking) albo napastowanie',
    },
    'report-remove': {
      'Young people under 18 whose nude image or video is online':
        'Młodzi ludzie poniżej 18 lat, których nagie zdjęcie lub film trafiło do internetu',
      'Report Remove on the Childline website': 'Report Remove na stronie Childline',
    },
    'revenge-porn-helpline': {
      'Adults (18+) in the UK whose intimate images have been shared or threatened':
        'Dorośli (18+) w Wielkiej Brytanii, których intymne zdjęcia udostępniono lub ktoś grozi ich udostępnieniem',
      'Website: ask for a call back': 'Strona internetowa: poproś o oddzwonienie',
    },
    'gb-police-non-emergency': {
      'Police non-emergency': 'Policja: numer niealarmowy',
      'Reporting a concern or a crime that is not happening now':
        'Zgłoszenie niepokojącej sytuacji lub przestępstwa, które nie dzieje się teraz',
      'Text relay: from a textphone or the Relay UK app': 'Przekaźnik tekstowy: z telefonu tekstowego lub aplikacji Relay UK',
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
      'Reporting online sexual abuse, grooming or sextortion of a child; reports are not anonymous':
        'Zgłaszanie wykorzystywania seksualnego, uwodzenia (groomingu) lub sekstorsji dziecka w internecie; zgłoszenia nie są anonimowe',
    },
    iwf: {
      'Anyone who sees sexual images or videos of children online; reports are anonymous':
        'Każdy, kto widzi w internecie zdjęcia lub filmy o charakterze seksualnym z udziałem dzieci; zgłoszenia są anonimowe',
    },
    crimestoppers: {
      'Anyone who wants to pass on information about a crime without giving their name':
        'Każdy, kto chce przekazać informację o przestępstwie bez podawania swojego nazwiska',
      'Anonymous online form': 'Anonimowy formularz online',
    },
  },
};

export default pl;
