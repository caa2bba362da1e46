/**
 * Addresses stay readable at every zoom: card text is 11 px, under 10 px on screen once the view is zoomed
 * out below 91 % (a fitted design usually is). The canvas then draws addresses (VNet prefixes, subnet
 * prefixes) larger, in two steps, and below 67 % leaves out the small text beside them (a VNet's region,
 * a subnet's delegation and usage figures) to make room. Under `FAR_ZOOM` the simplified cards take over.
 */

/** The address size step for a zoom: `normal` (11 px), `larger` (15 px), `largest` (23 px, small text hidden). */
export type AddressBand = 'normal' | 'larger' | 'largest';

/** Smallest on-screen size of an address, in pixels. */
export const MIN_ADDRESS_PX = 10;

export const ADDRESS_PX: Record<AddressBand, number> = { normal: 11, larger: 15, largest: 23 };

export function addressBand(zoom: number): AddressBand {
  if (zoom * ADDRESS_PX.normal >= MIN_ADDRESS_PX) return 'normal';
  if (zoom * ADDRESS_PX.larger >= MIN_ADDRESS_PX) return 'larger';
  return 'largest';
}
