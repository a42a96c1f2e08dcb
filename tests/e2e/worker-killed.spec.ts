/// <reference types="chrome" />
import { test, expect, capture } from './fixtures';
import { storedProspects } from './inspect';

// The worker is stopped at several moments around the click: before, during and after the write
// (which of the three each delay hits depends on the machine; every outcome must be consistent).
for (const delay of [0, 1, 2, 4, 8]) {
  test(`a worker stopped ${delay} ms into a save leaves all or nothing, and the popup says which`, async ({
    context,
    sw,
    extensionId,
    server,
  }) => {
    const { popup } = await capture(context, sw, extensionId, server.siteUrl('atelier-lumen'));
    await expect(popup.locator('#field-name')).toHaveValue('Atelier Lumen');
    const cdp = await context.newCDPSession(popup);
    await cdp.send('ServiceWorker.enable');

    // Click from inside the page and stop the worker without waiting for the click to finish.
    await popup.evaluate((ms) => {
      setTimeout(
        () => document.querySelector<HTMLButtonElement>('button[type=submit]')!.click(),
        ms,
      );
    }, delay);
    await cdp.send('ServiceWorker.stopAllWorkers');

    const outcome = popup.locator('.notice.info, .notice.error');
    await expect(outcome).toBeVisible();
    const text = await outcome.innerText();
    const names = (await storedProspects(popup)).map(
      (p) => `${p.organisation.name?.value}|${p.history.length > 0}`,
    );
    if (text === 'Enregistré.' || text.includes('enregistré malgré tout')) {
      expect(names).toEqual(['Atelier Lumen|true']);
    } else {
      expect(text).toContain('Rien n’a été enregistré');
      expect(names).toEqual([]);
    }
  });
}
