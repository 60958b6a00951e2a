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
    'stop-it-now': {
      "Anyone worried about their own or someone else's sexual thoughts or behaviour towards children, and parents and survivors":
        "Anyone worried about their own or someone else's sexual thoughts or behavior toward children, and parents and survivors",
    },
  },
};

export default enUS;
