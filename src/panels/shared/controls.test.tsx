// @vitest-environment jsdom
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CidrInput } from './cidr-input';
import { NumberField } from './number-field';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLDivElement;
let root: Root;

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

/** Types into a React-controlled input the way a browser does (native setter + input event). */
function type(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  act(() => {
    setter?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const byLabel = (text: string) => {
  const label = [...host.querySelectorAll('label')].find((l) => l.textContent === text);
  const input = label && document.getElementById(label.htmlFor);
  if (!(input instanceof HTMLInputElement)) throw new Error(`No input labelled ${text}`);
  return input;
};

describe('NumberField', () => {
  it('passes on whole numbers within bounds only, and shows why it refuses the rest', () => {
    const received: number[] = [];
    act(() =>
      root.render(
        <NumberField label="Priority" value={100} min={100} max={4096} onChange={(n) => received.push(n)} />,
      ),
    );
    const input = byLabel('Priority');
    for (const text of ['abc', '', '99', '1.5', '4097']) type(input, text);
    expect(received).toEqual([]);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(host.textContent).toContain('Enter a whole number from 100 to 4096.');
    type(input, '250');
    expect(received).toEqual([250]);
    expect(received.every(Number.isInteger)).toBe(true);
  });
});

describe('CidrInput', () => {
  function Harness({ initial, freeBlock }: { initial: string; freeBlock?: string }) {
    const [value, setValue] = useState(initial);
    return (
      <CidrInput
        label="Address prefix"
        value={value}
        onChange={setValue}
        freeBlock={freeBlock}
        freeBlockLabel="Next free /24"
      />
    );
  }

  it('shows the host-bits error with the network address, and the button applies it', () => {
    act(() => root.render(<Harness initial="10.0.0.5/24" />));
    const input = byLabel('Address prefix');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const describedBy = input.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy.split(' ')[0] ?? '')?.textContent).toBe(
      '10.0.0.5/24 has host bits set: the network address is 10.0.0.0/24.',
    );
    const use = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Use 10.0.0.0/24');
    act(() => use?.click());
    expect(input.value).toBe('10.0.0.0/24');
    expect(input.hasAttribute('aria-invalid')).toBe(false);
  });

  it('offers a free block unless it is already the value', () => {
    act(() => root.render(<Harness initial="10.0.0.0/24" freeBlock="10.0.1.0/24" />));
    const offer = host.querySelector(
      'button[aria-label="Next free /24: use 10.0.1.0/24"]',
    ) as HTMLButtonElement;
    act(() => offer.click());
    expect(byLabel('Address prefix').value).toBe('10.0.1.0/24');
    expect(host.querySelector('button')).toBeNull();
  });
});
