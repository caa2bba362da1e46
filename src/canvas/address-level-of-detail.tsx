import { type ReactFlowState, useStore } from '@xyflow/react';
import { useEffect } from 'react';
import { addressBand } from './address-lod';
import './address-lod.css';

const selectBand = (s: ReactFlowState) => addressBand(s.transform[2]);
const selectRoot = (s: ReactFlowState) => s.domNode;

/**
 * Marks the canvas with the address band of its zoom (`data-address-band`), which the stylesheet reads: no
 * node re-renders, and this component itself renders only when the zoom crosses a band.
 */
export function AddressLevelOfDetail() {
  const band = useStore(selectBand);
  const root = useStore(selectRoot);
  useEffect(() => {
    root?.setAttribute('data-address-band', band);
  }, [root, band]);
  return null;
}
