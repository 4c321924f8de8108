export { configure, type AgendaConfig } from './shared.js';
export {
  onConfigChange,
  notifyConfigChange,
  resolveConfig,
  isUsableBase,
  OPTION_NAMES,
  type ConfigProblem,
  type ConfigSource,
  type OwnConfig,
  type ResolvedConfig,
} from './config.js';
export { ConfigError } from './config-error.js';
export {
  checkChoice,
  checkInteger,
  headingLevelOf,
  isProblem,
  missing,
  parseCategories,
  problemKey,
  type HeadingLevel,
} from './checks.js';
export { isGiven, parseDecimalAttribute, parsePosition } from './position.js';
