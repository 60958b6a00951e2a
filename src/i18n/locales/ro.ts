// Romanian (română).
// Reviewed by a native speaker: no
import type { Locale } from '../locale.js';

const ro: Locale = {
  reviewed: false,
  ui: {
    heading: 'Ajutor și sprijin',
    emergency: 'Urgență',
    action: {
      phone: 'Sunați la {{number}}',
      textphone: 'Telefon text {{number}}',
      sms: 'Trimiteți SMS la {{number}}',
      smsBody: 'Trimiteți {{body}} prin SMS la {{number}}',
      chat: 'Chat online',
      web: 'Vizitați site-ul',
      report: 'Raportați online',
      email: 'Scrieți la {{address}}',
    },
    actionContext: ', {{line}}',
    opensInNewTab: '(se deschide într-o filă nouă)',
    status: {
      always: 'Deschis non-stop',
      open: 'Deschis acum',
      openClosesAt: 'Deschis acum - se închide la {{time}}',
      openClosesAtDay: 'Deschis acum - se închide {{day}} la {{time}}',
      closedOpensAt: 'Închis - se deschide {{day}} la {{time}}',
      closedLong: 'Închis - verificați programul pe site',
      unknown: 'Verificați programul pe site',
      inZone: '{{status}} ({{zone}})',
    },
    weekday: {
      sun: 'duminică',
      mon: 'luni',
      tue: 'marți',
      wed: 'miercuri',
      thu: 'joi',
      fri: 'vineri',
      sat: 'sâmbătă',
    },
    zone: {
      uk: 'ora Regatului Unit',
    },
    interpreters: 'Sunt disponibili interpreți',
    more: {
      show: 'Mai multe linii de ajutor ({{count}})',
      hide: 'Mai puține linii de ajutor',
    },
    quickExit: {
      button: 'Părăsește această pagină',
      hint: 'Sau apasă de 3 ori tasta Shift',
    },
    calls: {
      free: 'Apel gratuit',
      charged: 'Apelurile pot fi taxate',
      notOnBill: 'Nu apare pe factura de telefon',
      onBill: 'Apare pe factura de telefon',
      confidential: 'Confidențial',
      anonymous: 'Nu trebuie să îți spui numele',
    },
    report: 'Număr greșit? Spune-ne',
  },
  lines: {
    'gb-emergency': {
      'Emergency services': 'Servicii de urgență',
      "Anyone in immediate danger, or if someone's life is at risk right now":
        'Oricine se află în pericol imediat sau dacă viața cuiva este în pericol chiar acum',
      'Text relay: dial 18000 from a textphone (Relay UK)': 'Releu text: formați 18000 de pe un telefon text (Relay UK)',
    },
    'live-fear-free': {
      'Anyone in Wales affected by domestic abuse or sexual violence, and people helping them':
        'Oricine din Țara Galilor afectat de violență domestică sau sexuală, precum și cei care îl ajută',
      'Email and live chat': 'E-mail și chat live',
    },
    'national-domestic-abuse-helpline': {
      'Women experiencing domestic abuse, and people worried about someone':
        'Femei care trec prin violență domestică și persoane îngrijorate pentru cineva',
      'Website and safe call-back form': 'Site și formular securizat pentru a cere să fiți sunat înapoi',
    },
    'rape-crisis-support-line': {
      'Anyone aged 16 or over in England and Wales affected by sexual violence':
        'Oricine are 16 ani sau mai mult, în Anglia și Țara Galilor, și a fost afectat de violență sexuală',
      'Online chat (phone number on the website)': 'Chat online (numărul de telefon este pe site)',
    },
    'victim-support': {
      'Anyone in England or Wales affected by crime, reported or not':
        'Oricine din Anglia sau Țara Galilor afectat de o infracțiune, fie că a fost raportată, fie că nu',
    },
    paladin: {
      'Victims of stalking who need an advocate, and professionals working with them':
        'Victime ale urmăririi (stalking) care au nevoie de cineva care să le susțină, și profesioniștii care lucrează cu ele',
    },
    'beat-helpline-england': {
      'Anyone in England affected by an eating disorder, and people supporting them':
        'Oricine din Anglia afectat de o tulburare de alimentație, precum și cei care îl sprijină',
    },
    beat: {
      'Anyone in Wales or Northern Ireland affected by an eating disorder, and people supporting them':
        'Oricine din Țara Galilor sau Irlanda de Nord afectat de o tulburare de alimentație, precum și cei care îl sprijină',
      "Helpline details on Beat's website": 'Detaliile liniei de sprijin pe site-ul Beat',
    },
    'nhs-111-mental-health-england': {
      'Anyone in England, of any age, in a mental health crisis or worried about someone':
        'Oricine din Anglia, de orice vârstă, aflat într-o criză de sănătate mintală sau îngrijorat pentru cineva',
      'Choose the mental health option': 'Alegeți opțiunea pentru sănătate mintală',
      'NHS 111 online': 'NHS 111 pe internet',
    },
    'nhs-111-press-2-wales': {
      'Anyone in Wales, of any age, with an urgent mental health concern':
        'Oricine din Țara Galilor, de orice vârstă, cu o problemă urgentă de sănătate mintală',
      'Press 2 for mental health': 'Apăsați 2 pentru sănătate mintală',
    },
    meic: {
      'Children and young people in Wales up to age 25': 'Copii și tineri din Țara Galilor, până la 25 de ani',
    },
    'action-against-stalking': {
      'People in Scotland who are being, or have been, stalked': 'Persoane din Scoția care sunt sau au fost urmărite (stalking)',
      'Advice and self-referral form': 'Sfaturi și formular prin care vă puteți înscrie singur',
    },
    'rape-crisis-scotland-helpline': {
      'Anyone in Scotland affected by sexual violence, whenever it happened':
        'Oricine din Scoția afectat de violență sexuală, indiferent când s-a întâmplat',
      'Email, text and webchat: details on the website': 'E-mail, SMS și chat: detalii pe site',
    },
    sdafmh: {
      'Anyone in Scotland affected by domestic abuse or forced marriage, of any gender':
        'Oricine din Scoția, de orice gen, afectat de violență domestică sau de căsătorie forțată',
    },
    'victim-support-scotland': {
      'Anyone in Scotland affected by crime, reported or not, and witnesses':
        'Oricine din Scoția afectat de o infracțiune, fie că a fost raportată, fie că nu, precum și martorii',
    },
    'beat-helpline-scotland': {
      'Anyone in Scotland affected by an eating disorder, and people supporting them':
        'Oricine din Scoția afectat de o tulburare de alimentație, precum și cei care îl sprijină',
    },
    'nhs24-111-mental-health-hub': {
      'Anyone in Scotland needing urgent mental health support or in distress':
        'Oricine din Scoția care are nevoie urgentă de sprijin pentru sănătatea mintală sau care trece printr-un moment foarte greu',
    },
    'breathing-space': {
      'Anyone in Scotland aged 16 or over feeling low, anxious or stressed':
        'Oricine din Scoția, de 16 ani sau mai mult, care se simte trist, anxios sau stresat',
    },
    'dsa-helpline-ni': {
      'Anyone in Northern Ireland affected by domestic or sexual abuse, of any gender or age':
        'Oricine din Irlanda de Nord, de orice gen sau vârstă, afectat de violență domestică sau abuz sexual',
    },
    'victim-support-ni': {
      'Victims and witnesses of crime in Northern Ireland, reported or not':
        'Victime și martori ai infracțiunilor din Irlanda de Nord, fie că au fost raportate, fie că nu',
    },
    'lifeline-ni': {
      'Anyone living in Northern Ireland in distress or despair, of any age':
        'Oricine locuiește în Irlanda de Nord și trece prin suferință sau disperare, de orice vârstă',
    },
    'mens-advice-line': {
      'Men experiencing domestic abuse, and people worried about them':
        'Bărbați care trec prin violență domestică și persoane îngrijorate pentru ei',
    },
    'survivors-trust-helpline': {
      'Anyone affected by rape, sexual violence or sexual abuse, and people supporting them':
        'Oricine a fost afectat de viol, violență sexuală sau abuz sexual, precum și cei care îl sprijină',
    },
    'galop-helpline': {
      'LGBT+ people experiencing domestic abuse, sexual violence or other abuse':
        'Persoane LGBT+ care trec prin violență domestică, violență sexuală sau alte abuzuri',
    },
    'karma-nirvana': {
      'Victims of honour-based abuse or forced marriage, of any age or gender':
        'Victime ale abuzurilor „în numele onoarei” sau ale căsătoriei forțate, de orice vârstă sau gen',
    },
    'forced-marriage-unit': {
      'Anyone facing forced marriage, in the UK or abroad, or worried about someone':
        'Oricine se confruntă cu o căsătorie forțată, în Regatul Unit sau în străinătate, ori este îngrijorat pentru cineva',
      'Out of hours: ask for the Foreign Office Response Centre': 'În afara programului: cereți Foreign Office Response Centre',
    },
    'respect-phoneline': {
      'People worried about their own abusive behaviour towards a partner or family member':
        'Persoane îngrijorate de propriul comportament abuziv față de partener sau de un membru al familiei',
    },
    samaritans: {
      'Anyone who is struggling to cope, whatever they are going through': 'Oricine nu mai face față, indiferent prin ce trece',
    },
    'samaritans-welsh': {
      'Anyone who wants emotional support in Welsh': 'Oricine dorește sprijin emoțional în limba galeză',
    },
    shout: {
      'Anyone in the UK who is struggling to cope and would rather text than talk':
        'Oricine din Regatul Unit care nu mai face față și preferă să scrie mesaje decât să vorbească',
    },
    'papyrus-hopeline247': {
      'Young people under 35 with thoughts of suicide, and anyone worried about a young person':
        'Tineri sub 35 de ani care au gânduri de sinucidere și oricine este îngrijorat pentru un tânăr',
    },
    'national-stalking-helpline': {
      'Anyone affected by stalking or harassment, now or in the past':
        'Oricine este sau a fost afectat de urmărire (stalking) sau hărțuire',
    },
    'report-remove': {
      'Young people under 18 whose nude image or video is online': 'Tineri sub 18 ani a căror imagine sau filmare nud a ajuns online',
      'Report Remove on the Childline website': 'Report Remove pe site-ul Childline',
    },
    'revenge-porn-helpline': {
      'Adults (18+) in the UK whose intimate images have been shared or threatened':
        'Adulți (18+) din Regatul Unit ale căror imagini intime au fost distribuite sau sunt amenințați cu distribuirea lor',
      'Website: ask for a call back': 'Site: cereți să fiți sunat înapoi',
    },
    'gb-police-non-emergency': {
      'Police non-emergency': 'Poliția: număr pentru situații care nu sunt urgențe',
      'Reporting a concern or a crime that is not happening now': 'Semnalarea unei îngrijorări sau a unei infracțiuni care nu are loc acum',
      'Text relay: from a textphone or the Relay UK app': 'Releu text: de pe un telefon text sau din aplicația Relay UK',
    },
    'nspcc-helpline': {
      'Adults worried about a child': 'Adulți îngrijorați pentru un copil',
    },
    childline: {
      'Children and young people under 19': 'Copii și tineri sub 19 ani',
      '1-2-1 chat and email': 'Chat 1-2-1 și e-mail',
    },
    'stop-it-now': {
      "Anyone worried about their own or someone else's sexual thoughts or behaviour towards children, and parents and survivors":
        'Oricine este îngrijorat de propriile gânduri sau comportamente sexuale față de copii ori de ale altcuiva, precum și părinți și supraviețuitori',
      'Live chat and secure email': 'Chat live și e-mail securizat',
    },
    ceop: {
      'Reporting online sexual abuse, grooming or sextortion of a child; reports are not anonymous':
        'Raportarea abuzului sexual, a racolării (grooming) sau a sextorsiunii online asupra unui copil; raportările nu sunt anonime',
    },
    iwf: {
      'Anyone who sees sexual images or videos of children online; reports are anonymous':
        'Oricine vede online imagini sau videoclipuri sexuale cu copii; raportările sunt anonime',
    },
    crimestoppers: {
      'Anyone who wants to pass on information about a crime without giving their name':
        'Oricine vrea să dea informații despre o infracțiune fără să își spună numele',
      'Anonymous online form': 'Formular online anonim',
    },
    'ie-emergency': {
      'Emergency services': 'Servicii de urgență',
      "Anyone in immediate danger, or if someone's life is at risk right now":
        'Oricine se află în pericol imediat sau dacă viața cuiva este în pericol chiar acum',
    },
    pieta: {
      'Anyone in Ireland who is suicidal, self-harming or bereaved by suicide':
        'Oricine din Irlanda care se gândește la sinucidere, se autovătămează sau a pierdut pe cineva prin sinucidere',
      'Texts cost the standard rate': 'Mesajele se taxează la tariful obișnuit',
    },
    bodywhys: {
      'People in Ireland affected by eating disorders, and their families':
        'Persoane din Irlanda afectate de tulburări de alimentație și familiile lor',
    },
    'womens-aid-ie': {
      'Women in Ireland experiencing domestic abuse, and their family or friends':
        'Femei din Irlanda care trec prin violență domestică, precum și familia sau prietenii lor',
    },
    'mens-aid-ie': {
      'Men in Ireland experiencing domestic abuse, and their families':
        'Bărbați din Irlanda care trec prin violență domestică și familiile lor',
    },
    'drcc-national-rape-crisis-helpline': {
      'Anyone in Ireland affected by rape, sexual assault or child sexual abuse':
        'Oricine din Irlanda afectat de viol, agresiune sexuală sau abuz sexual asupra copiilor',
    },
    'samaritans-ie': {
      'Anyone who is struggling to cope, whatever they are going through': 'Oricine nu mai face față, indiferent prin ce trece',
    },
    'text-50808': {
      'Anyone in Ireland going through a mental health or emotional crisis, by text':
        'Oricine din Irlanda care trece printr-o criză de sănătate mintală sau emoțională, prin SMS',
      'Text any message to start': 'Trimiteți orice mesaj pentru a începe',
    },
    'hse-your-mental-health-information-line': {
      'Anyone in Ireland looking for mental health services and supports (information, not counselling)':
        'Oricine din Irlanda care caută servicii și sprijin pentru sănătatea mintală (informații, nu consiliere)',
    },
    'ispcc-childline': {
      'Children and young people up to 18': 'Copii și tineri până la 18 ani',
      'Online chat': 'Chat online',
    },
    'garda-child-sexual-abuse-reporting-line': {
      'Anyone reporting child sexual abuse, happening now or in the past':
        'Oricine raportează abuzul sexual asupra unui copil, petrecut acum sau în trecut',
    },
    'hotline-ie': {
      'Anyone reporting child sexual abuse material or intimate image abuse online; reports can be anonymous':
        'Oricine raportează online materiale cu abuz sexual asupra copiilor sau abuz cu imagini intime; raportările pot fi anonime',
    },
    'tusla-report-a-concern': {
      'Anyone in Ireland worried that a child is being harmed or neglected':
        'Oricine din Irlanda îngrijorat că un copil este rănit sau neglijat',
      'How to report: your local social work duty service': 'Cum raportați: serviciul local de asistență socială de gardă',
    },
    'stop-it-now-ie': {
      "Anyone worried about their own or someone else's sexual thoughts or behaviour towards children, and parents and survivors":
        'Oricine este îngrijorat de propriile gânduri sau comportamente sexuale față de copii ori de ale altcuiva, precum și părinți și supraviețuitori',
      'Calls from Ireland are charged by your phone provider': 'Apelurile din Irlanda sunt taxate de operatorul dumneavoastră',
      'Live chat and secure email': 'Chat live și e-mail securizat',
    },
    'crime-victims-helpline-ie': {
      'Anyone in Ireland affected by crime, including stalking and harassment':
        'Oricine din Irlanda afectat de o infracțiune, inclusiv urmărire (stalking) și hărțuire',
      'Harassment and stalking advice': 'Sfaturi despre hărțuire și urmărire',
    },
    'garda-confidential-line': {
      'Anyone in Ireland passing information about crime to the Gardaí':
        'Oricine din Irlanda care transmite informații despre o infracțiune către Gardaí',
    },
    'us-emergency': {
      'Emergency services': 'Servicii de urgență',
      "Anyone in immediate danger, or if someone's life is at risk right now":
        'Oricine se află în pericol imediat sau dacă viața cuiva este în pericol chiar acum',
    },
    childhelp: {
      'Children, and adults worried about a child, for counselling and advice (it does not take reports of abuse)':
        'Copii și adulți îngrijorați pentru un copil, pentru consiliere și sfaturi (nu preia sesizări de abuz)',
      'Chat online': 'Chat online',
    },
    'take-it-down': {
      'Anyone with nude or sexual images of themselves taken before age 18':
        'Oricine are imagini nud sau sexuale cu sine, făcute înainte de 18 ani',
      'Get help removing images taken under 18': 'Ajutor pentru ștergerea imaginilor făcute sub 18 ani',
    },
    'ncmec-cybertipline': {
      'Anyone reporting the online sexual exploitation of a child': 'Oricine raportează exploatarea sexuală online a unui copil',
      "NCMEC's 24-hour hotline": 'Linia NCMEC, non-stop',
    },
    'childwelfare-state-reporting': {
      'Anyone reporting suspected child abuse or neglect to their state':
        'Oricine raportează statului său o suspiciune de abuz sau neglijare a unui copil',
      "Find your state's reporting number": 'Găsiți numărul de raportare al statului dumneavoastră',
    },
    'stop-it-now-us': {
      'Anyone with questions or worries about child sexual abuse, including about their own thoughts or behaviour':
        'Oricine are întrebări sau îngrijorări legate de abuzul sexual asupra copiilor, inclusiv despre propriile gânduri sau comportamente',
    },
    rainn: {
      'Anyone affected by sexual violence, and their loved ones': 'Oricine a fost afectat de violență sexuală și cei dragi lui',
    },
    ndvh: {
      'Anyone affected by domestic or relationship abuse, and people worried about their own behaviour':
        'Oricine este afectat de violență domestică sau în relație, precum și persoanele îngrijorate de propriul comportament',
      'From a TTY (text telephone)': 'De pe un telefon text (TTY)',
    },
    '988-lifeline': {
      'Anyone in the US in a suicidal, mental-health or substance-use crisis, or worried about someone':
        'Oricine din SUA aflat într-o criză suicidară, de sănătate mintală sau legată de consumul de substanțe, ori îngrijorat pentru cineva',
      'Chat online': 'Chat online',
    },
    'crisis-text-line-us': {
      'Anyone in the US in any kind of crisis, by text': 'Oricine din SUA aflat în orice fel de criză, prin SMS',
    },
    'sparc-stalking': {
      'Information about stalking; there is no national stalking hotline in the US':
        'Informații despre urmărire (stalking); în SUA nu există o linie națională pentru stalking',
    },
    'ccri-safety-center': {
      'Adults whose intimate images were shared or threatened, including deepfakes and sextortion':
        'Adulți ale căror imagini intime au fost distribuite sau sunt amenințați cu distribuirea lor, inclusiv deepfake și sextorsiune',
    },
    'fbi-tips': {
      'Anyone reporting a federal crime, including sextortion': 'Oricine raportează o infracțiune federală, inclusiv sextorsiunea',
    },
    'au-emergency': {
      'Emergency services (Triple Zero)': 'Servicii de urgență (Triple Zero)',
      "Anyone in immediate danger, or if someone's life is at risk right now":
        'Oricine se află în pericol imediat sau dacă viața cuiva este în pericol chiar acum',
      'From most mobile phones': 'De pe majoritatea telefoanelor mobile',
      'TTY only: dial 106 from a TTY; text messages (SMS) do not work':
        'Doar TTY: formați 106 de pe un telefon TTY; mesajele text (SMS) nu funcționează',
    },
    'esafety-image-based-abuse': {
      'People in Australia whose intimate images were shared or threatened, including sextortion':
        'Persoane din Australia ale căror imagini intime au fost distribuite sau sunt amenințate cu distribuirea lor, inclusiv sextorsiune',
    },
    'butterfly-national-helpline': {
      'Anyone affected by eating disorders or body image concerns, and carers':
        'Oricine este afectat de tulburări de alimentație sau de îngrijorări legate de imaginea corporală, precum și îngrijitorii',
      'Webchat and email on the Butterfly website': 'Chat și e-mail pe site-ul Butterfly',
    },
    '1800respect': {
      'Anyone affected by domestic, family or sexual violence, and people supporting them':
        'Oricine este afectat de violență domestică, în familie sau sexuală, precum și cei care îl sprijină',
    },
    'lifeline-au': {
      'Anyone having a personal crisis or thinking about suicide': 'Oricine trece printr-o criză personală sau se gândește la sinucidere',
    },
    '13yarn': {
      'Aboriginal and Torres Strait Islander people feeling overwhelmed or finding it hard to cope':
        'Persoane aborigene și din Insulele Strâmtorii Torres care se simt copleșite sau le vine greu să facă față',
    },
    'beyond-blue': {
      'Anyone in Australia affected by anxiety, depression or other mental health concerns':
        'Oricine din Australia afectat de anxietate, depresie sau alte probleme de sănătate mintală',
    },
    'kids-helpline': {
      'Children and young people aged 5 to 25': 'Copii și tineri între 5 și 25 de ani',
      'WebChat': 'Chat',
    },
    'mensline-australia': {
      'Men with relationship, mental health or wellbeing concerns':
        'Bărbați cu probleme legate de relații, sănătate mintală sau stare de bine',
    },
    'accce-report': {
      'Anyone reporting online child sexual exploitation, grooming or sextortion':
        'Oricine raportează exploatarea sexuală online a copiilor, racolarea (grooming) sau sextorsiunea',
    },
    'au-police-non-urgent': {
      'Police non-urgent line': 'Poliția: linie pentru situații care nu sunt urgente',
      'Reporting a crime or concern that is not an emergency; calls cost a local call':
        'Raportarea unei infracțiuni sau a unei îngrijorări care nu este o urgență; apelul costă cât unul local',
    },
    'crime-stoppers-au': {
      'Anyone with information about a crime': 'Oricine are informații despre o infracțiune',
      'Report online (choose your state)': 'Raportați online (alegeți statul)',
    },
    'stop-it-now-au': {
      "Anyone worried about their own or someone else's sexual thoughts or behaviour towards children":
        'Oricine este îngrijorat de propriile gânduri sau comportamente sexuale față de copii ori de ale altcuiva',
      'Anonymous live chat': 'Chat live anonim',
    },
    'blue-knot-helpline': {
      'Adult survivors of childhood trauma and abuse, and people supporting them':
        'Adulți care au trecut prin traume și abuzuri în copilărie și cei care îi sprijină',
    },
    'esafety-tech-abuse-support': {
      'People abused, threatened or stalked through technology': 'Persoane abuzate, amenințate sau urmărite prin intermediul tehnologiei',
      'Online safety help': 'Ajutor pentru siguranța online',
    },
  },
};

export default ro;
