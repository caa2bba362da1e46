import { describe, expect, it } from 'vitest';
import { ADDRESS_PX, addressBand, MIN_ADDRESS_PX } from './address-lod';
import { FAR_ZOOM } from './nodes/level-of-detail';

describe('addressBand', () => {
  it('keeps addresses at 10 px or more on screen at every zoom the detailed cards are drawn at', () => {
    for (let zoom = FAR_ZOOM; zoom <= 2; zoom += 0.01)
      expect(ADDRESS_PX[addressBand(zoom)] * zoom).toBeGreaterThanOrEqual(MIN_ADDRESS_PX);
  });
  it('draws them at their own size when that is readable', () => {
    expect(addressBand(1)).toBe('normal');
    expect(addressBand(0.8)).toBe('larger');
    expect(addressBand(0.5)).toBe('largest');
  });
});
