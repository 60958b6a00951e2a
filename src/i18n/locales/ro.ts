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
  },
};

export default ro;
