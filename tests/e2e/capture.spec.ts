import { test, expect, capture } from './fixtures';

// The toolbar capture, the legal-notice enrichment and the unreadable pages are shared with
// Firefox: tests/e2e/flows/capture.ts.

test('a page with nothing to extract says so', async ({ context, sw, extensionId, server }) => {
  const { popup } = await capture(context, sw, extensionId, server.url('empty.html'));
  await expect(popup.getByText('Rien de reconnaissable sur cette page')).toBeVisible();
});
