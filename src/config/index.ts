export {
  configure,
  configuredOptions,
  onConfigChange,
  notifyConfigChange,
  resolveConfig,
  closestComposed,
  isUsableBase,
  toLang,
  OPTION_NAMES,
  type AgendaConfig,
  type ConfigProblem,
  type ConfigSource,
  type OwnConfig,
  type ResolvedConfig,
} from './config.js';
export { ConfigError } from './config-error.js';
export {
  checkChoice,
  checkInteger,
  isGiven,
  isProblem,
  missing,
  parseCategories,
  parseDecimalAttribute,
  parsePosition,
  problemKey,
} from './checks.js';
