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
      'For deaf, hard of hearing or speech-impaired callers, via Relay UK':
        'Pentru persoanele surde, cu deficiențe de auz sau de vorbire, prin Relay UK',
    },
    'gb-police-non-emergency': {
      'Police non-emergency': 'Poliția: număr pentru situații care nu sunt urgențe',
      'Reporting a concern or a crime that is not happening now': 'Semnalarea unei îngrijorări sau a unei infracțiuni care nu are loc acum',
      'For deaf, hard of hearing or speech-impaired callers, via Relay UK':
        'Pentru persoanele surde, cu deficiențe de auz sau de vorbire, prin Relay UK',
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
      'Children and adults reporting online sexual abuse or grooming':
        'Copii și adulți care raportează abuzuri sexuale sau racolare (grooming) online',
    },
    iwf: {
      'Anyone who sees sexual images or videos of children online; reports are anonymous':
        'Oricine vede online imagini sau videoclipuri sexuale cu copii; raportările sunt anonime',
    },
    'national-domestic-abuse-helpline': {
      'People experiencing domestic abuse': 'Persoane care trec prin violență domestică',
      'Website and safe call-back form': 'Site și formular securizat pentru a cere să fiți sunat înapoi',
    },
    'rape-crisis-support-line': {
      'Anyone aged 16 or over in England and Wales affected by sexual violence': 'Oricine are 16 ani sau mai mult, în Anglia și Țara Galilor, și a fost afectat de violență sexuală',
      'Online chat': 'Chat online',
    },
    samaritans: {
      'Anyone who is struggling to cope, whatever they are going through': 'Oricine nu mai face față, indiferent prin ce trece',
    },
    'samaritans-welsh': {
      'Anyone who wants to talk to Samaritans in Welsh; evenings only': 'Oricine vrea să vorbească cu Samaritans în limba galeză; doar seara',
    },
    shout: {
      'Anyone in the UK who is struggling to cope and would rather text than talk': 'Oricine din Regatul Unit care nu mai face față și preferă să scrie mesaje decât să vorbească',
    },
    crimestoppers: {
      'Anyone who wants to pass on information about a crime without giving their name': 'Oricine vrea să dea informații despre o infracțiune fără să își spună numele',
      'Anonymous online form': 'Formular online anonim',
    },
  },
};

export default ro;
