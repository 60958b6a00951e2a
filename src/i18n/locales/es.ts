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
    'ie-emergency': {
      'Emergency services': 'Servicios de emergencia',
      "Anyone in immediate danger, or if someone's life is at risk right now":
        'Cualquier persona en peligro inmediato, o si la vida de alguien corre peligro ahora mismo',
    },
    pieta: {
      'Anyone in Ireland who is suicidal, self-harming or bereaved by suicide':
        'Cualquier persona en Irlanda con pensamientos suicidas, que se autolesione o que haya perdido a alguien por suicidio',
      'Texts cost the standard rate': 'Los SMS se cobran a la tarifa normal',
    },
    bodywhys: {
      'People in Ireland affected by eating disorders, and their families':
        'Personas en Irlanda afectadas por trastornos de la conducta alimentaria, y sus familias',
    },
    'womens-aid-ie': {
      'Women in Ireland experiencing domestic abuse, and their family or friends':
        'Mujeres en Irlanda que sufren violencia doméstica, y sus familiares o amistades',
    },
    'mens-aid-ie': {
      'Men in Ireland experiencing domestic abuse, and their families': 'Hombres en Irlanda que sufren violencia doméstica, y sus familias',
    },
    'drcc-national-rape-crisis-helpline': {
      'Anyone in Ireland affected by rape, sexual assault or child sexual abuse':
        'Cualquier persona en Irlanda afectada por una violación, una agresión sexual o abuso sexual infantil',
    },
    'samaritans-ie': {
      'Anyone who is struggling to cope, whatever they are going through':
        'Cualquier persona a la que le cueste salir adelante, sea lo que sea lo que esté viviendo',
    },
    'text-50808': {
      'Anyone in Ireland going through a mental health or emotional crisis, by text':
        'Cualquier persona en Irlanda que esté pasando por una crisis de salud mental o emocional, por SMS',
      'Text any message to start': 'Envíe cualquier mensaje para empezar',
    },
    'hse-your-mental-health-information-line': {
      'Anyone in Ireland looking for mental health services and supports (information, not counselling)':
        'Cualquier persona en Irlanda que busque servicios y apoyos de salud mental (información, no asesoramiento psicológico)',
    },
    'ispcc-childline': {
      'Children and young people up to 18': 'Niños, niñas y jóvenes de hasta 18 años',
      'Online chat': 'Chat en línea',
    },
    'garda-child-sexual-abuse-reporting-line': {
      'Anyone reporting child sexual abuse, happening now or in the past':
        'Cualquier persona que denuncie abusos sexuales a menores, que ocurran ahora o que ocurrieran en el pasado',
    },
    'hotline-ie': {
      'Anyone reporting child sexual abuse material or intimate image abuse online; reports can be anonymous':
        'Cualquier persona que denuncie material de abuso sexual infantil o abuso con imágenes íntimas en internet; las denuncias pueden ser anónimas',
    },
    'tusla-report-a-concern': {
      'Anyone in Ireland worried that a child is being harmed or neglected':
        'Cualquier persona en Irlanda preocupada porque un niño o una niña sufre daño o abandono',
      'How to report: your local social work duty service': 'Cómo denunciar: el servicio de trabajo social de guardia de su zona',
    },
    'stop-it-now-ie': {
      "Anyone worried about their own or someone else's sexual thoughts or behaviour towards children, and parents and survivors":
        'Cualquier persona preocupada por sus propios pensamientos o conductas sexuales hacia menores, o por los de otra persona, y también madres, padres y supervivientes',
      'Calls from Ireland are charged by your phone provider': 'Las llamadas desde Irlanda las cobra su compañía telefónica',
      'Live chat and secure email': 'Chat en directo y correo electrónico seguro',
    },
    'crime-victims-helpline-ie': {
      'Anyone in Ireland affected by crime, including stalking and harassment':
        'Cualquier persona en Irlanda afectada por un delito, incluidos el acecho (stalking) y el acoso',
      'Harassment and stalking advice': 'Consejos sobre acoso y acecho',
    },
    'garda-confidential-line': {
      'Anyone in Ireland passing information about crime to the Gardaí':
        'Cualquier persona en Irlanda que dé información sobre un delito a la Gardaí',
    },
    'us-emergency': {
      'Emergency services': 'Servicios de emergencia',
      "Anyone in immediate danger, or if someone's life is at risk right now":
        'Cualquier persona en peligro inmediato, o si la vida de alguien corre peligro ahora mismo',
    },
    childhelp: {
      'Children, and adults worried about a child, for counselling and advice (it does not take reports of abuse)':
        'Niños, niñas y personas adultas preocupadas por un menor, para orientación y consejo (no recibe denuncias de maltrato)',
      'Chat online': 'Chat en línea',
    },
    'take-it-down': {
      'Anyone with nude or sexual images of themselves taken before age 18':
        'Cualquier persona con imágenes desnudas o sexuales de sí misma tomadas antes de los 18 años',
      'Get help removing images taken under 18': 'Ayuda para retirar imágenes tomadas antes de los 18 años',
    },
    'ncmec-cybertipline': {
      'Anyone reporting the online sexual exploitation of a child':
        'Cualquier persona que denuncie la explotación sexual de un menor en internet',
      "NCMEC's 24-hour hotline": 'Línea de NCMEC de 24 horas',
    },
    'childwelfare-state-reporting': {
      'Anyone reporting suspected child abuse or neglect to their state':
        'Cualquier persona que denuncie ante su estado una sospecha de maltrato o abandono infantil',
      "Find your state's reporting number": 'Busque el número de denuncia de su estado',
    },
    'stop-it-now-us': {
      'Anyone with questions or worries about child sexual abuse, including about their own thoughts or behaviour':
        'Cualquier persona con preguntas o preocupaciones sobre el abuso sexual infantil, también sobre sus propios pensamientos o conductas',
    },
    rainn: {
      'Anyone affected by sexual violence, and their loved ones':
        'Cualquier persona afectada por la violencia sexual, y sus seres queridos',
    },
    ndvh: {
      'Anyone affected by domestic or relationship abuse, and people worried about their own behaviour':
        'Cualquier persona afectada por la violencia doméstica o en la pareja, y personas preocupadas por su propia conducta',
      'From a TTY (text telephone)': 'Desde un teléfono de texto (TTY)',
    },
    '988-lifeline': {
      'Anyone in the US in a suicidal, mental-health or substance-use crisis, or worried about someone':
        'Cualquier persona en EE. UU. en una crisis suicida, de salud mental o por consumo de sustancias, o preocupada por alguien',
      'Chat online': 'Chat en línea',
    },
    'crisis-text-line-us': {
      'Anyone in the US in any kind of crisis, by text': 'Cualquier persona en EE. UU. en cualquier tipo de crisis, por SMS',
    },
    'sparc-stalking': {
      'Information about stalking; there is no national stalking hotline in the US':
        'Información sobre el acecho (stalking); en EE. UU. no hay una línea nacional para el acecho',
    },
    'ccri-safety-center': {
      'Adults whose intimate images were shared or threatened, including deepfakes and sextortion':
        'Personas adultas cuyas imágenes íntimas se compartieron o a las que amenazaron con compartirlas, incluidos los deepfakes y la sextorsión',
    },
    'fbi-tips': {
      'Anyone reporting a federal crime, including sextortion': 'Cualquier persona que denuncie un delito federal, incluida la sextorsión',
    },
    'au-emergency': {
      'Emergency services (Triple Zero)': 'Servicios de emergencia (Triple Zero)',
      "Anyone in immediate danger, or if someone's life is at risk right now":
        'Cualquier persona en peligro inmediato, o si la vida de alguien corre peligro ahora mismo',
      'From most mobile phones': 'Desde la mayoría de los teléfonos móviles',
      'TTY only: dial 106 from a TTY; text messages (SMS) do not work':
        'Solo TTY: marque el 106 desde un teléfono de texto TTY; los SMS no funcionan',
    },
    'esafety-image-based-abuse': {
      'People in Australia whose intimate images were shared or threatened, including sextortion':
        'Personas en Australia cuyas imágenes íntimas se compartieron o a las que amenazaron con compartirlas, incluida la sextorsión',
    },
    'butterfly-national-helpline': {
      'Anyone affected by eating disorders or body image concerns, and carers':
        'Cualquier persona afectada por trastornos de la conducta alimentaria o preocupaciones por su imagen corporal, y sus cuidadores',
      'Webchat and email on the Butterfly website': 'Chat y correo electrónico en el sitio web de Butterfly',
    },
    '1800respect': {
      'Anyone affected by domestic, family or sexual violence, and people supporting them':
        'Cualquier persona afectada por la violencia doméstica, familiar o sexual, y quienes la apoyan',
    },
    'lifeline-au': {
      'Anyone having a personal crisis or thinking about suicide':
        'Cualquier persona que esté pasando por una crisis personal o que piense en el suicidio',
    },
    '13yarn': {
      'Aboriginal and Torres Strait Islander people feeling overwhelmed or finding it hard to cope':
        'Personas aborígenes e isleñas del estrecho de Torres que se sienten desbordadas o a las que les cuesta salir adelante',
    },
    'beyond-blue': {
      'Anyone in Australia affected by anxiety, depression or other mental health concerns':
        'Cualquier persona en Australia afectada por ansiedad, depresión u otros problemas de salud mental',
    },
    'kids-helpline': {
      'Children and young people aged 5 to 25': 'Niños, niñas y jóvenes de 5 a 25 años',
      'WebChat': 'Chat web',
    },
    'mensline-australia': {
      'Men with relationship, mental health or wellbeing concerns': 'Hombres con preocupaciones de pareja, de salud mental o de bienestar',
    },
    'accce-report': {
      'Anyone reporting online child sexual exploitation, grooming or sextortion':
        'Cualquier persona que denuncie la explotación sexual infantil, el grooming o la sextorsión en internet',
    },
    'au-police-non-urgent': {
      'Police non-urgent line': 'Policía (casos no urgentes)',
      'Reporting a crime or concern that is not an emergency; calls cost a local call':
        'Para denunciar un delito o una preocupación que no sea una emergencia; la llamada cuesta lo que una local',
    },
    'crime-stoppers-au': {
      'Anyone with information about a crime': 'Cualquier persona con información sobre un delito',
      'Report online (choose your state)': 'Denuncie en línea (elija su estado)',
    },
    'stop-it-now-au': {
      "Anyone worried about their own or someone else's sexual thoughts or behaviour towards children":
        'Cualquier persona preocupada por sus propios pensamientos o conductas sexuales hacia menores, o por los de otra persona',
      'Anonymous live chat': 'Chat en directo anónimo',
    },
    'blue-knot-helpline': {
      'Adult survivors of childhood trauma and abuse, and people supporting them':
        'Personas adultas supervivientes de traumas y abusos en la infancia, y quienes las apoyan',
    },
    'esafety-tech-abuse-support': {
      'People abused, threatened or stalked through technology': 'Personas que sufren abuso, amenazas o acecho a través de la tecnología',
      'Online safety help': 'Ayuda con la seguridad en internet',
    },
  },
};

export default es;
