/**
 * The CDN bundle's entry (`dist/agenda-widgets.js`): defines the elements as the page uses them (see
 * autoload.ts) and exports `configure()`. Each element's code is a chunk in `dist/chunks/`, loaded by a URL
 * relative to this file.
 */
import { autoload } from './autoload.js';

export { configure, type AgendaConfig } from './config/shared.js';
export { loadAllElements, loadElement } from './autoload.js';

autoload();
