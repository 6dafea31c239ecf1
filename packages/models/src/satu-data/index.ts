export * from './satu-data-error.js';
export * from './satu-data-roles.js';
export * from './statistical-data-code.js';
export * from './publication-workflow.js';
export * from './dataset-metadata.js';
export * from './statistical-metadata.js';
