import { afterEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { toolbarAction, toolbarMenuContext } from '@/utils/toolbar';

const api = browser as unknown as Record<string, unknown>;
const action = api.action;

describe('the toolbar button', () => {
  afterEach(() => {
    api.action = action;
  });

  it('is action under Manifest V3', () => {
    expect(browser.action).toBeDefined();
    expect(toolbarAction()).toBe(browser.action);
    expect(toolbarMenuContext()).toBe('action');
  });

  it('is browserAction, and its menu browser_action, under Manifest V2', () => {
    expect(browser.browserAction).toBeDefined();
    api.action = undefined;
    expect(toolbarAction()).toBe(browser.browserAction);
    expect(toolbarMenuContext()).toBe('browser_action');
  });
});
