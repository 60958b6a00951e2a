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
    'ie-emergency': {
      'Emergency services': 'Służby ratunkowe',
      "Anyone in immediate danger, or if someone's life is at risk right now":
        'Każdy, komu grozi bezpośrednie niebezpieczeństwo, lub gdy czyjeś życie jest teraz zagrożone',
    },
    pieta: {
      'Anyone in Ireland who is suicidal, self-harming or bereaved by suicide':
        'Każdy w Irlandii, kto myśli o samobójstwie, samookalecza się lub stracił kogoś bliskiego w wyniku samobójstwa',
      'Texts cost the standard rate': 'SMS-y są płatne według zwykłej stawki',
    },
    bodywhys: {
      'People in Ireland affected by eating disorders, and their families':
        'Osoby w Irlandii, których dotyczą zaburzenia odżywiania, oraz ich rodziny',
    },
    'womens-aid-ie': {
      'Women in Ireland experiencing domestic abuse, and their family or friends':
        'Kobiety w Irlandii doświadczające przemocy domowej oraz ich rodziny i przyjaciele',
    },
    'mens-aid-ie': {
      'Men in Ireland experiencing domestic abuse, and their families':
        'Mężczyźni w Irlandii doświadczający przemocy domowej oraz ich rodziny',
    },
    'drcc-national-rape-crisis-helpline': {
      'Anyone in Ireland affected by rape, sexual assault or child sexual abuse':
        'Każdy w Irlandii, kogo dotknął gwałt, napaść seksualna lub wykorzystywanie seksualne w dzieciństwie',
    },
    'samaritans-ie': {
      'Anyone who is struggling to cope, whatever they are going through':
        'Każdy, komu trudno sobie poradzić, bez względu na to, przez co przechodzi',
    },
    'text-50808': {
      'Anyone in Ireland going through a mental health or emotional crisis, by text':
        'Każdy w Irlandii, kto przechodzi kryzys psychiczny lub emocjonalny, przez SMS',
      'Text any message to start': 'Wyślij dowolną wiadomość, aby zacząć',
    },
    'hse-your-mental-health-information-line': {
      'Anyone in Ireland looking for mental health services and supports (information, not counselling)':
        'Każdy w Irlandii, kto szuka usług i wsparcia w zakresie zdrowia psychicznego (informacja, nie terapia)',
    },
    'ispcc-childline': {
      'Children and young people up to 18': 'Dzieci i młodzież do 18 lat',
      'Online chat': 'Czat online',
    },
    'garda-child-sexual-abuse-reporting-line': {
      'Anyone reporting child sexual abuse, happening now or in the past':
        'Każdy, kto zgłasza wykorzystywanie seksualne dziecka, obecne lub z przeszłości',
    },
    'hotline-ie': {
      'Anyone reporting child sexual abuse material or intimate image abuse online; reports can be anonymous':
        'Każdy, kto zgłasza w internecie materiały przedstawiające wykorzystywanie seksualne dzieci lub nadużycia z użyciem intymnych zdjęć; zgłoszenia mogą być anonimowe',
    },
    'tusla-report-a-concern': {
      'Anyone in Ireland worried that a child is being harmed or neglected':
        'Każdy w Irlandii, kto obawia się, że dziecko jest krzywdzone lub zaniedbywane',
      'How to report: your local social work duty service': 'Jak zgłosić: lokalny dyżur pracowników socjalnych',
    },
    'stop-it-now-ie': {
      "Anyone worried about their own or someone else's sexual thoughts or behaviour towards children, and parents and survivors":
        'Każdy, kogo niepokoją własne lub cudze myśli albo zachowania seksualne wobec dzieci, a także rodzice i osoby, które doświadczyły wykorzystania',
      'Calls from Ireland are charged by your phone provider': 'Połączenia z Irlandii są płatne według stawek operatora',
      'Live chat and secure email': 'Czat na żywo i bezpieczny e-mail',
    },
    'crime-victims-helpline-ie': {
      'Anyone in Ireland affected by crime, including stalking and harassment':
        'Każdy w Irlandii poszkodowany w wyniku przestępstwa, w tym uporczywego nękania (stalkingu) i napastowania',
      'Harassment and stalking advice': 'Porady dotyczące napastowania i stalkingu',
    },
    'garda-confidential-line': {
      'Anyone in Ireland passing information about crime to the Gardaí':
        'Każdy w Irlandii, kto przekazuje Gardaí informacje o przestępstwie',
    },
    'us-emergency': {
      'Emergency services': 'Służby ratunkowe',
      "Anyone in immediate danger, or if someone's life is at risk right now":
        'Każdy, komu grozi bezpośrednie niebezpieczeństwo, lub gdy czyjeś życie jest teraz zagrożone',
    },
    childhelp: {
      'Children, and adults worried about a child, for counselling and advice (it does not take reports of abuse)':
        'Dzieci oraz dorośli, którzy martwią się o dziecko: rozmowa i porady (nie przyjmuje zgłoszeń przemocy)',
      'Chat online': 'Czat online',
    },
    'take-it-down': {
      'Anyone with nude or sexual images of themselves taken before age 18':
        'Każdy, kto ma nagie lub seksualne zdjęcia siebie zrobione przed ukończeniem 18 lat',
      'Get help removing images taken under 18': 'Pomoc w usunięciu zdjęć zrobionych przed 18. rokiem życia',
    },
    'ncmec-cybertipline': {
      'Anyone reporting the online sexual exploitation of a child': 'Każdy, kto zgłasza wykorzystywanie seksualne dziecka w internecie',
      "NCMEC's 24-hour hotline": 'Całodobowa infolinia NCMEC',
    },
    'childwelfare-state-reporting': {
      'Anyone reporting suspected child abuse or neglect to their state':
        'Każdy, kto zgłasza władzom swojego stanu podejrzenie krzywdzenia lub zaniedbywania dziecka',
      "Find your state's reporting number": 'Znajdź numer do zgłoszeń w swoim stanie',
    },
    'stop-it-now-us': {
      'Anyone with questions or worries about child sexual abuse, including about their own thoughts or behaviour':
        'Każdy, kto ma pytania lub obawy dotyczące wykorzystywania seksualnego dzieci, także w związku z własnymi myślami lub zachowaniem',
    },
    rainn: {
      'Anyone affected by sexual violence, and their loved ones': 'Każdy, kogo dotknęła przemoc seksualna, oraz jego bliscy',
    },
    ndvh: {
      'Anyone affected by domestic or relationship abuse, and people worried about their own behaviour':
        'Każdy, kogo dotknęła przemoc domowa lub przemoc w związku, oraz osoby zaniepokojone własnym zachowaniem',
      'From a TTY (text telephone)': 'Z telefonu tekstowego (TTY)',
    },
    '988-lifeline': {
      'Anyone in the US in a suicidal, mental-health or substance-use crisis, or worried about someone':
        'Każdy w USA w kryzysie samobójczym, psychicznym lub związanym z używaniem substancji, albo martwiący się o kogoś',
      'Chat online': 'Czat online',
    },
    'crisis-text-line-us': {
      'Anyone in the US in any kind of crisis, by text': 'Każdy w USA w jakimkolwiek kryzysie, przez SMS',
    },
    'sparc-stalking': {
      'Information about stalking; there is no national stalking hotline in the US':
        'Informacje o stalkingu; w USA nie ma krajowej infolinii dla osób doświadczających stalkingu',
    },
    'ccri-safety-center': {
      'Adults whose intimate images were shared or threatened, including deepfakes and sextortion':
        'Dorośli, których intymne zdjęcia udostępniono lub ktoś groził ich udostępnieniem, w tym deepfake i sekstorsja',
    },
    'fbi-tips': {
      'Anyone reporting a federal crime, including sextortion': 'Każdy, kto zgłasza przestępstwo federalne, w tym sekstorsję',
    },
    'au-emergency': {
      'Emergency services (Triple Zero)': 'Służby ratunkowe (Triple Zero)',
      "Anyone in immediate danger, or if someone's life is at risk right now":
        'Każdy, komu grozi bezpośrednie niebezpieczeństwo, lub gdy czyjeś życie jest teraz zagrożone',
      'From most mobile phones': 'Z większości telefonów komórkowych',
      'TTY only: dial 106 from a TTY; text messages (SMS) do not work':
        'Tylko TTY: wybierz 106 z telefonu tekstowego TTY; SMS-y nie działają',
    },
    'esafety-image-based-abuse': {
      'People in Australia whose intimate images were shared or threatened, including sextortion':
        'Osoby w Australii, których intymne zdjęcia udostępniono lub ktoś groził ich udostępnieniem, w tym sekstorsja',
    },
    'butterfly-national-helpline': {
      'Anyone affected by eating disorders or body image concerns, and carers':
        'Każdy, kogo dotyczą zaburzenia odżywiania lub problemy z postrzeganiem własnego ciała, a także opiekunowie',
      'Webchat and email on the Butterfly website': 'Czat i e-mail na stronie Butterfly',
    },
    '1800respect': {
      'Anyone affected by domestic, family or sexual violence, and people supporting them':
        'Każdy, kogo dotknęła przemoc domowa, rodzinna lub seksualna, a także osoby, które go wspierają',
    },
    'lifeline-au': {
      'Anyone having a personal crisis or thinking about suicide': 'Każdy, kto przeżywa osobisty kryzys lub myśli o samobójstwie',
    },
    '13yarn': {
      'Aboriginal and Torres Strait Islander people feeling overwhelmed or finding it hard to cope':
        'Aborygeni i mieszkańcy Wysp w Cieśninie Torresa, którzy czują się przytłoczeni lub trudno im sobie poradzić',
    },
    'beyond-blue': {
      'Anyone in Australia affected by anxiety, depression or other mental health concerns':
        'Każdy w Australii, kogo dotyczą lęki, depresja lub inne problemy ze zdrowiem psychicznym',
    },
    'kids-helpline': {
      'Children and young people aged 5 to 25': 'Dzieci i młodzież w wieku od 5 do 25 lat',
      'WebChat': 'Czat',
    },
    'mensline-australia': {
      'Men with relationship, mental health or wellbeing concerns':
        'Mężczyźni z problemami w związku, ze zdrowiem psychicznym lub samopoczuciem',
    },
    'accce-report': {
      'Anyone reporting online child sexual exploitation, grooming or sextortion':
        'Każdy, kto zgłasza wykorzystywanie seksualne dzieci, uwodzenie (grooming) lub sekstorsję w internecie',
    },
    'au-police-non-urgent': {
      'Police non-urgent line': 'Policja: numer w sprawach niepilnych',
      'Reporting a crime or concern that is not an emergency; calls cost a local call':
        'Zgłoszenie przestępstwa lub niepokojącej sytuacji, która nie jest nagła; połączenie kosztuje jak rozmowa lokalna',
    },
    'crime-stoppers-au': {
      'Anyone with information about a crime': 'Każdy, kto ma informacje o przestępstwie',
      'Report online (choose your state)': 'Zgłoś online (wybierz swój stan)',
    },
    'stop-it-now-au': {
      "Anyone worried about their own or someone else's sexual thoughts or behaviour towards children":
        'Każdy, kogo niepokoją własne lub cudze myśli albo zachowania seksualne wobec dzieci',
      'Anonymous live chat': 'Anonimowy czat na żywo',
    },
    'blue-knot-helpline': {
      'Adult survivors of childhood trauma and abuse, and people supporting them':
        'Dorośli, którzy doświadczyli traumy i przemocy w dzieciństwie, oraz osoby, które ich wspierają',
    },
    'esafety-tech-abuse-support': {
      'People abused, threatened or stalked through technology': 'Osoby krzywdzone, zastraszane lub nękane za pomocą technologii',
      'Online safety help': 'Pomoc w sprawie bezpieczeństwa w internecie',
    },
  },
};

export default pl;
