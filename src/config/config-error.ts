import { AgendaError } from '../client/index.js';
import type { ConfigProblem } from './config.js';

/** The `config` error an element shows when an attribute is missing or invalid; no request was sent. */
export class ConfigError extends AgendaError {
  /** The attribute (or `configure()` option) at fault. */
  readonly problem: ConfigProblem;

  constructor(problem: ConfigProblem) {
    super('config', { detail: `${problem.attribute} ${problem.value === null ? 'is missing' : `is invalid: ${problem.value}`}` });
    this.problem = problem;
  }
}
