import { browser } from 'wxt/browser';

/**
 * Hand a file (text or bytes) to the browser's downloads. A service worker has no URL.createObjectURL,
 * so Chrome gets a data: URL; Firefox's background page refuses data: downloads but has blobs.
 */
export async function downloadText(
  filename: string,
  text: string | Uint8Array<ArrayBuffer>,
  mime: string,
  conflictAction: 'uniquify' | 'overwrite' = 'uniquify',
): Promise<void> {
  let url: string;
  if (typeof URL.createObjectURL === 'function') {
    url = URL.createObjectURL(new Blob([text], { type: mime }));
  } else {
    const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) {
      binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    }
    url = `data:${mime};base64,${btoa(binary)}`;
  }
  await browser.downloads.download({ url, filename, saveAs: false, conflictAction });
}
