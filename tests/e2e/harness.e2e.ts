import { describe, expect, it } from 'vitest';
import { useExtension } from './harness.ts';

describe('extension harness', () => {
  const ext = useExtension();

  it('loads the built extension and its content script reports a fixture page', async () => {
    const session = ext.get();
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
    const page = await session.openFixture('plain.html');
    expect(await session.badgeText(page)).toBe('');
    await page.close();
  });
});
