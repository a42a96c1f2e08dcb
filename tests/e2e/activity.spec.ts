/**
 * The activity log (tests/e2e/flows/activity.ts) in each browser (the Playwright project:
 * chromium, firefox-mv2, firefox-mv3).
 */
import { test } from './drivers/test';
import { callOutcomePlansFollowUp } from './flows/activity';

test('log a call outcome from the detail panel: the follow-up is planned, the log is accessible', ({
  driver,
}) => callOutcomePlansFollowUp(driver));
