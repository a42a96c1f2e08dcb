import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { z } from 'zod';

/**
 * A storage.session value the background keeps for the panel, validated (it comes from page
 * data), and kept current: the background writes, the panel re-renders.
 */
export function useSessionValue<S extends z.ZodType>(
  key: string | undefined,
  schema: S,
): z.output<S> | null {
  const [value, setValue] = useState<z.output<S> | null>(null);
  useEffect(() => {
    setValue(null);
    if (key === undefined) return;
    const accept = (raw: unknown) => {
      const parsed = schema.safeParse(raw);
      setValue(parsed.success ? parsed.data : null);
    };
    let live = true;
    void browser.storage.session.get(key).then((items) => live && accept(items[key]));
    const onChanged = (changes: Record<string, { newValue?: unknown }>) => {
      if (key in changes) accept(changes[key]!.newValue);
    };
    browser.storage.session.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.session.onChanged.removeListener(onChanged);
    };
  }, [key]);
  return value;
}
