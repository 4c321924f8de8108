/**
 * Records what a hostile test tried, for the one report `npm run test:hostile` prints. The counts go to the
 * `hostile-tally` command of web-test-runner.hostile.config.mjs, which aggregates them per browser.
 */
import { executeServerCommand } from '@web/test-runner-commands';

/** Records that `tried` cases of kind `label` in report group `group` ran in this browser, with their failures. */
export async function tally(group: string, label: string, tried: number, failures: string[] = []): Promise<void> {
  await executeServerCommand('hostile-tally', { group, label, tried, failures });
}
