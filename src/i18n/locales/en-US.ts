// American English: only the words that differ from the British English
// source (textphone is "TTY" in the US; -our spellings).
// Reviewed by a native speaker: no
import type { RegionalLocale } from '../locale.js';

const enUS: RegionalLocale = {
  reviewed: false,
  ui: {
    action: { textphone: 'TTY {{number}}' },
  },
  lines: {
    'gb-emergency': {
      'Text relay: dial 18000 from a textphone (Relay UK)': 'Text relay: dial 18000 from a TTY (Relay UK)',
    },
    'karma-nirvana': {
      'Victims of honour-based abuse or forced marriage, of any age or gender':
        'Victims of honor-based abuse or forced marriage, of any age or gender',
    },
    'respect-phoneline': {
      'People worried about their own abusive behaviour towards a partner or family member':
        'People worried about their own abusive behavior toward a partner or family member',
    },
    'gb-police-non-emergency': {
      'Text relay: from a textphone or the Relay UK app': 'Text relay: from a TTY or the Relay UK app',
    },
    'stop-it-now': {
      "Anyone worried about their own or someone else's sexual thoughts or behaviour towards children, and parents and survivors":
        "Anyone worried about their own or someone else's sexual thoughts or behavior toward children, and parents and survivors",
    },
    'stop-it-now-ie': {
      "Anyone worried about their own or someone else's sexual thoughts or behaviour towards children, and parents and survivors":
        "Anyone worried about their own or someone else's sexual thoughts or behavior toward children, and parents and survivors",
    },
    childhelp: {
      'Children, and adults worried about a child, for counselling and advice (it does not take reports of abuse)':
        'Children, and adults worried about a child, for counseling and advice (it does not take reports of abuse)',
    },
    'stop-it-now-us': {
      'Anyone with questions or worries about child sexual abuse, including about their own thoughts or behaviour':
        'Anyone with questions or worries about child sexual abuse, including about their own thoughts or behavior',
    },
    ndvh: {
      'Anyone affected by domestic or relationship abuse, and people worried about their own behaviour':
        'Anyone affected by domestic or relationship abuse, and people worried about their own behavior',
    },
    'stop-it-now-au': {
      "Anyone worried about their own or someone else's sexual thoughts or behaviour towards children":
        "Anyone worried about their own or someone else's sexual thoughts or behavior toward children",
    },
  },
};

export default enUS;
