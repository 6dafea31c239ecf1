export type { MethodologyShape } from './methodology-shape.js';
export * from './methodology-ids.js';
export * from './assessment-labels.js';
export * from './indicator-assessment.js';
export * from './assessment-schema.js';
