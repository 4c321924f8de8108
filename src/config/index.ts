export {
  configure,
  configuredOptions,
  onConfigChange,
  notifyConfigChange,
  resolveConfig,
  closestComposed,
  toLang,
  OPTION_NAMES,
  type AgendaConfig,
  type ConfigProblem,
  type ConfigSource,
  type OwnConfig,
  type ResolvedConfig,
} from './config.js';
export { ConfigError } from './config-error.js';
export { checkChoice, checkInteger, isProblem, missing, parseCategories, parseDecimalAttribute } from './checks.js';
