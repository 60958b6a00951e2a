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
    more: {
      show: 'Más líneas de ayuda ({{count}})',
      hide: 'Menos líneas de ayuda',
    },
    quickExit: {
      button: 'Salir de esta página',
      hint: 'O pulsa la tecla Mayús 3 veces',
    },
    calls: {
      free: 'Llamada gratuita',
      charged: 'Las llamadas pueden tener coste',
      notOnBill: 'No aparece en la factura del teléfono',
      onBill: 'Aparece en la factura del teléfono',
      confidential: 'Confidencial',
      anonymous: 'No tienes que dar tu nombre',
    },
    report: '¿Número incorrecto? Avísanos',
  },
  lines: {
    'gb-emergency': {
      'Emergency services': 'Servicios de emergencia',
      "Anyone in immediate danger, or if someone's life is at risk right now":
        'Cualquier persona en peligro inmediato, o si la vida de alguien corre peligro ahora mismo',
      'For deaf, hard of hearing or speech-impaired callers, via Relay UK':
        'Para personas sordas, con problemas de audición o del habla, a través de Relay UK',
    },
    'gb-police-non-emergency': {
      'Police non-emergency': 'Policía (casos no urgentes)',
      'Reporting a concern or a crime that is not happening now': 'Para informar de una preocupación o de un delito que no está ocurriendo ahora',
      'For deaf, hard of hearing or speech-impaired callers, via Relay UK':
        'Para personas sordas, con problemas de audición o del habla, a través de Relay UK',
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
      'Children and adults reporting online sexual abuse or grooming':
        'Niños, niñas y personas adultas que informan de abusos sexuales o de grooming en internet',
    },
    iwf: {
      'Anyone who sees sexual images or videos of children online; reports are anonymous':
        'Cualquier persona que vea en internet imágenes o vídeos sexuales de menores; los avisos son anónimos',
    },
    'national-domestic-abuse-helpline': {
      'People experiencing domestic abuse': 'Personas que sufren violencia doméstica',
      'Website and safe call-back form': 'Sitio web y formulario seguro para solicitar una llamada',
    },
    'rape-crisis-support-line': {
      'Anyone aged 16 or over in England and Wales affected by sexual violence': 'Cualquier persona de 16 años o más en Inglaterra y Gales afectada por la violencia sexual',
      'Online chat': 'Chat en línea',
    },
    samaritans: {
      'Anyone who is struggling to cope, whatever they are going through': 'Cualquier persona a la que le cueste salir adelante, sea lo que sea lo que esté viviendo',
    },
    'samaritans-welsh': {
      'Anyone who wants to talk to Samaritans in Welsh; evenings only': 'Cualquier persona que quiera hablar con Samaritans en galés; solo por la noche',
    },
    shout: {
      'Anyone in the UK who is struggling to cope and would rather text than talk': 'Cualquier persona en el Reino Unido a la que le cueste salir adelante y que prefiera escribir a hablar',
    },
    crimestoppers: {
      'Anyone who wants to pass on information about a crime without giving their name': 'Cualquier persona que quiera dar información sobre un delito sin dar su nombre',
      'Anonymous online form': 'Formulario en línea anónimo',
    },
  },
};

export default es;
