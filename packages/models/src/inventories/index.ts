export * from './owner.js';
export * from './application.js';
export * from './service.js';
export * from './infrastructure-item.js';
export * from './inventory.js';
