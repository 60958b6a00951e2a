// The demo loads the element from source so `npm start` reloads on every edit.
import '../src/define.js';
