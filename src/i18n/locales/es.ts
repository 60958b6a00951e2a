// Spanish (español).
// Reviewed by a native speaker: no
import type { Locale } from '../locale.js';

const es: Locale = {
  reviewed: false,
  ui: {
    heading: 'Ayuda y apoyo',
    emergency: 'Emergencias',
    action: {
      phone: 'Llamar al {{number}}',
      textphone: 'Teléfono de texto {{number}}',
      sms: 'Enviar SMS al {{number}}',
      smsBody: 'Enviar {{body}} por SMS al {{number}}',
      chat: 'Chat en línea',
      web: 'Visitar el sitio web',
      report: 'Informar en línea',
      email: 'Escribir a {{address}}',
    },
    actionContext: ', {{line}}',
    opensInNewTab: '(se abre en una pestaña nueva)',
    status: {
      always: 'Abierto 24 horas',
      open: 'Abierto ahora',
      openClosesAt: 'Abierto ahora - cierra: {{time}}',
      openClosesAtDay: 'Abierto ahora - cierra: {{day}}, {{time}}',
      closedOpensAt: 'Cerrado - abre: {{day}}, {{time}}',
      closedLong: 'Cerrado - consulte el horario en el sitio web',
      unknown: 'Consulte el horario en el sitio web',
      inZone: '{{status}} ({{zone}})',
    },
    weekday: {
      sun: 'domingo',
      mon: 'lunes',
      tue: 'martes',
      wed: 'miércoles',
      thu: 'jueves',
      fri: 'viernes',
      sat: 'sábado',
    },
    zone: {
      uk: 'hora del Reino Unido',
    },
    interpreters: 'Hay intérpretes disponibles',
  },
  lines: {
    'gb-emergency': {
      'Emergency services': 'Servicios de emergencia',
      "Anyone in immediate danger, or if someone's life is at risk right now":
        'Cualquier persona en peligro inmediato, o si la vida de alguien corre peligro ahora mismo',
      'Text relay: dial 18000 from a textphone (Relay UK)': 'Retransmisión de texto: marque el 18000 desde un teléfono de texto (Relay UK)',
    },
    'live-fear-free': {
      'Anyone in Wales affected by domestic abuse or sexual violence, and people helping them':
        'Cualquier persona en Gales afectada por la violencia doméstica o sexual, y quienes la ayudan',
      'Email and live chat': 'Correo electrónico y chat en directo',
    },
    'national-domestic-abuse-helpline': {
      'Women experiencing domestic abuse, and people worried about someone':
        'Mujeres que sufren violencia doméstica y personas preocupadas por alguien',
      'Website and safe call-back form': 'Sitio web y formulario seguro para solicitar una llamada',
    },
    'rape-crisis-support-line': {
      'Anyone aged 16 or over in England and Wales affected by sexual violence':
        'Cualquier persona de 16 años o más en Inglaterra y Gales afectada por la violencia sexual',
      'Online chat (phone number on the website)': 'Chat en línea (el número de teléfono está en el sitio web)',
    },
    'victim-support': {
      'Anyone in England or Wales affected by crime, reported or not':
        'Cualquier persona en Inglaterra o Gales afectada por un delito, se haya denunciado o no',
    },
    paladin: {
      'Victims of stalking who need an advocate, and professionals working with them':
        'Víctimas de acecho (stalking) que necesitan a alguien que las acompañe y defienda, y profesionales que trabajan con ellas',
    },
    'beat-helpline-england': {
      'Anyone in England affected by an eating disorder, and people supporting them':
        'Cualquier persona en Inglaterra afectada por un trastorno de la conducta alimentaria, y quienes la apoyan',
    },
    beat: {
      'Anyone in Wales or Northern Ireland affected by an eating disorder, and people supporting them':
        'Cualquier persona en Gales o Irlanda del Norte afectada por un trastorno de la conducta alimentaria, y quienes la apoyan',
      "Helpline details on Beat's website": 'Datos de la línea de ayuda en el sitio web de Beat',
    },
    'nhs-111-mental-health-england': {
      'Anyone in England, of any age, in a mental health crisis or worried about someone':
        'Cualquier persona en Inglaterra, de cualquier edad, en una crisis de salud mental o preocupada por alguien',
      'Choose the mental health option': 'Elija la opción de salud mental',
      'NHS 111 online': 'NHS 111 en línea',
    },
    'nhs-111-press-2-wales': {
      'Anyone in Wales, of any age, with an urgent mental health concern':
        'Cualquier persona en Gales, de cualquier edad, con una preocupación urgente de salud mental',
      'Press 2 for mental health': 'Pulse 2 para salud mental',
    },
    meic: {
      'Children and young people in Wales up to age 25': 'Niños, niñas y jóvenes de Gales de hasta 25 años',
    },
    'action-against-stalking': {
      'People in Scotland who are being, or have been, stalked': 'Personas en Escocia que sufren o han sufrido acecho (stalking)',
      'Advice and self-referral form': 'Consejos y formulario para pedir apoyo directamente',
    },
    'rape-crisis-scotland-helpline': {
      'Anyone in Scotland affected by sexual violence, whenever it happened':
        'Cualquier persona en Escocia afectada por la violencia sexual, sin importar cuándo ocurrió',
      'Email, text and webchat: details on the website': 'Correo electrónico, SMS y chat: datos en el sitio web',
    },
    sdafmh: {
      'Anyone in Scotland affected by domestic abuse or forced marriage, of any gender':
        'Cualquier persona en Escocia, de cualquier género, afectada por la violencia doméstica o el matrimonio forzado',
    },
    'victim-support-scotland': {
      'Anyone in Scotland affected by crime, reported or not, and witnesses':
        'Cualquier persona en Escocia afectada por un delito, se haya denunciado o no, y los testigos',
    },
    'beat-helpline-scotland': {
      'Anyone in Scotland affected by an eating disorder, and people supporting them':
        'Cualquier persona en Escocia afectada por un trastorno de la conducta alimentaria, y quienes la apoyan',
    },
    'nhs24-111-mental-health-hub': {
      'Anyone in Scotland needing urgent mental health support or in distress':
        'Cualquier persona en Escocia que necesite apoyo urgente de salud mental o que esté pasando por un momento de angustia',
    },
    'breathing-space': {
      'Anyone in Scotland aged 16 or over feeling low, anxious or stressed':
        'Cualquier persona en Escocia de 16 años o más que se sienta decaída, con ansiedad o estresada',
    },
    'dsa-helpline-ni': {
      'Anyone in Northern Ireland affected by domestic or sexual abuse, of any gender or age':
        'Cualquier persona en Irlanda del Norte, de cualquier género o edad, afectada por la violencia doméstica o el abuso sexual',
    },
    'victim-support-ni': {
      'Victims and witnesses of crime in Northern Ireland, reported or not':
        'Víctimas y testigos de delitos en Irlanda del Norte, se hayan denunciado o no',
    },
    'lifeline-ni': {
      'Anyone living in Northern Ireland in distress or despair, of any age':
        'Cualquier persona que viva en Irlanda del Norte y esté angustiada o desesperada, de cualquier edad',
    },
    'mens-advice-line': {
      'Men experiencing domestic abuse, and people worried about them':
        'Hombres que sufren violencia doméstica y personas preocupadas por ellos',
    },
    'survivors-trust-helpline': {
      'Anyone affected by rape, sexual violence or sexual abuse, and people supporting them':
        'Cualquier persona afectada por una violación, violencia sexual o abuso sexual, y quienes la apoyan',
    },
    'galop-helpline': {
      'LGBT+ people experiencing domestic abuse, sexual violence or other abuse':
        'Personas LGBT+ que sufren violencia doméstica, violencia sexual u otros abusos',
    },
    'karma-nirvana': {
      'Victims of honour-based abuse or forced marriage, of any age or gender':
        'Víctimas de violencia por motivos de «honor» o de matrimonio forzado, de cualquier edad o género',
    },
    'forced-marriage-unit': {
      'Anyone facing forced marriage, in the UK or abroad, or worried about someone':
        'Cualquier persona que se enfrente a un matrimonio forzado, en el Reino Unido o en el extranjero, o que esté preocupada por alguien',
      'Out of hours: ask for the Foreign Office Response Centre': 'Fuera del horario: pida hablar con el Foreign Office Response Centre',
    },
    'respect-phoneline': {
      'People worried about their own abusive behaviour towards a partner or family member':
        'Personas preocupadas por su propia conducta abusiva hacia su pareja o un familiar',
    },
    samaritans: {
      'Anyone who is struggling to cope, whatever they are going through':
        'Cualquier persona a la que le cueste salir adelante, sea lo que sea lo que esté viviendo',
    },
    'samaritans-welsh': {
      'Anyone who wants emotional support in Welsh': 'Cualquier persona que quiera apoyo emocional en galés',
    },
    shout: {
      'Anyone in the UK who is struggling to cope and would rather text than talk':
        'Cualquier persona en el Reino Unido a la que le cueste salir adelante y que prefiera escribir a hablar',
    },
    'papyrus-hopeline247': {
      'Young people under 35 with thoughts of suicide, and anyone worried about a young person':
        'Jóvenes menores de 35 años con pensamientos suicidas, y cualquier persona preocupada por una persona joven',
    },
    'national-stalking-helpline': {
      'Anyone affected by stalking or harassment, now or in the past':
        'Cualquier persona afectada por acecho (stalking) o acoso, ahora o en el pasado',
    },
    'report-remove': {
      'Young people under 18 whose nude image or video is online':
        'Jóvenes menores de 18 años con una imagen o un vídeo desnudos en internet',
      'Report Remove on the Childline website': 'Report Remove en el sitio web de Childline',
    },
    'revenge-porn-helpline': {
      'Adults (18+) in the UK whose intimate images have been shared or threatened':
        'Personas adultas (18+) en el Reino Unido cuyas imágenes íntimas se han compartido o a las que amenazan con compartirlas',
      'Website: ask for a call back': 'Sitio web: pida que le llamen',
    },
    'gb-police-non-emergency': {
      'Police non-emergency': 'Policía (casos no urgentes)',
      'Reporting a concern or a crime that is not happening now':
        'Para informar de una preocupación o de un delito que no está ocurriendo ahora',
      'Text relay: from a textphone or the Relay UK app': 'Retransmisión de texto: desde un teléfono de texto o la aplicación Relay UK',
    },
    'nspcc-helpline': {
      'Adults worried about a child': 'Personas adultas preocupadas por un niño o una niña',
    },
    childline: {
      'Children and young people under 19': 'Niños, niñas y jóvenes menores de 19 años',
      '1-2-1 chat and email': 'Chat 1-2-1 y correo electrónico',
    },
    'stop-it-now': {
      "Anyone worried about their own or someone else's sexual thoughts or behaviour towards children, and parents and survivors":
        'Cualquier persona preocupada por sus propios pensamientos o conductas sexuales hacia menores, o por los de otra persona, y también madres, padres y supervivientes',
      'Live chat and secure email': 'Chat en directo y correo electrónico seguro',
    },
    ceop: {
      'Reporting online sexual abuse, grooming or sextortion of a child; reports are not anonymous':
        'Para denunciar abusos sexuales, grooming o sextorsión a menores en internet; las denuncias no son anónimas',
    },
    iwf: {
      'Anyone who sees sexual images or videos of children online; reports are anonymous':
        'Cualquier persona que vea en internet imágenes o vídeos sexuales de menores; los avisos son anónimos',
    },
    crimestoppers: {
      'Anyone who wants to pass on information about a crime without giving their name':
        'Cualquier persona que quiera dar información sobre un delito sin dar su nombre',
      'Anonymous online form': 'Formulario en línea anónimo',
    },
  },
};

export default es;
