import type { ComponentChildren } from 'preact';

/** What the page tells the user after an action. */
export interface Notice {
  kind: 'info' | 'error';
  text: string;
}

/** The notice, if any: an error is announced at once (alert), anything else politely (status). */
export function NoticeLine({
  notice,
  testId,
  children,
}: {
  notice: Notice | null;
  testId?: string;
  children?: ComponentChildren;
}) {
  if (!notice) return null;
  return (
    <p
      class={`notice ${notice.kind}`}
      role={notice.kind === 'error' ? 'alert' : 'status'}
      data-testid={testId}
    >
      {notice.text}
      {children}
    </p>
  );
}
