import type { EdgeTypes } from '@xyflow/react';
import { StudioEdgeView } from './edges/studio-edge';

/** Declared once at module scope (React Flow warns about new objects on each render). */
export const edgeTypes = { studio: StudioEdgeView } satisfies EdgeTypes;
