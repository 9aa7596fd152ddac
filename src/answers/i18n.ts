/** Labels now live in the message catalogue (./messages/); this door stays for modules that still import it here. */
export { label, type LabelKey } from './messages/index.js';
