import { expect, test } from '@playwright/test';
import { encodeShareFragment } from '../src/domain/share/share-link';
import { createLargeDesign } from '../src/domain/testing/large-design';

/**
 * On the benchmark's large design (3,000 subnets, 300 VNets), typing a subnet prefix must update the
 * findings tab within a frame. Measures the synchronous work of one input event (store update,
 * validation, every subscribed panel and the canvas), and the time to the next animation frame.
 */
test('a property edit updates the findings within a frame on a large design', async ({ page }) => {
  test.setTimeout(120_000);
  const fragment = await encodeShareFragment(createLargeDesign());
  await page.goto(`/#${fragment}`);
  await page.getByRole('tab', { name: 'IP usage' }).click();
  const overview = page.getByRole('region', { name: 'Delegated subnets' });
  await overview.getByRole('button').first().click({ timeout: 60_000 });
  await page.getByRole('tab', { name: 'Inspector' }).click();
  const prefix = page.getByRole('tabpanel').getByRole('textbox', { name: 'Address prefix' });
  const original = await prefix.inputValue();
  const shrunk = original.replace(/\/(\d+)$/, (_, n: string) => `/${Number(n) + 1}`);
  expect(shrunk).not.toBe(original);

  const samples = await page.evaluate(
    async ({ original, shrunk }) => {
      const input = document.querySelector<HTMLInputElement>(
        '[role="tabpanel"] input[placeholder="10.0.0.0/24"]',
      );
      const tab = document.getElementById('tab-findings');
      const panel = document.querySelector('[role="tabpanel"]');
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      if (!input || !tab || !setValue) throw new Error('The prefix input or the findings tab is missing.');
      const out: Array<{ sync: number; frame: number; changed: boolean }> = [];
      for (let i = 0; i < 20; i++) {
        const before = tab.textContent;
        const t0 = performance.now();
        setValue.call(input, i % 2 === 0 ? shrunk : original);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        const t1 = performance.now();
        const changed =
          tab.textContent !== before && (panel?.textContent?.includes('POL008') ?? false) === (i % 2 === 0);
        await new Promise((r) => requestAnimationFrame(() => r(undefined)));
        out.push({ sync: t1 - t0, frame: performance.now() - t0, changed });
        await new Promise((r) => setTimeout(r, 50));
      }
      return out;
    },
    { original, shrunk },
  );
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
  const sync = median(samples.map((s) => s.sync));
  const frame = median(samples.map((s) => s.frame));
  console.log(`large design edit: median sync ${sync.toFixed(1)} ms, to next frame ${frame.toFixed(1)} ms`);
  // Every edit toggles POL008 on the policy, so the tab label changes synchronously with the input.
  expect(samples.every((s) => s.changed)).toBe(true);
  // The findings count and this object's findings are updated in the same event as the edit, before the
  // next frame. The whole event (canvas, validation, autosave and panels together) measured 70–160 ms on
  // 2 shared cores, the side panel's share of it about 2 ms: this bound guards against a regression of
  // an order of magnitude (e.g. a panel recomputing findings per item) rather than timing the machine.
  expect(sync).toBeLessThan(400);
});
